"""Claims whose party lists exercise the claimer/target/entity filters; shared by the PostgreSQL tests
(``test_claim_party_filters.py``) and the embedded-default SQLite run (``tests/test_embedded_everyday.py``),
so both backends are held to the same expected rows."""

import csv
import io
from typing import Any
from urllib.parse import parse_qsl

from claims.models import Claim
from tests.factories import ArticleFactory, ClaimFactory

# Claim key -> (claimers, targets, entities), stored as given (some deliberately not lists of names).
PARTIES: dict[str, tuple[object, object, object]] = {
    "army": (["the army", "Officials"], ["Kidal base"], [{"text": "Kidal", "label": "GPE", "start": 0, "end": 5}]),
    "officials": (["Officials"], [], [{"text": "Gao", "label": "GPE", "start": 0, "end": 3}]),
    "rebels": (["The rebels"], ["the army"], [{"text": "Kidal base", "label": "FAC", "start": 0, "end": 10}]),
    # Not a list of names: a bare string, a nested list, an entity given as a plain string.
    "scalar": ("the army", [["Kidal base"]], ["Kidal"]),
    "empty": ([], [], []),
}

# Query string -> keys of the claims it selects, in id order.
EXPECTED: dict[str, list[str]] = {
    "claimer=the army": ["army"],
    "claimer=Officials": ["army", "officials"],
    "claimer=officials": [],
    "claimer=army": [],
    "claimer=Kidal base": [],
    "target=Kidal base": ["army"],
    "target=the army": ["rebels"],
    "entity=Kidal": ["army"],
    "entity=Kidal base": ["rebels"],
    "entity=GPE": [],
    "claimer=Officials&entity=Gao": ["officials"],
    'claimer=O\'Brien "x" %_': [],
}


def make_party_claims() -> dict[str, Claim]:
    article = ArticleFactory.create(text="x" * 200)
    return {
        key: ClaimFactory.create(
            article=article, position=i, start=i * 10, end=i * 10 + 9, claimers=c, targets=t, entities=e
        )
        for i, (key, (c, t, e)) in enumerate(PARTIES.items())
    }


def observe_party_filters(client: Any, claims: dict[str, Claim]) -> dict[str, dict[str, Any]]:
    """For each query in ``EXPECTED``: the status and selected claim keys of the page list, the cursor list and
    the CSV export (its data rows), in id order."""
    key_of = {claim.pk: key for key, claim in claims.items()}
    seen: dict[str, dict[str, Any]] = {}
    for query in EXPECTED:
        params = dict(parse_qsl(query))
        listing = client.get("/api/v1/claims/", {**params, "ordering": "id"})
        cursor = client.get("/api/v1/claims/cursor/", params)
        export = client.get("/api/v1/exports/claims.csv", params)
        rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
        seen[query] = {
            "status": [listing.status_code, cursor.status_code, export.status_code],
            "list": [key_of[item["id"]] for item in listing.json()["results"]],
            "cursor": sorted((key_of[item["id"]] for item in cursor.json()["results"]), key=list(claims).index),
            "csv_header": rows[0][:2],
            "csv": [key_of[int(row[0])] for row in rows[1:]],
        }
    return seen


def expected_observation() -> dict[str, dict[str, Any]]:
    return {
        query: {
            "status": [200, 200, 200],
            "list": keys,
            "cursor": keys,
            "csv_header": ["id", "article_id"],
            "csv": keys,
        }
        for query, keys in EXPECTED.items()
    }
