"""The matcher's dates: parsing them, the date features of a candidate, and the training rows of dated queries."""

import datetime
import json

import numpy as np
import pytest

from claims.retrieval import training
from claims.retrieval.collection import Collection, Document, Fusion
from claims.retrieval.data import Query, query_date, read_collection
from claims.retrieval.dates import FAR_DAYS, distances, parse_date

D = datetime.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stated on October 22, 2019 in a campaign mailer.:", D(2019, 10, 22)),
        ("26 May 2015", D(2015, 5, 26)),
        ("Posted Sept. 3rd, 2012, updated 2013-01-05", D(2012, 9, 3)),
        ("2021-02-30 then 2021-03-01", D(2021, 3, 1)),  # an impossible date is skipped
        ("between May 18 and 31", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_distance_is_log_days_on_a_ten_year_scale():
    found = distances(np.array([0, 7, -30, 365, FAR_DAYS, -2 * FAR_DAYS], dtype=np.float64))

    assert found[0] == 0.0
    assert [round(float(x), 4) for x in found[1:4]] == [0.2535, 0.4186, 0.7196]
    assert found[4] == found[5] == 1.0


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"id": "q", "text": "Bridge shut", "date": "2020-06-01"}, D(2020, 6, 1)),
        ({"id": "tweet-1", "text": "Bridge shut — Sam Lee (@samlee) February 25, 2016"}, D(2016, 2, 25)),
        ({"id": "20170822_rally_0204", "text": "The bridge was shut in May 3, 2001."}, D(2017, 8, 22)),
        ({"id": "20171345_rally_0204", "text": "Bridge shut"}, None),
        ({"id": "q", "text": "Bridge shut on May 3, 2001"}, None),  # a date in the text is not when it was said
    ],
)
def test_query_date(row, expected):
    assert query_date(row) == expected


def test_collection_lines_take_the_first_date_of_their_date_field(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [
        {"id": "a", "text": "Bridge shut", "date": "stated on October 22, 2019 in a speech:"},
        {"id": "b", "text": "Meals cut", "title": "Meals", "subtitle": "Budget", "date": "26 May 2015"},
        {"id": "c", "text": "Flood warning"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))

    assert read_collection(path) == [
        Document("a", "Bridge shut", date=D(2019, 10, 22)),
        Document("b", "Meals cut", "Meals", "Budget", date=D(2015, 5, 26)),
        Document("c", "Flood warning"),
    ]


DOCUMENTS = [
    Document("old", "The harbour bridge is closed to traffic.", date=D(2008, 3, 1)),
    Document("new", "The harbour bridge is closed to traffic.", date=D(2020, 6, 8)),
    Document("undated", "The harbour bridge is closed to traffic."),
]
LEX = Fusion(("lex",), (1.0,), 0.0)


def test_date_features_of_the_candidates():
    collection = Collection(DOCUMENTS, fusion=LEX)

    candidates, table = collection.features("harbour bridge closed", None, query_date=D(2020, 6, 1))

    assert candidates.tolist() == [0, 1, 2]
    assert table["date_known"].tolist() == [1.0, 1.0, 0.0]
    assert [round(x, 4) for x in table["date_far"].tolist()] == [1.0, 0.2535, 0.0]
    _, undated = collection.features("harbour bridge closed", None)
    assert undated["date_known"].tolist() == undated["date_far"].tolist() == [0.0, 0.0, 0.0]


def test_the_fact_check_nearer_the_query_date_ranks_first():
    fusion = Fusion(("lex", "date_known", "date_far"), (1.0, 1.0, -2.0), 0.0)
    collection = Collection(DOCUMENTS, fusion=fusion)

    dated, undated = collection.rank(
        ["harbour bridge closed", "harbour bridge closed"], top=3, query_dates=[D(2020, 6, 1), None]
    )

    assert [m.id for m in dated] == ["new", "undated", "old"]
    assert [m.id for m in undated] == ["old", "new", "undated"]  # equal scores: the collection's order
    assert len({m.score for m in undated}) == 1


def test_a_dated_query_trains_with_and_without_its_date():
    collection = Collection(DOCUMENTS, fusion=LEX)
    queries = [
        Query("q1", "harbour bridge closed", ("new",), D(2020, 6, 1)),
        Query("q2", "harbour bridge closed", ("old",)),
    ]

    x, y = training.examples(collection, queries, None, ("date_known", "date_far"))

    far = 0.2535
    assert np.round(x, 4).tolist() == [
        [1.0, 1.0], [1.0, far], [0.0, 0.0],  # q1 with its date
        [0.0, 0.0], [0.0, 0.0], [0.0, 0.0],  # q1 without it
        [0.0, 0.0], [0.0, 0.0], [0.0, 0.0],  # q2 has none
    ]  # fmt: skip
    assert y.tolist() == [0, 1, 0, 0, 1, 0, 1, 0, 0]
