"""Clusters of our own claims: the lexical stage of the fact-check ranker (``claims.retrieval``) links a claim to
the best earlier one; the same-event rule; the clusters written by the extraction, which never embeds a claim
(the fact-check matching job does, on its own queue)."""

import random
from datetime import date

import pytest

from claims import matching, services
from claims.extraction.text import ParsedArticle
from claims.models import Claim, ClaimCluster
from claims.retrieval import encoder
from claims.services import article_create, article_extract_claims

ARREST = "Police arrested 42 protesters in the capital on Friday."
ARREST_REORDERED = "On Friday police arrested 42 protesters in the capital."
ARREST_PARAPHRASED = "Forty-two demonstrators were detained by officers in the capital on Friday."


def items(texts, *, dates=None):  # type: ignore[no-untyped-def]
    dates = dates or [None] * len(texts)
    return [matching.MatchItem.of(i, text, day) for i, (text, day) in enumerate(zip(texts, dates, strict=True))]


def test_a_reordered_claim_joins_and_different_claims_do_not():
    batch = items([ARREST, "The river burst its banks after three days of rain.", ARREST_REORDERED, ARREST_PARAPHRASED])

    links = matching.best_links(batch)

    assert matching.group(batch) == [None, None, 0, None]
    assert [link.key if link else None for link in links] == [None, None, 0, 0]
    assert links[2] is not None and links[2].score >= matching.CLUSTER_THRESHOLD
    assert links[3] is not None and links[3].score < matching.CLUSTER_THRESHOLD


def test_same_event_noun_on_the_same_date_joins_even_when_worded_differently():
    batch = items(
        [
            "Last night, drones targeted the former base.",
            "Yesterday's drone strikes underscore the army's resolve.",
            "Drone strikes hit the market.",
        ],
        dates=[date(2024, 3, 27), date(2024, 3, 27), date(2024, 3, 20)],
    )

    assert matching.group(batch) == [None, 0, None]


def test_an_earlier_saved_claim_is_linked_by_its_key():
    earlier = [matching.MatchItem.of(("saved", 9), ARREST)]
    batch = items(["Police arrested 42 protesters in the capital on Friday!"])

    assert matching.group(batch, earlier=earlier) == [("saved", 9)]


def test_a_claim_is_linked_only_to_claims_before_it():
    """Every link points to an earlier claim or an item before the claim in the batch, never to itself or a later
    item, whatever the texts (near-duplicates, reordered words, empty texts)."""
    rng = random.Random(7)
    base = [
        "The army said ten civilians were killed in a drone strike on Kidal last night",
        "Rebels accused the army of targeting a market in the north",
        "The health ministry said 40 people were injured when the bridge collapsed",
        "Officials said turnout in the capital was 61 percent",
        "",
    ]

    def vary(text: str) -> str:
        words = text.split()
        if len(words) > 3 and rng.random() < 0.5:
            words[rng.randrange(len(words))] = str(rng.randint(1, 99))
        rng.shuffle(words)
        return " ".join(words)

    linked = 0
    for _ in range(20):
        earlier = [matching.MatchItem.of(("saved", i), vary(rng.choice(base))) for i in range(rng.randint(0, 8))]
        batch = [matching.MatchItem.of(i, vary(rng.choice(base))) for i in range(rng.randint(1, 12))]
        for index, link in enumerate(matching.best_links(batch, earlier=earlier)):
            if link is not None:
                linked += 1
                assert link.key in {e.key for e in earlier} or (isinstance(link.key, int) and link.key < index)
    assert linked >= 80


def test_without_among_items_a_claim_is_linked_only_to_earlier_claims():
    earlier = [matching.MatchItem.of(("saved", 1), "Police arrested 12 journalists in the north.")]
    batch = items([ARREST, ARREST_REORDERED])

    links = matching.best_links(batch, earlier=earlier, among_items=False)

    assert [link.key if link else None for link in links] == [("saved", 1), ("saved", 1)]


@pytest.mark.django_db
def test_a_claim_repeated_in_a_later_article_joins_the_first_claim_and_no_claim_is_embedded(
    retrieval_mode, monkeypatch
):
    """With or without the sentence encoder installed, the extraction job clusters lexically and embeds nothing."""

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the extraction job embedded a claim")

    monkeypatch.setattr(encoder, "encode", refuse)
    # The worker's cache of earlier claims is keyed by id and text length: on SQLite a rolled-back earlier test's
    # claim can share both with this test's, so start from an empty cache, as a new worker does.
    services._match_items.clear()
    first = article_create(
        parsed=ParsedArticle(text=f"{ARREST} The heavy rain finally stopped in the evening.")
    ).article
    article_extract_claims(article_id=first.pk)
    second = article_create(
        parsed=ParsedArticle(text=f"{ARREST_REORDERED} Most shops in the old town reopened later that day.")
    ).article

    article_extract_claims(article_id=second.pk)

    original = Claim.objects.get(article=first, position=0)
    repeat = Claim.objects.get(article=second, position=0)
    cluster = ClaimCluster.objects.get()
    assert (original.cluster_id, repeat.cluster_id) == (cluster.pk, cluster.pk)
    assert cluster.label == ARREST
    assert Claim.objects.filter(cluster__isnull=True).count() == 2
    assert list(Claim.objects.order_by("id").values_list("vector", "vector_model")) == [(None, "")] * 4


def test_the_same_event_rule_picks_the_first_earlier_claim_then_the_first_item_before_it():
    """With no retrieval link (a threshold no score reaches), each claim joins the first claim before it, earlier
    claims first, that has its event date and an event noun in common with it, whatever the mix."""
    rng = random.Random(3)
    texts = ["drone strikes hit the base", "an attack on the market", "the shelling went on", "rain fell all day"]
    days = [date(2024, 3, 1), date(2024, 3, 2), None]

    def claims(count: int, key) -> list[matching.MatchItem]:  # type: ignore[no-untyped-def]
        return [matching.MatchItem.of(key(i), rng.choice(texts), rng.choice(days)) for i in range(count)]

    joined = 0
    for _ in range(30):
        earlier = claims(rng.randint(0, 6), lambda i: ("saved", i))
        batch = claims(rng.randint(1, 8), lambda i: i)
        expected = [
            next(
                (
                    other.key
                    for other in (*earlier, *batch[:index])
                    if item.event_date is not None
                    and other.event_date == item.event_date
                    and item.event_words & other.event_words
                ),
                None,
            )
            for index, item in enumerate(batch)
        ]

        assert matching.group(batch, earlier=earlier, threshold=2.0) == expected
        joined += sum(key is not None for key in expected)
    assert joined >= 15


def test_a_batch_pool_joins_a_claim_to_a_stored_article_before_it_by_the_key_it_was_stored_under():
    earlier = [matching.MatchItem.of(("saved", 3), "The river burst its banks after three days of rain.")]
    pool = matching.Pool(
        earlier,
        {
            "first": items([ARREST, "Most shops in the old town reopened later that day."]),
            "second": items(["The heavy rain finally stopped in the evening.", ARREST_REORDERED]),
        },
    )

    assert pool.group("first") == [None, None]
    pool.stored("first", [("saved", 10), ("saved", 11)])

    assert pool.group("second") == [None, ("saved", 10)]
    assert [item.key for item in pool.before("second")] == [("saved", 3), ("saved", 10), ("saved", 11)]


def test_a_batch_pool_leaves_out_an_article_that_was_not_stored():
    """The second article failed (never ``stored``): the third cannot join its claim, only the first's, and its own
    claims keep their positions as keys."""
    pool = matching.Pool(
        [],
        {
            "first": items(["The heavy rain finally stopped in the evening."]),
            "second": items([ARREST]),
            "third": items([ARREST_REORDERED, "Police arrested 42 protesters in the capital on Friday!"]),
        },
    )
    pool.group("first")
    pool.stored("first", [("saved", 1)])
    pool.group("second")

    assert pool.group("third") == [None, 0]
    # Nothing outside the third article shares a word with its claims once the second's is left out.
    assert pool.links("third", among_items=False) == [None, None]
    assert [item.key for item in pool.before("third")] == [("saved", 1)]


def test_one_article_matched_alone_or_in_a_batch_pool_gets_the_same_links():
    """``best_links``/``group`` of one article are the batch pool's, whatever the texts."""
    rng = random.Random(11)
    texts = [
        ARREST,
        ARREST_REORDERED,
        ARREST_PARAPHRASED,
        "The heavy rain finally stopped.",
        "Drone strikes hit the base.",
    ]
    for _ in range(20):
        earlier = [matching.MatchItem.of(("saved", i), rng.choice(texts)) for i in range(rng.randint(0, 5))]
        batch = [matching.MatchItem.of(i, rng.choice(texts)) for i in range(rng.randint(1, 5))]
        pool = matching.Pool(earlier, {"only": batch})

        assert matching.group(batch, earlier=earlier) == pool.group("only")
        assert matching.best_links(batch, earlier=earlier) == pool.links("only")
