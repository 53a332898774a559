"""claims/extraction/standalone.py: a claim's text names its subject and its dates; its span keeps the article's
own words."""

from datetime import date

from claims.extraction.pipeline import extract_claims
from claims.extraction.scoring import RuleScorer

# A Thursday.
PUBLISHED = date(2025, 3, 6)


def texts_and_spans(text: str) -> list[tuple[str, str]]:
    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())
    return [(text[c.start : c.end], c.text) for c in claims]


def test_pronouns_and_descriptions_take_the_name_the_article_gave_before():
    text = (
        "The Halvorsen Institute published its annual housing survey on Tuesday. "
        "The institute said rents in the capital rose by 7 percent last year.\n\n"
        "Mayor Lena Fjell rejected the figures. She said the survey had counted only new leases.\n\n"
        "The Norrvik Tenants Union disputed that account. It said its members had seen increases of up to 12 percent."
    )

    assert texts_and_spans(text) == [
        (
            "The Halvorsen Institute published its annual housing survey on Tuesday.",
            "The Halvorsen Institute published its annual housing survey on 4 March 2025.",
        ),
        (
            "The institute said rents in the capital rose by 7 percent last year.",
            "The Halvorsen Institute said rents in the capital rose by 7 percent in 2024.",
        ),
        ("Mayor Lena Fjell rejected the figures.", "Mayor Lena Fjell rejected the figures."),
        (
            "She said the survey had counted only new leases.",
            "Lena Fjell said the Halvorsen Institute survey had counted only new leases.",
        ),
        ("The Norrvik Tenants Union disputed that account.", "The Norrvik Tenants Union disputed that account."),
        (
            "It said its members had seen increases of up to 12 percent.",
            "The Norrvik Tenants Union said the Norrvik Tenants Union's members had seen increases of up to 12 "
            "percent.",
        ),
    ]


def test_a_pronoun_whose_antecedent_the_claim_already_names_stays():
    text = "Jonas Berg, the harbour master, said he had closed the port after the storm warning."

    assert texts_and_spans(text) == [(text, text)]


def test_a_description_takes_the_earlier_mention_that_says_which():
    text = (
        "Inspectors visited the Lindholm detention centre in January. "
        "Lawyers said the centre held twice as many people as it was built for."
    )

    assert texts_and_spans(text)[1] == (
        "Lawyers said the centre held twice as many people as it was built for.",
        "Lawyers said the Lindholm detention centre held twice as many people as it was built for.",
    )


def test_relative_times_are_written_out_against_the_article_date():
    text = (
        "Ferries stopped running last week. "
        "The port reopened two days ago. "
        "Dock workers have been on strike since October. "
        "The council will vote on the harbour budget on Monday."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "Ferries stopped running in the week of 24 February 2025.",
        "The port reopened on 4 March 2025.",
        "Dock workers have been on strike since October 2024.",
        "The council will vote on the harbour budget on 10 March 2025.",
    ]


def test_a_day_earlier_is_counted_from_the_event_reported_last():
    text = "A tanker ran aground on 2 March. A day earlier, the coastguard had warned of high winds."

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [c.text for c in claims] == [
        "A tanker ran aground on 2 March 2025.",
        "On 1 March 2025, the coastguard had warned of high winds.",
    ]
    assert [c.event_date for c in claims] == [date(2025, 3, 2), date(2025, 3, 1)]


def test_a_quotation_running_on_from_the_sentence_before_gets_its_speaker():
    text = (
        '"The storm has passed," harbour master Jonas Berg said. "We expect the first ferries to sail at noon. '
        'The pier is safe."'
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        '"We expect the first ferries to sail at noon," Jonas Berg said.',
        'The pier is safe," Jonas Berg said.',
    ]


def test_without_an_article_date_relative_times_stay_as_written():
    (claim,) = extract_claims("The port reopened on Tuesday after the storm.", scorer=RuleScorer())

    assert claim.text == "The port reopened on Tuesday after the storm."


def test_it_opening_a_sentence_is_the_thing_the_sentence_before_was_about():
    text = (
        "A landslide near the Varn pass blocked the mountain road on 3 March. It was cleared by army engineers. "
        "It is unclear whether the road will reopen."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "A landslide near the Varn pass blocked the mountain road on 3 March 2025.",
        "The landslide near the Varn pass was cleared by army engineers.",
        "It is unclear whether the road will reopen.",
    ]
