"""Train the check-worthiness model: word and character n-grams plus the rule features, logistic regression
(``linear``); with the optional sentence encoder installed, averaged with the encoder fine-tuned on the same sentences
(``encoder``).

CPU only. Saved by ``scoring.save_model`` and used by the pipeline when ``--model PATH`` or
``settings.CLAIMS_CHECKWORTHINESS_MODEL`` names it. Timings and scores: docs/extraction.md.
"""

import csv
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler
from spacy.tokens import Doc

from claims.extraction import encoder
from claims.extraction.nlp import map_docs, worker_processes
from claims.extraction.scoring import VECTOR_WIDTH, span_vector, token_features

TEXT_KEY = "__text__"
SMALL_TRAINING_SET = 1000
LINEAR = "linear"
ENCODER = "encoder"
METHODS = (LINEAR, ENCODER)


def default_method() -> str:
    """The best method installed: the encoder when its extra is importable, else the linear model."""
    return ENCODER if encoder.encoder_installed() else LINEAR


class DataFileError(Exception):
    pass


@dataclass
class LabelledSentences:
    ids: list[str]
    texts: list[str]
    labels: list[int]


def read_tsv(path: Path, *, labelled: bool) -> LabelledSentences:
    """Rows of a TSV with a header holding at least ``id`` and ``text`` (and ``label`` 0/1 when ``labelled``)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            header = reader.fieldnames or []
            needed = ["id", "text"] + (["label"] if labelled else [])
            missing = [name for name in needed if name not in header]
            if missing:
                raise DataFileError(f"{path}: header lacks column(s) {', '.join(missing)} (has: {', '.join(header)}).")
            out = LabelledSentences(ids=[], texts=[], labels=[])
            for line, row in enumerate(reader, start=2):
                text = row.get("text")
                if text is None:
                    raise DataFileError(f"{path}:{line}: row has no text column.")
                out.ids.append(row["id"] or "")
                out.texts.append(text)
                if labelled:
                    label = (row.get("label") or "").strip()
                    if label not in ("0", "1"):
                        raise DataFileError(f"{path}:{line}: label must be 0 or 1, not {label!r}.")
                    out.labels.append(int(label))
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start}).") from exc
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror}).") from exc
    return out


def sentence_features(texts: Sequence[str]) -> list[dict[str, float]]:
    """The rule features of each text, parsed as one stand-alone sentence (same code path as extraction)."""
    return list(map_docs(texts, _features_of_docs, n_process=worker_processes(len(texts))))


def _features_of_docs(docs: list[Doc]) -> list[dict[str, float]]:
    return [token_features(list(doc)) for doc in docs]


# The encoder method's share of the averaged probability. Chosen by 5-fold CV on CT24 train (docs/extraction.md).
ENCODER_WEIGHT = 0.8


class CheckworthinessModel:
    """TF-IDF word 1-2-grams + char 2-5-grams + rule features -> logistic regression (balanced classes). With
    ``use_encoder``, beside it the sentence encoder fine-tuned on the same sentences (``encoder.fine_tune``), and the
    probability is the two models' average (``ENCODER_WEIGHT`` for the encoder's): the n-grams and rule features see
    what the encoder's 64 tokens and its pretraining miss."""

    def __init__(self, *, c: float = 2.0, use_encoder: bool = False) -> None:
        self.c = c
        self.use_encoder = use_encoder
        self.words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True, max_features=150_000
        )
        self.features = DictVectorizer()
        self.classifier = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", solver="liblinear")
        self.encoder_weight = ENCODER_WEIGHT
        self.encoder_model: encoder.FineTunedEncoder | None = None

    @property
    def method(self) -> str:
        return ENCODER if getattr(self, "use_encoder", False) else LINEAR  # files of version 1 predate the flag

    def _matrix(self, rows: Sequence[dict[str, Any]], *, fit: bool) -> csr_matrix:
        texts = [row[TEXT_KEY] for row in rows]
        feats = [{k: v for k, v in row.items() if k != TEXT_KEY} for row in rows]
        if fit:
            parts = [
                self.words.fit_transform(texts),
                self.chars.fit_transform(texts),
                self.features.fit_transform(feats),
            ]
        else:
            parts = [self.words.transform(texts), self.chars.transform(texts), self.features.transform(feats)]
        return hstack(parts).tocsr()

    def fit(self, rows: Sequence[dict[str, Any]], labels: Sequence[int]) -> "CheckworthinessModel":
        if len(rows) < SMALL_TRAINING_SET:  # a newsroom's first few decisions: keep rare n-grams
            self.words.set_params(min_df=1)
            self.chars.set_params(min_df=1)
        y = np.asarray(labels)
        self.classifier.fit(self._matrix(rows, fit=True), y)
        if self.method == ENCODER:
            self.encoder_model = encoder.fine_tune([row[TEXT_KEY] for row in rows], y)
        return self

    def predict_proba(self, rows: Sequence[dict[str, Any]]) -> np.ndarray:
        probabilities = self.classifier.predict_proba(self._matrix(rows, fit=False))
        if self.method == ENCODER:
            if self.encoder_model is None:
                raise ValueError("an encoder model predicts only after fit()")
            encoded = self.encoder_model.predict_proba([row[TEXT_KEY] for row in rows])
            probabilities = (1 - self.encoder_weight) * probabilities + self.encoder_weight * np.column_stack(
                [1 - encoded, encoded]
            )
        return probabilities


def rows_of(texts: Sequence[str], features: Sequence[dict[str, float]]) -> list[dict[str, Any]]:
    return [{**f, TEXT_KEY: t} for t, f in zip(texts, features, strict=True)]


def prf(labels: Sequence[int] | np.ndarray, predicted: Sequence[bool] | np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class."""
    p, r, f, _ = precision_recall_fscore_support(
        np.asarray(labels), np.asarray(predicted, dtype=int), average="binary", pos_label=1, zero_division=0
    )
    return float(p), float(r), float(f)


def cross_validated_threshold(
    rows: Sequence[dict[str, Any]],
    labels: Sequence[int],
    *,
    folds: int = 5,
    seed: int = 0,
    use_encoder: bool = False,
    on_fold: Callable[[int, float], None] | None = None,
) -> tuple[float, float, np.ndarray]:
    """Out-of-fold probabilities over ``folds`` folds; the threshold maximising their F1, that F1, the probabilities.
    ``on_fold(k, seconds)`` is called as each fold is done (an encoder fold takes minutes)."""
    y = np.asarray(labels)
    probabilities = np.zeros(len(y))
    splits = StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y)
    for k, (train_index, test_index) in enumerate(splits, start=1):
        started = time.monotonic()
        model = CheckworthinessModel(use_encoder=use_encoder).fit([rows[i] for i in train_index], y[train_index])
        probabilities[test_index] = model.predict_proba([rows[i] for i in test_index])[:, 1]
        if on_fold is not None:
            on_fold(k, time.monotonic() - started)
    best_f1, best_threshold = 0.0, 0.5
    for threshold in np.arange(0.30, 0.71, 0.025):
        f1 = prf(y, probabilities >= threshold)[2]
        if f1 > best_f1:
            best_f1, best_threshold = f1, float(round(threshold, 3))
    return best_threshold, best_f1, probabilities


# --- the rule scorer's weights (rule_weights.json) ------------------------------------------------------------------

RULE_C = 0.05  # strong L2: ~45 named features plus 192 vector values, fitted on ~20k sentences
RULE_THRESHOLD = 0.6


def rule_inputs(texts: Sequence[str]) -> tuple[list[dict[str, float]], np.ndarray]:
    """The rule scorer's inputs for each text parsed as one sentence: its named features and its token vector."""
    chunks = map_docs(texts, _rule_inputs_of_docs, n_process=worker_processes(len(texts)))
    features: list[dict[str, float]] = []
    vectors: list[np.ndarray] = []
    for chunk_features, chunk_vectors in chunks:
        features += chunk_features
        vectors.append(chunk_vectors)
    return features, np.vstack(vectors) if vectors else np.zeros((0, 2 * VECTOR_WIDTH), dtype=np.float32)


def _rule_inputs_of_docs(docs: list[Doc]) -> list[tuple[list[dict[str, float]], np.ndarray]]:
    vectors = np.stack([span_vector(doc, 0, len(doc)) for doc in docs])
    return [([token_features(list(doc)) for doc in docs], vectors)]  # one item per chunk


def _rule_matrix(features: Sequence[dict[str, float]], vectors: np.ndarray, names: Sequence[str]) -> np.ndarray:
    named = np.array([[f.get(name, 0.0) for name in names] for f in features], dtype=np.float64)
    return np.hstack([named, vectors.astype(np.float64)])


def _fit_rule_logit(x: np.ndarray, y: np.ndarray, *, c: float) -> tuple[np.ndarray, float]:
    """Balanced logistic regression on standardised inputs, folded back into weights on the raw inputs."""
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(scaler.transform(x), y)
    coef = model.coef_[0] / scaler.scale_
    return coef, float(model.intercept_[0] - coef @ scaler.mean_)


def fit_rule_weights(
    features: Sequence[dict[str, float]],
    vectors: np.ndarray,
    labels: Sequence[int],
    *,
    c: float = RULE_C,
    threshold: float = RULE_THRESHOLD,
    folds: int = 0,
    seed: int = 0,
) -> tuple[dict[str, Any], float | None]:
    """The contents of ``rule_weights.json`` fitted on labelled sentences, and the ``folds``-fold cross-validated F1
    at ``threshold`` (None without folds). This is how the shipped weights were made (CT24 train, defaults)."""
    names = sorted({name for f in features for name in f})
    x, y = _rule_matrix(features, vectors, names), np.asarray(labels)
    cv_f1 = None
    if folds >= 2:
        probabilities = np.zeros(len(y))
        for train_index, test_index in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
            coef, bias = _fit_rule_logit(x[train_index], y[train_index], c=c)
            probabilities[test_index] = 1.0 / (1.0 + np.exp(-(x[test_index] @ coef + bias)))
        cv_f1 = prf(y, probabilities >= threshold)[2]
    coef, bias = _fit_rule_logit(x, y, c=c)
    weights = {
        "bias": round(bias, 6),
        "threshold": threshold,
        "features": {name: round(float(w), 6) for name, w in zip(names, coef[: len(names)], strict=True)},
        "vector": [round(float(w), 6) for w in coef[len(names) :]],
    }
    return weights, cv_f1
