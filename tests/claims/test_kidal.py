"""Acceptance: the Kidal article (../shared/data/kidal-article.txt) yields the seven items of issue 3."""

from datetime import date

import pytest

from claims.extraction.pipeline import ExtractedClaim, extract_claims
from claims.extraction.scoring import RuleScorer
from claims.extraction.text import parse_plain_text
from claims.models import Article, Claim, ClaimCluster
from claims.services import article_create, article_extract_claims


def kidal_claims(kidal_text: str) -> tuple[str, list[ExtractedClaim]]:
    parsed = parse_plain_text(kidal_text)
    return parsed.text, extract_claims(parsed.text, published_on=parsed.published_on, scorer=RuleScorer())


def claim_at(text: str, claims: list[ExtractedClaim], span: str) -> ExtractedClaim:
    found = [c for c in claims if text[c.start : c.end] == span]
    assert len(found) == 1, [text[c.start : c.end] for c in claims]
    return found[0]


DRONE_SPAN = (
    "drones, operated by the Malian Armed Forces in collaboration with the Russian mercenary group, Wagner, "
    "targeted the former MINUSMA base"
)


def test_the_article_date_comes_from_the_leading_date_line(kidal_text):
    assert parse_plain_text(kidal_text).published_on == date(2024, 3, 28)


def test_1_drone_strike_is_an_event_by_the_army_and_wagner_dated_the_night_before(kidal_text):
    text, claims = kidal_claims(kidal_text)

    strike = claim_at(text, claims, DRONE_SPAN)

    assert strike.claim_type == "event"
    assert strike.hedge == "asserted"
    assert strike.actors == ["Malian Armed Forces", "Wagner"]
    assert strike.event_date == date(2024, 3, 27)
    assert strike.claimers == []
    assert strike.text == (
        "On the night of 27 March 2024, drones, operated by the Malian Armed Forces in collaboration with the Russian "
        "mercenary group, Wagner, targeted the former MINUSMA base."
    )
    first_sentence = text[strike.sentence_start : strike.sentence_end]
    assert first_sentence.startswith("Last night, Kidal, a pivotal city in Mali")
    assert first_sentence.endswith("separatist group CSP.")


def test_2_the_base_is_under_csp_control_as_its_own_claim_in_the_same_sentence(kidal_text):
    text, claims = kidal_claims(kidal_text)
    strike = claim_at(text, claims, DRONE_SPAN)

    control = claim_at(text, claims, "the former MINUSMA base now under control of the Tuareg separatist group CSP")

    assert control.claim_type == "control"
    assert control.hedge == "asserted"
    assert control.text == "The former MINUSMA base is now under control of the Tuareg separatist group CSP."
    assert (control.sentence_start, control.sentence_end) == (strike.sentence_start, strike.sentence_end)
    assert "CSP" in control.targets
    assert control.event_date is None


def test_3_casualties_are_unconfirmed_and_the_claim_says_of_what(kidal_text):
    text, claims = kidal_claims(kidal_text)

    casualties = claim_at(text, claims, "casualties yet to be confirmed")

    assert casualties.claim_type == "casualty"
    assert casualties.hedge == "unconfirmed"
    assert casualties.text == (
        "Casualties of the drone strike by the Malian Armed Forces and Wagner on the former MINUSMA base "
        "are yet to be confirmed."
    )


def test_this_operation_is_resolved_to_the_drone_strike(kidal_text):
    text, claims = kidal_claims(kidal_text)

    escalation = next(c for c in claims if text[c.start : c.end].startswith("this operation marks"))

    assert escalation.text.startswith(
        "The drone strike by the Malian Armed Forces and Wagner on the former MINUSMA base marks a significant "
        "escalation in the Malian junta's efforts"
    )
    assert escalation.claim_type == "opinion"
    assert escalation.checkworthy is False


def test_4_the_csp_recently_seized_the_base_is_an_event(kidal_text):
    text, claims = kidal_claims(kidal_text)

    seizure = claim_at(text, claims, "The recent seizure of the ex-MINUSMA base by the CSP")

    assert seizure.claim_type == "event"
    assert seizure.text == "The CSP recently seized the ex-MINUSMA base."
    assert seizure.actors == ["CSP"]


def test_5_accusations_against_wagner_have_no_named_accuser(kidal_text):
    text, claims = kidal_claims(kidal_text)

    accusation = claim_at(
        text,
        claims,
        "accusations against the Wagner Group for their role in exacerbating violence and committing human rights "
        "abuses in the region",
    )

    assert accusation.claim_type == "accusation"
    assert accusation.targets == ["Wagner Group"]
    assert accusation.claimers == []
    assert accusation.hedge == "asserted"
    assert accusation.text.startswith("There are accusations against the Wagner Group for their role")


def test_6_hrw_and_amnesty_condemned_abuses_by_wagner(kidal_text):
    text, claims = kidal_claims(kidal_text)

    condemned = next(c for c in claims if text[c.start : c.end].startswith("Human rights organizations, including"))

    assert condemned.claim_type in ("accusation", "attributed_statement")
    assert condemned.claim_type == "accusation"
    assert condemned.claimers == ["Human Rights Watch", "Amnesty International"]
    assert condemned.targets == ["Wagner"]
    assert text[condemned.start : condemned.end].endswith("military operations assisted by Wagner mercenaries.")


def test_7_forward_looking_and_evaluative_sentences_are_not_checkworthy(kidal_text):
    text, claims = kidal_claims(kidal_text)

    # found by their spans (the article's words), not by ``text``, which the stand-alone rewrite may change
    reverberate = next(c for c in claims if "will likely reverberate beyond its borders" in text[c.start : c.end])
    pivotal = next(c for c in claims if "represents a pivotal moment" in text[c.start : c.end])
    signifies = next(c for c in claims if "not only signifies a critical phase" in text[c.start : c.end])

    assert (reverberate.claim_type, reverberate.hedge, reverberate.checkworthy) == ("prediction", "predicted", False)
    assert (pivotal.claim_type, pivotal.checkworthy) == ("opinion", False)
    assert (signifies.claim_type, signifies.checkworthy) == ("opinion", False)
    assert reverberate.score_features["not_checkworthy_type"] == "prediction"
    assert pivotal.score_features["not_checkworthy_type"] == "opinion"


def test_every_claim_is_a_span_of_its_sentence_with_a_score_in_range(kidal_text):
    text, claims = kidal_claims(kidal_text)

    assert len(claims) == 18
    assert len({(c.start, c.end) for c in claims}) == len(claims)
    for claim in claims:
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
        assert 0.0 <= claim.score <= 1.0
        assert claim.score_features["scorer"] == "rules"
        for entity in claim.entities:
            assert text[entity["start"] : entity["end"]] == entity["text"]
    checkworthy = [(c.start, c.end, c.claim_type) for c in claims if c.checkworthy]
    assert checkworthy == [
        (93, 228, "event"),  # the drone strike
        (205, 281, "control"),  # the base under CSP control
        (288, 318, "casualty"),  # casualties yet to be confirmed
        (509, 655, "background"),  # Kidal has long been a flashpoint
        (656, 708, "event"),  # the CSP seized the base
        (656, 750, "background"),
        (902, 1027, "accusation"),  # accusations against Wagner
        (1070, 1186, "background"),
        (1187, 1422, "accusation"),  # HRW and Amnesty condemned
        (2374, 2538, "background"),
    ]
    assert claim_at(text, claims, "casualties yet to be confirmed").score_features["type_prior"] == 0.6


@pytest.mark.django_db
def test_yesterdays_drone_strikes_share_the_first_strike_cluster(kidal_text, retrieval_mode):
    article = article_create(parsed=parse_plain_text(kidal_text)).article

    article_extract_claims(article_id=article.pk)

    strike = Claim.objects.get(article=article, text__startswith="On the night of 27 March 2024, drones, operated by")
    mention = Claim.objects.get(article=article, text__startswith="The 27 March 2024 drone strikes underscore")
    assert strike.cluster_id is not None
    assert mention.cluster_id == strike.cluster_id
    cluster = ClaimCluster.objects.get()
    assert cluster.label == strike.text
    assert list(cluster.claims.order_by("position").values_list("pk", flat=True)) == [strike.pk, mention.pk]
    assert mention.event_date == strike.event_date == date(2024, 3, 27)
    assert Article.objects.get().ingest_status == "done"
