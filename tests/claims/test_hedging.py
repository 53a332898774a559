"""claims/extraction/hedging.py: the one Hedge declaration, the hedge cues not covered by test_sentence_rules,
and which hedge wins when several are present."""

from django.db.migrations.loader import MigrationLoader

from claims import models
from claims.extraction.hedging import Hedge
from claims.extraction.pipeline import extract_sentences
from claims.extraction.scoring import RuleScorer

STORED_CHOICES = [
    ("asserted", "Asserted"),
    ("hedged", "Hedged"),
    ("unconfirmed", "Unconfirmed"),
    ("denied", "Denied"),
    ("predicted", "Predicted"),
]


def test_hedge_is_declared_once_with_the_values_and_labels_the_migrations_store():
    state = MigrationLoader(None, ignore_no_migrations=True).project_state()

    field = state.models["claims", "claim"].fields["hedge"]

    assert models.Hedge is Hedge
    assert Hedge.choices == STORED_CHOICES
    assert field.choices == STORED_CHOICES


def test_hedge_cues_and_their_order():
    cases = [
        ("The ministry issued a denial on Monday.", Hedge.DENIED),
        ("The minister is going to resign on Friday.", Hedge.PREDICTED),
        ("The talks are likely to collapse.", Hedge.PREDICTED),
        ("Rebels are set to take the town.", Hedge.PREDICTED),
        ("The plant seems to have closed.", Hedge.HEDGED),
        ("The suspect is said to have fled the country.", Hedge.HEDGED),
        ("The bridge collapsed on Tuesday.", Hedge.ASSERTED),
        # unconfirmed before denied, denied before predicted
        ("The ministry denied the reports, which could not be independently verified.", Hedge.UNCONFIRMED),
        ("The army denied that it will withdraw.", Hedge.DENIED),
        # a characterisation or a negated denial is no denial
        ("The opposition leader dismissed the audit as a political stunt.", Hedge.ASSERTED),
        ("The ministry dismissed reports that soldiers had looted the market.", Hedge.DENIED),
        ("The army did not deny that its drones struck the convoy.", Hedge.ASSERTED),
        ("The company rejected the allegations.", Hedge.DENIED),
        # a kind of voter, a past expectation, a forecast with what it forecasts, news not yet known
        ("Among likely voters, 52 percent back the governor.", Hedge.ASSERTED),
        ("The river rose faster than anyone expected.", Hedge.ASSERTED),
        ("The central bank predicted that growth would slow.", Hedge.PREDICTED),
        ("It was not immediately known how many people were inside the building.", Hedge.UNCONFIRMED),
    ]

    results = list(extract_sentences([text for text, _ in cases], scorer=RuleScorer()))

    assert [r.hedge for r in results] == [hedge for _, hedge in cases]
