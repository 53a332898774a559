"""Periodic retraining of the check-worthiness model from people's triage decisions."""

from collections.abc import Sequence

import numpy as np
import pytest

from claims.extraction.scoring import load_model
from claims.models import Article, Claim, Status
from claims.services import RetrainResult, checkworthiness_retrain_from_decisions

pytestmark = pytest.mark.django_db

CHECKED = [
    "Police arrested 42 people after the match on Saturday.",
    "The council spent $3 million on the new bridge.",
    "Unemployment fell to 4.1 percent in March.",
]
DISMISSED = [
    "I think this is a terrible idea for everyone.",
    "What would you do about it if you were mayor?",
    "We will never give up on our children.",
]


def make_claims(statuses_and_texts: Sequence[tuple[str, str]]) -> None:
    article = Article.objects.create(text="x" * 10, content_hash="h" * 64)
    Claim.objects.bulk_create(
        Claim(
            article=article,
            position=i,
            start=i,
            end=i + 1,
            sentence_start=i,
            sentence_end=i + 1,
            text=text,
            status=status,
        )
        for i, (status, text) in enumerate(statuses_and_texts)
    )


def test_retrains_from_claims_people_sent_to_review_or_dismissed(tmp_path):
    make_claims(
        [(Status.IN_REVIEW, CHECKED[0]), (Status.PUBLISHED, CHECKED[1]), (Status.VERDICT_PROPOSED, CHECKED[2])]
        + [(Status.NOT_CHECKWORTHY, text) for text in DISMISSED]
        + [(Status.NEW, "Nobody has looked at this claim yet."), (Status.TRIAGED, "Triaged but not decided.")]
    )
    path = tmp_path / "triage.pkl"

    result = checkworthiness_retrain_from_decisions(output_path=path, min_per_class=3)

    assert result == RetrainResult(trained=True, positives=3, negatives=3, path=str(path))
    scorer = load_model(str(path))
    scores = scorer.score_many(
        ["Police arrested 42 people after the match on Saturday.", "I think this is a terrible idea for everyone."],
        [{}, {}],
        [np.zeros(192), np.zeros(192)],
    )
    assert scores[0] > 0.5 > scores[1]


def test_too_few_decisions_skips_and_writes_nothing(tmp_path):
    make_claims([(Status.IN_REVIEW, CHECKED[0]), (Status.NOT_CHECKWORTHY, DISMISSED[0])])
    path = tmp_path / "triage.pkl"

    result = checkworthiness_retrain_from_decisions(output_path=path, min_per_class=2)

    assert result == RetrainResult(
        trained=False, positives=1, negatives=1, path=str(path), reason="needs at least 2 claims of each label"
    )
    assert not path.exists()


def test_no_model_path_configured_skips(settings):
    settings.CLAIMS_CHECKWORTHINESS_MODEL = ""

    assert checkworthiness_retrain_from_decisions() == RetrainResult(
        trained=False, positives=0, negatives=0, reason="no model path configured"
    )
