"""rank_factchecks: JSON lines in and out, no database; bad input is a CLI message and a non-zero exit."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

COLLECTION = [
    {"id": "bridge", "text": "The harbour bridge has been closed to all traffic since June.", "title": "Bridge shut?"},
    {"id": "meals", "text": "The council cut the school meals budget by 40 percent.", "title": "Meals budget"},
    {"id": "flood", "text": "Forecasters issued a red flood warning for the river valley.", "title": "Flood warning"},
]
QUERIES = [
    {"id": "q1", "text": "harbour bridge closed to traffic again https://t.co/x1", "gold": ["bridge"]},
    {"id": "q2", "text": "school meals budget slashed by the council", "gold": ["meals"]},
]


def write_lines(path, rows):  # type: ignore[no-untyped-def]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def test_ranks_each_query_lexical_only(tmp_path, lexical_only):
    collection = write_lines(tmp_path / "c.jsonl", COLLECTION)
    queries = write_lines(tmp_path / "q.jsonl", QUERIES)
    output = tmp_path / "out.jsonl"
    err = StringIO()

    call_command(
        "rank_factchecks",
        "--collection",
        collection,
        "--queries",
        queries,
        "--output",
        str(output),
        "--top",
        "2",
        stderr=err,
    )

    assert [json.loads(line) for line in output.read_text().splitlines()] == [
        {"id": "q1", "ranked": ["bridge"]},
        {"id": "q2", "ranked": ["meals"]},
    ]
    assert err.getvalue().splitlines() == [
        "sentence encoder not installed: ranking is lexical only (BM25)",
        "2 queries ranked against 3 fact-checks (BM25)",
        "calibration, top match by score: "
        "[0.8, 1.0] 1.00 of 1; [0.5, 0.8) 1.00 of 1; [0.2, 0.5) - of 0; [0.0, 0.2) - of 0",
    ]


def test_with_the_encoder_every_fact_check_is_a_candidate(tmp_path, with_encoder):
    collection = write_lines(tmp_path / "c.jsonl", COLLECTION)
    queries = write_lines(tmp_path / "q.jsonl", QUERIES)
    output = tmp_path / "out.jsonl"

    call_command(
        "rank_factchecks",
        "--collection",
        collection,
        "--queries",
        queries,
        "--output",
        str(output),
        "--scores",
        stderr=StringIO(),
    )

    lines = [json.loads(line) for line in output.read_text().splitlines()]
    assert [(line["id"], line["ranked"][0], len(line["ranked"])) for line in lines] == [
        ("q1", "bridge", 3),
        ("q2", "meals", 3),
    ]
    assert all(line["scores"] == sorted(line["scores"], reverse=True) for line in lines)


@pytest.mark.parametrize(
    ("collection_text", "args", "message"),
    [
        (
            '{"id": "a", "text": "ok"}\n{"text": "no id"}\n',
            [],
            "c.jsonl:2: a JSON object with 'id' and 'text' is expected",
        ),
        ('{"id": "a", "text": "ok"}\nnot json\n', [], "c.jsonl:2: not JSON (Expecting value)"),
        ('{"id": "a", "text": "ok"}\n', ["--top", "0"], "--top must be at least 1."),
    ],
)
def test_bad_input_is_a_message(tmp_path, collection_text, args, message):
    (tmp_path / "c.jsonl").write_text(collection_text)
    queries = write_lines(tmp_path / "q.jsonl", QUERIES)
    output = tmp_path / "out.jsonl"

    with pytest.raises(CommandError) as caught:
        call_command(
            "rank_factchecks",
            "--collection",
            str(tmp_path / "c.jsonl"),
            "--queries",
            queries,
            "--output",
            str(output),
            *args,
        )

    assert str(caught.value).endswith(message)
    assert not output.exists()
