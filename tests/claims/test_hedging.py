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
        # a risk measured against another group's is a finding, no forecast
        ("Children who live near busy roads are twice as likely to develop asthma.", Hedge.ASSERTED),
        # what could be done before a past event was possible then: no hedge, no forecast
        ("About 14 million litres of water escaped before the valves could be shut.", Hedge.ASSERTED),
        ("The toll could rise before rescuers can reach the village.", Hedge.PREDICTED),
        # unconfirmed before denied, denied before predicted
        ("The ministry denied the reports, which could not be independently verified.", Hedge.UNCONFIRMED),
        ("The army denied that it will withdraw.", Hedge.DENIED),
        ("The minister rejected claims that the rise would be paid for by cuts to schools.", Hedge.DENIED),
        ("The company denied that the plant would close.", Hedge.DENIED),
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


def assert_hedges(cases: list[tuple[str, Hedge]]) -> None:
    results = list(extract_sentences([text for text, _ in cases], scorer=RuleScorer()))

    assert [(text, r.hedge) for (text, _), r in zip(cases, results, strict=True)] == cases


def test_saying_it_could_not_check_is_unconfirmed():
    assert_hedges(
        [
            ("The agency could not verify where the footage was filmed.", Hedge.UNCONFIRMED),
            ("Reporters were unable to confirm the death toll.", Hedge.UNCONFIRMED),
            ("It was not clear whether the collapse occurred in either tunnel.", Hedge.UNCONFIRMED),
            ("Police searched the offices, though the board would not confirm this.", Hedge.UNCONFIRMED),
            ("Neither side's casualty figures could be independently verified.", Hedge.UNCONFIRMED),
            ("None of the accounts could be confirmed.", Hedge.UNCONFIRMED),
            ("Auditors verified the accounts in March.", Hedge.ASSERTED),
            ("It was clear that the tunnel had collapsed.", Hedge.ASSERTED),
        ]
    )


def test_refusals_decisions_and_characterisations_are_not_denials():
    assert_hedges(
        [
            ("Prisoners were denied access to lawyers.", Hedge.ASSERTED),
            ("The warden denied the inmates family visits.", Hedge.ASSERTED),
            ("The council rejected the proposal in a close vote.", Hedge.ASSERTED),
            ("The minister dismissed the findings as a smear.", Hedge.ASSERTED),
            # a denial stays one, in the passive too
            ("The ministry denied the report.", Hedge.DENIED),
            ("The allegations were denied by the club.", Hedge.DENIED),
            # a denial in an aside on the subject is not the claim's
            ("Holm, who denies wrongdoing, is under investigation.", Hedge.ASSERTED),
            ("Holm, who resigned in 2024, has denied all the charges.", Hedge.DENIED),
            # a participle rejecting something beside what a ruling reports is no denial of it; one beside a
            # denial is
            (
                "The judge ruled that Lenz would get a fair trial and that conditions in its prisons did not breach "
                "his rights, rejecting the two main arguments of the defence.",
                Hedge.ASSERTED,
            ),
            ("The army denied that the town had fallen, rejecting the rebels' account.", Hedge.DENIED),
        ]
    )


def test_past_expectations_abilities_and_claimers_own_allegations_are_asserted():
    assert_hedges(
        [
            ("Most analysts had expected a rate cut.", Hedge.ASSERTED),
            ("Explosions could be heard across the city.", Hedge.ASSERTED),
            ('"I could hear them above me," he said.', Hedge.ASSERTED),
            ("Sales grew faster than the factory could cope with.", Hedge.ASSERTED),
            ("The opposition alleged fraud in three districts.", Hedge.ASSERTED),
            ("Anyone suspected of a crime is held for 48 hours.", Hedge.ASSERTED),
            # hedges that stay
            ("About 2,000 fighters are believed to remain in the hills.", Hedge.HEDGED),
            ("The alleged bribes were paid in cash.", Hedge.HEDGED),
            # (what someone the text does not point to could see may happen to them)
            ("Households could see their bills rise by 20 percent.", Hedge.HEDGED),
            # (what could happen is a forecast)
            ("The dam could burst.", Hedge.PREDICTED),
        ]
    )


def test_appear_and_suspected_hedge_only_in_their_hedging_senses():
    assert_hedges(
        [
            ("The first cases appeared on Thursday.", Hedge.ASSERTED),
            # (suspected cases are a count kept as such)
            ("The ministry said 1,140 suspected cases of cholera had been recorded.", Hedge.ASSERTED),
            ("Two suspected smugglers were arrested.", Hedge.HEDGED),
            ("Cracks appeared in the dam wall last week.", Hedge.ASSERTED),
            ("The fire appears to have been started deliberately.", Hedge.HEDGED),
            ("The minister appeared calm.", Hedge.HEDGED),
        ]
    )


def test_what_someone_could_not_do_is_asserted_but_not_ruling_something_out():
    assert_hedges(
        [
            ("Search teams could not reach the farm because of the flames.", Hedge.ASSERTED),
            ("The former minister could not be reached for comment.", Hedge.ASSERTED),
            ("Engineers could not rule out a second collapse.", Hedge.HEDGED),
            # what could happen is a forecast
            ("The bridge could collapse within weeks.", Hedge.PREDICTED),
        ]
    )


def test_what_a_thing_suggests_is_hedged_and_what_is_not_yet_clear_unconfirmed():
    assert_hedges(
        [
            ("The study suggested that synthetic fibres made up half of the particles.", Hedge.HEDGED),
            (
                "An analyst said the army's refusal to let journalists near the base suggested it was not in control.",
                Hedge.HEDGED,
            ),
            # a person's or a body's suggestion is what they say
            ("The minister suggested that the tax was too high.", Hedge.ASSERTED),
            ("The union suggested a four-day week at the talks.", Hedge.ASSERTED),
            ("She said it was not yet clear whether the solvent had caused the illnesses.", Hedge.UNCONFIRMED),
        ]
    )


def test_all_someone_could_do_is_what_they_did_not_a_possibility():
    assert_hedges(
        [
            ("The staff did what they could.", Hedge.ASSERTED),
            ("Firefighters did everything they could to save the house.", Hedge.ASSERTED),
            ("The staff could have done more.", Hedge.HEDGED),
        ]
    )
