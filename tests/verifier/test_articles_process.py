"""A batch of articles through the extraction job's ``articles_process``: one read of the earlier claims for the
batch's cluster pool; an article joins the claims of the batch's articles stored before it, never those of one
whose storing failed; a large batch extracted in two processes."""

import os

import pytest
from django.db import IntegrityError

from claims import services
from claims.extraction import nlp
from claims.extraction.text import ParsedArticle
from claims.models import Article, Claim, ClaimCluster
from claims.services import article_create, article_extract_claims
from verifier import articles
from verifier.actors import Actor

ARREST = "Police arrested 42 protesters in the capital on Friday."
ARREST_AGAIN = "On Friday police arrested 42 protesters in the capital."
RAIN = "The heavy rain finally stopped in the evening."


@pytest.mark.django_db
def test_a_batch_reads_the_earlier_claims_once_and_joins_stored_articles_but_not_a_failed_one(monkeypatch):
    services._match_items.clear()  # as a new worker starts (SQLite can reuse a rolled-back test's claim ids)
    earlier = article_create(parsed=ParsedArticle(text=f"{RAIN} Most shops in the old town reopened.")).article
    article_extract_claims(article_id=earlier.pk)
    first, failing, third, fourth = (
        article_create(parsed=ParsedArticle(text=text)).article
        for text in (
            f"{ARREST} Schools in the north stay closed.",
            f"{ARREST_AGAIN} The ferry to the islands was cancelled.",
            f"{ARREST_AGAIN} Two bridges were shut for repairs.",
            f"{RAIN} The market square flooded for the first time.",
        )
    )
    reads = []
    real_candidates, real_link = services._match_candidates, articles.claim_sources_link

    def candidates(**kwargs):  # type: ignore[no-untyped-def]
        reads.append(kwargs)
        return real_candidates(**kwargs)

    monkeypatch.setattr(services, "_match_candidates", candidates)

    def link_or_fail(*, claims):  # type: ignore[no-untyped-def]
        if claims and claims[0].article_id == failing.pk:
            raise IntegrityError("source link refused")
        return real_link(claims=claims)

    monkeypatch.setattr(articles, "claim_sources_link", link_or_fail)

    outcomes = articles.articles_process(
        article_ids=[first.pk, failing.pk, third.pk, fourth.pk], actor=Actor.job("tests")
    )

    assert [(o.article_id, o.claims, o.error) for o in outcomes] == [
        (first.pk, 2, ""),
        (failing.pk, 0, "source link refused"),
        (third.pk, 2, ""),
        (fourth.pk, 2, ""),
    ]
    assert len(reads) == 1
    assert sorted(reads[0]["exclude_article_ids"]) == sorted([first.pk, failing.pk, third.pk, fourth.pk])
    assert Article.objects.get(pk=failing.pk).ingest_status == "failed"
    assert not Claim.objects.filter(article=failing).exists()
    arrest = ClaimCluster.objects.get(label=ARREST)
    rain = ClaimCluster.objects.get(label=RAIN)
    clusters = {(c.article_id, c.position): c.cluster_id for c in Claim.objects.all()}
    assert clusters == {
        (earlier.pk, 0): rain.pk,
        (earlier.pk, 1): None,
        (first.pk, 0): arrest.pk,
        (first.pk, 1): None,
        (third.pk, 0): arrest.pk,
        (third.pk, 1): None,
        (fourth.pk, 0): rain.pk,
        (fourth.pk, 1): None,
    }
    assert ClaimCluster.objects.count() == 2


@pytest.mark.django_db
def test_a_large_batch_is_extracted_in_two_processes_with_the_same_claims_and_a_poisoned_article_fails_alone(
    monkeypatch,
):
    texts = [
        "Police arrested 42 protesters in Harlow on Friday, the interior ministry said.",
        "The health agency reported 310 new cases of measles last week.",
        "Fuel prices rose by 8 percent in March, according to the statistics office.",
        "The mayor said the bridge would reopen on Monday after repairs.",
        "POISON Floods displaced 1,200 families in the river valley, aid groups said.",
        "The central bank kept its main interest rate at 4.5 percent.",
    ]
    ids = [article_create(parsed=ParsedArticle(text=text)).article.pk for text in texts]
    real = services.extract_from_doc

    def extract(doc, **kwargs):  # type: ignore[no-untyped-def]
        if "POISON" in doc.text:
            raise IntegrityError("check constraint failed")
        return [(claim, os.getpid()) for claim in real(doc, **kwargs)]

    monkeypatch.setattr(services, "extract_from_doc", extract)
    monkeypatch.setattr(nlp.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(nlp.threading, "active_count", lambda: 1)  # other tests may leave threads running

    one = services.articles_extract(article_ids=ids)  # 414 characters: below PARALLEL_MIN_CHARS, one process
    monkeypatch.setattr(services, "PARALLEL_MIN_CHARS", 400)
    two = services.articles_extract(article_ids=ids)

    def claims_of(results):  # type: ignore[no-untyped-def]
        return {pk: [c for c, _ in found] for pk, found in results.items() if not isinstance(found, Exception)}

    def pids_of(results):  # type: ignore[no-untyped-def]
        return [{pid for _, pid in results[pk]} for pk in ids if pk != ids[4]]

    assert sum(map(len, texts)) == 414
    assert claims_of(two) == claims_of(one)
    assert [len(claims_of(one)[pk]) for pk in ids if pk != ids[4]] == [1, 1, 1, 1, 1]
    assert pids_of(one) == [{os.getpid()}] * 5
    # the first half here, the second (the poisoned article's) in a forked worker; the poisoned one extracted
    # again here, where its error is kept
    parent_half, worker_half = pids_of(two)[:3], pids_of(two)[3:]
    assert parent_half == [{os.getpid()}] * 3
    assert worker_half[0] == worker_half[1] and os.getpid() not in worker_half[0]
    for results in (one, two):
        error = results[ids[4]]
        assert isinstance(error, IntegrityError) and str(error) == "check constraint failed"


@pytest.mark.django_db
def test_extraction_reads_the_headline_as_context_for_the_text():
    text = "Turnout was 68 percent, the lowest since the country adopted proportional representation."
    headlined = article_create(
        parsed=ParsedArticle(text=text, title="Opposition takes poll lead weeks before Lessia vote")
    ).article
    untitled = text.replace("Turnout", "Turnout in the vote")
    plain = article_create(parsed=ParsedArticle(text=untitled)).article

    batch = services.articles_extract(article_ids=[headlined.pk, plain.pk])
    alone = article_extract_claims(article_id=headlined.pk)

    expected = "Turnout was 68 percent, the lowest since Lessia adopted proportional representation."
    found, found_plain = batch[headlined.pk], batch[plain.pk]
    assert not isinstance(found, Exception) and not isinstance(found_plain, Exception)
    assert [c.text for c in found] == [expected]
    assert [c.text for c in found_plain] == [untitled]
    assert [c.text for c in alone] == [expected]
