"""Check-worthiness: non-claims are never check-worthy; the encoder method, its background-job use and its fallback."""

import logging
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from claims.extraction import encoder, training
from claims.extraction.pipeline import extract_claims, extract_sentences
from claims.extraction.scoring import MODEL_FORMAT, ModelFileError, RuleScorer, load_model
from claims.models import Article, IngestStatus
from claims.services import article_extract_claims
from tests.claims.test_commands import NEGATIVE, POSITIVE, write_tsv


@dataclass
class AlwaysCheckworthy:
    """A scorer that calls everything check-worthy, so only the non-claim gate can say no."""

    threshold: float = 0.5
    name: str = "always"

    def score_many(self, texts: Sequence[str], features: Sequence[dict], vectors: Sequence[np.ndarray]) -> list[float]:
        return [0.99] * len(texts)


NON_CLAIMS = [
    ("This report was updated at 14:00 with a statement from the port authority.", "boilerplate"),
    ("An earlier version of this article gave the wrong name for the mayor.", "boilerplate"),
    ("Additional reporting by Lena Ortiz in Harwick.", "boilerplate"),
    ("Get our weekly climate newsletter in your inbox.", "call_to_action"),
    ("Subscribe today and read every story without limits.", "call_to_action"),
    ("Click the link below to watch the full interview.", "call_to_action"),
    ("Follow our correspondents on Mastodon for live updates.", "call_to_action"),
    ("To report a correction, email the standards desk.", "call_to_action"),
    ("Let's look at how the vote unfolded.", "call_to_action"),
    ("You can share your own story with our reporters.", "call_to_action"),
    ("So what went wrong at the plant?", "rhetorical_question"),
    ("Will anyone be held responsible for the flooding?", "rhetorical_question"),
    ('"Who is going to pay for all of this?" a shopkeeper asked.', "rhetorical_question"),
    ("Here is what the documents show.", "opener"),
    ("The question is why.", "opener"),
    ("Imagine the scale of the problem.", "opener"),
    ("Rain drummed on the tin roofs all morning.", "colour"),
    ("It was a bright, windy afternoon in the hills.", "colour"),
    ("Wind rattled the shutters of the empty cafe.", "colour"),
    # a dateline on its own line, and the publication asking for comment
    ("KALDER, June 2 (Harbour Post) -", "boilerplate"),
    ("The Daily Ledger asked the ministry for comment.", "boilerplate"),
    ("The mayor's office declined to comment.", "boilerplate"),
    # service information addressed to a group of readers
    ("Listeners can call the studio line during the show.", "call_to_action"),
    ("Anyone with information is asked to contact the police.", "call_to_action"),
    # a scene may say where it is and what people do in it
    ("Fog hung over Kessel at dawn.", "colour"),
    ("Crowds waited for hours in the rain outside the cathedral.", "colour"),
    # a bare reaction to the news, and a verdict on what the sentence before said
    ("Farmers' groups welcomed the ruling.", "reaction"),
    ("That is the whole problem.", "rhetoric"),
]
CLAIMS = [
    "The port authority said 300 containers were damaged in the storm on Monday.",
    "The ministry reported a budget deficit of 4.2 percent of GDP last year.",
    "Rebels seized the airport at Harwick after two days of fighting.",
    "Police detained 18 protesters outside parliament, according to their lawyers.",
    "The council closed four schools in the district because of the floods.",
    "Smoke from the burning depot could be seen across the city after the strike.",
    # near misses of the non-claim kinds: a policy, a reaction with content, a verdict with a figure, an order
    "Under the new law, patients can call a doctor free of charge at night.",
    "The minister welcomed the decision to cut fuel duty by 5 pence.",
    "That is the highest rate since 1992.",
    "Residents were ordered to evacuate after the dam burst.",
    "Police said they had asked the driver for comment before his arrest.",
    # scenes that report what a party did, a weather cause with its effect, an explanation
    "Police fired tear gas at crowds in the square.",
    "Crowds gathered in the square to demand the president's resignation.",
    "The rain forced organisers to cancel the match.",
    "That is why the bank raised rates.",
]


@pytest.mark.parametrize(("text", "kind"), NON_CLAIMS)
def test_a_non_claim_is_never_checkworthy_in_an_article(text, kind):
    (claim,) = extract_claims(text, scorer=AlwaysCheckworthy())

    assert claim.checkworthy is False
    assert claim.score_features["non_claim"] == kind
    assert claim.score_features[kind] == 1.0
    assert claim.score == 0.99  # the scorer's score is kept; the gate only decides


@pytest.mark.parametrize("text", CLAIMS)
def test_a_real_claim_passes_the_non_claim_gate(text):
    claims = extract_claims(text, scorer=AlwaysCheckworthy())

    assert [c.checkworthy for c in claims] == [True] * len(claims)
    assert [c.score_features.get("non_claim") for c in claims] == [None] * len(claims)


def test_non_claims_in_an_article_among_claims():
    text = "\n\n".join(
        [
            "Rebels seized the airport at Harwick after two days of fighting.",
            "A thin mist hung over the harbour at dawn.",
            "The port authority said 300 containers were damaged in the storm on Monday.",
            "Sign up for alerts on our app.",
        ]
    )

    claims = extract_claims(text, scorer=RuleScorer())

    assert [(c.text, c.checkworthy, c.score_features.get("non_claim")) for c in claims] == [
        ("Rebels seized the airport at Harwick after two days of fighting.", True, None),
        ("A thin mist hung over the harbour at dawn.", False, "colour"),
        ("The port authority said 300 containers were damaged in the storm on Monday.", True, None),
        ("Sign up for alerts on our app.", False, "boilerplate"),  # a call to action too; boilerplate is named first
    ]


def test_extract_sentences_applies_the_same_gate():
    texts = [text for text, _ in NON_CLAIMS[:3]] + CLAIMS[:2]

    results = list(extract_sentences(texts, scorer=AlwaysCheckworthy()))

    assert [r.checkworthy for r in results] == [False, False, False, True, True]
    assert [r.score for r in results] == [0.99] * 5


# --- the encoder method ------------------------------------------------------------------------------------------


@pytest.fixture
def train_tsv(tmp_path: Path) -> Path:
    rows = [(f"p{i}", t, "1") for i, t in enumerate(POSITIVE)] + [(f"n{i}", t, "0") for i, t in enumerate(NEGATIVE)]
    return write_tsv(tmp_path / "train.tsv", rows)


@pytest.fixture
def no_encoder(monkeypatch):
    """The encoder extra not importable (as on a machine installed without it)."""
    monkeypatch.setattr(encoder, "_PACKAGES", ("sentence_transformers", "claimcheck_no_such_encoder_package"))


def train(train_tsv: Path, output: Path, *args: str) -> list[str]:
    out = StringIO()
    call_command("train_checkworthiness", "--input", str(train_tsv), "--output", str(output), *args, stdout=out)
    return out.getvalue().splitlines()


def test_the_default_method_is_the_encoder_when_installed(tmp_path, train_tsv):
    assert encoder.encoder_installed() is True
    assert training.default_method() == "encoder"
    model_path = tmp_path / "enc.pkl"

    lines = train(train_tsv, model_path, "--dev", str(train_tsv))

    assert lines[0] == "dev: precision 1.0000 recall 1.0000 F1 1.0000"
    assert lines[1].startswith(f"Saved {model_path} (encoder, 24 rows, threshold 0.5) in ")
    payload = pickle.loads(model_path.read_bytes())  # noqa: S301 - the file this test just wrote
    assert (payload["format"], payload["version"], payload["method"]) == (MODEL_FORMAT, 2, "encoder")
    assert payload["model"].method == "encoder"
    assert payload["fallback"]["model"].method == "linear"
    assert payload["fallback"]["threshold"] == 0.5
    assert payload["metadata"] == {
        "train_rows": 24,
        "train_file": "train.tsv",
        "method": "encoder",
        "threshold": 0.5,
        "dev": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
    }
    # The n-gram and rule-feature model, and beside it the encoder's: the mean states of four layers.
    model = payload["model"]
    assert model.classifier.coef_.shape == (
        1,
        len(model.words.vocabulary_) + len(model.chars.vocabulary_) + len(model.features.feature_names_),
    )
    assert (model.encoder_layers, model.encoder_weight) == ((3, 4, 5, 6), 0.6)
    assert model.encoder_classifier.coef_.shape == (1, 4 * encoder.ENCODER_WIDTH)


def test_an_encoder_model_averages_its_two_models(tmp_path, train_tsv):
    model_path = tmp_path / "enc.pkl"
    train(train_tsv, model_path, "--method", "encoder")
    model = pickle.loads(model_path.read_bytes())["model"]  # noqa: S301 - the file this test just wrote
    texts = ["Crime rose by 12 percent in the capital.", "Well, let me say this."]
    rows = training.rows_of(texts, training.sentence_features(texts))

    linear = model.classifier.predict_proba(model._matrix(rows, fit=False))[:, 1]
    encoded = model.encoder_classifier.predict_proba(encoder.layer_means(texts, (3, 4, 5, 6)))[:, 1]

    assert np.allclose(model.predict_proba(rows)[:, 1], 0.4 * linear + 0.6 * encoded, atol=1e-9)
    assert np.all(np.abs(linear - encoded) > 1e-3)  # two different models, so the average is not either one


def test_an_encoder_model_scores_sentences_and_articles(tmp_path, train_tsv):
    model_path = tmp_path / "enc.pkl"
    train(train_tsv, model_path, "--method", "encoder")
    scorer = load_model(str(model_path))

    results = list(extract_sentences(POSITIVE[:2] + NEGATIVE[:2], scorer=scorer))
    claims = extract_claims("Exports to China doubled between 2019 and 2023.", scorer=scorer)

    assert scorer.name == "model:enc.pkl"
    assert [r.checkworthy for r in results] == [True, True, False, False]
    assert [(c.checkworthy, c.score_features["scorer"]) for c in claims] == [(True, "model:enc.pkl")]


def test_layer_means_are_unit_blocks_batched_in_order_and_end_with_the_sentence_embedding():
    texts = ["Inflation rose to 5 percent in the year to March, the statistics office said.", "Thank you."]

    states = encoder.layer_means(texts, (3, 6))
    alone = encoder.layer_means(texts[1:], (3, 6))

    assert states.shape == (2, 2 * encoder.ENCODER_WIDTH)
    blocks = states.reshape(2, 2, encoder.ENCODER_WIDTH)  # layer 3, layer 6
    assert np.allclose(np.linalg.norm(blocks, axis=2), 1.0, atol=1e-5)
    assert np.allclose(blocks[:, 1], encoder.embed(texts), atol=1e-5)
    assert not np.allclose(blocks[:, 0], blocks[:, 1], atol=1e-2)
    assert np.allclose(states[1], alone[0], atol=1e-5)
    assert encoder.layer_means([], (3, 4, 5, 6)).shape == (0, 4 * encoder.ENCODER_WIDTH)


def test_embeddings_are_unit_length_and_batched_in_order():
    vectors = encoder.embed(["Inflation rose to 5 percent.", "Thank you very much."])
    alone = encoder.embed(["Thank you very much."])

    assert vectors.shape == (2, encoder.ENCODER_WIDTH)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(vectors[1], alone[0], atol=1e-5)
    assert encoder.embed([]).shape == (0, encoder.ENCODER_WIDTH)


@pytest.mark.django_db
def test_the_extraction_job_scores_with_the_configured_encoder_model(tmp_path, train_tsv, settings):
    model_path = tmp_path / "enc.pkl"
    train(train_tsv, model_path, "--method", "encoder")
    settings.CLAIMS_CHECKWORTHINESS_MODEL = str(model_path)
    article = Article.objects.create(
        text="The council closed four schools in the district because of the floods.\n\nSign up for our alerts.",
        content_hash="c" * 64,
        published_at=datetime(2025, 3, 4, tzinfo=UTC),
    )

    claims = article_extract_claims(article_id=article.pk)

    assert [(c.text, c.score_features["scorer"], c.score_features.get("non_claim")) for c in claims] == [
        ("The council closed four schools in the district because of the floods.", "model:enc.pkl", None),
        ("Sign up for our alerts.", "model:enc.pkl", "call_to_action"),
    ]
    assert claims[1].checkworthy is False
    article.refresh_from_db()
    assert article.ingest_status == IngestStatus.DONE


def test_without_the_encoder_training_defaults_to_linear(tmp_path, train_tsv, no_encoder):
    model_path = tmp_path / "lin.pkl"

    lines = train(train_tsv, model_path)

    assert training.default_method() == "linear"
    assert lines[0].startswith(f"Saved {model_path} (linear, 24 rows, threshold 0.5) in ")
    payload = pickle.loads(model_path.read_bytes())  # noqa: S301 - the file this test just wrote
    assert (payload["method"], payload["fallback"], payload["model"].method) == ("linear", None, "linear")


def test_without_the_encoder_method_encoder_is_refused_and_writes_nothing(tmp_path, train_tsv, no_encoder):
    model_path = tmp_path / "enc.pkl"

    with pytest.raises(CommandError) as excinfo:
        train(train_tsv, model_path, "--method", "encoder")

    assert str(excinfo.value) == "--method encoder needs the sentence-encoder extra: make venv-encoder."
    assert not model_path.exists()


def test_an_encoder_model_without_the_encoder_scores_with_its_linear_fallback(tmp_path, train_tsv, monkeypatch, caplog):
    model_path = tmp_path / "enc.pkl"
    train(train_tsv, model_path, "--method", "encoder")
    load_model.cache_clear()
    monkeypatch.setattr(encoder, "_PACKAGES", ("claimcheck_no_such_encoder_package",))

    def refuse(texts: Sequence[str]) -> np.ndarray:
        raise AssertionError("the fallback must not embed")

    monkeypatch.setattr(encoder, "embed", refuse)
    with caplog.at_level(logging.WARNING, logger="claims.extraction.scoring"):
        scorer = load_model(str(model_path))
    try:
        results = list(extract_sentences(POSITIVE[:2] + NEGATIVE[:2], scorer=scorer))
    finally:
        load_model.cache_clear()

    assert (scorer.name, scorer.threshold) == ("model:enc.pkl:linear", 0.5)
    assert [r.checkworthy for r in results] == [True, True, False, False]
    assert caplog.messages == [
        f"{model_path}: the sentence encoder is not installed; scoring with the model's linear fallback"
    ]


def test_a_version_1_linear_model_still_loads_and_a_version_1_encoder_model_is_refused(tmp_path, train_tsv):
    model_path = tmp_path / "cw.pkl"
    train(train_tsv, model_path, "--method", "linear")
    payload = pickle.loads(model_path.read_bytes())  # noqa: S301 - the file this test just wrote
    old_linear, old_encoder = tmp_path / "old-linear.pkl", tmp_path / "old-encoder.pkl"
    old_linear.write_bytes(pickle.dumps({**payload, "version": 1}))
    old_encoder.write_bytes(pickle.dumps({**payload, "version": 1, "method": "encoder"}))
    load_model.cache_clear()

    try:
        scorer = load_model(str(old_linear))
        with pytest.raises(ModelFileError) as excinfo:
            load_model(str(old_encoder))
    finally:
        load_model.cache_clear()

    assert (scorer.name, scorer.threshold) == ("model:old-linear.pkl", 0.5)
    assert str(excinfo.value) == f"{old_encoder} has model version 1; expected 2."
