"""Similar-claim clustering: cheap fuzzy first pass, within one article and across articles."""

from datetime import date

import pytest

from claims import matching
from claims.extraction.text import ParsedArticle
from claims.models import Claim, ClaimCluster
from claims.services import article_create, article_extract_claims


def item(key, text, event_date=None):
    return matching.MatchItem.of(key, text, event_date)


def test_rewordings_match_and_different_claims_do_not():
    items = [
        item(0, "Police arrested 42 protesters in the capital on Friday."),
        item(1, "The river burst its banks after three days of rain."),
        item(2, "On Friday police arrested 42 protesters in the capital."),
        item(3, "Police arrested 12 journalists in the north."),
    ]

    assert matching.group(items) == [None, None, 0, None]


def test_same_event_noun_on_the_same_date_matches_even_when_worded_differently():
    strike = item(0, "Last night, drones targeted the former base.", date(2024, 3, 27))
    mention = item(1, "Yesterday's drone strikes underscore the army's resolve.", date(2024, 3, 27))
    other_day = item(2, "Drone strikes hit the market.", date(2024, 3, 20))

    assert matching.group([strike, mention, other_day]) == [None, 0, None]


def test_earlier_claims_are_matched_first():
    earlier = [item(("saved", 9), "Police arrested 42 protesters in the capital on Friday.")]
    items = [item(0, "Police arrested 42 protesters in the capital on Friday!")]

    assert matching.group(items, earlier=earlier) == [("saved", 9)]


def test_a_second_matcher_can_be_combined():
    class Always:
        def similarity(self, a, b):
            return 1.0

    items = [item(0, "One thing."), item(1, "Something else entirely.")]
    combined = matching.CombinedMatcher([matching.FuzzyMatcher(), Always()])

    assert matching.group(items, matcher=combined) == [None, 0]


@pytest.mark.django_db
def test_a_claim_repeated_in_a_later_article_joins_the_first_claim_in_a_cluster():
    first = article_create(
        parsed=ParsedArticle(
            text="Police arrested 42 protesters in the capital on Friday. "
            "The heavy rain finally stopped in the evening."
        )
    ).article
    article_extract_claims(article_id=first.pk)
    second = article_create(
        parsed=ParsedArticle(
            text="On Friday police arrested 42 protesters in the capital. "
            "Most shops in the old town reopened later that day."
        )
    ).article

    article_extract_claims(article_id=second.pk)

    original = Claim.objects.get(article=first, position=0)
    repeat = Claim.objects.get(article=second, position=0)
    cluster = ClaimCluster.objects.get()
    assert (original.cluster_id, repeat.cluster_id) == (cluster.pk, cluster.pk)
    assert cluster.label == "Police arrested 42 protesters in the capital on Friday."
    assert Claim.objects.filter(cluster__isnull=True).count() == 2


def test_the_batched_fuzzy_grouping_gives_what_the_pairwise_loop_gives():
    """``group`` computes the default matcher over all pairs at once; a subclass is asked pair by pair, as any other
    matcher: both must agree on every item, with near-duplicates, reordered words, empty texts and shared dates."""
    import random
    from datetime import date

    from claims.matching import FuzzyMatcher, MatchItem, group

    class PairByPair(FuzzyMatcher):
        pass

    rng = random.Random(7)
    base = [
        "The army said ten civilians were killed in a drone strike on Kidal last night",
        "Rebels accused the army of targeting a market in the north",
        "The health ministry said 40 people were injured when the bridge collapsed",
        "Officials said turnout in the capital was 61 percent",
        "Residents fled across the river after the floods reached the town",
        "",
    ]

    def vary(text: str) -> str:
        words = text.split()
        if len(words) > 3 and rng.random() < 0.5:
            words[rng.randrange(len(words))] = str(rng.randint(1, 99))
        if rng.random() < 0.3:
            rng.shuffle(words)
        return " ".join(words)

    matched = 0
    for _ in range(40):
        dates = [None, date(2024, 3, 27), date(2024, 3, 28)]
        items = [MatchItem.of(i, vary(rng.choice(base)), rng.choice(dates)) for i in range(rng.randint(0, 25))]
        earlier = [MatchItem.of(("saved", i), vary(rng.choice(base)), rng.choice(dates)) for i in range(40)]
        fast = group(items, earlier=earlier)
        assert fast == group(items, earlier=earlier, matcher=PairByPair())
        matched += sum(found is not None for found in fast)
    assert matched > 100
