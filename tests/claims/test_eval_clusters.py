"""``manage.py eval_clusters``: cluster-link precision and recall by threshold on CheckThat!-style JSON lines."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

COLLECTION = [
    {"id": "c1", "text": "Police arrested 42 protesters in the capital on Friday."},
    {"id": "c2", "text": "The river burst its banks after three days of rain."},
    {"id": "c3", "text": "The central bank raised its main interest rate to 5 percent."},
    {"id": "c4", "text": "A new bridge over the harbour opened to traffic in June."},
]
# Every second query keeps its gold claim in the pool (c1, c2); the others' gold claims (c4, c3) are left out, so
# any link they got would be false.
QUERIES = [
    {"id": "q1", "text": "On Friday police arrested 42 protesters in the capital.", "gold": ["c1"]},
    {"id": "q2", "text": "The harbour bridge opened to traffic in June.", "gold": ["c4"]},
    {"id": "q3", "text": "After three days of rain the river burst its banks.", "gold": ["c2"]},
    {"id": "q4", "text": "Inflation fell to 3 percent last month.", "gold": ["c3"]},
]


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_links_by_threshold_and_the_chosen_threshold(tmp_path):
    collection, queries = write(tmp_path / "c.jsonl", COLLECTION), write(tmp_path / "q.jsonl", QUERIES)
    out = StringIO()

    call_command(
        "eval_clusters", "--collection", collection, "--queries", queries, "--choose-precision", "0.9", stdout=out
    )

    lines = out.getvalue().splitlines()
    assert lines[:2] == [
        "4 queries (current threshold 0.57)",
        "threshold  links  precision  recall  false-link rate",
    ]
    assert lines[5] == "     0.57      2      1.000   1.000            0.000 <- current"
    assert lines[9] == "     0.75      0      1.000   0.000            0.000"
    assert lines[-1] == "lowest threshold with precision >= 0.9: 0.0"
    assert len(lines) == 15


def test_unpaired_queries_and_unreadable_files_are_refused(tmp_path):
    collection, queries = write(tmp_path / "c.jsonl", COLLECTION), write(tmp_path / "q.jsonl", QUERIES)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")

    with pytest.raises(CommandError, match=r"^Give one --queries per --collection\.$"):
        call_command("eval_clusters", "--collection", collection, "--queries", queries, "--queries", queries)
    with pytest.raises(CommandError, match=r"broken\.jsonl:1: not JSON"):
        call_command("eval_clusters", "--collection", broken, "--queries", queries)
