"""extract_sentences, train_checkworthiness and eval_checkworthiness commands (no database needed)."""

import json
from collections.abc import Sequence
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.extraction.scoring import MODEL_FORMAT, load_model

POSITIVE = [
    "Unemployment fell to 4.1 percent in March.",
    "The city spent $3 million on the new bridge.",
    "Police arrested 42 people after the match.",
    "The governor signed the budget bill on Friday.",
    "Exports to China doubled between 2019 and 2023.",
    "The senator voted against the tax cut twice.",
    "Three hospitals closed in the region last year.",
    "The company laid off 1,200 workers in January.",
    "Crime rose by 12 percent in the capital.",
    "The army withdrew 5,000 troops from the border.",
    "Inflation reached 9 percent in October.",
    "The ministry cut school funding by a third.",
]
NEGATIVE = [
    "Thank you very much.",
    "I think this is a terrible idea.",
    "What would you do about it?",
    "Let me finish my answer.",
    "We need to do better for our children.",
    "I want to be clear about that.",
    "That is simply not fair to anyone.",
    "Well, let me say this.",
    "We will never give up.",
    "You know what I mean.",
    "I hope people listen carefully.",
    "Our future depends on this choice.",
]


def write_tsv(path: Path, rows: Sequence[tuple[str, ...]], header: tuple[str, ...] = ("id", "text", "label")) -> Path:
    lines = ["\t".join(header)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def train_tsv(tmp_path: Path) -> Path:
    rows = [(f"p{i}", text, "1") for i, text in enumerate(POSITIVE)] + [
        (f"n{i}", text, "0") for i, text in enumerate(NEGATIVE)
    ]
    return write_tsv(tmp_path / "train.tsv", rows)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_extract_sentences_writes_one_object_per_row_in_order(tmp_path):
    source = write_tsv(
        tmp_path / "in.tsv",
        [
            ("7", "Amnesty International accused the security forces of torturing detainees.", "x"),
            ("3", "Thank you very much.", "y"),
            ("12", "According to Human Rights Watch, police detained 120 protesters.", "z"),
        ],
        header=("id", "text", "speaker"),
    )
    target = tmp_path / "out.jsonl"
    out = StringIO()

    call_command("extract_sentences", "--input", str(source), "--output", str(target), stdout=out)

    rows = read_jsonl(target)
    assert [list(row) for row in rows] == [
        ["id", "checkworthy", "score", "claim_type", "hedge", "claimers", "targets"]
    ] * 3
    assert [(r["id"], r["checkworthy"], r["claim_type"], r["hedge"], r["claimers"], r["targets"]) for r in rows] == [
        ("7", True, "accusation", "asserted", ["Amnesty International"], ["security forces"]),
        ("3", False, "background", "asserted", [], []),
        ("12", True, "statistic", "asserted", ["Human Rights Watch"], []),
    ]
    assert all(0.0 <= r["score"] <= 1.0 for r in rows)
    assert out.getvalue() == f"Wrote 3 rows to {target} (scorer: rules).\n"


def test_extract_sentences_reads_rows_whose_ids_share_an_article_prefix_as_one_article(tmp_path):
    quote = ["“Two of the pumps have failed.", "The third one is old,” said the plant manager, Ole Brekke."]
    source = write_tsv(
        tmp_path / "in.tsv",
        [("river#s1", quote[0]), ("river#s2", quote[1]), ("lake#s1", quote[0]), ("7", quote[0])],
        header=("id", "text"),
    )
    target = tmp_path / "out.jsonl"

    call_command("extract_sentences", "--input", str(source), "--output", str(target), stdout=StringIO())

    assert [(r["id"], r["claimers"]) for r in read_jsonl(target)] == [
        ("river#s1", ["Ole Brekke"]),
        ("river#s2", ["Ole Brekke"]),
        ("lake#s1", []),
        ("7", []),
    ]


def test_extract_sentences_refuses_a_file_without_a_text_column(tmp_path):
    source = write_tsv(tmp_path / "in.tsv", [("1", "x")], header=("id", "sentence"))
    target = tmp_path / "out.jsonl"

    with pytest.raises(CommandError) as excinfo:
        call_command("extract_sentences", "--input", str(source), "--output", str(target))

    assert str(excinfo.value) == f"{source}: header lacks column(s) text (has: id, sentence)."
    assert not target.exists()


def test_extract_sentences_refuses_a_file_that_is_not_a_model(tmp_path):
    source = write_tsv(tmp_path / "in.tsv", [("1", "x")], header=("id", "text"))
    bogus = tmp_path / "model.pkl"
    bogus.write_bytes(b"not a pickle")

    with pytest.raises(CommandError) as excinfo:
        call_command(
            "extract_sentences", "--input", str(source), "--output", str(tmp_path / "o"), "--model", str(bogus)
        )

    assert str(excinfo.value).startswith(f"Cannot load check-worthiness model {bogus}:")
    assert not (tmp_path / "o").exists()


def test_train_then_extract_and_eval_with_the_model(tmp_path, train_tsv):
    model_path = tmp_path / "models" / "cw.pkl"
    out = StringIO()

    call_command(
        "train_checkworthiness",
        "--input",
        str(train_tsv),
        "--dev",
        str(train_tsv),
        "--output",
        str(model_path),
        stdout=out,
    )

    lines = out.getvalue().splitlines()
    assert lines[0] == "dev: precision 1.0000 recall 1.0000 F1 1.0000"
    assert lines[1].startswith(f"Saved {model_path} (encoder, 24 rows, threshold 0.5) in ")  # the best installed
    scorer = load_model(str(model_path))
    assert scorer.threshold == 0.5
    assert scorer.name == "model:cw.pkl"

    target = tmp_path / "out.jsonl"
    call_command(
        "extract_sentences",
        "--input",
        str(train_tsv),
        "--output",
        str(target),
        "--model",
        str(model_path),
        stdout=StringIO(),
    )
    assert [r["checkworthy"] for r in read_jsonl(target)] == [True] * 12 + [False] * 12

    report = StringIO()
    call_command("eval_checkworthiness", "--input", str(train_tsv), "--model", str(model_path), stdout=report)
    assert report.getvalue().splitlines()[1:] == ["precision 1.0000", "recall 1.0000", "f1 1.0000"]


def test_model_file_carries_a_format_header(tmp_path, train_tsv):
    import pickle

    model_path = tmp_path / "cw.pkl"
    call_command(
        "train_checkworthiness",
        "--input",
        str(train_tsv),
        "--output",
        str(model_path),
        "--method",
        "linear",
        stdout=StringIO(),
    )

    payload = pickle.loads(model_path.read_bytes())  # noqa: S301 - the file this test just wrote
    assert (payload["format"], payload["version"], payload["threshold"]) == (MODEL_FORMAT, 3, 0.5)
    assert payload["metadata"] == {"train_rows": 24, "train_file": "train.tsv", "method": "linear", "threshold": 0.5}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("1", "Some text.", "yes")], "{path}:2: label must be 0 or 1, not 'yes'."),
        ([("1", "Some text.", "1"), ("2", "More text.", "1")], "{path}: needs both labels 0 and 1 to train."),
    ],
)
def test_train_refuses_bad_labels_and_writes_no_model(tmp_path, rows, message):
    source = write_tsv(tmp_path / "bad.tsv", rows)
    model_path = tmp_path / "cw.pkl"

    with pytest.raises(CommandError) as excinfo:
        call_command("train_checkworthiness", "--input", str(source), "--output", str(model_path))

    assert str(excinfo.value) == message.format(path=source)
    assert not model_path.exists()


def test_eval_prints_precision_recall_f1_of_the_positive_class(tmp_path, train_tsv):
    out = StringIO()

    call_command("eval_checkworthiness", "--input", str(train_tsv), stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0] == f"scorer rules on {train_tsv} (24 rows)"
    assert [line.split()[0] for line in lines[1:]] == ["precision", "recall", "f1"]


def test_fit_rule_weights_writes_the_shipped_format_and_scores_with_it(tmp_path, train_tsv, monkeypatch):
    from claims.extraction import scoring

    output = tmp_path / "weights.json"
    out = StringIO()

    call_command("fit_rule_weights", "--input", str(train_tsv), "--output", str(output), "--folds", "3", stdout=out)

    weights = json.loads(output.read_text(encoding="utf-8"))
    shipped = json.loads(scoring.RULE_WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert set(weights) == {"bias", "threshold", "features", "vector"}
    assert sorted(weights["features"]) == sorted(shipped["features"])
    assert (len(weights["vector"]), weights["threshold"]) == (len(shipped["vector"]), 0.6)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("3-fold CV on train: F1 ") and lines[0].endswith(" at threshold 0.6")
    assert lines[1].startswith(f"Wrote {output} (51 features + 192 vector weights, 24 rows) in ")
    # The pipeline's rule scorer reads the file as it reads the shipped one; fitted on these 24 sentences it
    # separates them.
    monkeypatch.setattr(scoring, "RULE_WEIGHTS_PATH", output)
    scoring.rule_weights.cache_clear()
    try:
        loaded = scoring.rule_weights()
        assert (
            (loaded.bias, loaded.features)
            == (weights["bias"], weights["features"])
            != (shipped["bias"], shipped["features"])
        )
        result = StringIO()
        call_command("eval_checkworthiness", "--input", str(train_tsv), stdout=result)
        assert result.getvalue().splitlines()[1:] == ["precision 1.0000", "recall 1.0000", "f1 1.0000"]
    finally:
        scoring.rule_weights.cache_clear()


def test_fit_rule_weights_refuses_one_label_and_writes_nothing(tmp_path):
    source = write_tsv(tmp_path / "one.tsv", [("1", "Some text.", "1"), ("2", "More text.", "1")])
    output = tmp_path / "weights.json"

    with pytest.raises(CommandError) as excinfo:
        call_command("fit_rule_weights", "--input", str(source), "--output", str(output))

    assert str(excinfo.value) == f"{source}: needs both labels 0 and 1 to fit."
    assert not output.exists()
