"""claims/extraction/units.py: a sentence is split into several claims only when every claim keeps its meaning;
otherwise it stays whole (``_split_is_sound``)."""

import pytest

from claims.extraction.hedging import Hedge
from claims.extraction.pipeline import extract_claims
from claims.extraction.scoring import RuleScorer


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in extract_claims(text, scorer=RuleScorer())]


@pytest.mark.parametrize(
    "text",
    [
        # "as" inside a quotation: splitting there cut the quote to "Food is being used."
        '"Food is being used as a bargaining chip by both sides," the envoy told reporters.',
        # a clause inside a dash aside: the rest was the fragment "In March 2019 - two years."
        "In March 2019 - two years after the mayor resigned - the city auditor sent the council its findings.",
        # the same aside in parentheses
        "The port reopened in June (three weeks after divers cleared the wreck) and ferries resumed.",
        # a quantity after the clause: "about 90 flats" would have landed in no claim
        "It was not clear how many residents were at home when the roof caved in, but the block held about 90 flats.",
        # a stating clause after the clause ("and fares will rise") would have been dropped
        "The board approved the timetable when its members met, and fares will rise next spring.",
        # the main clause is too short to be a claim: the "when" clause alone would drop "Lines went down"
        "Lines went down when the storm reached the coast.",
        # "as" a preposition and the next verb coordinated with the main clause: the split left "... accused the
        # gang of using teenagers" and the subjectless "couriers and said officers had seized ..."
        "A police spokeswoman accused the gang of using teenagers as couriers and said officers had seized 40 "
        "kilograms of cocaine.",
        "The mayor described the fire as an accident and said crews had contained it by midnight.",
        "The interior minister accused the militia of using hospitals as command posts and said troops had pulled "
        "back from the port to spare civilians.",
        # "after" with a gerund has no finite verb of its own: the next one was the speech tag's, and the split gave
        # "rejecting a 3 percent pay offer, their union said"
        "Teachers have voted to strike for three days after rejecting a 3 percent pay offer, their union said.",
        # "as" with a verb whose object the main clause is: the split left "The law requires."
        "The judge ruled that the council had failed to consult residents as the law requires.",
        "The ministry said the new bridge would open in May as the contract stipulated.",
        # "after" with an object of its own before the speech tag: the split gave "A spring drought, the union said."
        "Wheat farmers expect their worst harvest in 20 years after a spring drought, the farmers' union said.",
    ],
)
def test_an_unsound_split_keeps_the_sentence_whole(text):
    assert spans(text) == [text]


def test_a_quotation_that_opens_in_the_sentence_and_runs_on_is_not_cut():
    text = '"We rebuilt the school after the floodwater receded, and we will rebuild it again'

    assert spans(text) == [text]


def test_a_sound_split_still_gives_the_clause_and_the_main_claim():
    text = "Hundreds of residents fled the district as shells struck the bridge, officials said."

    claims = extract_claims(text, scorer=RuleScorer())

    assert [(text[c.start : c.end], c.text) for c in claims] == [
        # the main clause keeps the speech tag the split took away from it (the clause between them went)
        ("Hundreds of residents fled the district", "Hundreds of residents fled the district, officials said."),
        ("shells struck the bridge", "Shells struck the bridge."),
    ]


def test_a_hyphen_inside_a_word_is_not_a_dash_aside():
    text = "Paramedics treated 14 people after gunmen attacked the ex-minister's convoy near the bridge."

    assert spans(text) == [
        "Paramedics treated 14 people",
        "gunmen attacked the ex-minister's convoy near the bridge",
    ]


def test_as_of_a_degree_opens_no_clause():
    # "twice as likely": the split had left "Those pupils were also twice" and "likely to report ..."
    whole = "Those pupils were also twice as likely to report dozing off in class, the researchers found."
    # "as many as 40": the split had dropped "As many as" from the figure (and the speech tag with it)
    counted = "As many as 40 people were killed as the storm hit the coast on Monday, officials said."

    assert spans(whole) == [whole]
    assert spans(counted) == ["As many as 40 people were killed", "the storm hit the coast on Monday"]


def test_a_span_of_time_before_after_stays_with_the_clause_it_measures():
    assert spans("The mayor resigned on Monday, a week after police raided his office.") == [
        "The mayor resigned on Monday",
        "police raided his office",
    ]
    assert spans("The mayor resigned on Monday, a few days after police raided his office.") == [
        "The mayor resigned on Monday",
        "police raided his office",
    ]


def test_a_clause_that_is_only_the_circumstance_of_the_main_claim_stays_with_it():
    # Taken out, neither half read on its own ("The clinic has closed two wards to new patients." hid why; "energy
    # costs fell for a second month" lost what it was set against), and a reader checks them together.
    after = (
        "The Harlow Road clinic has closed two wards to new patients after nine people fell ill with food poisoning."
    )
    while_ = "Rents in the capital rose 6.1 percent over the year, while energy bills fell for a second month."
    as_ = "The regulator said the subsidy had become too generous as the price of batteries halved over four years."
    when = "Three schools in Dunmere sent pupils home early when the heating failed, the council said on Friday."

    for text in (after, while_, as_, when):
        assert spans(text) == [text]


def test_a_clause_with_an_event_or_a_speaker_of_its_own_is_a_claim_of_its_own():
    event = (
        "Ferry crossings to Kolmo were cancelled on Monday after drones struck the harbour, the port authority said."
    )
    speaker = "The number of cases rose to 212, the ministry said, as doctors warned that the hospitals were full."

    assert spans(event) == ["Ferry crossings to Kolmo were cancelled on Monday", "drones struck the harbour"]
    assert spans(speaker) == [
        "The number of cases rose to 212, the ministry said",
        "doctors warned that the hospitals were full",
    ]


def test_a_second_party_s_statement_joined_to_the_first_is_a_claim_of_its_own():
    text = (
        "The rebels said they had taken the town after four days of fighting, but the army denied that the town had "
        "fallen. More rain is forecast for Thursday, and the agency has told residents to be ready to leave."
    )

    claims = extract_claims(text, scorer=RuleScorer())

    # each statement with its own claimer and hedge ("after" with an object of its own opens no clause: the split
    # had given "Four days of fighting, but the army denied ..."); a forecast no party makes stays whole
    assert [(text[c.start : c.end], c.claimers, c.hedge) for c in claims] == [
        ("The rebels said they had taken the town after four days of fighting", ["rebels"], Hedge.ASSERTED),
        ("the army denied that the town had fallen", ["army"], Hedge.DENIED),
        (
            "More rain is forecast for Thursday, and the agency has told residents to be ready to leave.",
            ["agency"],
            Hedge.PREDICTED,
        ),
    ]
