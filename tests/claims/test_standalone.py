"""claims/extraction/standalone.py: a claim's text names its subject and its dates; its span keeps the article's
own words."""

import threading
from datetime import date

import pytest
from spacy.tokens import Doc

from claims.extraction.nlp import get_nlp
from claims.extraction.pipeline import extract_claims, extract_from_doc
from claims.extraction.scoring import RuleScorer
from claims.extraction.standalone import _naming_phrase

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
            "The Halvorsen Institute published the Halvorsen Institute's annual housing survey on 4 March 2025.",
        ),
        (
            "The institute said rents in the capital rose by 7 percent last year.",
            "The Halvorsen Institute said rents in the capital rose by 7 percent in 2024.",
        ),
        ("Mayor Lena Fjell rejected the figures.", "Mayor Lena Fjell rejected the figures."),
        (
            "She said the survey had counted only new leases.",
            "Mayor Lena Fjell said the Halvorsen Institute survey had counted only new leases.",
        ),
        (
            "The Norrvik Tenants Union disputed that account.",
            "The Norrvik Tenants Union disputed Lena Fjell's account.",
        ),
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
        '"We expect the first ferries to sail at noon," harbour master Jonas Berg said.',
        '"The pier is safe," harbour master Jonas Berg said.',
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
        "It is unclear whether the mountain road will reopen.",
    ]


def standalone_texts(text: str, *, outlet: str = "") -> list[str]:
    return [c.text for c in extract_claims(text, published_on=PUBLISHED, outlet=outlet, scorer=RuleScorer())]


def test_a_pronoun_speaker_is_the_speaker_attribution_found_and_agrees_in_gender():
    text = (
        "Ms Ingrid Solberg, the port director, met union leader Mr Karl Vinter on Monday. "
        "She said the cranes would be repaired within a month. "
        "He said his members had not been paid since January."
    )

    assert standalone_texts(text)[1:] == [
        "Ms Ingrid Solberg said the cranes would be repaired within a month.",
        "Union leader Karl Vinter said Karl Vinter's members had not been paid since January 2025.",
    ]


def test_a_dateline_is_neither_part_of_the_text_nor_an_antecedent():
    text = "Breska (The Harbour Times): The engineers who saw the dam warned that cracks in its spillway may grow."

    dateline, claim = extract_claims(text, published_on=PUBLISHED, outlet="The Harbour Times", scorer=RuleScorer())

    # the dateline is a sentence of its own before the parser runs, so the story's first sentence is parsed alone;
    # it is kept as a non-claim, never check-worthy
    assert (text[dateline.start : dateline.end], dateline.checkworthy) == ("Breska (The Harbour Times):", False)
    assert dateline.score_features["non_claim"] == "boilerplate"
    body = "The engineers who saw the dam warned that cracks in its spillway may grow."
    assert (text[claim.start : claim.end], claim.text) == (body, body)


def test_a_dateline_with_a_date_is_a_sentence_of_its_own_and_its_date_is_not_the_event_date():
    text = (
        "KESSEL, March 6 (Tarn Wire) - Fire crews contained a blaze at the Kessel port on Wednesday. "
        "Two warehouses had been evacuated a day earlier."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Fire crews contained a blaze at the Kessel port on 5 March 2025.",
        "Two warehouses had been evacuated on 4 March 2025.",
    ]


def test_a_description_takes_the_name_an_apposition_gave_it():
    text = (
        "Volunteers counted 120 dead seals, according to the wildlife charity Seawatch. "
        "The charity said the toll would rise."
    )

    assert standalone_texts(text)[1] == "Seawatch said the toll would rise."


def test_a_body_description_without_a_shared_word_is_the_one_organisation_named_just_before():
    text = (
        "The Office for Fair Markets is investigating the merger. "
        "The watchdog said it had received more than 300 complaints."
    )

    assert standalone_texts(text)[1] == (
        "The Office for Fair Markets said the Office for Fair Markets had received more than 300 complaints."
    )


def test_a_document_is_named_by_who_made_it():
    text = (
        "A survey by the Lund Institute found that 41 percent of tenants had moved in the past five years. "
        "The mayor dismissed the survey as flawed."
    )

    assert standalone_texts(text)[1] == "The mayor dismissed the survey by the Lund Institute as flawed."


def test_the_attack_is_the_article_s_first_event_with_its_place():
    text = (
        "Drones struck a fuel depot in the town of Brena overnight, the army said. "
        "Officials said the attack had cut fuel supplies to 30,000 homes."
    )

    assert (
        standalone_texts(text)[1] == "Officials said the drone attack on Brena had cut fuel supplies to 30,000 homes."
    )


def test_the_country_is_the_place_named_most_often_and_the_city_the_one_called_a_city():
    text = (
        "Troops from Peru crossed into Chile on Monday. "
        "Chile said the troops had taken Rivna, a city of 80,000 people. "
        "Residents said the city centre had been shelled and that the country had closed its airspace."
    )

    assert standalone_texts(text)[2] == (
        "Residents said the Rivna city centre had been shelled and that Chile had closed Chile's airspace."
    )


def test_it_in_what_a_spokesperson_for_a_body_says_is_that_body():
    text = "A spokeswoman for the Northern Rail Company said it would cut 200 jobs."

    assert standalone_texts(text) == [
        "A spokeswoman for the Northern Rail Company said the Northern Rail Company would cut 200 jobs."
    ]


def test_it_under_the_main_verb_is_the_thing_that_verb_acted_on():
    text = "The High Court on Monday struck down a 2019 law that banned street protests, ruling that it was too broad."

    assert standalone_texts(text) == [
        "The High Court on 3 March 2025 struck down a 2019 law that banned street protests, ruling that the 2019 "
        "law was too broad."
    ]


def test_their_after_a_plural_subject_is_that_group():
    text = (
        "Hospital unions warned that waiting lists would grow. Their chairman, Olav Rudd, said 14 clinics had closed."
    )

    assert standalone_texts(text)[1] == "The hospital unions' chairman, Olav Rudd, said 14 clinics had closed."


def test_pronouns_whose_antecedent_the_claim_itself_names_stay():
    text = (
        "The Brevik Shipping Group reported a loss. "
        "The government said its ministers had approved the loan. "
        'The harbour, the mayor said, was "as busy as it has ever been".'
    )

    assert standalone_texts(text)[1:] == [
        "The government said its ministers had approved the loan.",
        'The harbour, the mayor said, was "as busy as it has ever been".',
    ]


def test_times_read_forwards_for_what_was_said_to_come_and_what_people_were_urged_to_do():
    text = (
        "The school flooded last week. The head teacher said the school would reopen on Wednesday. "
        "Union leaders urged members to march on Saturday."
    )

    assert standalone_texts(text)[1:] == [
        "The head teacher said the school would reopen on 12 March 2025.",
        "Union leaders urged members to march on 8 March 2025.",
    ]


def test_a_document_a_body_published_is_named_by_that_body():
    text = "The Lund Institute published a survey of 2,000 tenants on Monday. The mayor dismissed the survey as flawed."

    assert standalone_texts(text)[1] == "The mayor dismissed the Lund Institute survey as flawed."


def test_a_share_of_them_is_a_share_of_the_counted_plural_before_it():
    text = "Rescuers freed more than 40 stranded whales, and marine biologists said about half of them would survive."

    assert standalone_texts(text) == [
        "Rescuers freed more than 40 stranded whales, and marine biologists said about half of the whales would "
        "survive."
    ]


def test_its_is_the_named_thing_the_sentence_spoke_of_before_it():
    text = "Divers who inspected the Marlow harbour wall on 2 March found that its base had shifted by 30 cm."

    assert standalone_texts(text) == [
        "Divers who inspected the Marlow harbour wall on 2 March 2025 found that the Marlow harbour wall's base had "
        "shifted by 30 cm."
    ]


def test_a_bare_description_takes_the_kind_an_earlier_mention_gave_it():
    text = (
        "A research team examined 1,126 fish from nine rivers. "
        "The team said 73 percent of the fish had plastic in their guts."
    )

    assert standalone_texts(text)[1] == "The research team said 73 percent of the fish had plastic in their guts."


def test_a_description_is_resolved_even_after_the_claim_named_it_and_stays_resolved_later():
    text = (
        "The Office for Fair Markets is investigating the merger. "
        "The watchdog said it had received 300 complaints. "
        "The Halden Trade Bloc's commissioner said prices in the bloc had risen by 4 percent. "
        "Shoppers sent further complaints to the watchdog."
    )

    assert standalone_texts(text)[2:] == [
        "The Halden Trade Bloc's commissioner said prices in the Halden Trade Bloc had risen by 4 percent.",
        "Shoppers sent further complaints to the Office for Fair Markets.",
    ]


def test_a_sentence_inside_a_quotation_over_several_is_quoted_with_its_speaker_and_its_pronouns_stay():
    text = (
        'Port director Sanna Koivu said the strike had cost the harbour dearly. "We lost three ships to Rostel last '
        'week. He told us they would not come back. Nobody here has seen a winter like this," she said.'
    )

    assert texts_and_spans(text) == [
        (
            "Port director Sanna Koivu said the strike had cost the harbour dearly.",
            "Port director Sanna Koivu said the strike had cost the harbour dearly.",
        ),
        (
            '"We lost three ships to Rostel last week.',
            '"We lost three ships to Rostel in the week of 24 February 2025," port director Sanna Koivu said.',
        ),
        # the quotation's "He" is the speaker's, not the article's: it stays
        (
            "He told us they would not come back.",
            '"He told us they would not come back," port director Sanna Koivu said.',
        ),
        (
            'Nobody here has seen a winter like this," she said.',
            '"Nobody here has seen a winter like this," port director Sanna Koivu said.',
        ),
    ]


def test_a_persons_its_is_the_body_the_article_said_they_head_else_it_stays():
    text = (
        "Tomas Lindqvist, who heads the Varna dockers' cooperative, accused the port of ignoring safety rules. "
        "He said its 40 cranes had not been inspected since 2021.\n\n"
        "A council spokesman, Piet Haas, declined to say more. He said its budget was not his to discuss."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        "Tomas Lindqvist said the Varna dockers' cooperative's 40 cranes had not been inspected since 2021.",
        "A council spokesman, Piet Haas, declined to say more.",
        # not the cooperative, the body named last: whose budget the article does not say
        "Piet Haas said its budget was not his to discuss.",
    ]


def test_its_after_a_pronoun_speaker_the_article_cannot_name_stays():
    # "He" matches nobody the article named (it named a woman), so the body he speaks for is unknown
    text = "Ruth Engqvist said the Axford plant would close. He said its workers would be paid in full."

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "Ruth Engqvist said the Axford plant would close.",
        "He said its workers would be paid in full.",
    ]


def test_his_or_her_opening_a_joined_clause_names_the_person_again():
    text = "Governor Elin Strand won a second term, but her main rival refused to concede and called for a recount."

    assert texts_and_spans(text) == [
        (
            text,
            "Governor Elin Strand won a second term, but Elin Strand's main rival refused to concede and called for "
            "a recount.",
        )
    ]


def test_a_speech_tag_pronoun_and_one_that_cannot_be_the_speaker_are_named_even_after_the_name():
    text = (
        'Energy Minister Aksel Brun was unmoved: the new pipeline, he said, was "entirely safe".\n\n'
        "Karl Vinter's lawyer, Maria Ekdahl, said he would appeal the ruling."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        'Energy Minister Aksel Brun was unmoved: the new pipeline, Aksel Brun said, was "entirely safe".',
        # "he" is not Maria Ekdahl (a woman's first name): the man the claim named before
        "Karl Vinter's lawyer, Maria Ekdahl, said Karl Vinter would appeal the ruling.",
    ]


def test_a_surname_alone_is_the_full_name_and_makes_that_person_the_one_named_last():
    text = (
        "Transport Minister Oskar Dahl opened the bridge on Monday. Critics say Dahl ignored the engineers. "
        "Dahl, a former surveyor, first took office in 2019. Opponents accuse him of rushing the project."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "Transport Minister Oskar Dahl opened the bridge on 3 March 2025.",
        "Critics say Transport Minister Oskar Dahl ignored the engineers.",
        "Oskar Dahl, a former surveyor, first took office in 2019.",
        "Opponents accuse Transport Minister Oskar Dahl of rushing the project.",
    ]


def test_a_description_is_the_name_ending_in_its_word_and_it_follows():
    text = (
        "A group calling itself the Northern Liberation Movement claimed the attack on the depot. "
        "The movement has been accused of recruiting children, a charge it denies."
    )

    assert texts_and_spans(text)[1] == (
        "The movement has been accused of recruiting children, a charge it denies.",
        "The Northern Liberation Movement has been accused of recruiting children, a charge the Northern Liberation "
        "Movement denies.",
    )


def test_a_report_a_body_called_its_own_and_a_poll_called_a_survey_before_are_named():
    text = (
        "Last year was the wettest on record, the Baltic Weather Service said in its annual report. "
        "The report found that rainfall was 30 percent above the average.\n\n"
        "The survey by the Kessler Institute put the Green Party on 21 percent. "
        "Prime Minister Ola Nyberg dismissed the poll as noise."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "2024 was the wettest on record, the Baltic Weather Service said in its annual report.",
        "The Baltic Weather Service report found that rainfall was 30 percent above the average.",
        "The survey by the Kessler Institute put the Green Party on 21 percent.",
        "Prime Minister Ola Nyberg dismissed the survey by the Kessler Institute as noise.",
    ]


def test_the_region_is_the_region_named_before_unless_the_sentence_names_that_one_itself():
    text = (
        "Heavy snow cut off villages across the Marvik highlands on Tuesday. "
        "The army sent 300 soldiers to the region. "
        "The highlands have the coldest winters in the region."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        "The army sent 300 soldiers to the Marvik highlands.",
        "The highlands have the coldest winters in the region.",
    ]


def test_a_placeholder_it_stays_and_his_is_not_a_woman_named_before():
    text = (
        "The Northfield Water Trust closed two reservoirs on Monday. Three pumps failed, the trust said, adding that "
        "it was too early to say why.\n\nCouncillor Julia Brandt led the poll. Brandt's campaign welcomed it. "
        "Okafor has denied reports that his campaign broke the rules."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "The Northfield Water Trust closed two reservoirs on 3 March 2025.",
        "Three pumps failed, the Northfield Water Trust said, adding that it was too early to say why.",
        "Councillor Julia Brandt led the poll.",
        "Julia Brandt's campaign welcomed it.",
        "Okafor has denied reports that Okafor's campaign broke the rules.",
    ]


def test_a_description_whose_of_phrase_belongs_to_the_verb_is_resolved():
    text = (
        "The Harlow district council approved a new car park on Monday. "
        "Residents accused the council of ignoring the traffic survey."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1] == (
        "Residents accused the Harlow district council of ignoring the traffic survey."
    )


def test_the_accusation_is_the_one_the_party_named_before_made():
    text = (
        "The Coastal Fishermen's League said on Monday that catches had halved. "
        "The league accused the Marine Fisheries Agency of ignoring its warnings. "
        "The agency rejected the accusation."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][2] == (
        "The Marine Fisheries Agency rejected the Coastal Fishermen's League's accusation."
    )


def test_the_town_is_the_settlement_named_even_when_the_tagger_read_a_person():
    text = (
        "Rebels have taken the mountain town of Vesk after a week of fighting. "
        "A nurse said the town's clinic had run out of bandages."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1] == (
        "A nurse said Vesk's clinic had run out of bandages."
    )


def test_the_town_is_the_place_its_own_sentence_named_not_the_dateline_city():
    # a dateline says where the story was filed, never which town "the town" is
    text = (
        "BRASKOV, March 5 (Northline) - Heavy rain flooded dozens of homes in the Velmar region, officials said. "
        "Residents of Drubno said the town's only bridge had been closed."
    )

    assert standalone_texts(text, outlet="Northline")[-1] == (
        "Residents of Drubno said Drubno's only bridge had been closed."
    )
    assert standalone_texts("The mayor of Kessin, Anna Lund, defended the city's budget.") == [
        "The mayor of Kessin, Anna Lund, defended Kessin's budget."
    ]


def test_the_judge_is_the_person_the_article_named_with_that_title():
    text = (
        "Judge Helena Marsh sentenced the former treasurer to four years in prison. "
        "The judge said the theft had been carefully planned."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1] == (
        "Helena Marsh said the theft had been carefully planned."
    )


@pytest.mark.parametrize(
    "introduced",
    ["The health minister, Karl Mott, promised an inquiry.", "Karl Mott, the health minister, promised an inquiry."],
)
def test_the_minister_is_the_person_an_apposition_called_one(introduced):
    text = f"{introduced} The minister said the region would get 5 million euros for repairs."

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][1] == (
        "Karl Mott said the region would get 5 million euros for repairs.",
        ["Karl Mott"],
    )


def test_a_regional_council_names_its_region_and_the_report_it_commissioned():
    text = (
        "The Westmoor regional council has approved a plan to close three rural schools. "
        "The council's education committee voted seven to two for the plan. "
        "Parents in the region have collected 4,000 signatures against the closures. "
        "A report commissioned by the council found that the schools cost twice as much per pupil as those in towns. "
        "Critics said the report ignored the cost of bus travel."
    )

    assert standalone_texts(text)[1:] == [
        "The Westmoor regional council's education committee voted seven to two for the plan to close three rural "
        "schools.",
        "Parents in the Westmoor region have collected 4,000 signatures against the closures.",
        "A report commissioned by the Westmoor regional council found that the rural schools cost twice as much per "
        "pupil as those in towns.",
        "Critics said the Westmoor regional council report ignored the cost of bus travel.",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "A car bomb killed 14 people outside a police station in the city of Karsk on Wednesday.",
        "At least 14 people were killed when a car bomb exploded outside a police station in the city of Karsk.",
    ],
)
def test_the_death_toll_is_that_of_the_explosive_the_lead_named(lead):
    text = f"{lead} Officials said the death toll was likely to rise. No group has claimed responsibility."

    assert standalone_texts(text)[1:] == [
        "Officials said the death toll from the Karsk car bomb was likely to rise.",
        "No group has claimed responsibility for the car bomb in Karsk.",
    ]


def test_the_referendum_is_not_the_last_one_named_before():
    text = (
        "Voters in Dastovia will decide whether to abolish the Senate in a referendum in September. "
        "Turnout in Dastovia's last referendum, on electoral reform in 2019, was 54 percent. "
        "The referendum is expected to be close."
    )

    assert standalone_texts(text)[2] == "The referendum is expected to be close."


def test_a_former_holder_of_a_post_is_still_named_by_the_mention_and_a_last_event_is_not():
    doc = get_nlp()("A former Kessel Foods buyer kept notes. Turnout in Dastovia's last referendum was 54 percent.")
    buyer, referendum = doc[4], doc[13]

    assert (buyer.text, referendum.text) == ("buyer", "referendum")
    assert _naming_phrase(buyer, buyer.sent) == "former Kessel Foods buyer"
    assert _naming_phrase(referendum, referendum.sent) is None


def test_him_or_her_acted_on_by_another_in_a_report_is_the_speaker_named_again():
    text = (
        "Radan Kosh told the Dravna Herald that the commanders had assured him that no unit had been in the town. "
        "Council leader Fiona Aldred said a senior engineer had told her in a meeting that the pipe was old. "
        "Anna Berg said she had been stopped twice."
    )

    assert standalone_texts(text) == [
        "Radan Kosh told the Dravna Herald that the commanders had assured Radan Kosh that no unit had been in the "
        "town.",
        "Council leader Fiona Aldred said a senior engineer had told Fiona Aldred in a meeting that the pipe was old.",
        "Anna Berg said she had been stopped twice.",
    ]


def test_it_ranked_as_a_level_or_a_change_is_the_figure_the_lead_reported_moving():
    inflation = (
        "Consumer price inflation in Caldera slowed to 3.1 percent in January, the statistics office said. "
        "Food prices rose 4.2 percent over the year. It was the lowest inflation rate since 2022."
    )
    unemployment = (
        "Unemployment in Tessaly rose to 7.2 percent in the first quarter, the statistics office said. "
        "It was the largest quarterly increase since 2020."
    )

    assert standalone_texts(inflation)[-1] == (
        "Consumer price inflation in Caldera at 3.1 percent was the lowest inflation rate since 2022."
    )
    assert standalone_texts(unemployment)[-1] == (
        "The increase in unemployment in Tessaly to 7.2 percent was the largest quarterly increase since 2020."
    )


def test_the_area_is_the_area_of_the_town_the_article_named_unless_it_says_which():
    text = (
        "Rebels said they had captured the town of Garo after three days of fighting. "
        "The UN said about 15,000 people had fled the area. "
        "Aid workers said the area around the airport was calm."
    )

    assert standalone_texts(text)[1:] == [
        "The UN said about 15,000 people had fled the Garo area.",
        "Aid workers said the area around the airport was calm.",
    ]


def test_a_span_of_days_dates_nothing_and_a_union_is_no_company():
    text = (
        "Skaldair reported a net loss on Thursday, blaming a five-day pilots' strike in May. "
        "The pilots' union blamed management for the walkout. "
        "Its leader, Erik Tanngard, said the company had refused to discuss rest rules."
    )

    assert standalone_texts(text)[1:] == [
        "The pilots' union blamed management for the walkout.",
        "The pilots' union's leader, Erik Tanngard, said the company had refused to discuss rest rules.",
    ]


def test_it_acted_on_again_in_a_joined_clause_is_the_body_the_first_it_was_written_as():
    text = (
        "Skaldair, the Nordic airline, reported a net loss on Thursday. "
        "The company said the strike had cost it about 90 million kroner and forced it to cancel 1,420 flights."
    )

    assert standalone_texts(text)[1] == (
        "Skaldair said the strike had cost Skaldair about 90 million kroner and forced Skaldair to cancel 1,420 "
        "flights."
    )


def test_the_quakes_epicentre_is_the_epicentre_of_the_earthquake_the_lead_placed():
    text = (
        "A magnitude 6.4 earthquake struck the mountainous Tarsun region of eastern Velmar on Sunday, killing at "
        "least 31 people. The quake's epicentre was 12 km north of the town of Oskra."
    )

    assert standalone_texts(text)[1] == "The Tarsun earthquake's epicentre was 12 km north of the town of Oskra."


def test_the_party_is_the_political_party_named_by_another_word_before():
    text = (
        "The ruling Civic Union lost its majority in the regional assembly on Sunday. "
        "The party's leader, Marta Iversen, said she would seek a coalition with the Greens."
    )

    assert standalone_texts(text)[1] == (
        "The Civic Union's leader, Marta Iversen, said she would seek a coalition with the Greens."
    )


def test_the_country_is_the_one_whose_ministry_the_article_named():
    text = (
        "The health ministry of Ostrava confirmed 12 new cases of cholera in the port city of Varna on Tuesday. "
        "The outbreak is the country's worst since 2017, according to the World Health Organization."
    )

    assert standalone_texts(text)[1] == (
        "The cholera outbreak is Ostrava's worst since 2017, according to the World Health Organization."
    )


def test_the_disease_and_the_outbreak_are_the_disease_the_article_named_most():
    text = (
        "Health officials in Kerrow have confirmed 40 cases of cholera since June. "
        "Doctors said the outbreak began at a wedding. "
        "Officials warned that the disease spreads through dirty water."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        "Doctors said the cholera outbreak began at a wedding.",
        "Officials warned that cholera spreads through dirty water.",
    ]


def test_a_disease_named_in_two_words_is_what_the_disease_and_the_outbreak_stand_for():
    # the tagger reads "dengue" before "fever" as an adjective
    text = (
        "Health officials in Tarvel have confirmed 40 cases of dengue fever since January. "
        "The disease is spread by mosquitoes. "
        "Doctors said the outbreak began near a reservoir."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        "Dengue fever is spread by mosquitoes.",
        "Doctors said the dengue fever outbreak began near a reservoir.",
    ]


def test_it_ranked_among_events_of_a_kind_is_the_article_s_first_mention_of_that_kind():
    text = (
        "The food safety agency has ordered the recall of 30,000 jars of a baby food. "
        "Traces of glass were found in two jars, the agency said.\n\n"
        "It is the third recall of a Brightfield product this year."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][2] == (
        "The recall of 30,000 jars of a baby food is the third recall of a Brightfield product in 2025."
    )


def test_a_capitalised_common_noun_the_tagger_called_an_organisation_is_no_antecedent():
    text = (
        "Households that install heat pumps will be paid 30 percent less for the power they save from May, the "
        "energy watchdog announced on Monday. The watchdog said the old grant had become too costly."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1] == (
        "The energy watchdog said the old grant had become too costly."
    )


def test_an_accused_body_is_never_its_accuser_and_keeps_the_kind_named_before():
    text = (
        "Milk prices were capped by the food regulator in March. "
        "The Tolland Growers' Union said the cap would ruin small farms. "
        "It accused the regulator of protecting the supermarkets. "
        "The regulator rejected the accusation."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][2:] == [
        "The Tolland Growers' Union accused the food regulator of protecting the supermarkets.",
        "The food regulator rejected the Tolland Growers' Union's accusation.",
    ]


def test_a_description_takes_the_kind_its_own_sentence_gave_it_before():
    text = (
        "Flood water reached 2,000 homes in the Sarn valley district, the regional flood agency said on Monday, "
        "and the agency said more rain was due."
    )

    # (the second statement is a claim of its own; its "the agency" still takes the kind the sentence gave it)
    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "Flood water reached 2,000 homes in the Sarn valley district, the regional flood agency said on 3 March 2025.",
        "The regional flood agency said more rain was due.",
    ]


def test_a_place_phrase_right_after_a_noun_says_where_it_is_though_parsed_on_the_verb():
    # "A shell hit the only clinic in the town of Merin." with "in" hung on "hit", as the parser may do
    words = ["A", "shell", "hit", "the", "only", "clinic", "in", "the", "town", "of", "Merin", "."]
    doc = Doc(
        get_nlp().vocab,
        words=words,
        spaces=[True] * 10 + [False, False],
        heads=[1, 2, 2, 5, 5, 2, 2, 8, 6, 8, 9, 2],
        deps=["det", "nsubj", "ROOT", "det", "amod", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
        tags=["DT", "NN", "VBD", "DT", "JJ", "NN", "IN", "DT", "NN", "IN", "NNP", "."],
    )

    assert _naming_phrase(doc[5], doc[:]) == "only clinic in the town of Merin"


def test_a_possessive_description_takes_no_phrase_of_another_number_or_ending_after_its_noun():
    text = (
        "Shares in the biggest banks in Asia fell sharply on Monday. The bank's chief executive resigned.\n\n"
        "A shell hit the old clinic in the port town of Merin. Doctors said the clinic's generator was destroyed."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1::2] == [
        "The bank's chief executive resigned.",
        "Doctors said the clinic's generator was destroyed.",
    ]


def test_a_main_clause_split_from_its_speech_tag_keeps_who_said_it():
    text = (
        "The ferry service will stay suspended until March after drones struck the harbour, the port authority said "
        "on Monday."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "The ferry service will stay suspended until March 2026, the port authority said on 3 March 2025.",
        "Drones struck the harbour.",
    ]


def test_it_opening_a_sentence_is_the_body_the_sentence_before_named_by_its_kind():
    text = "The national rail authority was fined in 2023 for missing safety checks. It has since doubled its staff."

    assert [standalone for _, standalone in texts_and_spans(text)][1] == (
        "The national rail authority has since doubled its staff."
    )


def test_a_poll_that_opens_a_sentence_as_its_source_is_not_named_by_itself():
    text = (
        "A poll by the Lindell Institute put the Green Party on 21 percent. In the same survey in May, it had 25 "
        "percent. Prime Minister Ola Nyberg dismissed the survey as noise."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][2] == (
        "Prime Minister Ola Nyberg dismissed the poll by the Lindell Institute as noise."
    )


def test_they_in_what_a_participle_of_saying_says_is_the_definite_plural_thing_before_it():
    text = (
        "The transport minister welcomed the new timetables, saying they showed that the reforms were working. "
        "The mayor denied that the city's debts had doubled, saying they stood at 80 million euros."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "The transport minister welcomed the new timetables, saying the timetables showed that the reforms were "
        "working.",
        "The mayor denied that the city's debts had doubled, saying the debts stood at 80 million euros.",
    ]


def test_it_taken_or_seized_is_the_place_named_last():
    text = (
        "Government aircraft have bombed Harran since June, when rebel fighters seized it after a long siege.\n\n"
        "Rebels entered the village of Ostra at dawn. By noon they had taken it."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "Government aircraft have bombed Harran since June 2024, when rebel fighters seized Harran after a long siege.",
        "Rebels entered the village of Ostra at dawn.",
        "By noon the rebels had taken Ostra.",  # ("they" after a phrase of time: the plural the sentence before named)
    ]


def test_a_body_accused_of_something_is_resolved_though_the_of_phrase_follows_it():
    text = "Varnell Foods said on Monday that it would close two plants. Unions accused the company of fraud."

    assert [standalone for _, standalone in texts_and_spans(text)][1] == "Unions accused Varnell Foods of fraud."


def test_his_or_her_place_or_relative_is_named_by_the_tie_the_speaker_was_introduced_with():
    text = (
        "The mayor of Dravo, Luka Brenner, said his town had been without power for three days.\n\n"
        "Maria Santos's brother, Tomas, said his sister had been held without charge."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "The mayor of Dravo, Luka Brenner, said Dravo had been without power for three days.",
        "Maria Santos's brother, Tomas, said Maria Santos had been held without charge.",
    ]


def test_he_in_a_woman_s_quotation_is_the_one_man_the_sentence_before_named():
    text = (
        "Police shot Jonas Lind at a checkpoint on Friday. Jonas Lind's sister, Mira, spoke to reporters. "
        '"He was driving home from work," she said.\n\n'
        'Port director Sanna Koivu met the union on Monday. "He told us nothing," she said.'
    )

    assert [standalone for _, standalone in texts_and_spans(text)][2:] == [
        '"Jonas Lind was driving home from work," Mira said.',
        "Port director Sanna Koivu met the union on 3 March 2025.",
        '"He told us nothing," port director Sanna Koivu said.',
    ]


def test_it_as_the_object_of_a_clause_with_its_own_subject_is_the_main_subject_s_body():
    text = "The Harwell Water Company expects the drought to cost it 30 million euros."

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "The Harwell Water Company expects the drought to cost the Harwell Water Company 30 million euros."
    ]


def test_that_account_is_the_account_of_the_party_the_sentence_before_reported():
    text = (
        "Lena Dahl, chief executive of the Harwell Water Company, said the reservoirs were full in May. "
        "The mayor rejected that account."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1] == "The mayor rejected Lena Dahl's account."


def test_the_ministry_is_the_office_a_minister_named_before_heads():
    text = (
        "Health Minister Ana Ruiz said waiting lists had fallen. "
        "Doctors said the ministry had counted only routine operations."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1] == (
        "Doctors said the health ministry had counted only routine operations."
    )


def test_the_country_is_a_place_named_with_a_compass_word_and_the_government_is_its_government():
    text = (
        "Fighting spread across northern Dalmar on Monday. The government said it had sent 2,000 troops. "
        "Aid groups said the country had run out of fuel."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        "The Dalmar government said the Dalmar government had sent 2,000 troops.",
        "Aid groups said Dalmar had run out of fuel.",
    ]


def test_it_in_a_speech_tag_after_one_naming_the_body_by_a_word_is_that_body_as_named():
    text = (
        "Grovemart, the third-largest supermarket chain, said on Thursday it would close 26 stores. Profit dropped to "
        "212 million crowns, the company said. Sales rose 2.4 percent to 9.6 billion crowns, it said."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Profit dropped to 212 million crowns, Grovemart said.",
        "Sales rose 2.4 percent to 9.6 billion crowns, Grovemart said.",
    ]


def test_it_in_a_speech_tag_that_says_where_or_when_is_the_speaker_the_article_resolved():
    text = (
        "Veltara Pharma is recalling 1.2 million packs of its drug Lomidrex, the company said on Tuesday. The recall "
        "covers 42 batches made at its plant in Kessington, it said in a statement. Sales fell 3 percent, it told "
        "investors on Wednesday."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The recall covers 42 batches made at Veltara Pharma's plant in Kessington, Veltara Pharma said in a "
        "statement.",
        "Sales fell 3 percent, Veltara Pharma told investors on 5 March 2025.",
    ]


def test_it_in_a_speech_tag_after_the_body_by_its_word_is_the_body_as_the_article_described_it():
    text = (
        "A recount has cut the mayor's margin to 41 votes, the city election commission said on Wednesday. The "
        "commission said Benedek had 52,306 votes. Turnout was 48.7 percent, it said."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Turnout was 48.7 percent, the city election commission said."
    )


def test_his_client_in_what_a_lawyer_named_before_says_is_whom_the_lawyer_speaks_for():
    text = (
        "Former general Anton Velisar was acquitted on Tuesday. He had been in custody since March 2023, his lawyer "
        "Petar Hollis said. Hollis said his client had always denied the charges."
    )

    quoted = (
        "Leopold Vance was charged on Monday. Vance's lawyer, Margit Solberg, said her client denied all the charges. "
        '"He has never taken a cent from anyone," she said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == (
        "Petar Hollis said Anton Velisar had always denied the charges."
    )
    # and "he" in the lawyer's own words
    assert [claim for _, claim in texts_and_spans(quoted)][2] == (
        '"Leopold Vance has never taken a cent from anyone," Margit Solberg said.'
    )


def test_his_after_a_person_named_in_the_claim_is_not_one_named_by_surname_before_them():
    text = (
        "Former port chief Tomas Reinholt went on trial on Monday. Reinholt's lawyer, Pavel Kurz, said the "
        "consultancy had given genuine advice and that his client had never influenced a tender."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Former port chief Tomas Reinholt's lawyer, Pavel Kurz, said the consultancy had given genuine advice and that "
        "Tomas Reinholt had never influenced a tender."
    )


def test_a_name_after_a_word_for_a_publication_is_no_person_a_later_she_could_be():
    text = (
        "Among those held is Lena Harkov, a photographer for the independent weekly Kolo, according to the paper's "
        "editor, Piotr Vasil. She had been wearing a press vest, he said."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Lena Harkov had been wearing a press vest, Piotr Vasil said."
    )


def test_he_as_a_speaker_is_never_a_thing_the_sentence_reports_as_a_source():
    text = (
        'Benedek, who is seeking a third term, declared victory. He said the recount had confirmed "what the voters '
        'decided". A spokesman for the ministry confirmed the figures. He said 40 people had died.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        'He said the recount had confirmed "what the voters decided".',  # a recount is no "he"
        "A spokesman for the ministry confirmed the figures.",
        "The spokesman for the ministry said 40 people had died.",
    ]


def test_the_country_is_the_place_the_headline_names_when_the_text_names_none():
    text = "Turnout was 68 percent, the lowest since the country adopted proportional representation."

    def claims(title: str) -> list[str]:
        return [c.text for c in extract_claims(text, published_on=PUBLISHED, title=title, scorer=RuleScorer())]

    assert claims("Opposition takes poll lead weeks before Lessia vote") == [
        "Turnout was 68 percent, the lowest since Lessia adopted proportional representation."
    ]
    assert claims("") == [text]
    # a place the text writes before a noun is a town or a stretch of coast, and the headline names no text's claim
    assert [
        c.text
        for c in extract_claims(
            "The agency approved a wind farm off the Grennock coast, the largest project the country has permitted.",
            published_on=PUBLISHED,
            title="Wind farm off Grennock wins approval",
            scorer=RuleScorer(),
        )
    ] == ["The agency approved a wind farm off the Grennock coast, the largest project the country has permitted."]


def test_it_in_a_clause_joined_to_one_about_a_named_thing_is_that_thing():
    text = (
        "The mayor said crews had cleared mud from the Harrow sports hall and that it would reopen on Friday.\n\n"
        "Floods reached the village of Ostra on Sunday. The mayor said crews had cleared mud from the village clinic "
        "and that it would reopen on Friday."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][::2] == [
        "The mayor said crews had cleared mud from the Harrow sports hall and that the Harrow sports hall would "
        "reopen on 7 March 2025.",
        "The mayor said crews had cleared mud from the Ostra village clinic and that the Ostra village clinic would "
        "reopen on 7 March 2025.",
    ]


def test_a_name_a_naming_verb_gave_stands_for_later_words_for_the_same_medicine():
    text = (
        "A new tablet, called Dorvamin, cut migraine attacks by a third in a study of 900 adults. "
        "Doctors said 4 percent of patients stopped taking the drug because of dizziness."
    )

    assert texts_and_spans(text)[1] == (
        "Doctors said 4 percent of patients stopped taking the drug because of dizziness.",
        "Doctors said 4 percent of patients stopped taking Dorvamin because of dizziness.",
    )


def test_the_trial_is_the_trial_of_the_person_who_went_on_trial():
    text = (
        "Former port chief Ilse Marten went on trial on Monday accused of taking bribes from shipping firms. "
        "The trial is expected to last eight weeks."
    )

    assert texts_and_spans(text)[1] == (
        "The trial is expected to last eight weeks.",
        "The trial of Ilse Marten is expected to last eight weeks.",
    )


def test_the_club_and_its_board_are_the_organisation_the_lead_is_about_outside_quotations():
    text = (
        "Norrhaven FC has agreed to sell a 30 percent stake to an investment fund, Bellweather Capital, in a deal "
        "that values the club at 400 million euros, the club said on Tuesday.\n\n"
        "The club's debts rose to 90 million euros last season. "
        'Fans accused the board of "selling the heart of the club" to pay off debts.'
    )

    assert texts_and_spans(text)[1:] == [
        (
            "The club's debts rose to 90 million euros last season.",
            "Norrhaven FC's debts rose to 90 million euros last season.",
        ),
        (
            'Fans accused the board of "selling the heart of the club" to pay off debts.',
            'Fans accused the Norrhaven FC board of "selling the heart of the club" to pay off debts.',
        ),
    ]


def test_the_company_is_no_guess_when_the_lead_is_about_something_else():
    text = (
        "Drones struck a fuel depot in the port of Varn on Sunday, officials said.\n\n"
        "Harlow Logistics, which runs the depot, said two of its staff were injured. "
        "The company said the fire was out."
    )

    assert texts_and_spans(text)[2] == (
        "The company said the fire was out.",
        "Harlow Logistics said the fire was out.",
    )


def test_a_body_word_before_a_spokesman_names_the_body():
    text = (
        "The Eastmoor Water Board approved repairs to the Tarn dam in 2024. "
        "A board spokesman said only the design work had been paid for.\n\n"
        "The defence ministry of Varkesh said its forces had withdrawn. "
        "A ministry official said 40 soldiers had been wounded.\n\n"
        "The Department for Business and Industry said it was disappointed. A department spokesman said a taskforce "
        "would be set up."
    )

    spans_and_texts = texts_and_spans(text)

    assert spans_and_texts[1] == (
        "A board spokesman said only the design work had been paid for.",
        "An Eastmoor Water Board spokesman said only the design work had been paid for.",
    )
    assert spans_and_texts[3] == (
        "A ministry official said 40 soldiers had been wounded.",
        "An official of the defence ministry of Varkesh said 40 soldiers had been wounded.",
    )
    assert (
        spans_and_texts[5][1]
        == "A spokesman for the Department for Business and Industry said a taskforce would be set up."
    )


def test_it_after_a_report_named_by_its_authors_is_that_report():
    text = (
        "The 60-page report, written by engineers Hale & Moss for the Tarn Water Board, found cracks in the dam. "
        "It recommended lowering the reservoir by a quarter."
    )

    assert texts_and_spans(text)[1] == (
        "It recommended lowering the reservoir by a quarter.",
        "The Hale & Moss report recommended lowering the reservoir by a quarter.",
    )


def test_a_past_tense_the_tagger_read_as_a_participle_still_dates_backwards():
    # PUBLISHED is a Thursday; the parser tags "closed" here as VBN, with no auxiliary
    text = "The city's last bakery closed on Monday, with fuel for its ovens running out."

    assert texts_and_spans(text)[0][1].startswith("The city's last bakery closed on 3 March 2025,")


def test_it_as_the_nth_round_of_a_kind_is_that_kind_when_no_earlier_mention_says_which():
    text = "Selvan Motors said it would close two plants. It is the third round of plant closures at Selvan since 2022."

    assert texts_and_spans(text)[1] == (
        "It is the third round of plant closures at Selvan since 2022.",
        "The plant closures are the third round of plant closures at Selvan since 2022.",
    )


def test_a_day_after_said_is_the_day_it_was_said_even_before_a_future_clause():
    # PUBLISHED is a Thursday: the parser hangs "on Tuesday" on "would cut", but it dates the saying
    text = "Selvan Motors said on Tuesday it would cut 900 jobs."

    # ("it" is written out as for any body that says what it will do: a name ending in a plural is one body)
    assert texts_and_spans(text) == [(text, "Selvan Motors said on 4 March 2025 Selvan Motors would cut 900 jobs.")]


def test_the_family_is_the_family_of_the_person_the_article_names_most():
    text = (
        "Police shot dead Jonah Reyes, 31, at a checkpoint in Dunmore on Sunday. "
        "Jonah Reyes was unarmed, witnesses said. "
        "A police spokeswoman, Carla Imbert, said officers had feared for their lives. "
        "The family said they had been told nothing for nine hours."
    )

    assert texts_and_spans(text)[3] == (
        "The family said they had been told nothing for nine hours.",
        "The Reyes family said they had been told nothing for nine hours.",
    )


def test_a_city_council_names_its_city_for_the_city():
    text = (
        "Brenmoor City Council has closed four primary schools after a survey found weak roof panels. "
        "About 900 pupils will be moved to other schools across the city."
    )

    assert texts_and_spans(text)[-1] == (
        "About 900 pupils will be moved to other schools across the city.",
        "About 900 pupils will be moved to other schools across Brenmoor.",
    )


def test_the_government_is_the_country_the_lead_named_and_no_other_place():
    text = (
        "Unemployment in Vestria rose to 6.4 percent in April, the statistics office said. "
        "Labour Minister Dana Kell said the government's training scheme had placed 14,000 people in jobs."
    )

    assert texts_and_spans(text)[1][1] == (
        "Labour Minister Dana Kell said the Vestria government's training scheme had placed 14,000 people in jobs."
    )


def test_it_in_what_a_body_says_is_that_body_though_described_by_whose_or_telling_the_press_or_able_to():
    text = (
        "Vote-buying complaints have risen. The regional prosecutor's office said on Wednesday it had opened an "
        "inquiry into two cases. The monitoring group Fair Count said it had logged 112 complaints. Fair Count told "
        "the paper it had not been able to verify most of them. The court told the ministry it must pay."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The regional prosecutor's office said on 5 March 2025 the regional prosecutor's office had opened an inquiry "
        "into two cases.",
        "The monitoring group Fair Count said Fair Count had logged 112 complaints.",
        "Fair Count told the paper Fair Count had not been able to verify most of them.",
        # one told that is no newspaper may be what "it" is: it stays
        "The court told the ministry it must pay.",
    ]


def test_its_in_what_a_body_the_tagger_took_for_a_common_noun_says_and_it_in_what_staff_are_told():
    text = (
        "The watchdog fined Dellmore on Monday. Dellmore rejected the findings, saying its prices had tracked costs. "
        "Astel Air had told staff it expected to lose 4 million euros a day."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Dellmore rejected the findings, saying Dellmore's prices had tracked costs.",
        "Astel Air had told staff Astel Air expected to lose 4 million euros a day.",
    ]


def test_this_newspaper_is_the_outlet_and_claiming_money_or_lives_is_no_statement():
    text = (
        "This newspaper revealed that Edvard Halvorsen had claimed 38,000 florins in expenses for a flat. Halvorsen "
        "told this paper he had done nothing wrong. The floods claimed 12 lives. The rebels claimed responsibility "
        "for the attack."
    )

    claims = extract_claims(text, published_on=PUBLISHED, outlet="The Corland Standard", scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (
            ["The Corland Standard"],
            "The Corland Standard revealed that Edvard Halvorsen had claimed 38,000 florins in expenses for a flat.",
        ),
        (["Edvard Halvorsen"], "Edvard Halvorsen told The Corland Standard he had done nothing wrong."),
        (["The Corland Standard"], "The floods claimed 12 lives."),
        (["rebels"], "The rebels claimed responsibility for the attack."),
    ]


def test_his_or_her_in_a_closing_speech_tag_is_named_in_the_text_and_the_claimer():
    text = (
        "Prime Minister Anneke Sorel is expected to name a successor before July, two officials in her office said. "
        "Mayor Tom Reed will resign, his spokesman said."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (
            ["two officials in Anneke Sorel's office"],
            "Prime Minister Anneke Sorel is expected to name a successor before July 2025, two officials in Anneke "
            "Sorel's office said.",
        ),
        (["Tom Reed's spokesman"], "Mayor Tom Reed will resign, Tom Reed's spokesman said."),
    ]


def test_the_event_is_in_the_city_a_region_s_name_describes_not_in_the_region():
    text = (
        "A fire tore through a garment factory in the northern Tessaly city of Korval late on Wednesday, killing at "
        "least 23 workers, the city fire service said. The blaze broke out on the second floor shortly after 9 p.m."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The blaze in Korval broke out on the second floor shortly after 9 p.m."
    )


def test_a_word_for_a_kind_with_the_name_set_right_after_it_is_no_bare_description():
    text = (
        "Panora Foods cut 200 jobs. The business daily Tarvo Courant reported that the fund had urged the bank to "
        "let the currency float."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The business daily Tarvo Courant reported that the fund had urged the bank to let the currency float."
    )


def test_a_name_ending_in_its_trade_is_a_business_the_company_stands_for():
    text = (
        "The blaze broke out in the Silverline Apparel plant. The owners of Silverline Apparel denied that any doors "
        "had been locked. In a statement, the company said its emergency exits had been checked."
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == (
        "In a statement, Silverline Apparel said Silverline Apparel's emergency exits had been checked."
    )


def test_the_company_is_not_the_group_that_owns_it():
    text = (
        "Parliament voted on Wednesday to grant Orrin Minerals a licence to mine copper. The company, a subsidiary of "
        "the Veltmar-based Arcos Group, has said it will invest 2.4 billion euros. The conditions include a bond "
        "that the company would forfeit."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][1:] == [
        (
            ["Orrin Minerals"],
            "Orrin Minerals, a subsidiary of the Veltmar-based Arcos Group, has said Orrin Minerals will invest 2.4 "
            "billion euros.",
        ),
        ([], "The conditions include a bond that Orrin Minerals would forfeit."),
    ]


def test_the_plant_is_the_works_the_article_named_by_another_word_for_its_kind():
    text = (
        "An explosion tore through a turbine hall at the Halvergate power station on Monday, killing four workers. "
        "Inspectors found arsenic in the river downstream of the plant."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Inspectors found arsenic in the river downstream of the Halvergate power station."
    )


def test_according_to_opening_a_sentence_credits_its_source_which_is_no_antecedent_in_it():
    # the parser hangs "According" on a participle it misreads ("recommended" as an adjective)
    text = (
        "According to the Courier, the firm recommended repairs costing 4.2 million crowns. According to Reuters, "
        "the firm paid 4.2 million crowns."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (["Courier"], "According to the Courier, the firm recommended repairs costing 4.2 million crowns."),
        (["Reuters"], "According to Reuters, the firm paid 4.2 million crowns."),
    ]


def test_a_name_after_a_title_the_tagger_read_as_an_adjective_is_a_person_not_the_company():
    # the tagger types "Lorcan Vey" an organisation and "executive" an adjective
    text = (
        "Dellmore rejected the findings. Chief executive Lorcan Vey said the company had frozen the prices of 300 "
        'basic products since November. "We did not profit from anybody\'s fear," he said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Chief executive Lorcan Vey said the company had frozen the prices of 300 basic products since November 2024.",
        '"We did not profit from anybody\'s fear," chief executive Lorcan Vey said.',
    ]


def test_a_province_or_a_word_of_a_longer_name_is_no_country():
    text = (
        "Fighting spread in the northern province of Varos on Sunday, the army said. "
        "The government says it controls most of the province."
    )

    assert texts_and_spans(text)[1][1] == (
        "The government says the government controls most of the northern province of Varos."
    )


def test_a_description_whose_possessor_is_itself_bare_is_named_without_it():
    text = (
        "Lawmakers in Marren approved the government's 2027 budget by 112 votes to 97. "
        "Opposition leader Karin Wessel dismissed the budget as a pre-election gift."
    )

    assert (
        texts_and_spans(text)[1][1]
        == "Opposition leader Karin Wessel dismissed the 2027 budget as a pre-election gift."
    )


def test_a_body_the_tagger_missed_as_a_subject_is_what_the_later_description_means():
    text = (
        "By Imogen Stroud, Banking Correspondent\n\n"
        "The Financial Supervision Authority fined Halverton Bank 48 million euros on Wednesday. "
        "The authority said the bank had not checked 11,000 business customers.\n\n"
        '"We got this wrong," chief executive Dorian Korda said. '
        '"We have closed every account the authority identified," he said.'
    )

    texts = [standalone for _, standalone in texts_and_spans(text)]

    assert (
        texts[1] == "The Financial Supervision Authority said Halverton Bank had not checked 11,000 business customers."
    )
    # a person named with a title is no body: "the authority" stays the regulator, in brackets in the speaker's words
    # (and the chief executive's "we" the one business the article named)
    assert texts[3] == (
        '"[Halverton Bank] has closed every account [the Financial Supervision Authority] identified," chief '
        "executive Dorian Korda said."
    )


def test_it_and_its_are_written_out_even_when_the_claim_names_the_body_before_them():
    text = (
        "The Civic Watch Committee, a rights group, said in a report that its monitors had documented 27 beatings. "
        "The Tarsk labour ministry denied that it had cut funding for job centres. "
        "The Halvorsen Institute published its annual housing survey."
    )

    assert standalone_texts(text) == [
        "The Civic Watch Committee, a rights group, said in a report that the Civic Watch Committee's monitors had "
        "documented 27 beatings.",
        "The Tarsk labour ministry denied that the Tarsk labour ministry had cut funding for job centres.",
        "The Halvorsen Institute published the Halvorsen Institute's annual housing survey.",
    ]


def test_it_in_what_a_body_says_stays_when_another_thing_stands_nearer():
    text = (
        "A wildfire swept towards the town of Cendra on Monday night. "
        "The Lorrain Fire Service said the fire had burned 6,300 hectares since it broke out. "
        "Three firefighters were treated for smoke inhalation, it said."
    )

    texts = standalone_texts(text)

    # ("the fire" is the article's first event, as the lead placed it: "the town of Cendra" names a place whatever
    # the tagger typed it)
    assert texts[1] == (
        "The Lorrain Fire Service said the wildfire near Cendra had burned 6,300 hectares since the wildfire near "
        "Cendra broke out."
    )
    # the speech tag's "it" is the speaker, not the town the sentence before named
    assert texts[2] == "Three firefighters were treated for smoke inhalation, the Lorrain Fire Service said."


def test_the_company_is_a_business_named_before_not_a_terminal_or_a_place():
    text = (
        "Baggage handlers at Harwick International Airport walked out on Thursday. "
        "The airport's operator, Harwick Airport Group, said 238 flights had been cancelled at Terminal 2. "
        "The company denied that replacement workers had been hired."
    )

    assert standalone_texts(text)[-1] == "Harwick Airport Group denied that replacement workers had been hired."


def test_a_speech_tag_set_off_by_commas_names_its_speaker_and_a_denied_report_is_no_antecedent():
    text = (
        "The Financial Supervision Authority said Halverton Bank had not checked 11,000 business customers. "
        "In one case, it said, a car dealer moved 64 million euros through the bank in 18 months.\n\n"
        "The finance ministry denied a report in the Aldmoor Herald that it was preparing a tax break."
    )

    texts = standalone_texts(text)

    assert texts[1] == (
        "In one case, the Financial Supervision Authority said, a car dealer moved 64 million euros through "
        "Halverton Bank in 18 months."
    )
    assert texts[2] == (
        "The finance ministry denied a report in the Aldmoor Herald that the finance ministry was preparing a tax "
        "break."
    )


def test_the_outbreak_in_the_first_sentence_is_that_of_the_disease_the_sentence_named_before_it():
    text = (
        "Health officials have recorded 412 suspected cholera cases in Kasembe since the outbreak began late last "
        "month, the health ministry said."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Health officials have recorded 412 suspected cholera cases in Kasembe since the cholera outbreak began late "
        "in February 2025, the health ministry said."
    ]


def test_a_disease_named_with_a_proper_name_is_what_the_outbreak_and_the_disease_mean():
    text = (
        "Telmar launched a vaccination campaign against Corran fever on Thursday. "
        "The World Health Council described the outbreak as serious.\n\n"
        "Fourteen patients were infected with a strain of the bacterium Klebsiella pneumoniae, the trust said. "
        "The outbreak was first detected on the intensive care unit."
    )

    texts = standalone_texts(text)

    assert texts[1] == "The World Health Council described the Corran fever outbreak as serious."
    assert texts[3] == "The Klebsiella pneumoniae outbreak was first detected on the intensive care unit."


def test_the_outlet_named_as_a_source_is_never_what_the_company_means():
    text = (
        "Nineteen miners were trapped after a tunnel collapsed at the Dornick mine, run by Valcor Mining. "
        "In March the inspectorate fined Valcor 180,000 crowns, according to an inspection report seen by "
        "Northvale Wire. The company denied that it had ignored the order."
    )

    claims = extract_claims(text, published_on=PUBLISHED, outlet="Northvale Wire", scorer=RuleScorer())

    assert claims[-1].text == "Valcor Mining denied that Valcor Mining had ignored the order."


def test_a_time_carried_from_the_sentence_opening_or_kept_by_a_rewrite_is_written_out():
    text = (
        "Last night, the port town of Selby was cut off by floodwater as rebels shelled the old mill. The recent "
        "capture of the old fort by the rebels has turned it into a stronghold, with yesterday's air raids "
        "underscoring the army's resolve to retake it."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "On the night of 5 March 2025, the port town of Selby was cut off by floodwater.",
        "On the night of 5 March 2025, rebels shelled the old mill.",
        "The recent capture of the old fort by the rebels has turned the old fort into a stronghold.",
        "The 5 March 2025 air raids underscore the army's resolve to retake it.",
    ]


def test_it_in_a_relative_clause_or_a_joined_clause_is_the_sentence_subject():
    text = (
        "The Harbour Authority fined the ferry operator 2 million euros for what it called repeated safety lapses.\n\n"
        "The Tenants Federation accused the landlord of raising service charges, which it said was unlawful.\n\n"
        "The city's water company, Brookvale Water, said 40 households had lost supply, and it warned that more "
        "could follow.\n\n"
        "Police found the car near the river, where it had been abandoned."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The Harbour Authority fined the ferry operator 2 million euros for what the Harbour Authority called "
        "repeated safety lapses.",
        "The Tenants Federation accused the landlord of raising service charges, which the Tenants Federation said "
        "was unlawful.",
        "The city's water company, Brookvale Water, said 40 households had lost supply, and Brookvale Water warned "
        "that more could follow.",
        # "where it": the place's own clause, whose "it" is the car, not the police
        "Police found the car near the river, where it had been abandoned.",
    ]


def test_a_regulator_or_agency_is_the_one_public_body_its_sentence_named_before_it():
    text = (
        "By Astrid Wennberg, Health Correspondent\n\n"
        "The Fair Trading Board has opened an inquiry into price rises by the drugmaker Kessler Pharma, the regulator "
        "said on Tuesday. The regulator could fine the company up to 8 million euros."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The Fair Trading Board has opened an inquiry into price rises by the drugmaker Kessler Pharma, the Fair "
        "Trading Board said on 4 March 2025.",
        # a company is never the board (the lead's subject), and "Kessler Pharma" is a business, not a person
        "The Fair Trading Board could fine Kessler Pharma up to 8 million euros.",
    ]


def test_a_company_named_as_an_owner_is_a_body_and_a_speaker_is_noted_where_the_article_names_them():
    text = (
        '"We believe the men reached an air pocket. If the rock holds, we could reach them soon," said Radek Simko, '
        "who is leading the rescue.\n\n"
        "The mine's owner, Valcor Mining, said all safety rules had been followed.\n\n"
        "The miners' union accused the company of ignoring complaints about cracked roof supports."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The miners' union accused Valcor Mining of ignoring complaints about cracked roof supports."
    )


def test_a_possessive_description_takes_the_name_without_the_phrase_after_it():
    text = (
        "Nineteen miners were trapped after a tunnel collapsed at the Dornick coal mine near Kestrava on Monday.\n\n"
        "The mine's owner, Valcor Mining, said all safety rules had been followed."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Dornick coal mine's owner, Valcor Mining, said all safety rules had been followed."
    )


def test_a_description_named_by_an_apposition_after_a_preposition_takes_that_name():
    text = (
        "The audit office blamed design changes by the construction consortium, Arvel Kessing Rail, for the "
        "overrun.\n\n"
        "The consortium denied that its changes had added to the cost."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Arvel Kessing Rail denied that Arvel Kessing Rail's changes had added to the cost."
    )


def test_its_in_what_a_resolved_it_says_is_that_body_not_a_place_named_before():
    text = (
        "The Northway Rail Consortium said the first section, between Brenvik and Tollbury, would open in 2028. "
        "It denied that its own design changes had added to the bill."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Northway Rail Consortium denied that the Northway Rail Consortium's own design changes had added to the "
        "bill."
    )


def test_a_person_named_again_without_a_title_gets_the_title_the_article_gave_them():
    text = (
        "Health Minister Paolo Renzi announced 85 million euros for the district's hospitals on Monday. "
        "Analyst Marcus Ferreira said the money would not be enough.\n\n"
        "Critics say Marcus Ferreira was right. Renzi said the number of operations had risen by 6 percent.\n\n"
        '"The money is starting to work," he added.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        "Critics say analyst Marcus Ferreira was right.",  # "Analyst" opened its sentence: an occupation
        "Health Minister Paolo Renzi said the number of operations had risen by 6 percent.",
        # a pronoun for the speaker of the sentence before is written with the same title
        '"The money is starting to work," Health Minister Paolo Renzi added.',
    ]


def test_a_person_an_apposition_gave_an_office_with_a_name_in_it_keeps_that_office_later():
    text = (
        "Mira Kovac, general secretary of the Drivers' Federation, said the operator had refused to improve its "
        "offer.\n\n"
        "Kovac rejected that account. She said drivers would strike on Friday."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Mira Kovac, general secretary of the Drivers' Federation, rejected that account.",
        "Mira Kovac, general secretary of the Drivers' Federation, said drivers would strike on 7 March 2025.",
    ]


def test_we_in_a_quotation_of_a_company_or_union_officer_is_that_body_in_brackets():
    text = (
        "Kinetra, the streaming company, said on Tuesday it would cut 600 jobs. Chief executive Dana Holloway "
        'announced the cuts in a memo. "We simply grew faster than our business could support," she wrote.\n\n'
        "Mira Kovac, general secretary of the Drivers' Federation, said the offer was too low. "
        '"We will not accept it," she said.\n\n'
        "Dr. Hanna Leclerc, who heads the paediatric ward at St. Aldric Hospital, said it was busy. "
        '"We are seeing pneumonia," she said.'
    )

    texts = [claim for _, claim in texts_and_spans(text)]

    assert texts[2] == (
        '"[Kinetra] simply grew faster than [Kinetra\'s] business could support," chief executive Dana Holloway wrote.'
    )
    assert texts[4] == (
        "\"[The Drivers' Federation] will not accept it,\" Mira Kovac, general secretary of the Drivers' "
        "Federation, said."
    )
    assert texts[6] == '"We are seeing pneumonia," Hanna Leclerc said.'  # a ward is where she works, no speaker


def test_a_day_after_could_or_may_lies_ahead_unless_negated_or_perfect():
    text = (
        '"If the rock holds, we could reach them by Friday," the rescue chief said on Tuesday. '
        "Officials could not confirm on Monday how many miners were trapped."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        '"If the rock holds, we could reach them by 7 March 2025," the rescue chief said on 4 March 2025.',
        "Officials could not confirm on 3 March 2025 how many miners were trapped.",
    ]


def test_it_after_a_subject_that_acts_on_one_thing_is_that_thing():
    text = (
        "The council's sale of the stadium to a US fund has left it without a pitch. "
        "The capture of the old fort by the rebels has turned it into a stronghold."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The council's sale of the stadium to a US fund has left the stadium without a pitch.",
        "The capture of the old fort by the rebels has turned the old fort into a stronghold.",
    ]


def test_a_name_an_apposition_calls_a_business_is_the_article_topic_that_the_company_stands_for():
    # the tagger gives "Harlow Provisions" no type; the apposition says it is a business
    text = (
        "Harlow Provisions, the region's largest grocery chain, said on Tuesday it would shut 20 shops. Its share of "
        "the market fell to 9 percent, according to figures from the research firm MarketLens. Chief executive Ada "
        'Brink said the shops had lost money. "Our shoppers have moved online," she said.\n\n'
        "The company expects to finish the closures by the end of the year and will move staff to the chain's "
        "other shops."
    )

    texts = [claim for _, claim in texts_and_spans(text)]

    assert texts[-2:] == [
        '"[Harlow Provisions\'] shoppers have moved online," chief executive Ada Brink said.',
        "Harlow Provisions expects to finish the closures by the end of 2025 and will move staff to Harlow "
        "Provisions' other shops.",
    ]


def test_the_company_is_the_body_the_sentence_before_named_over_the_article_topic():
    text = (
        "Harlow Provisions, the region's largest grocery chain, said on Tuesday it would shut 20 shops. "
        "It will sell the sites to Ferrow Estates, a property developer. The company plans to build flats there."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == "Ferrow Estates plans to build flats there."


def test_its_in_what_a_one_word_name_says_is_that_body_as_the_article_named_it_in_full():
    text = (
        "Power cuts hit the north on Monday, the grid operator Sarnet Energy said. Only last week, Sarnet had told "
        "shareholders that its network was ready for summer."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Only in the week of 24 February 2025, Sarnet had told shareholders that Sarnet Energy's network was ready "
        "for summer."
    )


def test_it_as_the_object_of_what_a_business_estimates_is_that_business_even_when_tagged_as_a_person():
    text = (
        "Pell Air, the second-largest carrier at Dunmore, estimated that the two days of strikes would cost it about "
        "3 million euros."
    )

    assert texts_and_spans(text) == [
        (
            text,
            "Pell Air, the second-largest carrier at Dunmore, estimated that the two days of strikes would cost Pell "
            "Air about 3 million euros.",
        )
    ]


def test_its_inside_a_subject_is_not_that_subject_but_the_speaker_beyond_it():
    text = (
        "The minister said the state would withhold payments to Orrin Rail until an independent audit of its contract "
        "was complete. The Kestrel Association of Home Builders said sales fell 9 percent, while the stock of unsold "
        "houses on its members' books had doubled."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        # "its" is not the audit that holds it; Orrin Rail, named before it in the claim, is left to the reader
        "The minister said the state would withhold payments to Orrin Rail until an independent audit of its "
        "contract was complete.",
        "The Kestrel Association of Home Builders said sales fell 9 percent, while the stock of unsold houses on the "
        "Kestrel Association of Home Builders' members' books had doubled.",
    ]


def test_a_description_takes_the_lead_mention_that_says_which_by_a_figure_or_name():
    text = (
        "A new pill cut the risk of a second heart attack by a fifth in a trial of 6,100 patients, researchers said "
        "on Monday. The trial cost 90 million euros. The pill will be sold from 2027."
    )

    # "a new pill" says no more than "the pill" does
    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The trial of 6,100 patients cost 90 million euros.",
        "The pill will be sold from 2027.",
    ]


def test_a_quotation_whose_speaker_is_named_after_it_takes_the_title_given_there():
    text = (
        '"This is a fair budget. We are cutting the deficit," Finance Minister Lena Brandt told parliament.\n\n'
        '"It will pass," Brandt said.'
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        '"This is a fair budget," Finance Minister Lena Brandt said.',
        '"We are cutting the deficit," Finance Minister Lena Brandt told parliament.',
        '"It will pass," Finance Minister Lena Brandt said.',
    ]


def test_a_quotation_whose_tag_gives_only_a_surname_names_the_speaker_in_full():
    text = (
        'Head teacher Oona Pettifer said the school had written to every family. "We send letters home. Some '
        'parents never reply," said Pettifer, who has led the school since 2016.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        '"We send letters home," head teacher Oona Pettifer said.',
        '"Some parents never reply," said Oona Pettifer, who has led the school since 2016.',
    ]


def test_the_city_before_any_is_named_is_the_dateline_city_but_never_the_capital():
    text = (
        "DORVIK, March 4 (Tarn Wire) - Floodwater reached the city centre on Tuesday. Officials said the city had "
        'never flooded so fast. "This city was not ready," one resident said. The capital sent boats.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Floodwater reached the Dorvik city centre on 4 March 2025.",
        "Officials said Dorvik had never flooded so fast.",
        '"This city was not ready," one resident said.',  # the resident's own words stay
        "The capital sent boats.",
    ]


def test_the_town_before_any_is_named_is_the_dateline_town():
    text = (
        "HALVERTON, Sept 17 (Eastmoor Wire) - An explosion tore through a chemical plant on Wednesday, the fire "
        "brigade said. Black smoke drifted over the town for six hours."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == "Black smoke drifted over Halverton for six hours."


def test_it_as_the_object_of_a_joined_verb_is_the_body_an_earlier_verb_acted_on():
    text = (
        "The regulator investigated Ostreva Pharma for two years and fined it 5 million euros. "
        "The council bought the Harrow Bridge in 2019 and sold it in 2024."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The regulator investigated Ostreva Pharma for two years and fined Ostreva Pharma 5 million euros.",
        "The council bought the Harrow Bridge in 2019 and sold it in 2024.",  # a bridge is no body named
    ]


def test_it_as_the_object_of_a_relative_clause_is_the_subject_of_the_clause_its_noun_is_in():
    text = (
        "The bill now goes to the Senate, which is expected to approve it before Christmas. "
        "The Civic Party said the plan would go to the council that must approve it."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The bill now goes to the Senate, which is expected to approve the bill before Christmas.",
        "The Civic Party said the plan would go to the council that must approve the plan.",
    ]


def test_a_name_an_apposition_calls_a_person_is_the_speaker_and_no_name_inside_the_quote_is():
    # the tagger types "Anouk Castellane" an organisation and "Halverton" a person
    text = (
        'Anouk Castellane, a banking analyst at Morrow & Finch, called the fine "a rounding error". "The real cost is '
        'the monitor. Halverton will be paying for years, and its plans will have to wait," she said.'
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][1:] == [
        (["Anouk Castellane"], '"The real cost is the monitor," Anouk Castellane said.'),
        (
            ["Anouk Castellane"],
            '"Halverton will be paying for years, and its plans will have to wait," Anouk Castellane said.',
        ),
    ]


def test_a_body_the_tagger_typed_a_person_or_a_place_is_the_it_of_a_closing_speech_tag():
    # the tagger types "The Lorrain Fire and Rescue Service" a person or a facility; its last word makes it a body
    text = (
        "The Lorrain Fire and Rescue Service said the fire had burned 6,300 hectares. Three firefighters had been "
        "treated for smoke inhalation, it said."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][1] == (
        ["Lorrain Fire and Rescue Service"],
        "Three firefighters had been treated for smoke inhalation, the Lorrain Fire and Rescue Service said.",
    )


def test_the_operator_or_developer_is_the_body_a_passive_verb_named_as_its_doer():
    text = (
        "The ferry Lyra Dawn, operated by Velan Island Lines, sank on Monday. The operator said the crew had followed "
        "emergency procedures.\n\n"
        "The Skarra project, developed by Northwind Renewables, will have 80 turbines. The developer denied that it "
        "had failed to consult fishermen."
    )

    texts = [claim for _, claim in texts_and_spans(text)]

    assert [texts[1], texts[3]] == [
        "Velan Island Lines said the crew had followed emergency procedures.",
        # a business named by its trade is no person, whatever the tagger typed it
        "Northwind Renewables denied that Northwind Renewables had failed to consult fishermen.",
    ]


def test_the_union_and_the_newspaper_take_a_federation_and_a_herald_named_before():
    text = (
        "Mira Kovac, general secretary of the Drivers' Federation, said the offer was too low. The rail operator "
        "said the union's demand would cost 410 million euros.\n\n"
        "The Weekend Examiner reported that the bank had ignored warnings. The newspaper quoted a former officer."
    )

    texts = [claim for _, claim in texts_and_spans(text)]

    assert [texts[1], texts[3]] == [
        "The rail operator said the Drivers' Federation's demand would cost 410 million euros.",
        "The Weekend Examiner quoted a former officer.",
    ]


def test_the_decision_or_ruling_is_the_act_of_the_body_the_lead_reports():
    text = (
        "The Constitutional Court struck down the surveillance law on Tuesday. Privacy campaigners welcomed the "
        "decision. The ruling takes effect immediately.\n\n"
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Privacy campaigners welcomed the Constitutional Court's decision.",
        "The Constitutional Court's ruling takes effect immediately.",
    ]


def test_they_of_a_later_clause_is_the_plural_thing_the_clause_before_was_about_but_never_people():
    text = (
        "Prices rose 4 percent in March, and they are expected to rise further. "
        "The firm cut prices in March and they fell again in April. "
        "Passengers are advised to check before they travel. "
        "Commuters shrugged; many said they had made other plans."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Prices rose 4 percent in March 2025, and prices are expected to rise further.",
        "The firm cut prices in March 2025 and they fell again in April 2024.",  # "prices" is an object: unsure
        "Passengers are advised to check before they travel.",
        "Commuters shrugged; many said they had made other plans.",
    ]


def test_a_body_named_with_of_is_written_in_full_and_its_rate_increase_is_its_act():
    text = (
        "The Reserve Bank of Corvalia raised its main rate to 5.5 percent on Thursday. The Corvalian Chamber of "
        "Industry called the increase a blow."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The Reserve Bank of Corvalia raised the Reserve Bank of Corvalia's main rate to 5.5 percent on 6 March "
        "2025.",  # was "the Reserve Bank's": the name cut where the subject's word ended
        "The Corvalian Chamber of Industry called the Reserve Bank of Corvalia's increase a blow.",
    ]


def test_a_place_the_tagger_read_as_a_person_names_the_government():
    # "Marren" comes out a person; "in Marren" says it is where
    text = (
        "Lawmakers in Marren approved the government's 2027 budget on Tuesday. "
        "The opposition said the government had hidden the cost."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Lawmakers in Marren approved the Marren government's 2027 budget on 4 March 2025.",
        "The opposition said the Marren government had hidden the cost.",
    ]


def test_it_of_a_joined_clause_is_the_body_the_first_clause_resolved_as_its_subjects_owner():
    text = (
        "Harbour City FC agreed to sell a stake to Castlegate Partners. The club's revenue rose to 310 million "
        "pounds, but it still recorded a loss of 42 million pounds."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Harbour City FC's revenue rose to 310 million pounds, but Harbour City FC still recorded a loss of 42 "
        "million pounds."
    )


def test_a_description_in_a_quotation_is_written_in_brackets_and_this_company_is_the_article_topic():
    text = (
        "Tovik Steelworks, the region's largest employer, said on Monday it would cut 1,100 jobs. The Steelworkers' "
        'Federation called the plan "a betrayal of a town that built this company".'
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        'The Steelworkers\' Federation called the plan "a betrayal of a town that built [Tovik Steelworks]".'
    )


def test_a_condition_of_what_lies_ahead_lies_ahead_too():
    text = "Deputy minister Jonas Brekk said police would clear the port if the blockade lasted beyond Friday."

    # PUBLISHED is Thursday 6 March 2025: the Friday after it, not the one before
    assert texts_and_spans(text) == [
        (
            text,
            "Deputy minister Jonas Brekk said police would clear the port if the blockade lasted beyond 7 March 2025.",
        )
    ]


def test_the_following_year_counts_from_the_year_the_sentence_before_gave():
    text = "Ostmark imposed similar limits in 2023. Its fleet shrank by about 15 percent the following year."

    assert [t for _, t in texts_and_spans(text)][1] == ("Ostmark's fleet shrank by about 15 percent in 2024.")


def test_an_infinitive_with_its_own_subject_after_a_verb_of_looking_ahead_lies_ahead():
    text = "Most of those polled said they expected Ilse Varga to win on Sunday."

    # PUBLISHED is Thursday 6 March 2025: the coming Sunday
    assert texts_and_spans(text) == [
        (text, "Most of those polled said they expected Ilse Varga to win on 9 March 2025.")
    ]


def test_a_dateline_of_a_city_in_capitals_and_a_dash_is_cut_and_names_nothing():
    text = (
        "VELDRA - A court in Veldra on Monday sentenced Konrad Ilves to seven years in prison.\n\n"
        '"The court ignored every document," defence lawyer Martin Kask said.\n\n'
        "NEW YORK, Nov 23 — Shares in Nordvale Media fell 2 percent on Monday, traders said."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "A court in Veldra on 3 March 2025 sentenced Konrad Ilves to seven years in prison.",
        '"[The court in Veldra] ignored every document," defence lawyer Martin Kask said.',
        "NEW YORK, Nov 23 —",
        "Shares in Nordvale Media fell 2 percent on 3 March 2025, traders said.",
    ]


def test_a_bare_organisation_in_what_a_person_says_is_the_body_they_work_for():
    text = (
        "The firm, Nordvale Media, was registered to a relative of the lottery's former head. "
        "The lottery's new director, Helena Mets, said the organisation had tightened its controls."
    )

    # (its own verb's "its" then stays: "the lottery" says no more)
    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The lottery's new director, Helena Mets, said the lottery had tightened its controls."
    )


def test_it_opening_a_sentence_after_a_name_written_without_the_is_that_name():
    text = (
        'Transparency Watch, an anti-corruption group, called the verdict "a rare case" but said the sentence was '
        "too short. It said four other state companies had been flagged by auditors."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Transparency Watch said four other state companies had been flagged by auditors."
    )


def test_its_in_a_clause_about_a_thing_the_clause_does_not_name_again_is_that_thing():
    text = (
        "The statistics agency said exports fell. The figures add to pressure on the Reserve Bank of Marovia, which "
        "has held its main rate since March. Lawmakers accused Valcor Mining of hiding its losses. Fishing towns "
        "depend on a coast that lives on its summer visitors."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The figures add to pressure on the Reserve Bank of Marovia, which has held the Reserve Bank of Marovia's "
        "main rate since March 2025.",
        "Lawmakers accused Valcor Mining of hiding Valcor Mining's losses.",
        # a description stays "its", never the statistics agency named before
        "Fishing towns depend on a coast that lives on its summer visitors.",
    ]


def test_a_quotation_after_an_abbreviation_opens_a_sentence_and_a_mayor_of_a_village_is_its_speaker():
    text = (
        "Mayor Dusan Petrov of Brenno told the broadcaster that villagers received the alert at 2 a.m. "
        '"Nobody told us to leave," he said.'
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Mayor Dusan Petrov of Brenno told the broadcaster that villagers received the alert at 2 a.m.",
        '"Nobody told us to leave," Mayor Dusan Petrov said.',
    ]


def test_they_opening_a_quotation_after_a_sentence_about_people_is_those_people_in_brackets():
    text = (
        'The factory closed. The workers have not been paid since January. "They have kept turning up every '
        'morning," Anna Berg said. Prices rose by 4 percent. "They are robbing us," she said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        '"[The workers] have kept turning up every morning," Anna Berg said.',
        "Prices rose by 4 percent.",
        # (prices are no people: "they" stays)
        '"They are robbing us," Anna Berg said.',
    ]


def test_the_last_sentence_of_a_quotation_over_several_gets_its_opening_mark():
    text = '"We heard a roar," said Marta Ilic, 44. "Everything we own is gone. The car, the furniture, the animals."'

    assert [claim for _, claim in texts_and_spans(text)] == [
        '"We heard a roar," said Marta Ilic, 44.',
        '"Everything we own is gone," Marta Ilic said.',
        '"The car, the furniture, the animals," Marta Ilic said.',
    ]


def test_a_quotation_s_first_sentence_gets_its_speaker_though_its_own_words_hold_a_verb_of_saying():
    text = (
        'Lucan Brandt, a researcher, said the extension bought time. "Neither side has said a word about '
        'disarmament. Until they do, this is a pause," he said.\n\n'
        "Corvel Power said in a statement that crews were working through the night. "
        '"Parents tell us they are afraid. We ask customers to stay calm," the company said.'
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Lucan Brandt, a researcher, said the extension bought time.",
        '"Neither side has said a word about disarmament," Lucan Brandt said.',
        '"Until they do, this is a pause," Lucan Brandt said.',
        "Corvel Power said in a statement that crews were working through the night.",
        # the speaker a word for a body stands for is written as the article named the body
        '"Parents tell us they are afraid," Corvel Power said.',
        '"We ask customers to stay calm," Corvel Power said.',
    ]


def test_an_abbreviated_month_and_its_of_a_clause_after_a_semicolon():
    text = (
        "The survey by the Halden Institute put the Social Alliance on 31 percent. The institute questioned 1,504 "
        "adults between Nov. 20 and Nov. 26; its margin of error is 2.5 percentage points."
    )

    # PUBLISHED is 6 March 2025: the November before it
    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The Halden Institute questioned 1,504 adults between 20 November 2024 and 26 November 2024; the Halden "
        "Institute's margin of error is 2.5 percentage points."
    )


def test_a_capitalised_preposition_before_a_day_is_kept_once():
    text = "On Wednesday morning, lorries edged across the bridge in single file."

    assert texts_and_spans(text) == [
        (text, "On the morning of 5 March 2025, lorries edged across the bridge in single file.")
    ]


def test_a_dateline_alone_is_kept_as_written():
    text = "AUREN, Feb 20 (Northline) - The Bank of Auren kept its main rate at 4.25 percent on Thursday."

    assert texts_and_spans(text)[0] == ("AUREN, Feb 20 (Northline) -", "AUREN, Feb 20 (Northline) -")


def test_a_pronoun_speakers_tag_names_the_speaker_the_article_resolved_not_a_town_named_before():
    text = (
        "An army spokesman, Colonel Radu Femi, said government troops still held the northern part of Kesh. "
        '"The terrorists control a few streets, nothing more," he told state television.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        '"The terrorists control a few streets, nothing more," Colonel Radu Femi told state television.'
    )


def test_the_group_is_the_body_its_fighters_spoke_for_not_a_platform_named_as_its_medium():
    text = (
        "Fighters of the Free Marsh Movement said on Monday they had captured the town of Kesh.\n\n"
        "In a video posted on its Telegram channel, the group showed armed men raising its flag over the town hall."
    )

    claims = extract_claims(text, published_on=PUBLISHED, outlet="Frontline Press", scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][1] == (
        "In a video posted on its Telegram channel, the Free Marsh Movement showed armed men raising the Free Marsh "
        "Movement's flag over the Kesh town hall.",
        ["Fighters of the Free Marsh Movement"],
    )


def test_the_airline_is_the_carrier_named_before_and_a_season_as_a_possessive_is_written_out():
    text = (
        "The Civil Aviation Board fined Skyline Air 2.4 million euros on Friday over refunds delayed during last "
        "summer's strikes. The board said the airline had left 38,000 customers waiting."
    )

    # PUBLISHED is 6 March 2025: last summer was 2024's
    assert [claim for _, claim in texts_and_spans(text)] == [
        "The Civil Aviation Board fined Skyline Air 2.4 million euros on 28 February 2025 over refunds delayed "
        "during the summer 2024 strikes.",
        "The Civil Aviation Board said Skyline Air had left 38,000 customers waiting.",
    ]


def test_a_day_counted_back_counts_from_the_last_event_that_has_happened_and_names_keep_their_capitals():
    text = (
        "The council voted on Tuesday to close the Westgate and Millfield branches. The Westgate and Millfield "
        "branches will close on March 31. Their combined visits fell to about 41,000 last year. A week earlier, a "
        "petition against the closures gathered 12,400 signatures."
    )

    # PUBLISHED is Thursday 6 March 2025: the vote was on 4 March; the closing is still to come
    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        "The Westgate and Millfield branches' combined visits fell to about 41,000 in 2024.",
        "On 25 February 2025, a petition against the closures gathered 12,400 signatures.",
    ]


def test_a_title_word_for_a_kind_of_body_is_no_name_for_the_authority():
    text = (
        "Brantley City Council voted 7-4 on Tuesday night to close two libraries.\n\n"
        "Council leader Fiona Marsh said the authority had no choice."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Council leader Fiona Marsh said Brantley City Council had no choice."
    )


def test_a_participle_clause_is_not_cut_off_and_the_herald_is_no_person():
    text = (
        "A senior adviser to Energy Minister Tomas Berg received 85,000 euros from a lobbying firm while helping to "
        "draft the new energy law, the Valden Herald reported on Monday. Kristian Lund told the Herald that the "
        "payments were for earlier work and that he had declared them. A former ministry engineer said he was told "
        "to sign the invoices."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "A senior adviser to Energy Minister Tomas Berg received 85,000 euros from a lobbying firm while helping to "
        "draft the new energy law, the Valden Herald reported on 3 March 2025.",
        # the paper by its full name, no person; "them" the plural the clause before was about
        "Kristian Lund told the Valden Herald that the payments were for earlier work and that Kristian Lund had "
        "declared the payments.",
        # the unnamed engineer's "he" is the engineer, not the man named last
        "A former ministry engineer said he was told to sign the invoices.",
    ]


def test_its_of_a_joined_verb_is_the_subject_the_verbs_share_never_a_person_named_before():
    text = (
        "The court sentenced the lottery's former head, Konrad Ilves. Two other defendants, including Ilves's "
        "brother-in-law, received suspended sentences. The lottery's new director, Helena Mets, said the organisation "
        "had tightened its controls and would publish its accounts every quarter."
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == (
        "The lottery's new director, Helena Mets, said the lottery had tightened its controls and would publish its "
        "accounts every quarter."
    )


def test_its_in_what_a_person_says_is_the_body_the_same_sentence_ties_them_to():
    text = (
        "Greta Holm, 72, who chairs the Nordvik Seniors' Club, said many of its members had stopped visiting "
        "relatives because fares had doubled since 2019."
    )

    assert texts_and_spans(text) == [
        (
            text,
            "Greta Holm, 72, who chairs the Nordvik Seniors' Club, said many of the Nordvik Seniors' Club's members "
            "had stopped visiting relatives because fares had doubled since 2019.",
        )
    ]


def test_it_opening_a_sentence_is_a_subject_described_by_its_own_words():
    text = (
        "The national geological survey said it would publish a full report within a month. It has recorded more "
        "than 200 landslides in the region since 2020."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The national geological survey has recorded more than 200 landslides in the region since 2020."
    )


def test_its_opening_a_sentence_is_the_body_the_sentence_before_described():
    text = (
        "Nurses at 40 hospitals are on strike, the Royal Nursing Union said. The union wants 9 percent. Its general "
        "secretary, Ruth Adeyemi, said nurses had lost a fifth of their real pay since 2010."
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == (
        "The Royal Nursing Union's general secretary, Ruth Adeyemi, said nurses had lost a fifth of their real pay "
        "since 2010."
    )


def test_his_and_her_in_a_clause_of_a_named_person_stay_theirs_however_the_tagger_typed_the_name():
    # the tagger misses "Renata Obi" and reads "Lanz" alone as an organisation: the pronouns are still theirs, never
    # the man named in the sentence before
    text = (
        "Coastguard spokesman Aldo Ferrante said 31 people were still missing. Renata Obi, 29, who swam to a life "
        "raft with her brother, said cars had broken loose. Teodor Lanz said he had learned of the search only when "
        "a detective quoted one of his messages."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Renata Obi, 29, who swam to a life raft with her brother, said cars had broken loose.",
        "Teodor Lanz said he had learned of the search only when a detective quoted one of his messages.",
    ]


def test_his_in_a_clause_whose_subject_is_a_company_is_the_man_named_before():
    text = (
        "Velora Systems was fined 9.4 million euros. The authority's president, Jonas Weidtke, told reporters the "
        "breach was avoidable. Velora did not respond to a request for comment on his remarks."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Velora did not respond to a request for comment on Jonas Weidtke's remarks."
    )


def test_a_month_of_what_is_likely_now_lies_ahead_of_the_article():
    text = '"One more hike in December is likely," she said. A cut in December was unlikely, analysts said.'

    # PUBLISHED is 6 March 2025
    assert [claim for _, claim in texts_and_spans(text)] == [
        '"One more hike in December 2025 is likely," she said.',
        "A cut in December 2024 was unlikely, analysts said.",
    ]


def test_a_day_a_place_was_retaken_on_lies_behind_the_article():
    assert standalone_texts("Government forces retook Dosk on Monday.") == [
        "Government forces retook Dosk on 3 March 2025."
    ]


def test_he_opening_what_a_speaker_says_is_named_when_he_is_someone_else():
    text = (
        "Ilona Hrabec, whose son Marek, 24, is among the trapped men, said he had started at the mine last year. "
        "Teodor Lanz said he had learned of the search from a detective. The paper quoted the officer, Lotte Wendt, "
        "as saying she had been told to stop."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Ilona Hrabec, whose son Marek, 24, is among the trapped men, said Marek had started at the mine in 2024.",
        "Teodor Lanz said he had learned of the search from a detective.",  # the speaker's own "he"
        "The paper quoted the officer, Lotte Wendt, as saying she had been told to stop.",
    ]


def test_a_deadline_of_what_was_expected_or_promised_lies_ahead_of_the_article():
    text = (
        "Health Minister Lisbet Pellan said she expected a decision by March. The regulator promised new rules "
        "before June. The firm closed the plant by February."
    )

    claims = extract_claims(text, published_on=date(2026, 11, 19), scorer=RuleScorer())

    assert [c.text for c in claims] == [
        "Health Minister Lisbet Pellan said Lisbet Pellan expected a decision by March 2027.",
        "The regulator promised new rules before June 2027.",
        "The firm closed the plant by February 2026.",
    ]


def test_the_port_is_the_one_the_article_names_most_and_what_was_published_is_no_body():
    text = (
        "A strike at the port of Karvik entered its second week. The Karvik Dockers' Union said the port of Karvik "
        "had lost 40 sailings. Shipping line Nordvent said it had diverted six vessels to the port of Emden. The last "
        "major strike at the port, in 2019, lasted 17 days.\n\n"
        "The memo was first reported by the police union. Prime Minister Anna Kjell said she had not seen the memo "
        "before it was published."
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        "Shipping line Nordvent said Nordvent had diverted six vessels to the port of Emden.",
        "The last major strike at the port of Karvik, in 2019, lasted 17 days.",  # its port, not the whole town
        "The memo was first reported by the police union.",
        "Prime Minister Anna Kjell said she had not seen the memo before it was published.",
    ]


def test_its_of_its_own_verbs_subject_stays_when_that_subject_is_only_a_description():
    text = (
        "The central bank cut its main rate to 3.25 percent, its first cut since 2021. The Halvorsen Institute "
        "published its annual survey."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        # (the rank beside it is against the bank's own past: "the first cut since 2021")
        "The central bank cut its main rate to 3.25 percent, the first cut since 2021.",
        "The Halvorsen Institute published the Halvorsen Institute's annual survey.",
    ]


def test_it_of_a_joined_clause_after_an_it_the_claim_resolved_is_the_same_body():
    text = (
        "The National Weather Service said 180 millimetres of rain had fallen. It expects the river to fall slowly, "
        "but it warned that storms could bring another 40 millimetres."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The National Weather Service expects the river to fall slowly, but the National Weather Service warned that "
        "storms could bring another 40 millimetres."
    )


def test_its_after_a_subject_whose_its_was_resolved_is_the_same_owner():
    text = "Penal Reform Watch published a report on Thursday. Its full report is available on its website."

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Penal Reform Watch's full report is available on Penal Reform Watch's website."
    )


def test_its_after_according_to_is_the_subject_of_the_verb_the_phrase_hangs_on():
    text = (
        "Marvell Foods reported a profit of 80 million euros, according to its annual accounts. The national "
        "postal service handled 1.9 billion letters, according to its annual report."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Marvell Foods reported a profit of 80 million euros, according to Marvell Foods' annual accounts.",
        "The national postal service handled 1.9 billion letters, according to its annual report.",
    ]


def test_a_descriptor_the_tagger_ran_into_a_name_is_no_part_of_it():
    text = (
        "Dutch chipmaker Veldhoven Semiconductors will cut 2,000 jobs, the company said. The company expects to save "
        "180 million euros a year."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (
            ["Veldhoven Semiconductors"],
            "Dutch chipmaker Veldhoven Semiconductors will cut 2,000 jobs, Veldhoven Semiconductors said.",
        ),
        (["Veldhoven Semiconductors"], "Veldhoven Semiconductors expects to save 180 million euros a year."),
    ]


def test_an_event_found_near_an_invented_place_or_at_a_body_is_named_by_it():
    text = (
        "A wildfire that broke out in the hills above Castellmora on Monday has burned 6,200 hectares, officials "
        "said. Investigators believe the fire was started by a power line. Police said the attack was unrelated."
    )
    other = (
        "A cyberattack has disrupted services at six hospitals run by the Valmor Health Trust. The attack encrypted "
        "patient records."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "A wildfire that broke out in the hills above Castellmora on 3 March 2025 has burned 6,200 hectares, "
        "officials said.",
        "Investigators believe the wildfire near Castellmora was started by a power line.",
        "Police said the attack was unrelated.",  # a fire is no attack
    ]
    assert [claim for _, claim in texts_and_spans(other)] == [
        "A cyberattack has disrupted services at six hospitals run by the Valmor Health Trust.",
        "The cyberattack on the Valmor Health Trust encrypted patient records.",
    ]


def test_a_business_word_is_the_body_the_article_called_a_business():
    text = (
        "The utility that owns the line, Tramuntana Energia, said it was cooperating with the inquiry. The company "
        "declined to say when the line was last inspected. The freighter, operated by Aerolinea Norte, came down "
        "short of the runway. The board said the airline had not trained its pilots."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (
            ["Tramuntana Energia"],
            "The utility that owns the line, Tramuntana Energia, said it was cooperating with the inquiry.",
        ),
        (["Tramuntana Energia"], "Tramuntana Energia declined to say when the line was last inspected."),
        ([], "The freighter, operated by Aerolinea Norte, came down short of the runway."),
        (["board"], "The board said Aerolinea Norte had not trained its pilots."),
    ]


def test_a_descriptor_opening_a_sentence_is_no_part_of_the_name():
    text = "Carmaker Strand Motors will cut 1,800 jobs, the company said. The firm said most cuts would be voluntary."

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (["Strand Motors"], "Carmaker Strand Motors will cut 1,800 jobs, Strand Motors said."),
        (["Strand Motors"], "Strand Motors said most cuts would be voluntary."),
    ]


def test_a_lead_mention_lends_no_clause_of_its_own_to_a_later_description():
    text = (
        "An experimental vaccine cut hospital admissions by 72 percent, according to results of a late-stage trial "
        "published on Wednesday. It is the second recall of a vaccine published this year. Dr Anika Roos said the "
        "results were encouraging."
    )

    # (its own words say which results; the clause that dated them stays in its own sentence)
    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Dr Anika Roos said the results of a late-stage trial were encouraging."
    )


def test_a_body_word_named_by_an_earlier_name_is_not_given_to_a_name_in_its_own_sentence():
    text = (
        "The European Medicines Agency approved the vaccine. RSV kills an estimated 14,000 adults over 65 in Europe "
        "each year, the agency says. Patients can call the agency's helpline."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][1:] == [
        (
            ["European Medicines Agency"],
            "RSV kills an estimated 14,000 adults over 65 in Europe each year, the European Medicines Agency says.",
        ),
        ([], "Patients can call the European Medicines Agency's helpline."),
    ]


def test_a_body_whose_figures_were_cited_is_the_body_not_its_figures():
    text = (
        "Slaughterhouses processed 38 percent more cattle in June, according to figures from the agriculture "
        "ministry. The ministry said it was studying the request."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The agriculture ministry said the agriculture ministry was studying the request."
    )


def test_members_of_a_group_named_with_its_kind_are_that_group_and_a_day_names_nothing():
    text = (
        "A ceasefire between government forces and the rebel Northern Front appeared to be holding in the town of "
        "Dravic, residents said. The army accused the rebels of shelling a checkpoint on Wednesday. The rebel who "
        "spoke to reporters said he was tired."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The army accused the Northern Front of shelling a checkpoint on 5 March 2025.",
        "The rebel who spoke to reporters said he was tired.",
    ]


def test_it_in_what_people_say_is_the_thing_the_sentence_before_was_about():
    text = (
        "Thousands protested against a new media law in Saravin. The law, passed in January, requires outlets with "
        "foreign funding to register. Critics say it is modelled on a Russian law."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Critics say the new media law in Saravin is modelled on a Russian law."
    )


def test_the_city_is_the_one_place_the_lead_named_but_not_a_candidate_the_tagger_took_for_a_place():
    text = (
        "Rents in Kastor rose by 11.4 percent in the year to April, a report said. The average rent in the city "
        "reached 1,480 euros."
    )
    race = (
        "Mayor Ida Brandt leads the race, a poll found. Half of those questioned said they expected Brandt to win. "
        "Who will run the city?"
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == "The average rent in Kastor reached 1,480 euros."
    assert [claim for _, claim in texts_and_spans(race)][-1] == "Who will run the city?"


def test_a_day_a_participle_gives_is_past_whatever_the_sentence_looks_ahead_to():
    # 6 March 2025 is a Thursday
    text = (
        "People living near motorways are 18 percent more likely to develop asthma, according to a study published "
        "on Wednesday. The vote, scheduled for Friday, will decide the budget."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "People living near motorways are 18 percent more likely to develop asthma, according to a study published "
        "on 5 March 2025.",
        "The vote, scheduled for 7 March 2025, will decide the budget.",
    ]


def test_they_after_people_named_by_where_they_work_keeps_that_phrase():
    text = (
        "Researchers at Lund University followed 62,000 adults for 12 years. They found that the risk rose with "
        "exposure."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The researchers at Lund University found that the risk rose with exposure."
    )


def test_the_watchdog_is_the_authority_or_board_the_article_named():
    text = (
        "The Communications Authority fined Nordline Telecom 14 million euros. Nordline said it accepted the "
        "findings. The fine is the largest the watchdog has imposed."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The fine is the largest the Communications Authority has imposed."
    )


def test_the_watchdog_can_be_an_office_the_article_named():
    text = (
        "The Independent Police Conduct Office has opened an inquiry into the shooting of a driver by a Harwick "
        "police officer, the watchdog said on Wednesday. Greta Solheim, the watchdog's director, said the footage "
        "would be made public."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The Independent Police Conduct Office has opened an inquiry into the shooting of a driver by a Harwick "
        "police officer, the Independent Police Conduct Office said on 5 March 2025.",
        "Greta Solheim, the Independent Police Conduct Office's director, said the footage would be made public.",
    ]


def test_the_club_that_said_it_is_the_club_the_article_is_about():
    text = (
        "Dynamo Lisvik have signed striker Mateo Ruiz for a record fee of 38 million euros, the club said on "
        "Tuesday. The club said the stadium would be renovated next summer."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [c.claimers for c in claims] == [["Dynamo Lisvik"], ["Dynamo Lisvik"]]


def test_a_place_by_its_part_is_a_place_and_never_the_company():
    text = (
        "A fire broke out at a chemical plant on the outskirts of Aalborg on Monday. The company said the fire "
        "started in a storage building."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][-1] == (
        ["company"],
        "The company said the fire in Aalborg started in a storage building.",
    )


def test_a_day_names_no_station_and_a_measure_stays_with_its_clause():
    text = (
        "A woman was stabbed at Redhill railway station on Sunday evening, police said. The station was closed for "
        "six hours while officers raided a flat nearby."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The Redhill railway station was closed for six hours.",
        "Officers raided a flat nearby.",
    ]


def test_names_of_places_and_buildings_the_tagger_read_as_people_are_no_one_she_could_be():
    text = (
        "A woman was stabbed at Redhill railway station on Sunday evening. The victim, a nurse from Redhill, was taken "
        "to St Anne's Hospital. The hospital said she was in a stable condition."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][-1] == (
        ["St Anne's Hospital"],
        "St Anne's Hospital said she was in a stable condition.",
    )


def test_an_agreement_is_named_by_what_it_is_for_and_the_deal_is_that_agreement():
    text = (
        "Dravia and Lesnia signed an agreement on Tuesday to share water from the Sava river. Under the deal, each "
        "country may draw 40 percent of the flow. Police launched an operation against logging gangs in the Cerro "
        "Azul national park. The operation began at dawn."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Under the agreement to share water from the Sava river, each country may draw 40 percent of the flow.",
        "Police launched an operation against logging gangs in the Cerro Azul national park.",
        "The operation against logging gangs in the Cerro Azul national park began at dawn.",
    ]


def test_a_plan_or_a_bill_is_named_by_what_it_does_without_its_times():
    text = (
        "Lawmakers in Vesterland approved a bill on Thursday that will ban pupils from using smartphones during the "
        "school day from next September. The bill passed by 98 votes to 61. The ministry unveiled a plan to close 600 "
        "rural post offices by 2028. Unions said the plan would cut 2,000 jobs."
    )

    assert [claim for _, claim in texts_and_spans(text)][1::2] == [
        "The bill that will ban pupils from using smartphones passed by 98 votes to 61.",
        "Unions said the plan to close 600 rural post offices would cut 2,000 jobs.",
    ]


def test_an_organisation_called_by_the_last_word_of_its_name_is_named_in_full():
    text = (
        "The centre-right People's Alliance won 31 percent of the vote. The Alliance's leader, Stefan Brandt, said he "
        "was open to talks. The Bank of Auren raised rates. The Auren dollar rose 0.3 percent."
    )

    assert [claim for _, claim in texts_and_spans(text)][1::2] == [
        "The People's Alliance's leader, Stefan Brandt, said he was open to talks.",
        "The Auren dollar rose 0.3 percent.",
    ]


def test_the_prime_minister_is_the_one_person_given_that_title_and_his_he_is_no_one_else():
    text = (
        "Prime Minister Daniel Osei accepted the resignation. He appointed Deputy Health Minister Farid Haddad to "
        "replace her. Opposition parties said the prime minister should face questions about what he knew."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Opposition parties said Prime Minister Daniel Osei should face questions about what he knew."
    )


def test_a_business_named_with_its_kind_is_the_company_whatever_the_tagger_typed_its_name():
    text = (
        "Supermarket chain Fresco will close 40 stores, the company said on Tuesday. The retail union Unirev called "
        "for talks with the company. Fresco's sales fell 4.1 percent, while its rival Mercato grew by 5 percent. "
        "The company's shares rose 3 percent."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (["Fresco"], "Supermarket chain Fresco will close 40 stores, Fresco said on 4 March 2025."),
        (["Unirev"], "The retail union Unirev called for talks with Fresco."),
        ([], "Fresco's sales fell 4.1 percent, while Fresco's rival Mercato grew by 5 percent."),
        ([], "Fresco's shares rose 3 percent."),
    ]


def test_the_country_is_not_its_capital_named_after_a_comma():
    text = (
        "Two journalists held in Tarvania were released on Monday. They were arrested while reporting on protests "
        "in the capital, Tarvos. The Tarvanian government did not comment. Press groups said 12 other journalists "
        "remained in detention in the country."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Press groups said 12 other journalists remained in detention in Tarvania."
    )


def test_a_body_named_by_its_place_takes_the_possessive_before_its_noun():
    text = (
        "A court in Hagen on Thursday ordered the government to cut emissions faster, ruling that its plans breached "
        "citizens' right to life. The ruling follows similar decisions in Germany."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Hagen court's ruling follows similar decisions in Germany."
    )


def test_a_closing_it_said_is_written_as_the_body_the_sentence_is_about():
    text = (
        "The electoral commission said turnout was 61 percent. The commission is due to publish results for each "
        "polling station within a week, it said."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][-1] == (
        ["commission"],
        "The electoral commission is due to publish results for each polling station within a week, the electoral "
        "commission said.",
    )


def test_a_lead_opening_on_a_natural_event_names_it_when_the_parser_lost_its_verb():
    text = (
        "Montaval (The Ridge Herald): A wildfire driven by gusting winds swept down through pine forest towards the "
        "town of Montaval on Monday night, forcing about 4,800 people from their homes, the Lorrain Fire and Rescue "
        "Service said on Tuesday.\n\nThe service said the fire had burned 6,300 hectares."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Lorrain Fire and Rescue Service said the wildfire near Montaval had burned 6,300 hectares."
    )


def test_the_organisers_of_a_protest_are_the_body_whose_supporters_protested():
    text = (
        "Riot police used tear gas on Saturday to disperse supporters of the opposition Renewal Front who had "
        "gathered to protest against a new law. The organisers said 300 protesters had been hurt. The minister "
        "dismissed the organisers' figures."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][1:] == [
        (["Renewal Front"], "The Renewal Front said 300 protesters had been hurt."),
        (["minister"], "The minister dismissed the Renewal Front's figures."),
    ]


def test_a_name_given_with_its_own_article_is_what_a_later_description_stands_for():
    text = (
        "A militia known as the Black Hand seized the town of Orsk on Friday. The militia has about 2,000 fighters, "
        "according to the United Nations."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Black Hand has about 2,000 fighters, according to the United Nations."
    )


def test_the_victims_the_toll_and_the_site_are_those_of_the_event_the_lead_reported():
    floods = (
        "Flash floods killed 14 people in the southern province of Asha on Sunday, the disaster agency said. "
        "The victims included four children. The death toll is expected to rise."
    )
    bombing = (
        "A suicide bomber killed 23 people at a market in the northern city of Dask on Friday, police said. "
        "The site was cordoned off by soldiers."
    )

    assert [claim for _, claim in texts_and_spans(floods)][1:] == [
        "The victims of the Asha floods included four children.",
        "The death toll from the Asha floods is expected to rise.",
    ]
    assert [claim for _, claim in texts_and_spans(bombing)][-1] == (
        "The site of the Dask bombing was cordoned off by soldiers."
    )


def test_the_suspects_and_the_defendant_are_the_people_arrested_charged_or_sentenced():
    unnamed = (
        "Police arrested two men after a shooting outside a nightclub in Varno on Saturday. "
        "The suspects, aged 19 and 22, were due in court on Monday."
    )
    named = (
        "A court in Varno sentenced the former mayor, Erik Lund, to six years in prison on Tuesday for taking bribes. "
        "The defendant denied the charges throughout the trial."
    )

    assert [claim for _, claim in texts_and_spans(unnamed)][-1] == (
        "The two men arrested, aged 19 and 22, were due in court on 3 March 2025."
    )
    claims = extract_claims(named, published_on=PUBLISHED, scorer=RuleScorer())
    assert [(c.claimers, c.text) for c in claims][-1] == (
        ["Erik Lund"],
        "Erik Lund denied the charges throughout the trial of Erik Lund.",
    )


def test_the_researchers_are_the_scientists_named_by_where_they_work():
    text = (
        "Scientists at the Polar Research Institute said on Monday that sea ice around the Selvan archipelago had "
        "shrunk by a third since 1990. The researchers used satellite images taken over 35 years."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The researchers at the Polar Research Institute used satellite images taken over 35 years."
    )


def test_a_name_modifying_a_noun_does_not_take_that_nouns_article():
    text = (
        "Workers at the Halden Motors factory in Brest walked out on Tuesday over pay. The factory builds 90,000 "
        "cars a year, the company said."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Halden Motors factory in Brest builds 90,000 cars a year, Halden Motors said."
    )


def test_a_rank_against_its_own_past_is_written_with_the():
    text = (
        "The Varden consumer confidence index fell to 91.2 in February, its lowest level since 2020, the statistics "
        "office said. Halden Motors lost market share to Orsk Steel, its biggest rival, in 2024."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The Varden consumer confidence index fell to 91.2 in February 2025, the lowest level since 2020, the "
        "statistics office said.",
        "Halden Motors lost market share to Orsk Steel, Halden Motors' biggest rival, in 2024.",
    ]


def test_a_name_an_apposition_calls_a_journalist_is_a_persons_and_the_family_is_theirs():
    text = (
        "The family of Arno Vidal, a journalist who was shot dead in Brenvik in 2024, said on Monday they had lost "
        "faith in the investigation. The family has called for an international inquiry."
    )

    assert [claim for _, claim in texts_and_spans(text)][
        -1
    ] == "The Vidal family has called for an international inquiry."


def test_its_coast_or_capital_is_the_place_named_just_before():
    text = (
        "Residents of the island of Skarra voted on Sunday against a plan to build a wind farm off its coast. "
        "Halden Shipping, based in Varno, said its coast guard contract had ended."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Residents of the island of Skarra voted on 2 March 2025 against a plan to build a wind farm off Skarra's "
        "coast.",
        "Halden Shipping, based in Varno, said Halden Shipping's coast guard contract had ended.",
    ]


def test_the_forces_are_the_army_named_before():
    text = (
        "Troops from the Sarenne army entered the disputed Kaldor region on Wednesday. The forces met little "
        "resistance, a military spokesman said."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Sarenne army's forces met little resistance, a military spokesman said."
    )


def test_people_killed_are_named_by_what_happened_to_them():
    text = (
        "Gunmen killed nine villagers in the Tarsi district on Saturday, local officials said. Most of the "
        "villagers were farmers. The victims have not been named."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Most of the nine villagers killed were farmers.",
        "The nine villagers killed have not been named.",
    ]


def test_shares_in_a_company_make_it_the_topic_and_the_cue_the_parser_joined_to_them_is_the_companys():
    text = (
        "Shares in Kestrel Telecom fell 14 percent on Thursday after the company cut its profit forecast and said "
        "its chief executive would step down. The company blamed a price war."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][-1] == (["Kestrel Telecom"], "Kestrel Telecom blamed a price war.")
    assert claims[0].claimers == ["Kestrel Telecom"]


def test_a_company_called_by_the_first_word_of_its_name_is_what_a_later_it_is():
    text = (
        "Shares in Kestrel Telecom fell 14 percent on Thursday.\n\nKestrel has about 9 million customers. It is the "
        "second-largest mobile operator after Velcom."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Kestrel Telecom is the second-largest mobile operator after Velcom."
    )


def test_a_speakers_description_takes_the_articles_kind_only_for_a_body():
    text = (
        "Kestrel Telecom blamed a price war in its home market. "
        '"The market had priced in a small miss, not this," said Jonas Pettersen, an analyst at Haldor Bank.'
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        '"The market had priced in a small miss, not this," said Jonas Pettersen, an analyst at Haldor Bank.'
    )


def test_him_is_the_man_his_was_not_a_person_named_since_whose_gender_the_article_did_not_give():
    text = (
        "Prosecutors say Lukas Brenner took 300,000 euros in bribes. Brenner denies the charges. His lawyer, Sofie "
        "Karsten, told the court her client was innocent. The prosecution plans to call two executives who have "
        "admitted paying him."
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        "Lukas Brenner's lawyer, Sofie Karsten, told the court Lukas Brenner was innocent.",
        "The prosecution plans to call two executives who have admitted paying Lukas Brenner.",
    ]


def test_the_researchers_after_a_study_by_a_university_are_that_universitys():
    text = (
        "A similar scheme in Lorvik raised the number of young passengers by a third, according to a study by the "
        "University of Lorvik. The researchers found that most of the new riders had travelled by car."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The researchers at the University of Lorvik found that most of the new riders had travelled by car."
    )


def test_a_name_a_which_clause_follows_is_a_bodys_and_what_it_says_it_is():
    text = (
        "Fenholm Transit, which runs the buses, said passenger numbers had fallen 12 percent since 2019 and that it "
        "welcomed anything that brought riders back."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Fenholm Transit, which runs the buses, said passenger numbers had fallen 12 percent since 2019 and that "
        "Fenholm Transit welcomed anything that brought riders back."
    ]


def test_an_attack_in_a_region_is_in_it_and_the_region_names_the_country_and_the_district_stays_itself():
    text = (
        "Gunmen attacked a police post in the Tarsi district of western Malvar on Friday night, killing five "
        "officers, the interior ministry said. The attack came two days after the government announced peace "
        "talks. The president ordered more troops to the district."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The attack in western Malvar came two days after the Malvar government announced peace talks.",
        "The president ordered more troops to the Tarsi district of western Malvar.",
    ]


def test_a_decision_is_that_of_the_body_whose_act_the_lead_reports_and_no_later_speakers():
    bank = (
        "The central bank of Korvania raised its main interest rate to 6 percent on Thursday. Consumer prices rose "
        "8.4 percent in February, the national statistics office said. The government welcomed the decision."
    )
    judge = (
        "A judge on Wednesday blocked the city council's plan to close three libraries. The council had said the "
        "closures would save 1.2 million euros a year. Campaigners called the ruling a victory."
    )

    assert [claim for _, claim in texts_and_spans(bank)][-1] == (
        "The Korvania government welcomed the Korvania central bank's decision."
    )
    assert [claim for _, claim in texts_and_spans(judge)][-1] == "Campaigners called the ruling a victory."


def test_a_speaker_the_parser_set_beside_a_noun_is_the_claimer_and_its_body_is_the_one_the_statement_is_about():
    text = (
        "The regional health authority blamed a well in the village of Morovo. The authority has closed the well "
        "and is sending water tankers to the village, its director, Dr. Pavel Ostrin, told reporters."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][-1] == (
        ["Pavel Ostrin"],
        "The regional health authority has closed the Morovo well and is sending water tankers to Morovo, the "
        "regional health authority's director, Dr. Pavel Ostrin, told reporters.",
    )


def test_most_of_them_opening_a_sentence_are_the_people_the_sentence_before_was_about():
    text = (
        "Economists polled by Pellam Finance had expected a rise of a quarter point. Most of them now expect rates "
        "to peak at 6.5 percent."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Most of the economists now expect rates to peak at 6.5 percent."
    )


def test_it_after_a_phrase_that_sets_the_scene_is_what_the_sentence_before_was_about():
    text = (
        "The national data protection authority said it had opened an investigation. Under data protection law, "
        "it can fine companies up to 4 percent of their turnover."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Under data protection law, the national data protection authority can fine companies up to 4 percent of "
        "their turnover."
    )


def test_a_rank_against_its_own_past_as_a_level_reached_or_a_second_object():
    text = (
        "Inflation in Korvania climbed to its highest level in a decade. The central bank raised its main rate to "
        "6 percent on Thursday, its third increase in 2025. Halden Motors moved to its largest office in Varno."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Inflation in Korvania climbed to the highest level in a decade.",
        "The central bank raised its main rate to 6 percent on 6 March 2025, the third increase in 2025.",
        "Halden Motors moved to Halden Motors' largest office in Varno.",
    ]


def test_a_name_after_a_word_for_what_a_person_does_is_a_persons_and_their_she():
    text = 'Nordia chief executive Leena Sorvik apologised to customers. "We let you down," she said in a video.'

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][-1] == (
        ["Leena Sorvik"],
        '"[Nordia] let you down," Nordia chief executive Leena Sorvik said in a video.',  # (her company's "we")
    )


def test_it_opening_a_further_that_clause_is_the_speaker_not_the_subject_of_the_clause_before():
    text = (
        "Orlo Fabrics said a valve had failed during the night and that it was working with environmental officials "
        "to clean up the spill."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Orlo Fabrics said a valve had failed during the night and that Orlo Fabrics was working with environmental "
        "officials to clean up the spill."
    ]


def test_an_amount_is_no_kind_and_a_person_charged_has_the_trial():
    text = (
        "The mayor of Kestin, Paul Rinaldi, has been charged over the award of a 12 million euro road contract, "
        "prosecutors said on Tuesday. Prosecutors allege that Rinaldi arranged for the contract to go to his cousin. "
        "A date for the trial has not been set."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Prosecutors allege that Paul Rinaldi arranged for the road contract to go to his cousin.",
        "A date for the trial of Paul Rinaldi has not been set.",
    ]


def test_a_name_given_in_one_piece_with_a_hyphen_is_the_whole_name():
    text = (
        "The planet, known as K2-311b, is about twice the size of Earth. The team plans to study the planet again "
        "with a new telescope."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The team plans to study K2-311b again with a new telescope."
    )


def test_this_season_is_a_time_not_a_description():
    text = (
        "Lars Holm joined the club in 2024 and led it to promotion in his first season. But the team has won only "
        "two of its 15 league games this season."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1].endswith("15 league games this season.")


def test_the_company_is_the_business_that_owns_the_ship_not_the_charity_named_since():
    text = (
        "Volunteers have collected more than 200 oiled seabirds, a wildlife charity, Shorewatch, said. The ship's "
        "owner, Dalmar Shipping, said it would pay for the clean-up. Volunteers from a second charity, Seawatch, "
        "joined them. The company said the cause of the grounding was being investigated."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][-1] == (
        ["Dalmar Shipping"],
        "Dalmar Shipping said the cause of the grounding was being investigated.",
    )


def test_people_are_no_kind_of_thing_and_a_title_word_opening_a_sentence_is_lowered():
    text = (
        "Education Minister Karin Olsen said head teachers would decide how to enforce the ban. The teachers' union "
        "welcomed the ban. Council leader Ingrid Sauer said the cut would help. "
        '"This is the cheapest climate policy we have," she said.'
    )

    claims = [claim for _, claim in texts_and_spans(text)]

    assert claims[1] == "The teachers' union welcomed the ban."
    assert claims[-1] == '"This is the cheapest climate policy we have," council leader Ingrid Sauer said.'


def test_its_authors_are_the_documents_and_a_party_set_beside_its_name_is_that_name():
    study = (
        "A study published last year by the Nordic Institute for Child Health found that pupils scored higher in "
        "maths. Its authors said the effect was small."
    )
    party = (
        "Marta Kline's party, the Freedom Alliance, called the arrest an attempt to silence the opposition. It said "
        "it would go ahead with the rally."
    )

    assert [claim for _, claim in texts_and_spans(study)][-1] == (
        "The Nordic Institute for Child Health study's authors said the effect was small."
    )
    assert [claim for _, claim in texts_and_spans(party)][-1] == (
        "The Freedom Alliance said the Freedom Alliance would go ahead with the rally."
    )


def test_it_in_what_a_spokesman_denies_or_a_named_owner_says_is_their_body():
    text = (
        "Officials blamed the Free Tarsi Movement. A spokesman for the movement denied it was involved. The ship's "
        "owner, Dalmar Shipping, said it would pay for the clean-up."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "A spokesman for the Free Tarsi Movement denied the Free Tarsi Movement was involved.",
        "The ship's owner, Dalmar Shipping, said Dalmar Shipping would pay for the clean-up.",
    ]


def test_a_clause_split_off_names_the_main_clauses_subject_and_a_ship_or_a_port_is_no_company():
    text = (
        "A container ship carrying 4,000 tonnes of steel sank off the coast of Selby Port on Wednesday after it struck "
        "a reef, the coastguard said. The vessel, the Northern Star, was sailing from Varno to Kells. The "
        "company said the ship had passed a safety inspection in March."
    )

    claims = [claim for _, claim in texts_and_spans(text)]

    assert claims[1] == "The container ship struck a reef."
    assert claims[-1] == "The company said the container ship had passed a safety inspection in March 2025."


def test_a_body_in_a_role_is_the_it_that_speaks_next_and_a_speakers_metaphor_names_nothing():
    text = (
        '"This is a fire sale of something the people of Halberg built," said councillor Ines Falk, who leads the '
        "Green List group. The buyer, Nordvik Mobility, runs bus services in four other cities. It said in a "
        "statement that it would keep all 620 drivers. The drivers' union said it would ask the competition "
        "authority to block the sale."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][2:] == [
        (
            ["Nordvik Mobility"],
            "Nordvik Mobility said in a statement that Nordvik Mobility would keep all 620 drivers.",
        ),
        # the union's "it" is the union, as the text describes it ("The government says the government controls")
        (
            ["drivers' union"],
            "The drivers' union said the drivers' union would ask the competition authority to block the sale.",
        ),
    ]


def test_ready_to_meet_on_friday_lies_ahead_and_a_place_named_with_another_is_no_longer_name():
    text = (
        "Harbin Foods said the plants in Ostend Vale and Marlow would shut by the end of the year. The union said the "
        "government should step in to keep the Marlow plant open. The ministry said it was ready to meet the union "
        "on Friday."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The union said the government should step in to keep the Marlow plant open.",
        "The ministry said the ministry was ready to meet the union on 7 March 2025.",
    ]


def test_a_quotation_is_not_cut_at_a_lower_case_and():
    text = (
        'The union wants 9 percent, saying pay has fallen by 11 percent since 2020. "They clap for us in a pandemic '
        'and then they tell us to wait," said Rosa Lindqvist, a nurse at Kestow General Hospital for 19 years.'
    )

    assert [span for span, _ in texts_and_spans(text)][1:] == [
        '"They clap for us in a pandemic and then they tell us to wait," said Rosa Lindqvist, a nurse at Kestow '
        "General Hospital for 19 years."
    ]


def test_a_strike_or_protest_is_named_by_who_does_it():
    strike = (
        "Train drivers will walk out for 48 hours from Friday. National Rail Lines said it would run fewer than one "
        "in ten services during the strike."
    )
    farmers = "Thousands of farmers staged a protest in the capital. Police said the protest ended peacefully."
    people = "Hundreds of people staged a protest in the capital. Police said the protest ended peacefully."

    assert [claim for _, claim in texts_and_spans(strike)][1:] == [
        "National Rail Lines said National Rail Lines would run fewer than one in ten services during the train "
        "drivers' strike."
    ]
    assert [claim for _, claim in texts_and_spans(farmers)][1:] == [
        "Police said the farmers' protest ended peacefully."
    ]
    assert [claim for _, claim in texts_and_spans(people)][1:] == ["Police said the protest ended peacefully."]


def test_the_study_and_its_findings_are_those_of_the_researchers_named_first():
    text = (
        "Researchers at the University of Tarrow have found that children who live near major roads are more likely "
        "to develop asthma. The study, published on Tuesday in the Journal of Respiratory Medicine, followed 18,000 "
        "children. Its lead author, Dr. Miriam Okoye, said the link was strong. The transport ministry said it "
        "would examine the findings."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The University of Tarrow study, published on 4 March 2025 in the Journal of Respiratory Medicine, followed "
        "18,000 children.",
        "The University of Tarrow study's lead author, Dr. Miriam Okoye, said the link was strong.",
        "The transport ministry said the transport ministry would examine the University of Tarrow study's findings.",
    ]


def test_a_town_is_no_capital_and_an_institute_the_tagger_called_a_place_is_no_region():
    bus = (
        "A bus overturned on a mountain road near the town of Kirsk late on Sunday, killing 11 people. The bus was "
        "travelling from the capital to the coastal resort of Lamara."
    )
    ice = (
        "Scientists at the Northern Ocean Institute say sea ice around the Skarn archipelago shrank to its smallest "
        "extent on record. The researchers said the loss was likely to speed up warming in the region."
    )

    assert [claim for _, claim in texts_and_spans(bus)][1:] == [
        "The bus was travelling from the capital to the coastal resort of Lamara."
    ]
    assert [claim for _, claim in texts_and_spans(ice)][1:] == [
        "The researchers at the Northern Ocean Institute said the loss was likely to speed up warming in the Skarn "
        "archipelago."
    ]


def test_its_turnover_is_the_fined_companys_and_an_untagged_name_beside_a_title_speaks():
    text = (
        "Hackers stole the data of 1.4 million customers of Veltro Energy, the company said. The data protection "
        "authority said it could fine the company up to 4 percent of its annual turnover. The competition authority "
        "fined Ostreva Pharma 4 percent of its annual turnover in 2024. Veltro's chief executive, Ana Rios, said the "
        "company would pay for credit monitoring."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][1:] == [
        (
            ["data protection authority"],
            "The data protection authority said the data protection authority could fine Veltro Energy up to 4 "
            "percent of Veltro Energy's annual turnover.",
        ),
        ([], "The competition authority fined Ostreva Pharma 4 percent of its annual turnover in 2024."),
        (["Ana Rios"], "Veltro's chief executive, Ana Rios, said Veltro Energy would pay for credit monitoring."),
    ]


def test_what_a_law_does_is_copied_without_its_times_and_it_is_the_worst_flooding_names_the_floods():
    law = (
        "Parliament in Velmar passed a law on Wednesday that bans the sale of disposable vapes from January next "
        "year. Retailers said the law would push sales onto the black market."
    )
    floods = (
        "Floods in the eastern province of Harsa have killed at least 34 people, the disaster agency said. It is the "
        "worst flooding in the province since 1997. A fire broke out at a warehouse in the port city of Velsk. "
        "Monitors recorded high levels of sulphur dioxide near the port."
    )

    assert [claim for _, claim in texts_and_spans(law)][1:] == [
        "Retailers said the law that bans the sale of disposable vapes would push sales onto the black market."
    ]
    assert [claim for _, claim in texts_and_spans(floods)][1:] == [
        "The flooding in Harsa is the worst flooding in the eastern province of Harsa since 1997.",
        "A fire broke out at a warehouse in the port city of Velsk.",
        "Monitors recorded high levels of sulphur dioxide near the port of Velsk.",
    ]


def test_a_takeover_is_named_by_buyer_and_bought_and_it_in_a_speakers_words_is_the_speaker():
    text = (
        "Marlo Group, the largest food delivery company, has agreed to buy its smaller rival Zesty for 640 million "
        "dollars, the two companies said. The deal would give Marlo about 70 percent of the market, and the "
        "competition authority said it would examine it closely. Marlo chief executive Dan Ferreira said the "
        "takeover would allow faster deliveries."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Marlo Group's deal to buy Zesty would give Marlo about 70 percent of the market, and the competition "
        "authority said the competition authority would examine it closely.",
        "Marlo chief executive Dan Ferreira said Marlo Group's takeover of Zesty would allow faster deliveries.",
    ]


def test_a_description_a_clause_says_which_of_stays_and_a_names_capital_stays():
    text = (
        "A rocket carrying two weather satellites exploded after lift-off from the Santa Elena launch site on "
        "Monday, the company that built it said. No one was hurt, according to Orbitra Space. Orbitra chief "
        'executive Mei Tanaka said engineers were studying the data. "We will fly again," she said.'
    )

    claims = [claim for _, claim in texts_and_spans(text)]

    assert claims[0] == (
        "A rocket carrying two weather satellites exploded after lift-off from the Santa Elena launch site on 3 "
        "March 2025, the company that built it said."
    )
    assert claims[-1] == '"We will fly again," Orbitra chief executive Mei Tanaka said.'


def test_names_the_tagger_cut_or_missed_after_a_kind_are_bodies_and_striking_people_name_their_strike():
    ship = (
        "The tanker Aurora Bay ran aground on Monday. The ship's owner, Castor Maritime, said it was working "
        "with the authorities to stop the leak."
    )
    shelter = (
        "The council said rising rents were the main cause. Housing charity Open Door said the real figure was much "
        'higher. "A count on one night only catches the people you can see," said its chief executive, Miriam Hale.'
    )
    teachers = (
        "Teachers in the province of Valdor will strike on Friday, their union said. The parents' network said it "
        "supported the strike."
    )

    claims = extract_claims(ship, published_on=PUBLISHED, scorer=RuleScorer())
    assert (claims[-1].claimers, claims[-1].text) == (
        ["Castor Maritime"],
        # (and "the ship" is the tanker its kind named)
        "The Aurora Bay's owner, Castor Maritime, said Castor Maritime was working with the authorities to stop "
        "the leak.",
    )
    assert [claim for _, claim in texts_and_spans(shelter)][-1] == (
        '"A count on one night only catches the people you can see," said Open Door\'s chief executive, Miriam Hale.'
    )
    assert [claim for _, claim in texts_and_spans(teachers)][-1] == (
        "The parents' network said the parents' network supported the teachers' strike."
    )


def test_a_clause_split_off_keeps_the_speaker_the_sentence_embeds():
    text = (
        "Halvex Pharma makes medicines for the brain. Shares in Halvex Pharma fell 31 percent on Monday after the "
        "company said its experimental Alzheimer's drug had failed in a large trial."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][1:] == [
        ([], "Shares in Halvex Pharma fell 31 percent on 3 March 2025."),
        (
            ["Halvex Pharma"],
            "Halvex Pharma said Halvex Pharma's experimental Alzheimer's drug had failed in a large trial.",
        ),
    ]


def test_a_party_is_not_what_it_leaves_and_a_rebel_army_is_no_the_army():
    coalition = (
        "Prime Minister Elena Varga survived a confidence vote on Tuesday. The Green Party left the coalition in "
        "early June over her plan to expand coal mining."
    )
    truce = (
        "The government and the rebel Free Dalmar Army agreed on Monday to a 30-day ceasefire, starting on Friday, "
        "the United Nations said. A rebel commander, who asked not to be named, said his fighters would respect "
        'the truce "as long as the army does".'
    )

    assert [claim for _, claim in texts_and_spans(coalition)][-1] == (
        "The Green Party left the coalition in early June 2024 over Elena Varga's plan to expand coal mining."
    )
    assert [claim for _, claim in texts_and_spans(truce)] == [
        "The government and the rebel Free Dalmar Army agreed on 3 March 2025 to a 30-day ceasefire, starting on 7 "
        "March 2025, the United Nations said.",
        "A rebel commander, who asked not to be named, said his fighters would respect the 30-day ceasefire "
        '"as long as the army does".',
    ]


def test_the_company_is_no_country_its_railway_is_of():
    text = (
        "The state railway of Norland will raise ticket prices by 8 percent from January, the company said on Tuesday."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (
            ["company"],
            "The state railway of Norland will raise ticket prices by 8 percent from January 2026, the company said "
            "on 4 March 2025.",
        )
    ]


def test_a_speakers_that_water_is_no_company_and_the_deadliest_accident_is_the_leads_avalanche():
    water = (
        "The city's water company, Ostra Water, said the lead came from old pipes inside the schools. \"My son has "
        'been drinking that water for years," said Aisha Bello.'
    )
    avalanche = (
        "Two climbers died in an avalanche on Mount Keld on Sunday, rescue officials said. It was the deadliest "
        "accident on Mount Keld since 2019."
    )

    assert [claim for _, claim in texts_and_spans(water)][-1] == (
        '"My son has been drinking that water for years," said Aisha Bello.'
    )
    assert [claim for _, claim in texts_and_spans(avalanche)][-1] == (
        "The avalanche was the deadliest accident on Mount Keld since 2019."
    )


def test_it_ranked_among_accidents_is_the_mishap_the_lead_reported_by_its_verb():
    ferry = (
        "At least 17 people died after a passenger ferry capsized off Selmar on Monday, the coastguard said. Divers "
        "searched the hull at first light. It was the deadliest ferry accident in the region since 2011."
    )
    prices = "Share prices crashed on Monday. Traders sold. It was the worst day since 2020."

    assert [claim for _, claim in texts_and_spans(ferry)][-1] == (
        "The capsizing of the passenger ferry was the deadliest ferry accident in the region since 2011."
    )
    assert [claim for _, claim in texts_and_spans(prices)][-1] == "It was the worst day since 2020."  # no accident


def test_it_that_began_or_was_caused_is_the_natural_event_the_lead_reported():
    text = (
        "A wildfire swept towards the town of Montaval on Monday night, forcing 4,800 people from their homes. "
        "Police said it was too early to say what caused it. Witnesses saw a motorbike near the spot where it began. "
        "The company said it began talks with insurers."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Police said it was too early to say what caused the wildfire near Montaval.",
        "Witnesses saw a motorbike near the spot where the wildfire near Montaval began.",
        "The company said the company began talks with insurers.",  # what began talks is no fire
    ]


def test_it_that_a_passive_time_clause_says_was_done_to_is_the_thing_the_main_clause_acts_on():
    text = (
        "The fishermen's association has opposed the Skarra Bank project since it was first proposed in 2023. "
        "The council approved a new stadium after it was redesigned. The mayor met the minister after she was "
        "elected."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The fishermen's association has opposed the Skarra Bank project since the Skarra Bank project was first "
        "proposed in 2023.",
        "The council approved a new stadium after the new stadium was redesigned.",
        "The mayor met the minister after she was elected.",  # a person is no "it"
    ]


def test_it_ranked_among_penalties_is_never_the_body_that_imposed_one():
    text = (
        "The data protection authority on Monday fined Velora Systems 9.4 million euros. It is the largest penalty "
        "the authority has imposed."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "It is the largest penalty the data protection authority has imposed."
    )


def test_the_project_is_the_named_work_the_lead_reports():
    farm = (
        "The Kessel Bay wind farm, the largest in the country, began supplying power on Monday, its operator said. "
        "The project cost 2.1 billion euros."
    )
    railway = (
        "The Skelmore Line high-speed railway will not open before 2031, the audit office said. Engineers on the "
        "project said the opening could slip further.\n\n"
    )
    plan = "The government approved plans for a new rail line on Tuesday. The project will cut journey times."

    assert [claim for _, claim in texts_and_spans(farm)][-1] == (
        "The Kessel Bay wind farm project cost 2.1 billion euros."
    )
    assert [claim for _, claim in texts_and_spans(railway)][-1] == (
        "Engineers on the Skelmore Line high-speed railway project said the opening could slip further."
    )
    assert [claim for _, claim in texts_and_spans(plan)][-1] == "The project will cut journey times."


def test_the_report_and_the_statement_are_named_by_who_reported_or_issued_them():
    reported = (
        "The health ministry plans to shut four maternity units, the Vellan Courier reported on Monday, citing "
        "leaked minutes. The Coastal Midwifery Alliance said the report confirmed its worst fears."
    )
    issued = (
        "Tarrow Freight Lines said in a statement that no cargo had been lost. The crew were all safe, the "
        "statement added."
    )

    assert [claim for _, claim in texts_and_spans(reported)][-1] == (
        "The Coastal Midwifery Alliance said the Vellan Courier report confirmed the Coastal Midwifery Alliance's "
        "worst fears."
    )
    assert [claim for _, claim in texts_and_spans(issued)][-1] == (
        "The crew were all safe, the Tarrow Freight Lines statement added."
    )
    # and the statement's claimer is who issued it, the report's the paper that reported it
    assert [c.claimers for c in extract_claims(issued, published_on=PUBLISHED, scorer=RuleScorer())][-1] == [
        "Tarrow Freight Lines"
    ]
    assert [c.claimers for c in extract_claims(reported, published_on=PUBLISHED, scorer=RuleScorer())][-1] == [
        "Coastal Midwifery Alliance",
        "Vellan Courier",
    ]


def test_he_after_a_sentence_that_described_one_person_and_named_none_is_that_person():
    text = (
        "Harbour master Tomas Reiner said the tanker had ignored two warnings. Police later questioned the ship's "
        "captain. He has not been charged."
    )
    two = (
        "Harbour master Tomas Reiner said the tanker had ignored two warnings. An officer questioned the ship's "
        "captain. He has not been charged."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == "The ship's captain has not been charged."
    assert [claim for _, claim in texts_and_spans(two)][-1] == "He has not been charged."


def test_the_victims_possessive_keeps_its_apostrophe_and_a_forecast_looks_ahead():
    text = (
        "A fire destroyed a warehouse in the town of Oreby on Tuesday night, killing four workers. The mayor said "
        "the town would pay for the victims' funerals. Forecasters predicted heavy rain before mid-September."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The mayor said Oreby would pay for the victims' funerals.",
        "Forecasters predicted heavy rain before mid-September 2025.",
    ]


def test_it_in_a_relative_clause_is_never_the_sentences_subject():
    text = (
        "The National Competition Court on Monday blocked the sale of Brisa Telecom to Corvan. The ruling is a blow "
        "to Corvan, which had argued that the purchase would save 90 million euros a year and allow it to cut prices."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The National Competition Court's ruling is a blow to Corvan, which had argued that the purchase would save "
        "90 million euros a year and allow it to cut prices."
    )


def test_its_after_an_object_of_the_subjects_verb_may_be_the_objects():
    text = (
        "Towns in the Tarn valley began rationing water on Friday. The driest winter on record had left the "
        "region's main reservoir at a fifth of its capacity."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The driest winter on record had left the Tarn valley's main reservoir at a fifth of its capacity."
    )


def test_a_company_name_the_tagger_took_for_a_common_noun_keeps_its_capital_in_a_speech_tag():
    text = (
        "Shares in Corvella fell 8 percent on Tuesday. Corvella chief executive Lena Brandt said the company would "
        'look again at its prices. "We have heard our customers," she said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        '"[Corvella] has heard [Corvella\'s] customers," Corvella chief executive Lena Brandt said.'
    )


def test_its_opening_a_sentence_is_the_body_the_sentence_before_was_about_named_or_not():
    named = (
        "The centre-right Citizens' Party came second with 26 percent. The Green List more than doubled its share to "
        "14 percent. Its leader, Ida Moen, said the party would not join any coalition."
    )
    unnamed = (
        "Health Minister Ruth Vance said waiting times were falling. The opposition said the minister had broken "
        "her promise. Its health spokesman, Carl Ames, called for an inquiry."
    )

    assert [claim for _, claim in texts_and_spans(named)][-1] == (
        "The Green List's leader, Ida Moen, said the Green List would not join any coalition."
    )
    assert [claim for _, claim in texts_and_spans(unnamed)][-1] == (
        "The opposition's health spokesman, Carl Ames, called for an inquiry."
    )


def test_his_lawyer_after_a_sentence_about_an_unnamed_officer_speaks_for_the_officer():
    text = (
        "A teenager, Omar Kell, was shot dead by police in Varna in May. The officer who fired was suspended on "
        "Monday. His lawyer said he would plead not guilty and that he had feared for his life."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The officer's lawyer said the officer would plead not guilty and that the officer had feared for the "
        "officer's life."
    )


def test_the_watchdog_is_the_articles_own_watchdog_before_a_body_whose_name_means_one():
    text = (
        "Waiting lists reached a record on Wednesday, the health watchdog said in a report. The regional health "
        "authority in Karst said it had hired 40 surgeons. The watchdog will publish its next report in September."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The health watchdog will publish the health watchdog's next report in September 2025."
    )


def test_the_fighting_is_no_strike_and_a_labour_strike_has_no_target():
    fighting = (
        "Fighting broke out again in the hill district of Marrow Ridge on Sunday, the army said. Shells hit a school "
        "in the village of Tesk, a nurse said. Aid groups said 9,000 people had fled since the fighting began in May."
    )
    walkout = (
        "Kestrel Air and its cabin crew union agreed on Monday to end a strike that had grounded 900 flights. The "
        "strike cost the airline 4 million euros a day, according to analysts at Brandt Capital. About 80,000 "
        "passengers were hit by the strike, the airline said."
    )

    assert [claim for _, claim in texts_and_spans(fighting)][-1] == (
        "Aid groups said 9,000 people had fled since the fighting in Marrow Ridge began in May 2024."
    )
    assert [claim for _, claim in texts_and_spans(walkout)][-1] == (
        "About 80,000 passengers were hit by the strike, Kestrel Air said."
    )


def test_a_relative_speaks_for_themselves_and_keeps_no_capital_after_a_quotation():
    text = (
        "Health Minister Sofia Lenz ordered an inquiry into the Kerrow maternity unit on Monday. One father said his "
        'son had died hours after birth. "They kept telling us everything was fine," he said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "One father said his son had died hours after birth.",
        '"They kept telling us everything was fine," one father said.',
    ]


def test_a_woman_or_man_the_article_does_not_name_speaks_of_themselves():
    text = (
        "Mayor Ilse Varnhagen visited the flood shelter in Dorrel on Monday. One woman said she had slept in her car "
        "for three nights. A fisherman said he had lost his boat and most of his nets."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "One woman said she had slept in her car for three nights.",
        "A fisherman said he had lost his boat and most of his nets.",
    ]


def test_a_bill_is_named_by_what_it_does_not_by_a_clause_set_off_by_commas():
    text = (
        "Lawmakers in Ostravia approved a bill on Wednesday that caps annual rent increases at 3 percent for five "
        "years.\n\nThe bill, which now goes to the senate, would cover about a million homes. The senate will vote on "
        "the bill in July."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The bill that caps annual rent increases at 3 percent, which now goes to the senate, would cover about a "
        "million homes.",
        "The senate will vote on the bill that caps annual rent increases at 3 percent in July 2025.",
    ]


def test_an_inquiry_a_minister_ordered_is_not_named_after_the_minister():
    text = (
        "Health Minister Sofia Lenz has ordered an independent inquiry into the maternity unit on Monday. The "
        "hospital's chief executive said he welcomed the inquiry."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The hospital's chief executive said he welcomed the inquiry."
    )


def test_a_company_named_after_its_kind_is_what_the_company_means_however_it_was_parsed():
    text = (
        "A court fined the mining company Torrin Metals 14 million crowns on Tuesday for a spill. The judge said the "
        'fine reflected "the company\'s profits". In a statement, the company said it would not appeal.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        'The judge said the fine reflected "[Torrin Metals\'] profits".',
        "In a statement, Torrin Metals said Torrin Metals would not appeal.",
    ]


def test_a_claimer_is_the_body_the_claims_text_names():
    text = (
        "The Weekend Courier reported that the bank had ignored warnings. The newspaper quoted a former officer, "
        "Lotte Wendt, as saying she had been told to stop."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())
    assert [(c.text, c.claimers) for c in claims][-1] == (
        "The Weekend Courier quoted a former officer, Lotte Wendt, as saying she had been told to stop.",
        ["Weekend Courier"],
    )


def test_today_inside_a_newspapers_name_is_no_date_and_the_paper_is_that_newspaper():
    text = (
        "The case came to light after a report by the newspaper Harlen Today in 2022. The paper's editor, Lise Dahl, "
        "said the verdict mattered."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The case came to light after a report by the newspaper Harlen Today in 2022.",
        "Harlen Today's editor, Lise Dahl, said the verdict mattered.",
    ]


def test_it_in_what_a_company_says_is_that_company_though_the_tagger_took_it_for_a_person():
    text = (
        "The vaccine was developed by the biotech company Helix Biologics. Dr. Pieter Vos, a specialist at Aldmoor "
        "University Hospital, urged caution. Helix Biologics said it expected to make 10 million doses a year."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Helix Biologics said Helix Biologics expected to make 10 million doses a year."
    )


def test_its_organisers_are_the_petitions_and_the_claimer_says_so():
    text = (
        "The two pools, in the districts of Eastfield and Norby, will close in June. A petition against the cuts has "
        "gathered 12,000 signatures, its organisers said."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())
    assert [(c.text, c.claimers) for c in claims][-1] == (
        "A petition against the cuts has gathered 12,000 signatures, the petition's organisers said.",
        ["the petition's organisers"],
    )


def test_a_clause_split_off_a_named_subjects_joined_verbs_takes_that_name():
    text = (
        "Marsden City Council voted on Tuesday to cut library hours and close two pools, after it seized the depot "
        "of a bankrupt contractor."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Marsden City Council seized the depot of a bankrupt contractor."
    )


def test_a_clock_time_ends_a_sentence_before_a_capitalised_word_and_its_is_the_subject_before():
    text = (
        "The passenger train, carrying 300 people to the coastal city of Varna, left the tracks on a bend at about "
        "7.40 p.m. Three of its eight carriages overturned."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The passenger train, carrying 300 people to the coastal city of Varna, left the tracks on a bend at about "
        "7.40 p.m.",
        "Three of the passenger train's eight carriages overturned.",
    ]


def test_his_lawyer_written_as_the_officers_lawyer_drops_the_party_the_pronoun_was_guessed_to_be():
    text = (
        "A teenager, Omar Kell, was shot dead by police in Varna in May. The officer who fired was suspended on "
        "Monday. His lawyer said he would plead not guilty."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())
    assert [(c.text, c.claimers) for c in claims][-1] == (
        "The officer's lawyer said the officer would plead not guilty.",
        ["the officer's lawyer"],
    )


def test_a_claimer_written_as_a_phrase_leaves_the_day_to_the_verb():
    text = "The national medicines regulator on Monday recommended the first vaccine against Tarsun fever."

    assert [c.claimers for c in extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())] == [
        ["national medicines regulator"]
    ]


def test_the_company_in_what_a_mayor_says_is_no_town():
    text = (
        "Carmaker Volta Motors plans to close its plant in the city of Ravensburg, the union said. The city's mayor, "
        "Frank Hollis, said he had asked for a meeting with the company's board."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Ravensburg's mayor, Frank Hollis, said he had asked for a meeting with Volta Motors' board."
    )


def test_a_name_the_article_makes_an_adjective_of_is_a_country():
    text = (
        "Thousands of people fleeing Sarenne were stranded at the border with Valdora on Tuesday after Valdoran "
        "authorities closed the crossing. Valdora's interior ministry said the crossing would reopen. The country has "
        "taken in 120,000 refugees from Sarenne since 2024."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Valdora has taken in 120,000 refugees from Sarenne since 2024."
    )


def test_his_in_a_clause_taken_out_of_a_sentence_about_an_unnamed_man_is_that_mans():
    text = "A man was killed when gunmen attacked his car near the port of Selwick, police said."

    assert [claim for _, claim in texts_and_spans(text)] == [
        "A man was killed, police said.",
        "Gunmen attacked the man's car near the port of Selwick.",
    ]


def test_he_after_a_man_described_by_his_age_is_that_man():
    text = (
        "Police arrested a 58-year-old man on Sunday on suspicion of starting the fire. He was released on bail on "
        "Monday."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The 58-year-old man was released on bail on 3 March 2025."
    )


def test_its_in_a_relative_clause_on_a_described_body_stays():
    text = (
        "Inflation rose to 4.1 percent in January. The central bank, which has kept its main interest rate at 3.5 "
        "percent since October, is due to meet on 26 February."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The central bank, which has kept its main interest rate at 3.5 percent since October 2024, is due to meet on "
        "26 February 2026."
    )


def test_a_description_the_tagger_typed_a_person_is_no_name_for_him():
    text = (
        "A lorry driver has been charged with causing death by dangerous driving after a cyclist was killed in Harlen "
        "last week, police said on Wednesday.\n\nThe man, 46, will appear before Harlen magistrates on Friday. Police "
        "did not name him."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == "Police did not name him."


def test_as_normal_before_a_speech_tag_is_no_clause_and_a_trades_union_is_no_banks():
    care = "Emergency care and cancer treatment continued as normal, a hospital spokesman said."
    union = (
        "Nordbank and Sentia Bank agreed on Monday to merge. Nordbank's chief executive will run the merged bank. The "
        "bank workers' union said the job cuts were unacceptable."
    )

    assert texts_and_spans(care) == [(care, care)]
    assert [claim for _, claim in texts_and_spans(union)][-1] == (
        "The bank workers' union said the job cuts were unacceptable."
    )


def test_they_after_a_team_is_that_team():
    text = (
        "The team, from the Polar Research Institute in Tromvik, collected snow at 22 sites in 2024. They found "
        "particles in every sample."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The team from the Polar Research Institute in Tromvik found particles in every sample."
    )


def test_only_when_keeps_its_clause_and_a_clock_time_keeps_its_am():
    only = "Ruth Okoro said clubs would only act when they faced points deductions."
    clock = (
        "The army closed the road to the capital shortly after rebels attacked a checkpoint at 5.20 a.m. It said the "
        "road would reopen by noon."
    )

    assert [claim for _, claim in texts_and_spans(only)] == [
        "Ruth Okoro said clubs would only act when clubs faced points deductions."
    ]
    assert "Rebels attacked a checkpoint at 5.20 a.m." in [claim for _, claim in texts_and_spans(clock)]


def test_the_claimer_of_it_said_is_the_body_the_text_names():
    text = (
        "Mount Karas erupted on Monday, forcing 4,000 people from their homes, officials said.\n\nThe national volcano "
        "observatory raised its alert to the highest level. It said lava was flowing down the southern slope."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())
    assert [(c.text, c.claimers) for c in claims][-1] == (
        "The national volcano observatory said lava was flowing down the southern slope.",
        ["national volcano observatory"],
    )


def test_it_after_a_sentence_about_an_untyped_person_is_no_person():
    text = (
        "The ferry's operator, Velan Island Lines, said the crew had followed procedures. Renata Obi, 29, who swam to "
        "a life raft, said the crew had fled first. It denied that the ferry had been overloaded."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Velan Island Lines denied that the ferry had been overloaded."
    )


def test_the_family_in_what_a_named_person_says_is_theirs():
    text = (
        "Education Minister Petra Lund apologised on Wednesday. Petra Lund said a review would follow. Lise Holm, "
        "whose son was given a failing grade, said the family had spent two weeks in despair."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Lise Holm, whose son was given a failing grade, said the Holm family had spent two weeks in despair."
    )


def test_what_would_have_happened_lies_in_the_past():
    text = (
        "Managers rejected the engineers' proposal in June because it would have cut electricity output during the "
        "summer, the emails show."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Managers rejected the engineers' proposal in June 2024 because it would have cut electricity output during "
        "summer 2024, the emails show."
    ]


def test_the_claim_a_body_rejects_is_the_last_speakers():
    text = (
        "Measles cases have tripled in a year, the public health agency said on Tuesday. An anti-vaccine group, "
        "Parents for Choice, said the rise had been exaggerated. The agency rejected the claim, saying every case had "
        "been confirmed by laboratory tests."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The public health agency rejected Parents for Choice's claim that the rise had been exaggerated, saying "
        "every case had been confirmed by laboratory tests."
    )


def test_a_mention_that_names_a_thing_leaves_out_the_day_it_was_mentioned_on():
    text = (
        "Police fired tear gas at hundreds of protesters who tried to block the road to a planned copper mine near the "
        "village of Ardo on Sunday, witnesses said.\n\nThe government approved the mine in January after a two-year "
        "review."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The government approved the planned copper mine near the village of Ardo in January 2025 after a two-year "
        "review."
    )


def test_its_opening_a_sentence_is_no_ruling_and_a_name_the_tagger_dated_stays_in_a_mention():
    shares = (
        "A competition court on Thursday blocked the planned takeover of the grocery chain Fenwick Foods by its larger "
        "rival Daltmark.\n\nThe ruling is a setback for Daltmark, which had argued that the merger would save 180 "
        "million euros a year. Its shares fell 6 percent in early trading."
    )
    kerrow = (
        "Health Minister Sofia Lenz has ordered an independent inquiry into the maternity unit at St Aldric's "
        "Hospital in Kerrow after the deaths of seven babies in 18 months. The national patient safety agency said it "
        "had received 41 reports of serious incidents at the unit since 2023."
    )

    assert [claim for _, claim in texts_and_spans(shares)][-1] == "Daltmark's shares fell 6 percent in early trading."
    assert [claim for _, claim in texts_and_spans(kerrow)][-1] == (
        "The national patient safety agency said the national patient safety agency had received 41 reports of "
        "serious incidents at the maternity unit at St Aldric's Hospital in Kerrow since 2023."
    )


def test_its_director_in_a_closing_tag_is_the_one_place_the_statement_names():
    text = (
        "Temperatures reached 44.2 degrees Celsius on Wednesday, the national weather agency said. At the city's main "
        "hospital, admissions for heat-related illness doubled in a week, its director said."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "At the city's main hospital, admissions for heat-related illness doubled in a week, the city's main "
        "hospital's director said."
    )


def test_a_title_the_tagger_ran_into_a_name_stays_a_title_and_the_person_is_she():
    text = (
        "The city council in Ostrava Nova approved a plan on Wednesday to raise flood walls along the Morava river. "
        'Deputy Mayor Lenka Horakova said the city had been "lucky". "Another ten centimetres and the old town would '
        'have been under water," she said.'
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims[1:]] == [
        ('Deputy Mayor Lenka Horakova said Ostrava Nova had been "lucky".', ["Lenka Horakova"]),
        (
            '"Another ten centimetres and the old town would have been under water," Deputy Mayor Lenka Horakova said.',
            ["Lenka Horakova"],
        ),
    ]


def test_a_regulator_named_by_place_and_kind_only_is_the_regulator_not_the_business_it_fined():
    text = (
        "The Lindmark data protection authority fined the telecoms operator Skyrna 9.5 million kronor on Tuesday. "
        "The regulator said hackers had read customer records for five months because the company had not fixed a "
        "flaw in its billing system. The fine is the largest the watchdog has imposed since it was set up in 2018."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The Lindmark data protection authority said hackers had read customer records for five months because "
        "Skyrna had not fixed a flaw in Skyrna's billing system.",
        "The fine is the largest the Lindmark data protection authority has imposed since the Lindmark data "
        "protection authority was set up in 2018.",
    ]


def test_its_after_a_thing_the_sentence_wrote_as_a_possessor_is_that_things_and_a_party_keeps_its_article():
    text = (
        "The Constitutional Court of Meridia struck down parts of a detention law on Monday. The opposition Liberal "
        "Party, which brought the case, said the decision was a victory for civil rights. Rights groups say at least "
        "1,300 people were held under the law's longest detention powers in its first year. The party's leader, Ion "
        "Varga, said the ministry should release the data."
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        "Rights groups say at least 1,300 people were held under the detention law's longest detention powers in the "
        "law's first year.",
        "The Liberal Party's leader, Ion Varga, said the ministry should release the data.",
    ]


def test_it_after_a_steelmaker_described_by_its_trade_is_that_company():
    text = (
        "The steelmaker Orlen Stahl said on Wednesday it would close its blast furnace in Duisfeld, cutting 1,800 "
        "jobs. The company blamed high energy prices. It said the plant had lost money in each of the last four years."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Orlen Stahl blamed high energy prices.",
        "Orlen Stahl said the plant had lost money in each of the last four years.",
    ]


def test_it_said_by_a_body_that_is_the_subject_of_joined_verbs_is_that_body_not_their_object():
    text = (
        'Orlen Stahl said it would close the plant. The IG Metallwerk union called the decision "a betrayal" and said '
        "it would organise protests. The Sarveny Seismological Institute measured the quake at magnitude 6.1 and "
        "said it hit at 3 a.m."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        'The IG Metallwerk union called the decision "a betrayal" and said it would organise protests.',
        "The Sarveny Seismological Institute measured the quake at magnitude 6.1 and said the quake hit at 3 a.m.",
    ]


def test_but_it_opening_a_sentence_is_the_speaker_before_not_the_trial_it_cited():
    text = (
        "The European Medicines Board recommended on Thursday that the drug lecanostat be approved. The agency said "
        "a trial of 1,700 patients had shown that the drug slowed memory decline. But it warned that one in eight "
        "patients had suffered swelling in the brain."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "But the European Medicines Board warned that one in eight patients had suffered swelling in the brain."
    )


def test_its_stays_with_an_it_of_its_own_clause_and_with_the_subject_a_comparison_hangs_on():
    text = (
        "Nordhavn Bank reported a 31 percent rise in first-half profit on Tuesday and said it would buy back 500 "
        "million crowns of its own shares. Aegean Blue Lines said its ferry had passed an inspection in March. A "
        "ministry official said the ferry had been carrying more passengers than its licence allowed."
    )

    claims = [claim for _, claim in texts_and_spans(text)]

    assert (claims[0], claims[-1]) == (
        "Nordhavn Bank reported a 31 percent rise in first-half profit on 4 March 2025 and said it would buy back 500 "
        "million crowns of its own shares.",
        "A ministry official said the ferry had been carrying more passengers than its licence allowed.",
    )


def test_a_court_in_what_a_campaign_groups_director_says_is_not_the_group():
    text = (
        "The High Court in Calder ruled on Tuesday that the government had acted lawfully. The campaign group Quiet "
        "Skies said the runway would expose 90,000 more people to noise. Its director, Sanjay Patel, said the court "
        'had "ignored the evidence".'
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        'Quiet Skies\' director, Sanjay Patel, said the High Court had "ignored the evidence".'
    )


def test_a_natural_event_the_leads_verb_acts_on_is_the_articles_event_in_a_place_of_two_words():
    text = (
        "Firefighters in the province of Alta Vera were battling a wildfire on Sunday that has burned more than 12,000 "
        "hectares. Governor Ramon Ibarra said the fire was the worst in twenty years."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Governor Ramon Ibarra said the wildfire in Alta Vera was the worst in twenty years."
    )


def test_the_event_keeps_the_noun_the_lead_set_before_it():
    text = (
        "An air strike hit the only hospital in the besieged town of Tel Anbar on Tuesday night, killing 11 people. "
        "The strike came as the town's last bakery closed."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The air strike on Tel Anbar came as Tel Anbar's last bakery closed."
    )


def test_the_outlet_written_without_its_article_is_no_antecedent_and_a_name_in_a_clause_about_a_speaker_is_not_her():
    text = (
        "The ombudsman found that care homes owned by Silvercrest Care had left residents without food. Dr. Ines Kohl "
        "told the Western Standard the inspections would be unannounced. One woman, whose father lived at the Elmwood "
        "home, said she had complained to the company in 2024."
    )

    claims = extract_claims(text, published_on=PUBLISHED, outlet="The Western Standard", scorer=RuleScorer())

    assert claims[-1].text == (
        "One woman, whose father lived at the Elmwood home, said she had complained to Silvercrest Care in 2024."
    )


def test_its_after_a_description_the_claim_before_resolved_is_that_bodys():
    text = (
        "The ombudsman said the homes' owner had not told the regional health department about the shortage. The "
        "department said it would inspect all 112 care homes by the end of the year. Its director, Dr. Ines Kohl, "
        "said the inspections would be unannounced."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The health department's director, Dr. Ines Kohl, said the inspections would be unannounced."
    )


def test_a_description_with_a_name_set_beside_it_stays_as_written():
    text = (
        "Prosecutors have charged the mayor of Grenhaven, Tomas Albrecht, with taking bribes from a construction "
        "company. The prosecutor's office said on Monday that Albrecht had received at least 300,000 euros in cash. "
        "Two executives of the firm, Bauwerk Nord, were also charged."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Two executives of the firm, Bauwerk Nord, were also charged."
    )


def test_its_after_a_vessel_named_in_an_apposition_is_the_vessels_whole_name():
    text = (
        "An oil tanker ran aground off the island of Marrow on Monday. The vessel, the Liberian-flagged Star of Hanna, "
        "was carrying 80,000 tonnes of oil. Its 23 crew members were unhurt."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == "The Star of Hanna's 23 crew members were unhurt."


def test_what_names_a_group_is_not_the_attack_it_was_killed_in():
    text = (
        "Fighting between government troops and separatist rebels in the eastern region of Kaldara killed at least 18 "
        "people over the weekend. The army said it had killed seven rebels in an attack on their base near the "
        "village of Sorvo. The rebels, who call themselves the Kaldara Liberation Front, denied losing any fighters."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The separatist rebels in the eastern region of Kaldara, who call themselves the Kaldara Liberation Front, "
        "denied losing any fighters."
    )


def test_he_after_a_title_the_article_gave_a_named_person_is_that_person():
    text = (
        "Prime Minister Lars Hedin accepted the defence minister's resignation on Wednesday. The prime minister said "
        "an independent auditor would examine the contracts. He named Jonas Berg as acting minister."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Prime Minister Lars Hedin named Jonas Berg as acting minister."
    )


def test_they_after_a_study_by_researchers_somewhere_are_those_researchers():
    text = (
        "Teenagers who use their phones in bed sleep 45 minutes less a night, according to a study published on "
        "Monday. The study, by researchers at the University of Aldermoor, found that the effect was strongest among "
        "girls. They said schools should consider banning phones in dormitories."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The researchers at the University of Aldermoor said schools should consider banning phones in dormitories."
    )


def test_a_labour_strike_is_never_on_a_place_and_analysts_employer_is_no_company():
    text = (
        "Copper prices hit a record high on Tuesday after a strike shut the world's second-largest copper mine in "
        "Calama. Workers at the Esperanza mine walked out on Monday after wage talks collapsed. The mine's owner, "
        "Andes Copper, said it had suspended production. Analysts at Brandt Capital said prices could rise further if "
        "the strike lasted more than two weeks. The union wants a 9 percent pay rise. The company has offered 5 "
        "percent."
    )

    assert [claim for _, claim in texts_and_spans(text)][-3:] == [
        # the walkout where the workers work, never a strike "on" a place
        "Analysts at Brandt Capital said prices could rise further if the strike at the Esperanza mine lasted more "
        "than two weeks.",
        "The union wants a 9 percent pay rise.",
        "Andes Copper has offered 5 percent.",
    ]


def test_the_bridge_is_the_bridge_the_article_named_with_the():
    text = (
        "Engineers have closed the Kessel Bridge over the river Aar after finding cracks in its supports, the roads "
        "agency said on Monday. The bridge, which carries about 35,000 vehicles a day, will stay shut for six weeks."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Kessel Bridge, which carries about 35,000 vehicles a day, will stay shut for six weeks."
    )


def test_a_widow_named_beside_her_title_speaks_for_her_family_and_says_she():
    text = (
        "A jury found Daniel Cole guilty on Thursday of murdering the taxi driver Ahmed Rahimi in 2025. Rahimi's "
        'widow, Leyla, said outside court that the family had "lost everything". "He worked nights for twenty years," '
        "she said."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims[1:]] == [
        ('Ahmed Rahimi\'s widow, Leyla, said outside court that the Rahimi family had "lost everything".', ["Leyla"]),
        ('"He worked nights for twenty years," Leyla said.', ["Leyla"]),
    ]


def test_a_month_of_that_year_is_in_the_year_the_article_named_last():
    text = (
        "A jury found Daniel Cole guilty on Thursday of murdering a taxi driver during a robbery in 2023. Cole "
        "stabbed the driver in March of that year after he refused to hand over his takings, the court heard."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Cole stabbed the driver in March 2023 after he refused to hand over his takings, the court heard."
    )


def test_it_of_a_body_named_right_after_its_kind_words_is_that_name():
    text = (
        "The software group Corvid Systems said on Wednesday it would cut 2,400 jobs, about 9 percent of its workforce."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The software group Corvid Systems said on 5 March 2025 Corvid Systems would cut 2,400 jobs, about 9 percent "
        "of its workforce."
    ]


def test_the_country_its_own_sentence_named_and_the_natural_event_that_killed():
    lead = (
        "Parliament in Oskaria voted on Tuesday to ban smoking on restaurant terraces, making the country one of the "
        "strictest in Europe on tobacco."
    )
    landslide = (
        "At least 27 people were killed when a landslide buried part of a village in the mountain district of Rasul "
        "early on Monday, officials said. It was the deadliest landslide in the country this year."
    )

    assert [claim for _, claim in texts_and_spans(lead)] == [
        "Parliament in Oskaria voted on 4 March 2025 to ban smoking on restaurant terraces, making Oskaria one of the "
        "strictest in Europe on tobacco."
    ]
    assert [claim for _, claim in texts_and_spans(landslide)][-1] == (
        "The landslide in Rasul was the deadliest landslide in the country in 2025."
    )


def test_it_said_by_a_business_after_it_called_a_strike_names_is_the_business():
    text = 'SkyLeap called the strike "unjustified" and said it had offered a 7 percent rise.'

    assert [claim for _, claim in texts_and_spans(text)] == [
        'SkyLeap called the strike "unjustified" and said it had offered a 7 percent rise.'
    ]


def test_the_regulator_after_a_company_fined_is_the_agency_that_brought_the_case():
    text = (
        "The water company Severnside Water was fined a record 18 million pounds on Tuesday for releasing sewage into "
        "rivers. The Environment Agency, which brought the case, said the firm had failed to report spills. "
        'Severnside said it was "deeply sorry". The regulator said the money should have been spent years ago.'
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "The Environment Agency said the money should have been spent years ago."
    )


def test_they_is_no_plural_that_holds_a_pronoun_of_its_own():
    text = (
        "Tarvonia's foreign minister, Aleksei Volkov, said his government would not discuss Esk's status until its "
        "forces withdrew from three villages they seized in January."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Tarvonia's foreign minister, Aleksei Volkov, said Aleksei Volkov's government would not discuss Esk's status "
        "until its forces withdrew from three villages they seized in January 2025."
    ]


def test_them_before_the_noun_that_says_who_they_are_stays():
    text = "Malaria killed about 600,000 people in 2024, most of them children in Africa, according to the WHO."

    assert [claim for _, claim in texts_and_spans(text)] == [text]


def test_it_in_a_comparison_is_not_the_object_compared():
    text = (
        "The government of Nordmark will run a deficit of 3.8 percent of output next year, more than it promised, "
        "according to the draft budget."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "The government of Nordmark will run a deficit of 3.8 percent of output in 2026, more than it promised, "
        "according to the draft budget."
    ]


def test_she_after_a_surname_the_tagger_left_untyped_is_that_person_not_a_word_it_took_for_a_name():
    text = (
        "Independent candidate Laura Benz won the mayoral election in Rostock on Sunday. Turnout was 47 percent, up "
        "from 39 percent in 2020. Benz will take office on June 1. She has promised to freeze bus fares."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert (claims[-1].text, claims[-1].claimers) == (
        "Laura Benz has promised to freeze bus fares.",
        ["Laura Benz"],
    )


def test_the_company_after_a_supplier_named_beside_its_kind_is_that_supplier():
    text = (
        "A trust spokeswoman said the fault had been traced to a software update installed by the supplier, "
        "Medilink. The company said it was working with the trust to fix the problem."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "Medilink said Medilink was working with the trust to fix the problem."
    )


def test_its_slopes_are_the_mountains_the_sentence_named():
    text = (
        "Authorities on the island of Saru raised the alert level for Mount Kalani to the highest of four levels on "
        "Wednesday and ordered about 9,000 people living on its slopes to leave."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Authorities on the island of Saru raised the alert level for Mount Kalani to the highest of four levels on "
        "5 March 2025 and ordered about 9,000 people living on Mount Kalani's slopes to leave."
    ]


def test_a_clubs_letters_the_tagger_left_out_stay_with_its_name():
    text = (
        "The club, CD Valdera, said the stadium had passed a safety inspection in June. Its president, Miguel Soto, "
        "said the club would pay for the injured fans' medical costs."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims] == [
        ("The club, CD Valdera, said the stadium had passed a safety inspection in June 2024.", ["CD Valdera"]),
        (
            "CD Valdera's president, Miguel Soto, said CD Valdera would pay for the injured fans' medical costs.",
            ["Miguel Soto"],
        ),
    ]


def test_it_said_after_a_business_the_article_named_after_its_kind_is_that_business():
    text = (
        "Ferry workers ended a nine-day strike on Tuesday after their union and the operator Baltline agreed a 6 "
        "percent pay rise. The Maritime Workers' Union said its members had backed the deal. Baltline said the first "
        "ferries would sail on Wednesday. The strike cost the company about 400,000 euros a day, it said."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert (claims[-1].text, claims[-1].claimers) == (
        "The ferry workers' strike cost Baltline about 400,000 euros a day, Baltline said.",
        ["Baltline"],
    )


def test_a_possessive_in_a_sentence_with_no_verb_is_left_as_written():
    # "Her" hangs on a noun that is its sentence's root: the search for its verb ends there (it had looped for ever)
    text = "One woman said she was fine. Her home, a wooden house by the lake with a red roof and a small garden."
    outcome: list[list[str]] = []
    worker = threading.Thread(target=lambda: outcome.append([claim for _, claim in texts_and_spans(text)]), daemon=True)
    worker.start()
    worker.join(timeout=30)

    assert outcome == [
        ["One woman said she was fine.", "Her home, a wooden house by the lake with a red roof and a small garden."]
    ]


def test_his_or_her_in_the_subject_of_what_is_said_names_the_speaker_again():
    # Read as a claim, the reported statement is what a checker checks: whose campaign had evidence.
    said = "Governor Anton Mireck said his office had received 40 complaints about the count."
    denied = "Councillor Vera Hollis denied that her husband's company had won the contract."
    reports = "Senator Ilse Dorn has dismissed reports that her aides destroyed the files."
    # not what someone else's clause says, nor a pronoun outside the reported statement's subject
    other = "Lukas Brenner told the court that the judge had misread his evidence."

    assert [claim for _, claim in texts_and_spans(said)] == [
        "Governor Anton Mireck said Anton Mireck's office had received 40 complaints about the count."
    ]
    assert [claim for _, claim in texts_and_spans(denied)] == [
        "Councillor Vera Hollis denied that Vera Hollis' husband's company had won the contract."
    ]
    assert [claim for _, claim in texts_and_spans(reports)] == [
        "Senator Ilse Dorn has dismissed reports that Ilse Dorn's aides destroyed the files."
    ]
    assert [claim for _, claim in texts_and_spans(other)] == [other]


def test_it_in_what_a_body_named_by_its_kind_alone_says_is_that_body():
    # "it" in the statement is the speaker, which no name says more of than its kind
    council = "The council denied that it had been told about the cracked beams before the inspection."
    # its own phrase ("said its troops") stays, and so does "it" that is not the statement's subject
    troops = "The government said its troops still held the airport."
    report = "The fire started in a kitchen on the third floor. The report said it spread within minutes."

    assert [claim for _, claim in texts_and_spans(council)] == [
        "The council denied that the council had been told about the cracked beams before the inspection."
    ]
    assert [claim for _, claim in texts_and_spans(troops)] == [troops]
    assert [claim for _, claim in texts_and_spans(report)][1] == "The report said it spread within minutes."


def test_an_answered_claim_says_what_was_claimed():
    # "rejected the claim" alone does not say which claim: the one the sentence before reported, when it reads on
    # its own (no pronoun, no time only the article's date says)
    claimed = (
        'A group of landlords claimed in a letter to the council that the new rules would "empty the old town". '
        "The housing office rejected the claim, saying only 40 flats were affected."
    )
    accused = (
        "Campaigners accused the coastguard of reacting too slowly to the spill. Commander Elena Rossi rejected the "
        "accusation, saying rough seas had made it impossible to deploy the booms safely."
    )
    told = (
        "A port worker told a local radio station that the ferry had left an hour late after extra freight was "
        "loaded. Coastline Wire could not independently confirm the account."
    )
    # "that version" points at all a party said, over however many sentences: no single clause says which
    version = (
        "The ministry said its patrol had been attacked first. It said two guards had died at the scene. The "
        "rebels rejected that version."
    )
    # a statement that needs the article to be read (a time, a pronoun) is not copied
    unresolved = "A union official claimed that he had warned managers on Monday. The trust rejected the claim."

    assert texts_and_spans(claimed)[1][1] == (
        'The housing office rejected the claim that the new rules would "empty the old town", saying only 40 flats '
        "were affected."
    )
    assert texts_and_spans(accused)[1][1] == (
        "Commander Elena Rossi rejected the accusation that the coastguard was reacting too slowly to the spill, "
        "saying rough seas had made it impossible to deploy the booms safely."
    )
    assert texts_and_spans(told)[1][1] == (
        "Coastline Wire could not independently confirm the account that the ferry had left an hour late after "
        "extra freight was loaded."
    )
    assert texts_and_spans(version)[-1][1] == "The rebels rejected that version."
    assert texts_and_spans(unresolved)[1][1] == "The trust rejected the claim."


def test_the_subject_of_a_time_clause_is_named_as_it_would_be_taken_out():
    # kept in its sentence, the time clause still states something of its own ("the ferry overturned")
    ferry = "The Selka Star, operated by Norvik Lines, was carrying 180 passengers when it ran aground off Kessa."
    nurse = "Tomas Berg, a nurse from Aldmoor, said two sellers had cut their prices after he made offers."
    # "it" may be the object named between them: no one can say which, unless the clause is passive (below)
    project = "The fishermen's association has opposed the Skarra wind farm since it first went to tender in 2023."

    assert [claim for _, claim in texts_and_spans(ferry)] == [
        "The Selka Star, operated by Norvik Lines, was carrying 180 passengers when the Selka Star ran aground off "
        "Kessa."
    ]
    assert [claim for _, claim in texts_and_spans(nurse)] == [
        "Tomas Berg, a nurse from Aldmoor, said two sellers had cut their prices after Tomas Berg made offers."
    ]
    assert [claim for _, claim in texts_and_spans(project)] == [project]


def test_the_subject_of_a_clause_of_concession_is_named_as_one_of_time_is():
    text = (
        "Pia Lund, a structural engineer, said video of the collapse suggested a failure at the anchorage, though "
        "she cautioned that it was too early to be sure."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Pia Lund, a structural engineer, said video of the collapse suggested a failure at the anchorage, though "
        "Pia Lund cautioned that it was too early to be sure."
    ]


def test_a_body_named_beside_its_kind_by_a_name_the_tagger_took_for_a_title_is_that_body():
    text = (
        "A campaign group, Parents for Vaccine Freedom, handed out leaflets outside several schools. The group "
        "denied that it was opposed to vaccination."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Parents for Vaccine Freedom denied that Parents for Vaccine Freedom was opposed to vaccination."
    )


def test_the_city_named_by_a_council_is_the_city_by_its_name():
    text = "Halden city council voted on Thursday to extend the city's tram line to the airport."

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Halden city council voted on 6 March 2025 to extend Halden's tram line to the airport."
    ]


def test_the_company_in_what_a_charity_says_is_the_business_named_before_not_the_charity():
    # a trust is no company; and "the regulator" of a sentence that names the business it fined is not that business
    text = (
        "The regulator fined Calder Water 14 million euros on Wednesday. The River Trust said the penalty amounted "
        "to less than a month of the company's profits."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The River Trust said the penalty amounted to less than a month of Calder Water's profits."
    )


def test_the_group_in_what_its_chief_executive_says_is_the_body_the_title_names():
    text = (
        "Norvik Air has agreed to be bought by Skyline Group for 600 million euros. Skyline chief executive Anders "
        "Holm said the group had no plans to close the maintenance base."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Skyline chief executive Anders Holm said Skyline Group had no plans to close the maintenance base."
    )


def test_a_town_is_no_village_and_the_village_is_the_one_its_sentence_named():
    town = (
        "A man drowned when his car was swept off a road near the village of Hesse. Residents said the town's flood "
        "barriers had held."
    )
    village = (
        "Most of the injured were in the villages of Durrel and Obska. A teacher in Durrel said the slope above the "
        "village had been cracking for weeks."
    )

    assert [claim for _, claim in texts_and_spans(town)][1] == "Residents said the town's flood barriers had held."
    assert [claim for _, claim in texts_and_spans(village)][1] == (
        "A teacher in Durrel said the slope above Durrel had been cracking for weeks."
    )


def test_she_after_a_described_person_and_a_named_man_is_the_described_person():
    text = (
        "The judge said Viktor Lang had abused the trust of voters. She ordered him to repay the money. His lawyer "
        "said he would appeal."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The judge ordered Viktor Lang to repay the money.",
        "Viktor Lang's lawyer said Viktor Lang would appeal.",
    ]


def test_a_body_named_by_whose_it_is_and_a_spokesmans_body_are_their_it_and_its():
    text = (
        "The nurses' union said hospitals needed to limit night duty. It has asked the health ministry to fund "
        "check-ups. A ministry spokesman said the study would be reviewed by its expert panel."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The nurses' union has asked the health ministry to fund check-ups.",
        "A health ministry spokesman said the study would be reviewed by the health ministry's expert panel.",
    ]


def test_a_possessive_of_a_placed_description_drops_the_place_and_a_name_after_the_says_which():
    text = (
        "Armed men seized a cargo ship in the Kessan Strait on Wednesday, its owner said. The ship, the Lena "
        "Maris, was carrying fertiliser to Dalpur."
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        "Armed men seized a cargo ship in the Kessan Strait on 5 March 2025, the cargo ship's owner said.",
        "The ship, the Lena Maris, was carrying fertiliser to Dalpur.",
    ]


def test_the_attack_is_the_lead_event_on_the_body_whose_systems_it_shut_down():
    text = (
        "Surgeons at Eastvale General Hospital have postponed 200 operations since a cyberattack shut down its "
        "computer systems on Friday. The attack encrypted patient records."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The cyberattack on Eastvale General Hospital encrypted patient records."
    )


def test_an_event_named_in_a_relative_clause_of_the_lead_is_the_quake_and_its_it():
    text = (
        "The death toll from the earthquake that struck the Karvash mountains on Tuesday rose to 61, the disaster "
        "agency said. The Sarveny Seismological Institute measured the quake at magnitude 6.7 and said it hit at "
        "3:14 a.m."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The Sarveny Seismological Institute measured the earthquake in the Karvash mountains at magnitude 6.7 and "
        "said the earthquake in the Karvash mountains hit at 3:14 a.m."
    )


def test_the_trial_the_bill_and_the_team_say_whose_and_which():
    trial = (
        "The former head of the Kessa port authority went on trial on Wednesday. The trial is expected to last six "
        "weeks."
    )
    bill = "Lawmakers approved the government's 2027 budget by 112 votes to 97. The bill now goes to the Senate."
    team = (
        "A study by the University of Lindholm found plastic in 70 percent of river fish. The team, led by Dr. Ines "
        "Varga, examined 900 fish."
    )

    assert [claim for _, claim in texts_and_spans(trial)][1] == (
        "The trial of the former head of the Kessa port authority is expected to last six weeks."
    )
    assert [claim for _, claim in texts_and_spans(bill)][1] == "The 2027 budget now goes to the Senate."
    assert [claim for _, claim in texts_and_spans(team)][1] == (
        "The research team, led by Dr. Ines Varga, examined 900 fish."
    )


def test_a_told_clause_the_parser_hung_on_an_aside_is_what_the_account_says():
    text = (
        "A port worker told the local newspaper, cited by state radio, that the ferry had left an hour late. Reporters "
        "could not independently confirm the account."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Reporters could not independently confirm the account that the ferry had left an hour late."
    )


def test_his_after_a_man_the_sentence_brings_in_unnamed_is_not_a_man_named_before():
    text = (
        "The mayor, Nikos Alexiou, said the town had too few planes. Police have arrested a 51-year-old man on "
        "suspicion of starting the fire by burning rubbish on his land."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Police have arrested a 51-year-old man on suspicion of starting the fire by burning rubbish on his land."
    )


def test_a_town_named_by_apposition_is_the_town():
    text = (
        "The fire reached the edge of the island's main town, Pyrgi, by nightfall. The mayor said the town had been "
        "given only one water bomber."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The mayor said Pyrgi had been given only one water bomber."
    )


def test_a_name_that_says_it_is_a_body_whatever_the_tagger_typed_it():
    text = (
        "An inquiry found that Hollin Hydro had ignored two engineering reports. Hollin Hydro said it accepted the "
        "findings. Its new chief executive, Sanna Berg, said the firm had replaced its safety team."
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == (
        "Hollin Hydro's new chief executive, Sanna Berg, said Hollin Hydro had replaced Hollin Hydro's safety team."
    )


def test_the_city_named_by_a_council_in_an_earlier_sentence_is_the_city_by_its_name():
    text = (
        "Northgate city council voted on Thursday to extend the tram line. The last extension cost 40 percent more "
        "than planned, according to the city's auditor."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The last extension cost 40 percent more than planned, according to Northgate's auditor."
    )


def test_a_building_named_with_a_possessive_the_tagger_cut_short_is_named_in_full():
    text = (
        "Four patients have died in an outbreak at St Aldric's Hospital in Redmoor, health officials said. The "
        "hospital closed two surgical wards. Dr Helen Marsh, the hospital's medical director, said the outbreak began "
        "in July."
    )

    # the tagger may make the words after the possessive a name of their own ("St. Aurel's" + "General Hospital")
    cut = (
        "Surgeons at St. Aurel's General Hospital in Valdmere postponed 340 operations. The hospital denied that it "
        "had received any ransom demand."
    )

    assert [claim for _, claim in texts_and_spans(cut)][1] == (
        "St. Aurel's General Hospital denied that St. Aurel's General Hospital had received any ransom demand."
    )
    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "St Aldric's Hospital closed two surgical wards.",
        "Dr Helen Marsh, St Aldric's Hospital's medical director, said the outbreak at St Aldric's Hospital in "
        "Redmoor began in July 2024.",
    ]


def test_the_outbreak_is_not_an_earlier_one_the_article_recalls_by_its_disease():
    text = (
        "Four patients have died in an outbreak at St Aldric's Hospital. Tests identified a resistant strain of "
        "Klebsiella in samples from several patients. Eleven patients remain in hospital. In 2022, a norovirus "
        "outbreak forced the closure of four wards. The nurses' union said the outbreak was the result of years of "
        "underfunding."
    )

    assert [claim for _, claim in texts_and_spans(text)][4] == (
        "The nurses' union said the Klebsiella outbreak was the result of years of underfunding."
    )


def test_the_budget_is_the_one_the_lead_gave_a_figure_and_its_decision_the_council_s():
    text = (
        "Brennick's city council approved a 1.24 billion-dollar budget late on Wednesday. The council rejected an "
        "amendment that would have diverted 6 million dollars from the police budget. The decision comes a day after "
        "a regional commission warned of deficits. The budget takes effect on April 1."
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        "Brennick's city council's decision comes a day after a regional commission warned of deficits.",
        "The 1.24 billion-dollar budget takes effect on 1 April 2025.",
    ]


def test_since_looks_back_and_what_a_modal_verb_begins_looks_ahead():
    # PUBLISHED is 6 March 2025
    text = (
        "The minister has publicly urged the bank to ease policy since February. The bank left its rate unchanged, "
        "but its governor said the bank could begin lowering borrowing costs as early as September."
    )

    assert standalone_texts(text) == [
        "The minister has publicly urged the bank to ease policy since February 2025.",
        "The bank left its rate unchanged, but its governor said the bank could begin lowering borrowing costs as "
        "early as September 2025.",
    ]


def test_a_name_after_a_possessor_keeps_its_own_article_and_a_decision_by_someone_says_whose():
    text = (
        "The Central Bank of Valdoria left its benchmark rate unchanged on Wednesday. The decision by the bank's "
        "Monetary Policy Board was in line with expectations. Governor Elena Rask said the board had voted 5-2."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The decision by the Central Bank of Valdoria's Monetary Policy Board was in line with expectations.",
        "Governor Elena Rask said the Monetary Policy Board had voted 5-2.",
    ]


def test_a_business_an_apposition_calls_an_app_is_no_country():
    text = (
        "Brightlane, the online payments and banking app, said on Monday that hackers had stolen the data of 6.8 "
        "million customers, one of the largest breaches to hit the country's financial sector. The company said it "
        "had detected unusual activity on March 2. Brightlane said there was no evidence that passwords had been "
        "accessed. Shares in Brightlane's parent fell 7 percent. Brightlane reported revenue of 920 million dollars. "
        "The breach is the third at a financial technology firm in the country since October."
    )

    texts = [claim for _, claim in texts_and_spans(text)]

    assert texts[0].endswith("one of the largest breaches to hit the country's financial sector.")
    assert texts[1] == "Brightlane said Brightlane had detected unusual activity on 2 March 2025."
    assert texts[5] == "The breach is the third at a financial technology firm in the country since October 2024."


def test_a_body_word_with_only_a_word_of_size_rank_or_side_before_it_names_no_body():
    text = (
        "Brightlane, the online payments app, said hackers had stolen the data of 6.8 million customers. A researcher "
        "said the breach fitted a pattern of attackers targeting smaller suppliers rather than the main company. The "
        "company said it was working with police."
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == ("Brightlane said Brightlane was working with police.")


def test_a_surname_written_out_in_full_takes_its_role_once():
    text = (
        "Tomas Rinaldi, regional director of the charity Harvest Relief, said his organisation had seen a sharp rise "
        'in malnourished children.\n\n"The report tells donors nothing new," Rinaldi said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        '"The report tells donors nothing new," Tomas Rinaldi, regional director of the charity Harvest Relief, said.'
    )


def test_a_person_the_parser_set_beside_a_body_s_name_is_not_that_body():
    text = (
        "According to the independent broadcaster Radio Velica, a senior election official in Bara province had said "
        "that ballot papers had been counted behind closed doors. The official, who was not named, could not be "
        "reached for comment."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The senior election official in Bara province, who was not named, could not be reached for comment."
    )


def test_a_description_whose_between_phrase_says_which_stays():
    text = (
        "Nine soldiers were killed along the disputed border between Arvenia and Kostrel on Monday. The border "
        "between the two former provinces of the same empire has been disputed since independence."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The border between the two former provinces of the same empire has been disputed since independence."
    )


def test_the_firm_in_what_a_company_s_chief_executive_says_is_the_company():
    text = (
        "Brightlane, the online payments app, said hackers had stolen the data of 6.8 million customers. An "
        "investigation carried out with an outside cybersecurity firm found that the attackers had used stolen "
        "passwords. Chief executive Marcus Hale apologised to customers. Hale said the firm had not received a ransom "
        "demand."
    )

    assert [claim for _, claim in texts_and_spans(text)][3] == (
        "Chief executive Marcus Hale said Brightlane had not received a ransom demand."
    )


def test_a_name_written_in_full_is_not_lengthened_again():
    text = (
        "A study by researchers at the University of Northmere found high pollution near schools. The University of "
        "Northmere is a public research university founded in 1894."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The University of Northmere is a public research university founded in 1894."
    )


def test_she_in_what_an_unnamed_neighbour_says_is_the_neighbour():
    text = (
        "Kerrigan's sister, Aleksandra Kerrigan, told the Gazette that he had been struggling. A neighbour, who did "
        'not want to be named, said she heard shouting for several minutes before "two loud bangs".'
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        'A neighbour, who did not want to be named, said she heard shouting for several minutes before "two loud '
        'bangs".'
    )


def test_a_titled_speaker_the_tagger_typed_nothing_is_a_person_not_the_body_a_quoted_we_is():
    text = (
        "Wexmoor Constabulary said officers had been called to reports of a man armed with a knife. In a statement, "
        'Assistant Chief Constable Helen Marchbank said: "This is a tragic outcome. We will cooperate fully with the '
        'investigation."\n\nShe said the officer who fired had been placed on restricted duties.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        '"We will cooperate fully with the investigation," Assistant Chief Constable Helen Marchbank said.',
        "Assistant Chief Constable Helen Marchbank said the officer who fired had been placed on restricted duties.",
    ]


def test_an_unnamed_speaker_written_after_a_quotation_takes_the():
    text = (
        "A 34-year-old mother of two who lives on Tanner's Row said her son had been admitted to hospital three "
        'times. "You can taste it on a hot day. We would move if we could afford to," she said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        '"You can taste it on a hot day," the 34-year-old mother of two who lives on Tanner\'s Row said.'
    )


def test_a_council_report_called_internal_names_no_internal_council():
    text = (
        "Calderbridge City Council said it was studying the findings. But an internal council report concluded that "
        'the ring road would remain above legal limits. "The council has known about this for years," Councillor '
        "Derek Fallon said."
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == (
        '"[Calderbridge City Council] has known about this for years," Councillor Derek Fallon said.'
    )


def test_her_after_his_daughter_is_the_daughter_not_a_woman_named_before():
    text = (
        "Dr Nkechi Halvorsen said the agency had identified 30 accounts spreading false claims. A 29-year-old father "
        "who brought his daughter to a pop-up clinic said he had delayed her jab after reading warnings."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "A 29-year-old father who brought his daughter to a pop-up clinic said he had delayed her jab after reading "
        "warnings."
    )


def test_the_outlet_named_by_the_last_word_of_its_name_is_no_company():
    text = (
        "A strike by dockworkers at the Port of Kingsreach entered its second week on Sunday. The union's general "
        'secretary, Marlene Osei-Brandt, told the Mercury that members would stay out. "They worked double shifts '
        'while the company posted record profits," she said.'
    )

    claims = extract_claims(text, published_on=PUBLISHED, outlet="The Kingsreach Mercury", scorer=RuleScorer())

    # ("They" are the members she told the paper of)
    assert claims[-1].text == (
        '"[The members] worked double shifts while the company posted record profits," Marlene Osei-Brandt said.'
    )


def test_she_of_a_closing_speech_tag_the_parser_joined_to_the_quotation_is_the_speaker_the_article_resolved():
    text = (
        "The relief coordinator, Ingrid Falkvang, said the deliveries were a start.\n\n"
        "A 45-year-old teacher in Velmar, who asked not to be named for fear of reprisals, said residents had queued "
        'for hours. "We are afraid to hope, but we are hoping," she said.'
    )
    doc = get_nlp()(text)
    said = [t for t in doc if t.text == "said"][-1]
    are = next(t for t in doc if t.text == "are")
    # the parser's reading of this tag inside a longer article: "said" joined to the quotation's "are", its root
    are.head, are.dep_ = are, "ROOT"
    said.head, said.dep_ = are, "conj"

    claims = extract_from_doc(doc, published_on=PUBLISHED, scorer=RuleScorer())

    assert (claims[-1].claimers, claims[-1].text) == (
        ["45-year-old teacher in Velmar"],
        '"We are afraid to hope, but we are hoping," the 45-year-old teacher in Velmar said.',
    )


def test_a_name_a_speaker_goes_by_is_a_person_not_the_group():
    text = (
        "A ceasefire between government forces and the Free Hills Brigade held for a third day. A spokesman for the "
        "militia, who gave only his nom de guerre, Stone, said the group would respect the truce."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "A spokesman for the militia, who gave only his nom de guerre, Stone, said the Free Hills Brigade would "
        "respect the ceasefire between government forces and the Free Hills Brigade."
    )


def test_its_after_a_body_s_people_is_that_body_as_the_claim_wrote_it():
    text = (
        "Ashby Vale Football Club lost 23.4 million pounds in the year to June. The club now owes 118 million pounds "
        "to its owner through loans made by his company Sandahl Sports Group. In a note to the accounts, the club's "
        'auditors say there is a "material uncertainty" over its ability to continue as a going concern.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == (
        'In a note to the accounts, Ashby Vale Football Club\'s auditors say there is a "material uncertainty" over '
        "Ashby Vale Football Club's ability to continue as a going concern."
    )


def test_a_minister_s_field_is_no_body_the_article_named_with_that_word():
    text = (
        "Firms that breach the rules face fines, to be enforced by the Employment Standards Agency. Employment "
        'minister Catherine Dunmore told MPs: "The phone in our pocket has become a leash. It is costing us in '
        'stress."'
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        '"It is costing us in stress," Employment minister Catherine Dunmore said.'
    )


def test_a_speaker_with_an_age_is_a_person_whose_he_is_their_own():
    text = (
        "The governor of Haldor province, Tomas Reinholt, said helicopters were ferrying the injured to hospital.\n\n"
        'A 60-year-old shepherd from Orvash said he had been woken by a roar "like a train coming through the '
        'mountain". He said he dug his grandson out of the rubble with his hands.'
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims][1:] == [
        (
            ["60-year-old shepherd from Orvash"],
            'A 60-year-old shepherd from Orvash said he had been woken by a roar "like a train coming through the '
            'mountain".',
        ),
        (
            ["60-year-old shepherd from Orvash"],
            "The 60-year-old shepherd from Orvash said he dug his grandson out of the rubble with his hands.",
        ),
    ]


def test_it_of_a_joined_clause_is_not_the_body_whose_staff_are_the_other_clause_s_subject():
    text = (
        "Brightwell Energy has been fined 14.5 million pounds. Internal emails show that Brightwell staff flagged the "
        "error to managers in February 2024, but that it was not corrected for a further 13 months."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Internal emails show that Brightwell staff flagged the error to managers in February 2024, but that it was "
        "not corrected for a further 13 months."
    )


def test_a_place_with_a_ministry_or_an_economy_of_its_own_is_the_country():
    # the tagger may type the name a person's; a ministry and an economy are a country's
    text = (
        "DORVASK, March 4 (Atlas Wire) - Dock workers in Dorvask walked out on Monday. "
        "Vennara's trade ministry said exports fell 19 percent in the first week. "
        "Dorvask handles about 60 percent of the country's seaborne trade. "
        "Analysts said the stoppage would cut Vennara's economic growth."
    )

    assert standalone_texts(text)[3] == "Dorvask handles about 60 percent of Vennara's seaborne trade."


def test_the_dateline_city_is_no_country():
    text = (
        "KELMAR, April 8 (Atlas Wire) - Unemployment in Ostravia fell to 6.1 percent in March, the statistics "
        "office said. Labour Minister Ilse Brandt spoke to reporters in Kelmar. "
        "The opposition accused the government of massaging the figures."
    )

    assert standalone_texts(text)[-1] == "The opposition accused the Ostravia government of massaging the figures."


def test_what_a_body_says_in_a_participle_after_its_short_name_names_it():
    text = (
        "The Hollin Ridge mine is operated by Kestral Mining Group. "
        "Miners' leaders said managers had ignored warnings about the roof. "
        "Kestral rejected the accusation, saying it had no record of any complaint. "
        "Trading in its shares was suspended on the Veskor exchange on Wednesday at its request."
    )

    assert standalone_texts(text)[2:] == [
        "Kestral rejected the accusation, saying Kestral Mining Group had no record of any complaint.",
        "Trading in Kestral Mining Group's shares was suspended on the Veskor exchange on 5 March 2025 at Kestral "
        "Mining Group's request.",
    ]


def test_it_and_its_after_a_subject_that_belongs_to_a_body_are_that_body():
    # troubles are no "it": the bank they are of is, and so is the next sentence's "Its"
    text = (
        "Regulators took control of Calder Mutual Bank on Wednesday. "
        "The Lowmarsh Financial Authority said it had acted after the bank failed a capital test. "
        "The bank's troubles had been building since March, when it disclosed losses of 410 million marks. "
        "Its shares had lost 87 percent of their value this year."
    )

    assert standalone_texts(text)[2:] == [
        "Calder Mutual Bank's troubles had been building since March 2025, when Calder Mutual Bank disclosed losses "
        "of 410 million marks.",
        "Calder Mutual Bank's shares had lost 87 percent of their value in 2025.",
    ]


def test_a_body_named_beside_its_kind_is_what_it_says_next():
    # the tagger types "Kerra Hydro" a person: beside "utility" it is the utility's name
    text = (
        "The state water utility, Kerra Hydro, said the spillway partially collapsed shortly after 1 a.m. "
        "It said the main dam wall was intact."
    )

    assert standalone_texts(text)[1] == "Kerra Hydro said the main dam wall was intact."


def test_the_union_is_the_union_named_before_not_a_federation_named_later():
    text = (
        "The Port and Dock Workers' Union walked out on March 9. "
        "A day later, the national truckers' federation said its members would stop hauling containers. "
        'The union dismissed the warning as "intimidation".'
    )

    assert standalone_texts(text)[2] == 'The Port and Dock Workers\' Union dismissed the warning as "intimidation".'


def test_a_surname_the_tagger_typed_a_place_is_no_country():
    text = (
        "A court convicted former minister Aurel Vantic of taking bribes. "
        "Vantic, 58, denied the charges. Vantic said he would appeal. "
        'Opposition leader Katja Renner said "nobody in this country is above the law".'
    )

    assert standalone_texts(text)[-1] == (
        'Opposition leader Katja Renner said "nobody in this country is above the law".'
    )


def test_the_government_is_that_of_the_people_whose_parliament_the_article_named():
    text = (
        "The Estravian parliament passed a law requiring ministers to publish their bank statements. "
        "The government said it would not comment on the court's ruling."
    )

    assert standalone_texts(text)[1].startswith("The Estravian government said")


def test_a_neighbouring_country_is_not_the_country():
    text = (
        "Tessara's trade ministry said exports fell 19 percent in the first week of the dock strike. "
        "Six vessels diverted to the port of Orlea in neighbouring Varosa. "
        "Labour Minister Esteban Lourdes said the government would call both sides to talks."
    )

    assert standalone_texts(text)[-1] == (
        "Labour Minister Esteban Lourdes said the Tessara government would call both sides to talks."
    )


def test_it_and_they_in_what_the_subject_says_after_saying_or_as_soon_as():
    # the tagger types "Aldren" a person here; the article named the company "Aldren Pharmaceuticals"
    text = (
        "The batches of Corvatan, made by Aldren Pharmaceuticals, contained an impurity, the agency said. "
        "Aldren said in a statement that it had stopped shipping the drug, as soon as it received the results. "
        "Aldren denied that it had delayed the recall, saying it had only asked for a second test. "
        "Police declined to comment, saying they did not discuss ongoing investigations."
    )

    assert standalone_texts(text)[1:] == [
        "Aldren said in a statement that Aldren Pharmaceuticals had stopped shipping the drug, as soon as Aldren "
        "Pharmaceuticals received the results.",
        "Aldren denied that Aldren Pharmaceuticals had delayed the recall, saying Aldren Pharmaceuticals had only "
        "asked for a second test.",
        "Police declined to comment, saying the police did not discuss ongoing investigations.",
    ]


def test_the_company_in_what_a_companys_spokesman_says_is_that_company():
    text = (
        "The dam is run by the utility Kerra Hydro. "
        "Kerra Radio reported that engineers had flagged cracks in the spillway. "
        "A Kerra Hydro spokesman declined to comment, saying only that the company had opened an inquiry."
    )

    assert standalone_texts(text)[-1] == (
        "A Kerra Hydro spokesman declined to comment, saying only that Kerra Hydro had opened an inquiry."
    )


def test_its_in_a_phrase_opening_a_sentence_about_a_thing_is_what_the_sentence_before_was_about():
    text = (
        "The Medicines Safety Agency ordered the recall of 14 batches of the drug on Thursday. "
        "By its own estimate, one additional case of cancer could occur for every 8,000 patients. "
        "In its statement, the company said it had stopped shipping the drug."
    )

    assert standalone_texts(text)[1:] == [
        "By the Medicines Safety Agency's own estimate, one additional case of cancer could occur for every 8,000 "
        "patients.",
        "In its statement, the company said the company had stopped shipping the drug.",
    ]


def test_it_in_a_clause_inside_a_relative_clause_is_the_thing_the_relative_clause_is_about():
    text = (
        "The government and the rebels signed a ceasefire on Wednesday, raising hopes of an end to a war that has "
        "killed more than 6,000 people since it broke out in April 2025."
    )

    assert standalone_texts(text) == [
        "The government and the rebels signed a ceasefire on 5 March 2025, raising hopes of an end to a war that has "
        "killed more than 6,000 people since the war broke out in April 2025."
    ]


def test_a_word_for_a_person_opening_a_sentence_before_a_name_is_no_title_in_capitals():
    text = (
        'Passenger Lena Hofstad said the cabin filled with smoke. "The crew kept talking to us the whole time. They '
        'got everyone out in about a minute," she said.'
    )

    assert standalone_texts(text)[1] == ('"The crew kept talking to us the whole time," passenger Lena Hofstad said.')


def test_a_groups_name_written_with_the_keeps_it_when_a_claim_names_the_group():
    text = (
        "The government and the rebel Southern Liberation Front signed a ceasefire on Wednesday. "
        '"No unit will fire first," the front said.'
    )

    assert standalone_texts(text)[1] == '"No unit will fire first," the Southern Liberation Front said.'


def test_the_victims_of_a_heatwave_or_a_hurricane_are_of_that_event():
    text = (
        "At least 23 elderly people have died in the province of Calvera since the heatwave began ten days ago, "
        "the health ministry said. Most of the victims were over 75 and lived alone, the ministry said."
    )

    assert standalone_texts(text)[1] == (
        "Most of the victims of the Calvera heatwave were over 75 and lived alone, the health ministry said."
    )


def test_its_after_a_statement_people_told_is_the_body_the_statement_was_about_never_those_people():
    text = (
        "The Ardent delegation seemed willing to sign the text as drafted, three envoys familiar with the talks said. "
        "Its head, Deputy Minister Lars Voight, accused Tervia of delaying. "
        "Norcastle Energy is preparing to sell its gas fields, two people familiar with the plan said. "
        "Its board will meet on Friday."
    )

    assert standalone_texts(text)[1::2] == [
        "The Ardent delegation's head, Deputy Minister Lars Voight, accused Tervia of delaying.",
        "Norcastle Energy's board will meet on 7 March 2025.",
    ]


def test_his_in_a_who_clause_of_an_unnamed_person_is_theirs_not_the_person_named_before():
    text = (
        "Harbour master Colm Reddan said 30 people were rescued. "
        "One survivor, a 19-year-old who gave his name only as Idris, said the engine had failed."
    )

    assert standalone_texts(text)[1] == (
        "One survivor, a 19-year-old who gave his name only as Idris, said the engine had failed."
    )


def test_the_company_is_no_association_river_or_village_named_before():
    text = (
        "Gas leaked from the Kestrin Agrochem plant on Monday. "
        "Kestrin Agrochem said the valve had failed. "
        "The regional environment agency said the gas may have reached the Morla river. "
        "Residents of Tosk, a village downriver, found dead fish. "
        "Ada Brenn, who chairs the Tosk residents' association, accused the company of cutting corners."
    )

    assert standalone_texts(text)[4] == (
        "Ada Brenn, who chairs the Tosk residents' association, accused Kestrin Agrochem of cutting corners."
    )


def test_a_given_name_or_surname_the_tagger_typed_an_organisation_is_that_person_not_a_body():
    text = (
        "Fire chief Helga Rindt said the leak was sealed. "
        "Rindt said residents could return on Friday. "
        "The company said in a statement that a valve had failed. "
        "It named the dead worker as Emil Strand, 38. "
        "\"Our thoughts are with Emil's family,\" said the company's managing director, Viktor Halme."
    )

    texts = standalone_texts(text)

    assert texts[2] == "The company said in a statement that a valve had failed."
    assert texts[4] == ("\"Our thoughts are with Emil's family,\" said the company's managing director, Viktor Halme.")


def test_its_in_what_an_accused_body_is_said_to_have_done_is_that_bodys_and_stays():
    text = (
        "The anti-graft office is examining 12 contracts. "
        "Defence lawyer Ana Kurz accused the prosecution of building its case on a single witness."
    )

    assert standalone_texts(text)[1] == (
        "Defence lawyer Ana Kurz accused the prosecution of building its case on a single witness."
    )


def test_a_lawyers_client_is_the_person_they_act_for_and_the_allegations_they_dismiss_are_not_that_persons():
    text = (
        "Police chief Bertil Haag denied wrongdoing on Monday. "
        "His lawyer, Pia Sand, dismissed the allegations as gossip and said his client had declared the link in 2021. "
        "Tomas Rein, a port official, was charged in May. "
        "Rein's lawyer, Pavel Kurz, said his client had never influenced a tender."
    )

    texts = standalone_texts(text)

    assert texts[1] == (
        "Bertil Haag's lawyer, Pia Sand, dismissed the allegations as gossip and said Bertil Haag had declared the "
        "link in 2021."
    )
    assert texts[3] == "Tomas Rein's lawyer, Pavel Kurz, said Tomas Rein had never influenced a tender."


def test_a_name_after_a_word_for_its_kind_is_what_that_word_stands_for_when_the_parser_splits_them():
    text = (
        "The Arnholt Courier reported on Tuesday that the patients' charity CareWatch had received more than 4,000 "
        "complaints about cancelled appointments since March. "
        "According to the paper, the charity also said some hospitals had cancelled operations."
    )

    # (and "the paper" the Arnholt Courier, named with its "the")
    assert standalone_texts(text)[1] == (
        "According to the Arnholt Courier, CareWatch also said some hospitals had cancelled operations."
    )


def test_its_in_what_a_body_reports_a_person_did_is_the_reporting_bodys():
    text = (
        "The regional daily Dravska Tribune reported on Wednesday that the mayor of Kamen, Milan Petrak, had told its "
        "reporter that the school collapsed. "
        "The Harlen Post reported that Finance Minister Ada Lind had told its editors the budget would be cut."
    )

    assert standalone_texts(text) == [
        "The regional daily Dravska Tribune reported on 5 March 2025 that the mayor of Kamen, Milan Petrak, had told "
        "Dravska Tribune's reporter that the school collapsed.",
        "The Harlen Post reported that Finance Minister Ada Lind had told the Harlen Post's editors the budget would "
        "be cut.",
    ]


def test_it_saying_in_an_adverbial_clause_is_the_body_the_main_clause_is_about():
    text = (
        "The food charity Common Table runs 40 kitchens. "
        "Common Table told the paper that pensioners were skipping meals, though it did not say how many."
    )

    assert standalone_texts(text)[1] == (
        "Common Table told the paper that pensioners were skipping meals, though Common Table did not say how many."
    )


def test_a_bodys_word_the_tagger_took_for_a_name_still_names_the_body_for_a_later_description():
    text = (
        "The national seismological institute recorded 114 aftershocks by noon on Wednesday. "
        "Seismologist Irena Vasko of the institute warned that a further shock was possible."
    )

    assert standalone_texts(text)[1] == (
        "Seismologist Irena Vasko of the national seismological institute warned that a further shock was possible."
    )


def test_a_country_named_only_inside_its_central_banks_name_is_whose_government_it_is():
    text = (
        "The Bank of Vessland cut its main interest rate to 3.25 percent on Thursday. "
        "Finance Minister Arvid Kopp said the government still expected growth of 1.8 percent."
    )

    assert standalone_texts(text)[1] == (
        "Finance Minister Arvid Kopp said the Vessland government still expected growth of 1.8 percent."
    )


def test_a_phrase_written_in_for_a_description_has_its_own_times_written_out():
    text = (
        "Support for the Social Accord fell to 19 percent, a month before the April 21 general election. "
        "Prime Minister Jon Ekerlund said he would lead the Accord into the election."
    )

    assert standalone_texts(text) == [
        "Support for the Social Accord fell to 19 percent, a month before the 21 April 2025 general election.",
        "Prime Minister Jon Ekerlund said he would lead the Accord into the 21 April 2025 general election.",
    ]


def test_a_name_before_the_common_noun_it_names_the_kind_of_is_no_person_and_another_person_keeps_his():
    text = (
        "Union leader Desmond Achebe criticised the plan. "
        "Like-for-like sales fell 3.2 percent, the weakest quarter since the company floated on the Breskow stock "
        "exchange in 2011. "
        "Another analyst, who spoke on condition of anonymity because his bank advises Linmore, said the warning was "
        "timed to weaken the union."
    )

    assert standalone_texts(text)[2] == (
        "Another analyst, who spoke on condition of anonymity because his bank advises Linmore, said the warning was "
        "timed to weaken the union."
    )


def test_it_in_what_a_bodys_role_set_beside_its_name_says_is_that_body():
    text = (
        "The tanker Selma Grey collided with a freighter. "
        "The Selma Grey's owner, Corran Maritime, said all 24 crew were safe and that it was cooperating with "
        "investigators."
    )

    assert standalone_texts(text)[1] == (
        "The Selma Grey's owner, Corran Maritime, said all 24 crew were safe and that Corran Maritime was cooperating "
        "with investigators."
    )


def test_a_description_a_participle_says_which_of_stays_as_written():
    text = (
        "At least 11 people were hurt, including a boy, the group said. "
        "Meridian Wire could not independently verify the accounts of the people interviewed."
    )

    assert standalone_texts(text)[-1] == (
        "Meridian Wire could not independently verify the accounts of the people interviewed."
    )


def test_a_report_a_body_named_beside_its_kind_said_things_in_is_that_bodys_report():
    text = (
        "Guards forced 140 people back across the river, the aid group Crossing Watch said in a report published on "
        "Tuesday. According to the report, at least 11 people were hurt. The ministry said it had opened its own "
        "review and would publish the findings next month."
    )

    assert standalone_texts(text)[1:] == [
        "According to the Crossing Watch report, at least 11 people were hurt.",
        # (the findings of the review the sentence names, not of the report)
        "The ministry said the ministry had opened its own review and would publish the findings in April 2025.",
    ]


def test_a_day_until_which_someone_was_not_told_is_past_and_a_deadline_told_to_them_lies_ahead():
    text = (
        "Several volunteers were not told of the halt until Wednesday, a day after the board met. "
        "Police told residents to leave by Friday."
    )

    assert standalone_texts(text) == [
        "Several volunteers were not told of the halt until 5 March 2025, a day after the board met.",
        "Police told residents to leave by 7 March 2025.",
    ]


def test_the_company_is_neither_the_firm_analysts_quoted_work_at_nor_a_patients_group():
    text = (
        "Drug maker Halvren Biologics has halted a trial of its vaccine, the company said. The trial was criticised "
        "by Trial Watch Nordland, a patients' group. "
        "Analysts at Brenholt Securities said the halt could cost the company up to 400 million euros in lost sales."
    )

    assert standalone_texts(text)[-1] == (
        "Analysts at Brenholt Securities said the halt could cost Halvren Biologics up to 400 million euros in lost "
        "sales."
    )


def test_a_statement_from_a_body_called_by_a_description_is_that_bodys_statement():
    text = (
        "Drug maker Halvren Biologics has halted a trial, the company said. A safety board recommended the pause on "
        "Tuesday, according to a statement from the company. Four participants were admitted to hospital, the "
        "statement said."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert (claims[-1].text, claims[-1].claimers) == (
        "Four participants were admitted to hospital, the Halvren Biologics statement said.",
        ["Halvren Biologics"],
    )


def test_a_place_whose_ministry_the_article_named_is_the_country():
    text = (
        "Lavano (The Serenza Courier): Serenza's health ministry said that 212 deaths were linked to the heatwave "
        "that gripped the country for nine days. Temperatures reached 44.6 degrees in Ostra, a town in the south. "
        "The government is considering a law that would halt outdoor work in the heat."
    )

    assert standalone_texts(text)[1::2] == [
        "Serenza's health ministry said that 212 deaths were linked to the heatwave that gripped Serenza for nine "
        "days.",
        "The Serenza government is considering a law that would halt outdoor work in the heat.",
    ]


def test_the_council_of_a_city_the_article_named_is_written_with_the_citys_name():
    text = (
        "TARROW, Oct 22 (The Tarrow Ledger) - The city of Tarrow will lay off about 600 employees, Mayor Elin Varga "
        "announced on Wednesday. The Civic Alliance, the largest opposition group on the city council, said it "
        "would try to block the closures. The council is scheduled to vote on the budget next month."
    )

    assert standalone_texts(text)[-1] == "The Tarrow city council is scheduled to vote on the budget in April 2025."


def test_the_agency_can_be_an_office_the_article_named():
    text = (
        "Records of 2.8 million taxpayers may have been exposed in a leak at the National Revenue Office, a "
        "researcher said. The seller, who uses the alias Nightjar, asked for 40,000 dollars. He said he had alerted "
        "the office and received only an automated reply. The agency denied that its systems had been breached. "
        "In a statement, it said the data came from earlier leaks."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][-2:] == [
        (
            "The National Revenue Office denied that the National Revenue Office's systems had been breached.",
            ["National Revenue Office"],
        ),
        (
            "In a statement, the National Revenue Office said the data came from earlier leaks.",
            ["National Revenue Office"],
        ),
    ]


def test_it_as_what_a_joined_clause_or_a_time_clause_acts_on_is_the_main_verbs_object():
    text = (
        "A poll found that 61 percent of voters opposed the higher pension age, while only 27 percent supported it. "
        "Aldmark last raised the pension age in 2009, when it went from 63 to 65. "
        "The council approved the budget, but the mayor vetoed it."
    )

    assert standalone_texts(text) == [
        "A poll found that 61 percent of voters opposed the higher pension age, while only 27 percent supported the "
        "higher pension age.",
        "Aldmark last raised the pension age in 2009, when the pension age went from 63 to 65.",
        "The council approved the budget, but the mayor vetoed the budget.",
    ]


def test_it_in_a_time_clause_is_not_the_main_subject_when_a_body_is_named_between_them():
    text = (
        "The Westmere Health Authority closed the ward. The Midwives' Guild said the staff shortage was of the "
        "authority's own making, after it froze pay grades for two years."
    )

    assert standalone_texts(text)[-1] == (
        "The Midwives' Guild said the staff shortage was of the Westmere Health Authority's own making, after it froze "
        "pay grades for two years."
    )


def test_the_regulator_and_the_utility_are_bodies_named_by_a_word_of_the_same_meaning():
    text = (
        "Residents said they had reported a smell of gas to Castrell Gas Networks. The utility denied that it had "
        "received any report. The Data Protection Office fined Loopwise 32 million crowns. The regulator said Loopwise "
        "may also have tracked children."
    )

    assert standalone_texts(text)[1::2] == [
        "Castrell Gas Networks denied that Castrell Gas Networks had received any report.",
        "The Data Protection Office said Loopwise may also have tracked children.",
    ]


def test_a_word_of_the_same_meaning_names_a_body_by_its_name_not_a_description():
    text = (
        "The National Rail Safety Authority rejected the operator's explanation. The county environmental office said "
        "the chemical may have reached a water intake. The regulator expects to publish a report next month."
    )

    assert standalone_texts(text)[-1] == (
        "The National Rail Safety Authority expects to publish a report in April 2025."
    )


def test_it_said_by_a_one_word_name_the_article_wrote_before_is_that_name():
    text = (
        "The Data Protection Office fined the app maker Loopwise 32 million crowns on Tuesday. "
        "Loopwise said it would appeal against the fine."
    )

    assert standalone_texts(text)[-1] == "Loopwise said Loopwise would appeal against the fine."


def test_its_after_a_place_its_sentence_names_is_no_body_of_an_earlier_sentence():
    text = (
        "The dravo recovered 4 percent to 27.3 per euro in early trading on Wednesday, according to data from the "
        "Breska Stock Exchange. Police said two people were hurt on Tuesday evening when a crowd surged into an "
        "exchange office in the capital's Old Market.\n\nVastria imports nearly all of its fuel and about a third of "
        "its food."
    )

    assert standalone_texts(text)[-1] == "Vastria imports nearly all of its fuel and about a third of its food."


def test_the_capital_is_no_firm_named_capital():
    text = (
        "Karin Vell, chief economist at Lysander Capital in Breska, said the move was late. Police said two people "
        "were hurt when a crowd surged into an exchange office in the capital's Old Market."
    )

    assert standalone_texts(text)[-1] == (
        "Police said two people were hurt when a crowd surged into an exchange office in the capital's Old Market."
    )


def test_it_after_a_body_named_with_a_possessive_takes_no_the():
    text = (
        "The Southern Trade Union bloc threatened on Thursday to impose tariffs on steel from Korvia unless the "
        "country stops what it called illegal subsidies to its mills.\n\nThe bloc's trade commissioner, Anneli "
        "Virtanen, said Korvian steel imports had jumped.\n\nKorvia's trade ministry rejected the accusation. In a "
        "written statement, it said its steel industry received no direct subsidies."
    )

    assert standalone_texts(text)[-1] == (
        "In a written statement, Korvia's trade ministry said Korvia's trade ministry's steel industry received no "
        "direct subsidies."
    )


def test_the_blast_is_the_explosion_the_article_named_in_its_own_words():
    text = (
        "A gas explosion tore through an apartment block on Harrow Street on Wednesday, the fire brigade said. "
        "Fire chief Daria Koss said the blast appeared to have started in a ground-floor flat."
    )

    assert standalone_texts(text)[-1] == (
        "Fire chief Daria Koss said the gas blast appeared to have started in a ground-floor flat."
    )


def test_the_election_is_the_kind_of_election_the_article_named():
    text = (
        "Police arrested opposition leader Ilsa Marovic on Thursday, less than three weeks before a presidential "
        "election in which she is the main challenger. The election is scheduled for May 31."
    )

    assert standalone_texts(text)[-1] == "The presidential election is scheduled for 31 May 2025."


def test_what_a_modal_says_may_explain_a_past_event_keeps_that_event_in_the_past():
    # PUBLISHED is 6 March 2025: January without a year is the last one, unless the verb looks ahead
    text = (
        "Economists said the slowdown may partly reflect a fall in exports during a dock strike in January. "
        "The board said it could hold a second vote in January."
    )

    assert standalone_texts(text) == [
        "Economists said the slowdown may partly reflect a fall in exports during a dock strike in January 2025.",
        "The board said the board could hold a second vote in January 2026.",
    ]


def test_its_findings_are_those_of_the_inquiry_its_sentence_ordered():
    text = (
        "The stadium operator, Norvik Leisure, said it had met every safety rule. Interior Minister Petra Voss "
        "ordered an independent inquiry on Sunday and said its findings would be published by the end of June."
    )

    assert standalone_texts(text)[-1] == (
        "Interior Minister Petra Voss ordered an independent inquiry on 2 March 2025 and said the independent "
        "inquiry's findings would be published by the end of June 2025."
    )


def test_a_settlement_named_before_city_council_in_lower_case_is_the_city():
    text = (
        "Brennick city council voted on Wednesday to raise bus fares by 12 percent. Mayor Daniel Okoro said the "
        "city's transport company had run out of money."
    )

    assert standalone_texts(text)[-1] == "Mayor Daniel Okoro said Brennick's transport company had run out of money."


def test_the_plant_is_the_works_the_article_named_in_another_word():
    text = (
        "Tests found high levels of solvent downstream of the Sendra chemical works on Monday. The solvent escaped "
        "from a lagoon at the plant, the water institute said."
    )

    assert standalone_texts(text)[-1] == (
        "The solvent escaped from a lagoon at the Sendra chemical works, the water institute said."
    )


def test_a_report_by_a_body_named_after_its_kind_is_that_body_s_report():
    text = (
        "A report by the medical charity Open Hands found that fewer than one in three households in the camp had "
        "soap. According to the report, there is one latrine for every 140 residents."
    )

    assert standalone_texts(text)[-1] == (
        "According to the Open Hands report, there is one latrine for every 140 residents."
    )


def test_the_report_s_findings_are_those_of_the_report_its_maker_published():
    text = (
        "Minister Petra Valkonen said on Wednesday that a report by the National Water Institute had found solvent "
        "in the river. Valkonen said the report's findings would be reviewed."
    )

    assert standalone_texts(text)[-1] == (
        "Minister Petra Valkonen said the National Water Institute report's findings would be reviewed."
    )


def test_a_pronoun_speaker_is_never_the_source_its_own_sentence_names_after_it():
    assert standalone_texts("He said a survey by the Chamber of Industry found that prices rose.") == [
        "He said a survey by the Chamber of Industry found that prices rose."
    ]


def test_the_company_a_speaker_is_described_by_is_the_company_the_article_named():
    text = (
        "Ardent Bulk Shipping said the tank had been sealed. The company denied a report in the Lessa Daily that the "
        'radar had been faulty. "Our first priority is the two missing men," Viktor Hollis, the chief executive of '
        "the company, told reporters. He added that the company would pay for the clean-up in full."
    )

    assert standalone_texts(text)[-2:] == [
        '"Our first priority is the two missing men," Viktor Hollis, the chief executive of Ardent Bulk Shipping, '
        "told reporters.",
        "Viktor Hollis added that Ardent Bulk Shipping would pay for the clean-up in full.",
    ]


def test_bodies_named_by_their_kind_and_nationality_are_the_later_army_union_and_group():
    text = (
        "A convoy has been stuck at a Dravenian army checkpoint since Tuesday, the aid agency Haven Relief said. "
        "The group said soldiers had refused to let the trucks through. The army gave a different account. "
        "The National Teachers' Alliance said on Thursday that its members would vote. The union is demanding a "
        "rise of 9 percent."
    )

    assert standalone_texts(text)[1:] == [
        "Haven Relief said soldiers had refused to let the trucks through.",
        "The Dravenian army gave a different account.",
        "The National Teachers' Alliance said on 6 March 2025 that the National Teachers' Alliance's members would "
        "vote.",
        "The National Teachers' Alliance is demanding a rise of 9 percent.",
    ]


def test_a_possessive_description_takes_its_place_before_the_noun():
    text = (
        "A regional court on Thursday acquitted Dorian Valesco, the mayor of Breska, of embezzling 2.1 million "
        "euros. The judge said there was no criminal intent on the mayor's part."
    )

    assert standalone_texts(text)[-1] == "The judge said there was no criminal intent on the Breska mayor's part."


def test_his_after_an_unnamed_owner_and_it_after_a_subject_with_a_thing_of_its_own_stay():
    text = (
        "Tomas Hrebic, head of the rescue service, spoke on Monday. The owner, whose name was not released, denied "
        "receiving any such order, according to his lawyer. The shortfall against the target is the largest since "
        "it was introduced in 2021."
    )

    assert standalone_texts(text)[1:] == [
        "The owner, whose name was not released, denied receiving any such order, according to his lawyer.",
        "The shortfall against the target is the largest since it was introduced in 2021.",
    ]


def test_it_ranked_among_disasters_is_the_disaster_the_lead_named_by_its_noun():
    text = (
        "At least 14 people were killed in a crowd crush as fans left the Castellan Arena after the cup final on "
        "Saturday, the health authority said. It was the deadliest stadium disaster in Orsland since 1989."
    )

    assert standalone_texts(text)[-1] == "The crowd crush was the deadliest stadium disaster in Orsland since 1989."


def test_the_rebels_and_the_base_are_the_armed_group_and_the_airbase_the_article_named():
    text = (
        "The Northern Liberation Front said on Wednesday it had captured the Kessab airbase after three days of "
        "fighting. A local official said the rebels appeared to control the southern half of the base."
    )

    assert standalone_texts(text)[-1] == (
        "A local official said the Northern Liberation Front rebels appeared to control the southern half of the "
        "Kessab airbase."
    )


def test_the_blast_is_the_explosion_the_lead_reported_by_its_verb():
    text = (
        "A Vela-3 rocket carrying a weather satellite exploded about 90 seconds after lift-off on Tuesday, the "
        "space agency said. The blast was the second failure in three launches."
    )

    assert standalone_texts(text)[-1] == "The explosion of the Vela-3 rocket was the second failure in three launches."


def test_him_after_the_boy_of_its_sentence_is_the_boy_not_a_man_named_before():
    text = (
        "Most deaths occurred on unguarded shores, said Tomas Hrebic, head of the rescue service. A video appears "
        "to show the boy struggling in deep water while people on a nearby pier filmed him."
    )

    assert standalone_texts(text)[-1] == (
        "A video appears to show the boy struggling in deep water while people on a nearby pier filmed him."
    )


def test_it_in_what_a_body_s_act_suggests_is_that_body_and_a_group_is_the_name_it_goes_by():
    text = (
        "The rebel front said it had captured the base. Analyst Mira Okonjo said the Harbour Bank's refusal to "
        "comment suggested it was not in control, and that the army's refusal to let journalists in suggested it "
        "was not either. A criminal group calling itself Black Lantern claimed the attack on the hospital. The "
        "group said it had stolen about 400 gigabytes of data."
    )

    assert standalone_texts(text)[1:] == [
        "Analyst Mira Okonjo said the Harbour Bank's refusal to comment suggested the Harbour Bank was not in "
        "control, and that the army's refusal to let journalists in suggested it was not either.",
        "A criminal group calling itself Black Lantern claimed the attack on the hospital.",
        "Black Lantern said Black Lantern had stolen about 400 gigabytes of data.",
    ]


def test_the_work_is_no_site_though_the_works_is():
    text = (
        "Engineers shut the Halvergate power plant on Monday. The work will take six months. Anglers found dead fish "
        "near the works."
    )

    assert standalone_texts(text)[1:] == [
        "The work will take six months.",
        "Anglers found dead fish near the Halvergate power plant.",
    ]


def test_they_and_them_in_a_quotation_that_runs_on_are_the_one_group_its_sentence_before_named_in_brackets():
    text = (
        'Governor Petra Halloran said rescue teams were still searching. "We pulled a boy and his sister out alive '
        'at dawn. They are in hospital and they are stable," she told reporters. "Our men returned fire to save '
        'their own lives. One of them is in hospital," Foreign Minister Sabine Lerch said. "The guards met the '
        'nurses at the gate. A doctor saw them later," a witness said. "Our soldiers held the line," Lerch said. '
        '"They are heroes," she added.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        # (the claim's second "they" is the group its first has just named)
        '"[The boy and his sister] are in hospital and they are stable," Governor Petra Halloran told reporters.',
        '"Our men returned fire to save their own lives," Foreign Minister Sabine Lerch said.',
        '"One of [our men] is in hospital," Foreign Minister Sabine Lerch said.',
        '"The guards met the nurses at the gate.',
        # (two groups: "them" could be either)
        '"A doctor saw them later," a witness said.',
        '"Our soldiers held the line," Foreign Minister Sabine Lerch said.',
        # (a new quotation: its "they" is no carry-on of the last)
        '"They are heroes," Foreign Minister Sabine Lerch added.',
    ]


def test_it_in_a_quotation_that_runs_on_is_the_thing_its_sentence_before_was_about_in_brackets():
    text = (
        '"The water came under the door at two in the morning. By four it was at the windows," said Marta Volk. '
        '"The vaccine will not help the ones already sick. But if we get it into arms quickly, the outbreak will '
        'slow," Dr. Tomas Reyk said. "The water is cold. Every hour makes it harder," Aldo Ferrante said. '
        '"The pump failed on Monday. It is too early to say why," Ferrante said.'
    )

    assert [claim for _, claim in texts_and_spans(text)] == [
        '"The water came under the door at two in the morning," Marta Volk said.',
        '"By four [the water] was at the windows," said Marta Volk.',
        '"The vaccine will not help the ones already sick," Tomas Reyk said.',
        '"But if we get [the vaccine] into arms quickly, the outbreak will slow," Dr. Tomas Reyk said.',
        '"The water is cold," Aldo Ferrante said.',
        # (a thing named before "it" in its own sentence is nearer: "it" stays)
        '"Every hour makes it harder," Aldo Ferrante said.',
        '"The pump failed on 3 March 2025," Aldo Ferrante said.',
        # (a placeholder "it" stands for nothing)
        '"It is too early to say why," Aldo Ferrante said.',
    ]


def test_a_dateline_written_as_a_place_and_the_outlet_in_brackets_names_the_city():
    text = (
        "By Helena Markos\n\nVarnholm (The Varnholm Courier): The city council voted 7-5 late on Wednesday to cap "
        "rent increases at 3 percent. Deputy mayor Sofia Renko said rents in the city had climbed by almost 40 "
        "percent in five years."
    )

    # (the dateline is an item of its own, as written, which the non-claim gate marks)
    assert standalone_texts(text, outlet="The Varnholm Courier") == [
        "Varnholm (The Varnholm Courier):",
        "The Varnholm city council voted 7-5 late on 5 March 2025 to cap rent increases at 3 percent.",
        "Deputy mayor Sofia Renko said rents in Varnholm had climbed by almost 40 percent in five years.",
    ]


def test_a_description_the_subject_acts_on_is_not_the_subject_itself():
    text = (
        "A fire broke out at a chemical plant in Brennholt on Tuesday. Environmental group Clear Rivers accused the "
        "company of storing far more solvent than its permit allowed."
    )

    # (no business named: "the company" stays, never Clear Rivers accusing itself)
    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "Environmental group Clear Rivers accused the company of storing far more solvent than its permit allowed."
    )


def test_its_opening_the_subject_after_a_fronted_phrase_and_the_speaker_it_becomes():
    text = (
        "Halvenland accused Corrisand of overfishing. Corrisand's government rejected the accusation. In a "
        "statement, its fisheries ministry said the 2019 agreement was outdated. The quota, it said, reflected "
        '"where the fish now actually live".'
    )

    assert texts_and_spans(text)[2:] == [
        (
            "In a statement, its fisheries ministry said the 2019 agreement was outdated.",
            "In a statement, Corrisand's fisheries ministry said the 2019 agreement was outdated.",
        ),
        (
            'The quota, it said, reflected "where the fish now actually live".',
            'The quota, Corrisand\'s fisheries ministry said, reflected "where the fish now actually live".',
        ),
    ]
    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())
    assert [c.claimers for c in claims[2:]] == [["Corrisand's fisheries ministry"]] * 2


def test_people_of_a_body_named_with_an_apposition_are_of_the_body_alone():
    text = (
        "Two members of the Civic Alliance, the junior partner in the coalition, voted against the cap. One of "
        'them, Pavel Dusek, said the measure was "well meant but badly built".'
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        'One of the members of the Civic Alliance, Pavel Dusek, said the measure was "well meant but badly built".'
    )


def test_a_ship_named_after_its_kind_is_what_the_ship_and_the_vessel_stand_for():
    text = (
        "Health officials confirmed 23 cases of measles aboard the cruise ship Coral Empress on Thursday. A doctor "
        "said the outbreak was started by a crew member who joined the ship at Castelmar. The ship left Castelmar "
        "on 12 August. The vessel carries 2,900 people."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "A doctor said the measles outbreak was started by a crew member who joined the Coral Empress at Castelmar.",
        "The Coral Empress left Castelmar on 12 August 2024.",
        "The Coral Empress carries 2,900 people.",
    ]


def test_the_inquiry_is_the_lead_s_inquiry_into_what_it_named_and_keeps_its_own_its():
    text = (
        "An independent inquiry into the collapse of the Harrow Bridge found that inspectors missed corrosion. "
        "The inquiry, led by retired judge Helena Sarrow, published its report on Wednesday. It found that the "
        "steel supports had rusted through."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The independent inquiry into the collapse of the Harrow Bridge, led by retired judge Helena Sarrow, "
        "published its report on 5 March 2025.",
        "The independent inquiry into the collapse of the Harrow Bridge found that the steel supports had rusted "
        "through.",
    ]


def test_they_opening_a_quotation_after_a_reported_clause_about_people_is_those_people():
    text = (
        "Gunmen attacked the town of Tarrak on Tuesday, local officials said. Governor Nadia Oruel said the "
        'attackers had arrived shortly after dawn. "They came down from the hills on 40 motorbikes. They burned '
        'everything they could not carry," she said. "The protection systems did what they were designed to do. '
        'They isolated the fault within seconds," Oskar Veldt said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        '"[The attackers] came down from the hills on 40 motorbikes," Governor Nadia Oruel said.',
        # (the group the quotation's "they" was written as carries on)
        '"[The attackers] burned everything they could not carry," Governor Nadia Oruel said.',
        '"The protection systems did what they were designed to do," Oskar Veldt said.',
        '"[The protection systems] isolated the fault within seconds," Oskar Veldt said.',
    ]


def test_it_opening_a_finding_is_the_speaker_the_article_resolved():
    text = (
        "The inquiry, led by retired judge Helena Sarrow, published its report on Wednesday. It found that the "
        "steel supports had rusted through."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The inquiry found that the steel supports had rusted through."
    )


def test_it_in_what_a_body_s_officer_says_is_the_body_but_not_a_person_s():
    text = (
        "An inspector found that Kestrel Line had skipped checks. Kestrel Line's chief executive, Magnus Ferrow, "
        "denied that it had cut maintenance. President Anna Halvorsen met the envoy. Halvorsen's spokesman said it "
        "would help."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Kestrel Line's chief executive, Magnus Ferrow, denied that Kestrel Line had cut maintenance.",
        "President Anna Halvorsen met the envoy.",
        # (a woman is no "it": what would help is not hers to say here)
        "President Anna Halvorsen's spokesman said it would help.",
    ]


def test_it_acted_on_is_the_one_thing_the_sentence_before_named_as_its_subject():
    text = (
        "The cap, which takes effect on 1 September, applies to buildings with more than four flats. Landlords "
        "who break it face fines of up to 20,000 euros. The company posted a loss. Analysts had expected it."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "Landlords who break the cap face fines of up to 20,000 euros.",
        "The company posted a loss.",
        # (a loss is a thing too: "it" could be either)
        "Analysts had expected it.",
    ]


def test_a_body_written_for_we_takes_its_verb_in_the_third_person():
    text = (
        "Kinetra, the streaming company, said on Tuesday it would cut 600 jobs. Chief executive Dana Holloway "
        'announced the cuts in a memo. "We are cutting costs and we have closed two studios. We publish what we '
        'find, and we found nothing," she wrote.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2:] == [
        '"[Kinetra] is cutting costs and [Kinetra] has closed two studios," chief executive Dana Holloway said.',
        # (a past verb is the same in every person)
        '"[Kinetra] publishes what [Kinetra] finds, and [Kinetra] found nothing," chief executive Dana Holloway wrote.',
    ]


def test_we_of_a_place_s_officer_stays_and_a_body_for_we_keeps_a_past_that_reads_as_present():
    text = (
        "PORT ARDLEY, Aug 27 (Coastline News) - Health officials confirmed 23 cases of measles on Thursday. Port "
        "Ardley's chief medical officer, Dr Nadia Koval, said the outbreak began on the ship. \"Measles is one of "
        'the most contagious diseases we know," she said.\n\n'
        "Kestrel Line's chief executive, Magnus Ferrow, apologised on Friday. \"We let our passengers down, and "
        'we are sorry," he said.\n\n'
        "The Maritime Safety Directorate's chief inspector, Rowan Tallis, said the failings were serious. \"On one "
        'crossing we found a fire door wedged open," she said.'
    )

    texts = standalone_texts(text, outlet="Coastline News")
    # ("we" who know measles are doctors, not the town)
    assert texts[3] == '"Measles is one of the most contagious diseases we know," Nadia Koval said.'
    # ("let" is the past here: it stays as written)
    assert (
        texts[5]
        == '"[Kestrel Line] let [Kestrel Line\'s] passengers down, and [Kestrel Line] is sorry," Magnus Ferrow said.'
    )
    # (the body in lower case inside the quotation)
    assert texts[7] == (
        '"On one crossing [the Maritime Safety Directorate] found a fire door wedged open," Rowan Tallis said.'
    )


def test_a_bare_plural_in_a_quotation_that_runs_on_is_written_with_the_clause_that_says_who():
    text = (
        'Deputy mayor Sofia Renko said rents had climbed by 40 percent. "People who grew up here can no longer '
        'afford to live here. Tonight we kept our promise to them," she said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == (
        '"On the night of 6 March 2025 we kept our promise to [the people who grew up here]," deputy mayor Sofia '
        "Renko said."
    )


def test_it_of_a_body_whose_kind_word_was_resolved_is_written_as_the_subject_was():
    text = (
        "Children who live near a major road in the city of Veyrn are twice as likely to develop asthma. The city "
        "council said in a statement that it would introduce a low-emission zone."
    )

    assert [claim for _, claim in texts_and_spans(text)][1] == (
        "The Veyrn city council said in a statement that the Veyrn city council would introduce a low-emission zone."
    )


def test_they_after_a_reported_clause_about_people_with_a_determiner_of_their_own_stays():
    text = (
        'The mayor said these workers had left the town. "They took nothing," he said. The governor said armed '
        'attackers had arrived at dawn. "They came from the hills," she said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][1::2] == [
        # (no "the these workers": a group with a determiner of its own is left as the quotation has it)
        '"They took nothing," the mayor said.',
        '"[The armed attackers] came from the hills," the governor said.',
    ]


def test_a_speech_tag_for_a_speaker_named_by_a_possessive_keeps_it_in_lower_case():
    text = (
        "Kestrel Line denied wrongdoing on Monday. Its chief executive said the fine was unfair. "
        '"We will appeal," he said.'
    )

    assert [claim for _, claim in texts_and_spans(text)][2] == '"We will appeal," its chief executive said.'


def test_a_dateline_too_short_to_be_an_item_still_names_the_city():
    text = "Fenmouth (Evening Echo): The council will close four primary schools in the city from Monday."

    assert standalone_texts(text, outlet="Evening Echo") == [
        "The council will close four primary schools in Fenmouth from 10 March 2025."
    ]


def test_a_bare_description_takes_the_last_mention_whose_own_words_said_which():
    text = (
        "The Farmers' League had threatened on Sunday to quit the coalition unless a planned cut to diesel subsidies "
        "for farmers was dropped. The cut was removed from the bill on Monday night. Ceasefire talks between Vostrel "
        "and Karsana stalled on Saturday, mediators said. Diplomats said the talks would resume."
    )

    assert standalone_texts(text)[1:] == [
        "The planned cut to diesel subsidies for farmers was removed from the bill on the night of 3 March 2025.",
        "Ceasefire talks between Vostrel and Karsana stalled on 1 March 2025, mediators said.",
        "Diplomats said the ceasefire talks between Vostrel and Karsana would resume.",
    ]


def test_a_mention_that_gives_a_figure_or_sets_the_thing_beside_another_says_not_which():
    text = (
        "Youth unemployment reached a rate of 9.8 percent in January. Economists expect the rate to peak in June. "
        "Ministers rejected a similar proposal in 2023. The proposal would have closed 40 branches."
    )

    assert standalone_texts(text)[1::2] == [
        "Economists expect the rate to peak in June 2025.",
        "The proposal would have closed 40 branches.",
    ]


def test_a_body_that_threatens_to_quit_a_coalition_is_not_the_coalition():
    text = "The Farmers' League threatened on Sunday to quit the coalition unless fuel subsidies were kept."

    assert standalone_texts(text) == [
        "The Farmers' League threatened on 2 March 2025 to quit the coalition unless fuel subsidies were kept."
    ]


def test_a_named_storm_is_what_the_storm_and_its_it_stand_for():
    text = (
        "Typhoon Ondra slammed into Marivo province on Wednesday night, killing at least 19 people, officials said. "
        "The storm made landfall near the town of Pelau and weakened as it crossed the mountains. The typhoon "
        "destroyed 3,000 homes."
    )

    assert standalone_texts(text)[1:] == [
        "Typhoon Ondra made landfall near the town of Pelau and weakened as Typhoon Ondra crossed the mountains.",
        "Typhoon Ondra destroyed 3,000 homes.",
    ]


def test_the_man_is_the_one_man_the_sentence_before_named_who_did_not_say_it():
    text = (
        "Information Minister Sefa Orun said the coup had failed. According to Orun, the plotters were led by Colonel "
        "Idris Makonde, who was arrested at a checkpoint. The man appeared on state television hours later. "
        "Police named two suspects, Anna Vell and Piotr Lask. The man had worked at the depot."
    )

    assert standalone_texts(text)[2::2] == [
        "Colonel Idris Makonde appeared on state television hours later.",
        "The man had worked at the depot.",  # (two people named: no one can say which)
    ]


def test_a_facility_named_for_a_saint_is_the_hospital_the_article_means():
    text = (
        "A ransomware attack has shut down computer systems at St Aldric's Regional Hospital in Brellington. "
        "The hospital said staff had returned to paper records."
    )

    assert standalone_texts(text)[1] == "St Aldric's Regional Hospital said staff had returned to paper records."


def test_a_cancer_named_by_its_organ_is_the_disease_and_a_drug_named_by_its_ending_is_the_trials():
    text = (
        "Pellion Therapeutics has halted a late-stage trial of its experimental lung cancer drug velotinab after four "
        "patients died. The study enrolled 1,120 patients in nine countries. The disease kills about 21,000 people a "
        "year in Marrenland. The drug maker said the drug had been approved for another use."
    )

    assert standalone_texts(text)[1:] == [
        "The velotinab study enrolled 1,120 patients in nine countries.",
        "Lung cancer kills about 21,000 people a year in Marrenland.",
        # ("drug maker" names no drug)
        "The drug maker said velotinab had been approved for another use.",
    ]


def test_a_length_of_time_says_which_strike():
    text = (
        "Dock employers locked out 2,000 workers at Port Salven on Monday, a year after a nine-day strike that cost "
        "the economy 310 million crowns. The strike ended last October."
    )

    assert standalone_texts(text)[1] == "The nine-day strike ended in October 2024."


def test_it_made_what_a_toll_says_is_the_event_not_the_toll():
    text = (
        "An explosion tore through a chemical plant on the outskirts of Evranmouth, a port, late on Wednesday, "
        "killing at least four workers. The plant employs about 600 people. The toll makes it the worst industrial "
        "accident in Velandria since 2017."
    )

    assert standalone_texts(text)[1:] == [
        "The chemical plant on the outskirts of Evranmouth employs about 600 people.",
        "The death toll from the Evranmouth explosion makes the explosion in Evranmouth the worst industrial "
        "accident in Velandria since 2017.",
    ]


def test_those_before_a_plural_points_back_like_the_and_a_year_says_which():
    text = (
        "Council leader Owen Pratley said the defences had been repaired after the floods of 2024. Those floods forced "
        "about 3,400 people from their homes in Fenmouth. "
        '"We owe these families the truth," the mayor said.'
    )

    assert standalone_texts(text)[1:] == [
        "The floods of 2024 forced about 3,400 people from their homes in Fenmouth.",
        '"We owe these families the truth," the mayor said.',  # (a speaker's pointing stays theirs)
    ]


def test_his_party_is_the_party_the_speaker_was_introduced_as_speaking_for_and_its_it_follows():
    text = (
        "The government will cut university funding by 14 percent. Rasmus Holt, education spokesman for the "
        "opposition Social Alliance, said his party would reverse the cuts if it won the election. Floods hit the "
        "Lenna basin on Monday. The weather service said the basin had received 140 millimetres of rain, more than "
        "it usually gets in a month."
    )

    assert standalone_texts(text)[1:] == [
        "Rasmus Holt, education spokesman for the opposition Social Alliance, said the opposition Social Alliance "
        "would reverse the cuts if the opposition Social Alliance won the election.",
        "Floods hit the Lenna basin on 3 March 2025.",
        "The weather service said the Lenna basin had received 140 millimetres of rain, more than the Lenna basin "
        "usually gets in a month.",
    ]


def test_they_opening_a_joined_clause_is_the_group_the_first_clause_was_about():
    text = (
        '"The staff were outnumbered forty to one, and they did what they could," Deputy Justice Minister Corin Aldous '
        "said. The guards were unarmed, but they held the gate for an hour. Prisoners rioted, and they set fires."
    )

    assert standalone_texts(text) == [
        '"The staff were outnumbered forty to one, and [the staff] did what they could," Deputy Justice Minister Corin '
        "Aldous said.",
        "The guards were unarmed, but the guards held the gate for an hour.",
        "Prisoners rioted, and they set fires.",  # (no one group the text names)
    ]


def test_a_surname_two_people_share_is_the_one_the_article_named_first():
    text = (
        "Health Minister Paolo Renzi resigned on Monday. His brother, Marco Renzi, was appointed to run the hospital "
        'board in 2023. Renzi denied any wrongdoing. "I have nothing to hide," he told reporters.'
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][2:] == [
        ("Health Minister Paolo Renzi denied any wrongdoing.", ["Paolo Renzi"]),
        ('"I have nothing to hide," Health Minister Paolo Renzi told reporters.', ["Paolo Renzi"]),
    ]


def test_he_in_what_someone_speaking_for_a_person_says_is_that_person_or_stays():
    text = (
        "President Mikel Sarandi had been declared the winner over opposition candidate Teodora Lanis. Sarandi's "
        "office said he respected the court. The officer's lawyer said he would plead not guilty."
    )

    assert standalone_texts(text)[1:] == [
        "Sarandi's office said President Mikel Sarandi respected the court.",
        "The officer's lawyer said he would plead not guilty.",  # (the officer, whom no name tells)
    ]


def test_a_business_name_the_tagger_missed_is_known_by_its_trade_word():
    text = (
        "Aurelle Air grounded all 34 of its narrow-body jets on Tuesday after an engine shed fan blades. The airline "
        "said the decision was a precaution. It expects the checks to take four days."
    )

    assert standalone_texts(text)[1:] == [
        "Aurelle Air said Aurelle Air's decision was a precaution.",
        "Aurelle Air expects the checks to take four days.",
    ]


def test_a_given_name_no_list_holds_tells_a_woman_by_its_ending():
    text = (
        "President Mikel Sarandi had been declared the winner over opposition candidate Teodora Lanis. Opposition "
        "leader Teodora Lanis met Mikel Sarandi on Monday. He said the talks were useful. "
        '"A president is not above the rules he signs," Lanis said.'
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][2:] == [
        ("President Mikel Sarandi said the talks were useful.", ["Mikel Sarandi"]),
        # (the president her words name, not the man named before)
        ('"A president is not above the rules he signs," opposition leader Teodora Lanis said.', ["Teodora Lanis"]),
    ]


def test_the_toll_of_a_mishap_the_lead_reported_by_its_verb():
    text = "A passenger train derailed near Kolo on Monday, killing 12 people. The toll could rise, officials said."

    assert (
        standalone_texts(text)[1]
        == "The death toll from the derailment of the passenger train could rise, officials said."
    )


def test_a_report_is_its_makers_by_who_published_commissioned_it_or_works_where():
    texts = [
        "According to a study the unions commissioned from the Halvard Economic Institute, raising contributions "
        "would close the gap. The study also estimated that the reform would cut pensions by 9 percent.",
        "Researchers at Kestrel University published a report on Monday on air pollution in Varn. The report found "
        "that 40 schools exceeded safe limits.",
        "The health ministry released a report on Tuesday showing waiting times had doubled. The report blamed "
        "staff shortages.",
    ]

    assert [standalone_texts(text)[-1] for text in texts] == [
        "The Halvard Economic Institute study also estimated that the reform would cut pensions by 9 percent.",
        "The Kestrel University report found that 40 schools exceeded safe limits.",
        "The health ministry's report blamed staff shortages.",
    ]


def test_the_country_is_neither_the_dateline_city_nor_a_province():
    texts = [
        "TREVANNE, Nov 13 (Greyhaven News Service) - A school bus overturned on a mountain road on Wednesday, "
        "killing six children. The bus was taking pupils to a school in Trevanne. Parents at the Trevanne school "
        "had complained. It is the country's worst road accident since 2019.",
        "TREVANNE, Nov 13 (Greyhaven News Service) - A school bus overturned in Belgora province on Wednesday, "
        "killing six children. It is the country's worst road accident since 2019.",
    ]

    assert [standalone_texts(text, outlet="Greyhaven News Service")[-1] for text in texts] == [
        "It is the country's worst road accident since 2019.",
        "It is the country's worst road accident since 2019.",
    ]


def test_no_hospital_is_the_company_and_no_body_is_a_death_nor_the_largest_a_crowd():
    texts = [
        "A container crane collapsed at the port of Breskova on Wednesday, killing two workers, the terminal's "
        "operator, Kelmar Terminals, said. Two of the injured were in a serious condition, a spokesman for Breskova "
        "General Hospital said. The company said it had suspended all crane operations.",
        "A four-year-old boy died of measles on Monday. The regional health authority said it was the first death "
        "from measles in the region since 2011.",
        "The closures will leave 31 towns without a bank, according to a report by Fair Money Trust. The report said "
        "Ollerby, a market town of about 19,000 people, would be the largest of them.",
        "The opposition accused the government of dragging out the strike for political reasons. A poll found that "
        "57 percent of voters supported the strike.",
    ]

    assert [standalone_texts(text)[-1] for text in texts] == [
        "Kelmar Terminals said Kelmar Terminals had suspended all crane operations.",
        "The regional health authority said it was the first death from measles in the region since 2011.",
        "The report by Fair Money Trust said Ollerby, a market town of about 19,000 people, would be the largest of "
        "them.",
        "A poll found that 57 percent of voters supported the strike.",
    ]


def test_a_regional_body_whose_place_the_tagger_read_as_an_adjective_still_names_the_region():
    text = (
        "A four-year-old boy died of measles in Korvath on Monday, the Talvern regional health authority said. "
        "The region has recorded 163 measles cases since January."
    )

    assert standalone_texts(text)[1] == "The Talvern region has recorded 163 measles cases since January 2025."


def test_a_site_named_by_its_place_after_it_puts_the_place_first_before_a_possessive():
    text = (
        "Dead fish washed up downstream of a chemical plant in Holmstadt that leaked solvent on Monday, officials "
        "said. The plant's operator, Kerrow Chemicals, said the solvent had escaped."
    )

    assert standalone_texts(text)[1] == (
        "The Holmstadt chemical plant's operator, Kerrow Chemicals, said the solvent had escaped."
    )


def test_people_a_clause_only_describes_are_no_group_a_later_they_in_the_quotation_is():
    text = (
        "Opposition health spokesman Ilan Bercovy accused the government of signing the contract with a single "
        'supplier to save money. "Every week of delay is a week in which children are at risk. They were warned '
        'about this last year," he said.'
    )

    assert standalone_texts(text)[-1] == (
        '"They were warned about this in 2024," opposition health spokesman Ilan Bercovy said.'
    )
    # (nor is the one group the sentence names beside them: "them" may be either)
    text = (
        'Prosecutor Helena Marsh addressed the jury. "The money was given by ordinary people who wanted to help sick '
        'children. Very little of it reached them," she said.'
    )
    assert standalone_texts(text)[-1] == '"Very little of it reached them," prosecutor Helena Marsh said.'


def test_a_body_named_after_its_kind_keeps_its_whole_name_for_a_possessive():
    text = (
        "Aid group Medics Without Fences said new cases had doubled. Amir Sahel, the group's field coordinator in "
        "Tesso, said the rains would make it worse."
    )

    assert standalone_texts(text)[1].startswith("Amir Sahel, Medics Without Fences' field coordinator in Tesso,")


def test_the_paper_a_sentence_cites_is_the_newspaper_and_its_memo_no_name_of_the_paper():
    text = (
        "According to the Harwick Ledger, a confidential ministry memo seen by the newspaper shows that officials "
        "considered delaying the levy. The ministry has not commented on the memo."
    )

    assert standalone_texts(text) == [
        "According to the Harwick Ledger, a confidential ministry memo seen by the Harwick Ledger shows that "
        "officials considered delaying the levy.",
        "The ministry has not commented on the ministry memo.",
    ]


def test_a_paper_the_article_called_one_is_not_the_company_its_report_is_about():
    text = (
        "Velta Juices, the country's biggest juice maker, may challenge the levy, the business daily Market Register "
        "reported on Monday, citing two people familiar with the company's plans."
    )

    assert standalone_texts(text)[0].endswith("citing two people familiar with Velta Juices' plans.")


def test_a_day_of_what_someone_was_advised_to_do_lies_ahead_and_the_day_of_what_is_followed_behind():
    text = (
        "The agency advised residents to keep their windows closed until Saturday. "
        "The curfew follows the declaration of a state of emergency on Monday."
    )

    assert standalone_texts(text) == [
        "The agency advised residents to keep their windows closed until 8 March 2025.",
        "The curfew follows the declaration of a state of emergency on 3 March 2025.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspectors had flagged cracks in the dam months earlier, the newspaper Valley Post reported, citing "
            "letters it had obtained.",
            "citing letters Valley Post had obtained.",
        ),
        (
            "The Evening Ledger reported that the audit panel had urged the board to sell the shares, citing "
            "minutes it had seen.",
            "citing minutes the Evening Ledger had seen.",
        ),
        (
            "Campaign group Clean Rivers accused the operator of dumping sludge, citing water samples it had taken.",
            "citing water samples Clean Rivers had taken.",
        ),
    ],
)
def test_it_seeing_what_is_cited_is_whoever_cites_it(text, expected):
    assert standalone_texts(text)[0].endswith(expected)


def test_the_victims_of_a_disaster_the_lead_placed_are_of_the_place_s_disaster():
    text = (
        "KORVA, March 5 (Wire) - At least four people were killed when a gas explosion tore through an apartment "
        "block in the northern city of Korva on Wednesday, officials said. The victims included two children, the "
        "city hospital said."
    )

    assert standalone_texts(text)[-1] == (
        "The victims of the Korva gas explosion included two children, the Korva city hospital said."
    )


def test_the_injured_and_the_dead_are_the_people_harmed_in_the_lead_s_event():
    text = (
        "At least nine people were killed when a gas explosion tore through a market in the town of Serrin on "
        "Friday, officials said. Four of the injured were children, the regional hospital said. The dead included "
        "two traders. The injured man was flown to the capital."
    )

    assert standalone_texts(text)[1:] == [
        "Four of the people injured in the Serrin gas explosion were children, the regional hospital said.",
        "The people killed in the Serrin gas explosion included two traders.",
        "The injured man was flown to the capital.",
    ]


def test_a_disease_opening_the_lead_is_the_outbreak_s_though_the_tagger_took_it_for_a_name():
    text = (
        "TORVAL, May 2 (Wire) - Dengue infections in Torval province have doubled since March, officials said. "
        "Doctors said the outbreak was straining hospitals."
    )

    assert standalone_texts(text)[-1] == "Doctors said the dengue outbreak was straining hospitals."


def test_the_truce_and_the_deal_are_the_ceasefire_two_sides_agreed_to():
    text = (
        "The government and the rebel Southern Front agreed to a 30-day ceasefire on Sunday, said the mediators. "
        "The truce took effect at midnight. Under the deal, both sides will pull back their artillery."
    )

    assert standalone_texts(text)[1:] == [
        "The 30-day ceasefire took effect at midnight.",
        "Under the 30-day ceasefire, the government and the rebel Southern Front will pull back their artillery.",
    ]


def test_a_bank_governor_s_we_is_the_bank():
    text = (
        "The Bank of Osterland kept its main interest rate at 3.5 percent on Thursday. Governor Ana Bresk said "
        'prices were still rising. "We are not yet where we need to be," she told reporters.'
    )

    assert standalone_texts(text)[-1] == (
        '"[The Bank of Osterland] is not yet where [the Bank of Osterland] needs to be," Governor Ana Bresk told '
        "reporters."
    )


def test_the_vehicle_is_the_one_the_lead_named():
    text = (
        "Nine people were killed when a tourist coach left the road near the village of Holt on Monday, police "
        "said. The vehicle was carrying 40 passengers. The operator denied that the vehicle had any defects."
    )

    # (named by what it did, as the lead said: no other coach is meant)
    assert standalone_texts(text)[1:] == [
        "The tourist coach that left the road near the village of Holt was carrying 40 passengers.",
        "The operator denied that the tourist coach that left the road near the village of Holt had any defects.",
    ]


def test_denying_this_denies_what_the_sentence_before_accused_and_no_gerund_says_which_company():
    text = (
        "The union accused the ministry of ignoring warnings from engineers. The ministry denied this. "
        "The dockers accused the company of planning to replace them with machines. The company denied the plan."
    )

    assert standalone_texts(text)[1::2] == [
        "The ministry denied that the ministry was ignoring warnings from engineers.",
        "The company denied the plan.",
    ]


def test_both_sides_are_the_two_parties_the_article_set_against_each_other():
    text = (
        "Troops from Ostria and Velmar exchanged fire along their border overnight, officials said. A regional bloc "
        "called on both sides to pull back. Shelling hit villages on both sides of the border. "
        "Separately, talks between Dunmark and Kessia on a fishing treaty broke down on Monday. Envoys from the two "
        "sides will meet again on Friday."
    )

    texts = standalone_texts(text)
    assert texts[1] == "A regional bloc called on Ostria and Velmar to pull back."
    assert texts[2] == "Shelling hit villages on both sides of the border."
    assert texts[-1] == "Envoys from Dunmark and Kessia will meet again on 7 March 2025."


def test_the_cause_is_the_cause_of_the_lead_s_event():
    text = (
        "A fire swept through a chemical warehouse in the town of Brask on Monday, killing one worker, officials "
        "said. The fire chief said the cause had not yet been established."
    )

    assert standalone_texts(text)[-1] == "The fire chief said the cause of the Brask fire had not yet been established."


def test_it_ranked_by_an_ordinal_the_parser_hung_on_a_noun_before_the_kind_is_the_lead_s_event():
    text = (
        "A ransomware attack has shut down computer systems at Kelby General Hospital, officials said on Monday. "
        "Staff have returned to paper records. It is the third ransomware attack on a hospital since 2023."
    )

    assert standalone_texts(text)[-1] == (
        "The ransomware attack on Kelby General Hospital is the third ransomware attack on a hospital since 2023."
    )


def test_she_in_what_several_people_say_is_the_woman_named_before_not_one_of_them():
    text = (
        "Carys Pennant, 37, denies the manslaughter of Arthur Deane. Prosecutors say she misread a drug chart. "
        "A witness said she had seen the chart."
    )

    assert standalone_texts(text)[1:] == [
        "Prosecutors say Carys Pennant misread a drug chart.",
        "A witness said she had seen the drug chart.",
    ]


def test_a_newspaper_that_saw_a_document_is_no_company_and_keeps_its_whole_name():
    text = (
        "Hackers stole the data of 2.3 million customers of the mobile operator Telvora, the company said on Monday. "
        "According to an internal audit seen by the business newspaper Estria Finans, the security team warned "
        "managers in 2024. The company denied that it had ignored the warning."
    )
    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert claims[1].claimers[0] == "Estria Finans"
    assert claims[2].text == "Telvora denied that Telvora had ignored the warning."

    text = (
        "According to an internal audit seen by the Estria Herald, the security team warned managers in 2024. "
        "The company denied that it had ignored the warning."
    )
    assert standalone_texts(text)[-1] == "The company denied that the company had ignored the warning."


def test_it_in_a_relative_clause_of_the_subject_is_not_the_subject():
    text = (
        "The Velmar dam had been filled to 97 percent of its capacity. The company that operates it, Aquasud, said "
        "its engineers had inspected the structure."
    )

    assert standalone_texts(text)[-1] == (
        "The company that operates it, Aquasud, said its engineers had inspected the structure."
    )


def test_a_mass_noun_is_no_body_a_later_description_stands_for():
    text = (
        "A tribunal ruled on Wednesday that a sergeant had used excessive force during an arrest. "
        "The force's deputy chief constable, Owen Pryce, said it accepted the findings."
    )

    assert standalone_texts(text)[-1].startswith("The force's deputy chief constable, Owen Pryce, said")


def test_the_government_is_the_one_of_the_country_a_compass_part_or_a_region_shows_or_a_minister_serves():
    # "the southern half of Kembara", whatever the tagger typed the name
    text = (
        "A drought across the southern half of Kembara has destroyed more than a third of the maize crop, the "
        "agriculture ministry said. Opposition leader Grace Mwale accused the government of selling grain abroad."
    )
    assert standalone_texts(text)[-1] == (
        "Opposition leader Grace Mwale accused the Kembara government of selling grain abroad."
    )
    # "Eskaria's Vestmark region": a region is a state's
    text = (
        "Veterinary teams in Eskaria's Vestmark region began culling chickens, the agriculture ministry said. "
        "The association called on the government to speed up compensation."
    )
    assert standalone_texts(text)[-1] == "The association called on the Eskaria government to speed up compensation."
    # the minister's own government, not the town the company's offices are in
    text = (
        "Veltro Motors will close its plant in Holbeck, the company said. It has offices in Lundby and a depot in "
        "Lundby. Aldrian Economy Minister Lars Odegaard said the government had offered Veltro 150 million euros."
    )
    assert standalone_texts(text)[-1] == (
        "Aldrian Economy Minister Lars Odegaard said the Aldrian government had offered Veltro 150 million euros."
    )


def test_a_body_of_the_city_is_the_dateline_city_s_even_where_its_sentence_named_the_city():
    text = (
        "KESSARY, Aug 22 (Lakeside Observer) - Health authorities have confirmed 126 cases of typhoid in the Nurabad "
        "district of Kessary since late July, the city health department said on Friday. Dr Farah Mensi, the "
        "department's head of disease control, said more than half of the patients were children. The city water "
        "company said it had repaired the pipe."
    )

    assert standalone_texts(text)[1:] == [
        "Health authorities have confirmed 126 cases of typhoid in the Nurabad district of Kessary since late July "
        "2024, the Kessary city health department said on 28 February 2025.",
        "Dr Farah Mensi, the Kessary city health department's head of disease control, said more than half of the "
        "patients were children.",
        "The Kessary city water company said the Kessary city water company had repaired the pipe.",
    ]


def test_the_strike_of_workers_who_walked_out_at_a_named_workplace_is_the_strike_there():
    text = (
        "About 1,400 workers at the Salter Point oil refinery walked out on Wednesday in a dispute over pay. "
        "The union said the strike would last at least five days."
    )

    assert standalone_texts(text)[-1] == (
        "The union said the strike at the Salter Point oil refinery would last at least five days."
    )


def test_the_force_is_the_police_force_the_article_named_and_a_learned_journal_is_no_paper():
    text = (
        "Sergeant Daniel Kroft, who has served with the Calloway Metropolitan Police for 17 years, denied "
        "wrongdoing. The force's deputy chief constable, Owen Pryce, said it accepted the findings."
    )
    assert standalone_texts(text)[-1].startswith("The Calloway Metropolitan Police's deputy chief constable")

    text = (
        "The study, published on Monday in the Journal of Adolescent Health Research, followed 3,200 pupils. "
        "According to the paper, 62 percent of the pupils checked their phones at night."
    )
    assert standalone_texts(text)[-1].startswith("According to the paper, 62 percent")


def test_the_figures_after_a_count_of_the_harmed_are_the_casualty_figures_of_the_lead_s_event():
    text = (
        "An air strike on a vegetable market in the town of Dalmir killed 23 people on Monday, local officials said. "
        "More than 60 people were wounded. The figures could not be independently verified."
    )
    assert standalone_texts(text)[-1] == (
        "The casualty figures from the air strike on Dalmir could not be independently verified."
    )
    # figures of anything else say nothing of the event
    text = (
        "An air strike on a vegetable market in the town of Dalmir killed 23 people on Monday, local officials said. "
        "Food prices in the town have doubled since January. The figures could not be independently verified."
    )
    assert standalone_texts(text)[-1] == "The figures could not be independently verified."


def test_them_after_the_main_verb_is_the_sentence_s_plural_subject_unless_another_plural_stands_between():
    text = (
        "The fourteen people arrested are due to appear before the Varossa district court on Friday, when the court "
        "will decide whether to keep them in custody. The nurses were exhausted when they finished. Researchers who "
        "sampled fish from 14 rivers found plastic in the guts of 73 percent of them. Residents said they had fled."
    )

    assert standalone_texts(text) == [
        "The fourteen people arrested are due to appear before the Varossa district court on 7 March 2025, when the "
        "Varossa district court will decide whether to keep the fourteen people in custody.",
        "The nurses were exhausted when they finished.",  # plain enough with no one else's words between
        "Researchers who sampled fish from 14 rivers found plastic in the guts of 73 percent of them.",
        "Residents said they had fled.",  # their own words
    ]


def test_we_of_a_company_officer_named_first_at_the_quotation_is_the_one_business_the_article_named():
    text = (
        "The Financial Supervision Authority fined Halverton Bank 48 million euros on Wednesday. "
        '"We got this wrong, and I apologise for it. We have hired 400 extra compliance staff," chief executive '
        "Dorian Korda said in a statement."
    )

    assert standalone_texts(text)[1:] == [
        '"[Halverton Bank] got this wrong, and I apologise for it," chief executive Dorian Korda said.',
        '"[Halverton Bank] has hired 400 extra compliance staff," chief executive Dorian Korda said in a statement.',
    ]


def test_three_of_them_opening_a_sentence_are_of_the_one_plural_the_sentence_before_counted():
    text = (
        "Commander Liesel Varga said rescuers had pulled 31 sailors from the water. Three of them were taken to "
        "hospital. Police arrested 31 protesters and seized 12 cars. Three of them were taken away."
    )

    assert standalone_texts(text)[1::2] == [
        "Three of the 31 sailors were taken to hospital.",
        "Three of them were taken away.",  # protesters or cars: the text does not say
    ]


def test_the_report_a_party_answers_is_the_report_of_the_paper_told_or_cited_with_what_it_said():
    text = (
        "Orsini had privately offered to resign if the budget was defeated, two senior coalition officials told "
        "the Marren Herald. A spokesman for the minister denied the report."
    )
    assert standalone_texts(text)[-1] == (
        "A spokesman for the minister denied the Marren Herald report that Orsini had privately offered to resign "
        "if the budget was defeated."
    )

    text = (
        "According to the Morning Post, which cited an internal memo, two patients may have died after relatives "
        "were unable to call for help. The ambulance service said it could not confirm the report."
    )
    assert standalone_texts(text)[-1] == (
        "The ambulance service said the ambulance service could not confirm the Morning Post report that two "
        "patients may have died after relatives were unable to call for help."
    )

    # a broadcaster named after its kind; "that report" is the one just told of
    text = (
        "A local official told the regional broadcaster Kanal 9 that as many as 30 people may have been buried "
        "under a school dormitory. The agency said it could not yet confirm that report."
    )
    assert standalone_texts(text)[-1] == (
        "The agency said the agency could not yet confirm the Kanal 9 report that as many as 30 people may have "
        "been buried under a school dormitory."
    )

    # what the article's own outlet was told is no other paper's report
    text = (
        "Bente Moller told the Capital Courier that she had seen a similar proposal in 2023. The ministry denied "
        "the report."
    )
    assert standalone_texts(text, outlet="Capital Courier")[-1] == "The ministry denied the report."


def test_the_two_men_are_the_two_people_the_article_named_together():
    text = (
        "Henrik Vaal, 52, and Tomas Brezny, 38, were seized near the town of Ashkar. A spokeswoman said the two men "
        "were in good health. The men's employer, Kallberg Infrastructure, said it was relieved. The men who freed "
        "them were paid."
    )

    assert standalone_texts(text)[1:] == [
        "A spokeswoman said Henrik Vaal and Tomas Brezny were in good health.",
        "Henrik Vaal and Tomas Brezny's employer, Kallberg Infrastructure, said Kallberg Infrastructure was relieved.",
        "The men who freed them were paid.",  # the clause says which men
    ]


def test_the_group_may_be_an_association_of_people_not_a_place_the_article_named_since():
    text = (
        "Four inmates died in a riot at Carrow Hill prison, the justice ministry said.\n\nVideo appeared to show "
        "smoke rising from the roof of Block C.\n\nThe Prisoners' Families Association accused guards of beating "
        "inmates. The group also said two of the dead had been shot."
    )

    assert standalone_texts(text)[-1] == "The Prisoners' Families Association also said two of the dead had been shot."


def test_the_company_after_a_sentence_naming_one_business_is_that_business_by_its_full_name():
    text = (
        "Aurelia Air grounded 14 jets on Tuesday after inspections found cracks in engine blades. The engines are "
        "made by Castellan Propulsion, which said in a statement that it was working closely with the airline. The "
        "company denied that it had known about the problem."
    )
    assert standalone_texts(text)[-1] == (
        "Castellan Propulsion denied that Castellan Propulsion had known about the problem."
    )

    text = (
        "The trial was funded by Varenta Pharma, which makes the drug. Varenta said it would price the pill below "
        "2 euros a day. Some patient groups accused the company of hiding data."
    )
    assert standalone_texts(text)[-1] == "Some patient groups accused Varenta Pharma of hiding data."


def test_a_body_the_article_named_as_the_town_s_is_the_town_s_by_name():
    text = (
        "QASR DALIL, Feb 12 (Levant Dispatch) - Artillery shells struck the main hospital in the besieged town of "
        "Qasr Dalil on Wednesday, killing at least eight people, the town's medical council said.\n\n"
        "The council said one shell hit the emergency ward. Its figures could not be independently confirmed."
    )

    assert standalone_texts(text)[-2:] == [
        "Qasr Dalil's medical council said one shell hit the emergency ward.",
        "Qasr Dalil's medical council's figures could not be independently confirmed.",
    ]


def test_the_family_a_relative_named_beside_their_kin_speaks_of_is_the_relative_s_family():
    text = (
        "Sergeant Daniel Kroft denied wrongdoing. Kroft said he had acted lawfully. Kroft will appeal. His mother, "
        "Samira Haddou, told the regional broadcaster RTC that the family would sue the force."
    )

    assert standalone_texts(text)[-1].endswith("that the Haddou family would sue the force.")
    # and "the Haddou family" is all of them, written as it was
    text = "Amir Haddou, 19, suffered a broken jaw. The police apologised to the Haddou family."
    assert standalone_texts(text)[-1] == "The police apologised to the Haddou family."


def test_its_ministry_in_a_speech_tag_is_the_state_the_statement_is_about_whatever_the_tagger_typed_it():
    text = (
        "Veldmark will impose a 35 percent tariff on steel imports from Osterra, its trade ministry said on Thursday."
    )

    claim = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())[0]

    assert (claim.text, claim.claimers) == (
        "Veldmark will impose a 35 percent tariff on steel imports from Osterra, Veldmark's trade ministry said on "
        "6 March 2025.",
        ["Veldmark's trade ministry"],
    )
    # a person has no ministry
    assert standalone_texts("Peter Holm will resign, its trade ministry said.") == [
        "Peter Holm will resign, its trade ministry said."
    ]


def test_both_sides_of_a_labour_dispute_are_the_union_and_the_business_that_employs_its_members():
    text = (
        "Baggage handlers at Harwick International Airport walked out on Thursday in a strike over pay. The "
        "airport's operator, Harwick Airport Group, said 238 flights had been cancelled. The Airside Workers' Union "
        "said its members had rejected a 2.5 percent pay offer. Aurel Air, the largest carrier at Harwick, said the "
        "strike would cost it 6 million euros. Labour Minister Hedda Calloway urged both sides to return to talks."
    )

    assert standalone_texts(text)[-1] == (
        "Labour Minister Hedda Calloway urged the Airside Workers' Union and Harwick Airport Group to return to talks."
    )


def test_his_in_a_clause_whose_subject_is_a_description_with_a_name_in_apposition_is_that_persons():
    text = (
        "Judge Halvor Steen ruled that the crew had bypassed the oil separator. He also fined the operator.\n\n"
        "The case came to light after the ship's second engineer, Dario Pelle, filmed the pipe work on his phone."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "The case came to light after the ship's second engineer, Dario Pelle, filmed the pipe work on his phone."
    )


def test_a_description_is_not_a_name_whose_last_word_only_begins_like_it():
    text = (
        "Environmental group Clearwater Coast said the fine was too small. "
        "The coastguard recorded 31 suspected illegal discharges in national waters in 2025."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "Environmental group Clearwater Coast said the fine was too small.",
        "The coastguard recorded 31 suspected illegal discharges in national waters in 2025.",
    ]


def test_the_company_is_the_business_an_ampersand_joins_not_a_town_typed_as_an_organisation():
    text = (
        "LENNFORD, Dec. 3 - Toymaker Pippin & Hale is recalling more than 120,000 wooden stacking rings.\n\n"
        "The toys were made at a factory in the town of Corrabay that the company bought in 2023. "
        "A spokeswoman for the company said a change of glue was to blame."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        "Toymaker Pippin & Hale is recalling more than 120,000 wooden stacking rings.",
        "The toys were made at a factory in the town of Corrabay that Pippin & Hale bought in 2023.",
        "A spokeswoman for Pippin & Hale said a change of glue was to blame.",
    ]


def test_them_as_an_object_is_the_plural_thing_an_earlier_clause_was_about_and_a_speakers_they_stays():
    text = (
        "Residents of Selvic told the Dravenza Herald that cracks had appeared in the hillside above the road "
        "and that they had reported them to the roads agency. "
        "The provincial government has opened 140 cooling centres in libraries and community halls and kept them "
        "open until midnight. "
        "Police arrested 12 protesters and later released them."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        # "they" are the residents, who said it, as in "Residents said they had ..."; never the cracks
        "Residents of Selvic told the Dravenza Herald that cracks had appeared in the hillside above the road and "
        "that they had reported the cracks to the roads agency.",
        "The provincial government has opened 140 cooling centres in libraries and community halls and kept the "
        "cooling centres open until midnight.",
        # (people: "them" may be any of them)
        "Police arrested 12 protesters and later released them.",
    ]


def test_they_after_only_a_word_that_opens_a_clause_is_the_plural_the_sentence_before_was_about():
    text = (
        "Talks between the nurses' union and the health authority are due to resume on Friday. "
        "If they fail, the union says it will call a week-long stoppage."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "If the talks fail, the union says the union will call a week-long stoppage."
    )


def test_it_ranked_as_a_failure_is_the_break_up_the_lead_reported():
    text = (
        "A Vireo-2 rocket carrying a weather satellite broke apart about 90 seconds after lifting off on Wednesday, "
        "the space agency said.\n\n"
        "It was the second failure in five launches for the Vireo-2."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "The break-up of the Vireo-2 rocket was the second failure in five launches for the Vireo-2."
    )


def test_the_trial_is_of_the_defendant_the_lead_described_and_a_later_sentence_named_with_an_age():
    text = (
        "A former mayor of Vestrand who steered contracts to his brother-in-law was sentenced to six years in prison "
        "on Tuesday. Aldo Ferrant, 61, was convicted in December of fraud. Prosecutors said the trial had exposed a "
        "decade of abuse. Ferrant, who denied the charges throughout the trial, plans to appeal."
    )
    on_trial = (
        "The former head of the Vasso port authority went on trial on Wednesday. Prosecutors allege that Tomas "
        "Reinholt, 58, arranged the payments. The trial is expected to last six weeks."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][2:] == [
        "Prosecutors said the trial of Aldo Ferrant had exposed a decade of abuse.",
        # (the claim named him before: whose trial it is, the reader knows)
        "Aldo Ferrant, who denied the charges throughout the trial, plans to appeal.",
    ]
    assert texts_and_spans(on_trial)[-1][1] == "The trial of Tomas Reinholt is expected to last six weeks."


def test_a_quotations_they_after_a_plural_the_text_named_is_that_plural_by_its_name():
    text = (
        "Gunmen from the Kavari Liberation Front stormed the Obelu gold mine on Tuesday, killing 11 workers.\n\n"
        "The rebels arrived on motorbikes shortly before dawn.\n\n"
        '"They knew exactly where the storeroom was," said Tomas Ebrey, a drill operator.'
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        "The Kavari Liberation Front rebels arrived on motorbikes shortly before dawn.",
        '"[The Kavari Liberation Front rebels] knew exactly where the storeroom was," said Tomas Ebrey, a drill '
        "operator.",
    ]


def test_a_description_after_a_word_before_its_determiner_is_still_bare():
    text = (
        "The Bank of Orsenland kept rates at 4.25 percent on Wednesday. "
        "Prices have risen 5.1 percent, more than twice the bank's 2 percent target."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "Prices have risen 5.1 percent, more than twice the Bank of Orsenland's 2 percent target."
    )


def test_a_thing_in_a_named_town_is_written_with_the_towns_name_before_it():
    text = (
        "Toymaker Pippin & Hale is recalling 120,000 toys. The toys were made at a factory in the town of Corrabay. "
        "A spokeswoman said a change of glue at the factory was to blame."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "A spokeswoman said a change of glue at the Corrabay factory was to blame."
    )


def test_a_spokeswoman_for_the_company_is_written_with_the_companys_name_in_the_text_and_as_claimer():
    text = (
        "LENNFORD, Dec. 3 - Toymaker Pippin & Hale is recalling 120,000 toys.\n\n"
        "A spokeswoman for the company said a change of glue was to blame. "
        "She added that customers would get a full refund."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims[-2:]] == [
        ("A spokeswoman for Pippin & Hale said a change of glue was to blame.", ["spokeswoman for Pippin & Hale"]),
        (
            "The spokeswoman for Pippin & Hale added that customers would get a full refund.",
            ["spokeswoman for Pippin & Hale"],
        ),
    ]


def test_a_day_a_count_runs_up_to_in_the_present_lies_behind():
    text = (
        "The heat has killed 87 people, the health department said. The toll, which covers deaths in hospitals up "
        "to Monday night, is almost three times the number recorded in the same period last year. The campaign "
        "begins on Monday."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        "The toll, which covers deaths in hospitals up to the night of 3 March 2025, is almost three times the "
        "number recorded in the same period in 2024.",
        # (what the present schedules lies ahead)
        "The campaign begins on 10 March 2025.",
    ]


def test_the_country_is_never_the_city_the_story_was_filed_from():
    text = (
        "PORT ALDERIC, Sept 23 (Seaboard News Service) - A court in Port Alderic fined the shipping company Trevane "
        "Maritime 7.2 million crowns on Wednesday, the largest penalty of its kind in the country's history."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "A court in Port Alderic fined the shipping company Trevane Maritime 7.2 million crowns on 5 March 2025, "
        "the largest penalty of its kind in the country's history."
    )


def test_a_change_a_body_made_to_its_own_figure_is_what_a_later_bare_change_of_that_way_stands_for():
    text = (
        "The Reserve Bank of Corvalia raised its main interest rate by half a percentage point to 5.5 percent on "
        "Thursday.\n\n"
        "The board voted six to one for the rise. Critics said the fall had been expected."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][1:] == [
        "The Reserve Bank of Corvalia board voted six to one for the rise in the Reserve Bank of Corvalia's main "
        "interest rate to 5.5 percent.",
        # (a change the other way is no such change)
        "Critics said the fall had been expected.",
    ]


def test_a_deadline_a_condition_sets_lies_ahead_unless_it_is_what_did_not_happen():
    text = (
        'The bank said it was "prepared to act again" if prices did not ease by the autumn. '
        "Officials said the dam would have failed if the rain had continued until Monday."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [
        'The bank said the bank was "prepared to act again" if prices did not ease by autumn 2025.',
        "Officials said the dam would have failed if the rain had continued until 3 March 2025.",
    ]


def test_the_city_is_never_a_business_or_a_broadcaster_the_tagger_typed_a_place():
    text = (
        "VELMORA, Sept 17 (Coastline Herald) - A brush fire destroyed 38 homes on the northern edge of Velmora on "
        "Tuesday.\n\n"
        "The fire chief told the regional broadcaster KTV-4 that the department had asked the city three times to "
        "clear the lots. Deputy Mayor Hal Tressing said the lots belonged to a private developer, Brightfield "
        "Estates, and that the city had no legal power to force it to clear them."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][2:] == [
        "The fire chief told the regional broadcaster KTV-4 that the department had asked Velmora three times to "
        "clear the lots.",
        "Deputy Mayor Hal Tressing said the lots belonged to a private developer, Brightfield Estates, and that "
        "Velmora had no legal power to force it to clear them.",
    ]


def test_what_a_quotation_says_a_group_was_not_is_no_group_a_next_they_stands_for():
    text = (
        "Riot police detained at least 14 journalists covering an opposition rally on Saturday.\n\n"
        '"These were people in press vests, doing their jobs," said Irena Vask, the committee\'s director. "They were '
        'not protesters. They were witnesses, and that is exactly why they were taken."'
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        '"They were witnesses, and that is exactly why they were taken," Irena Vask said.'
    )
    # (but a cleft's "It was my sources who ..." names the group a next "them" stands for)
    sources = '"It was my sources who were exposed, not me. Two of them lost their jobs," journalist Teodor Lanz said.'
    assert texts_and_spans(sources)[-1][1] == ('"Two of [my sources] lost their jobs," journalist Teodor Lanz said.')


def test_its_after_a_place_is_never_a_thing_named_in_that_place():
    text = (
        "Judge Annelie Vos ruled that Viktor Lenz would get a fair trial in Ostravia and that conditions in its "
        "prisons did not breach his rights."
    )

    assert [standalone for _, standalone in texts_and_spans(text)] == [text]


def test_it_opening_what_a_closing_speech_tag_says_is_what_the_sentence_before_was_about():
    text = (
        "A brush fire tore through the northern edge of Velmora on Tuesday, destroying 38 homes.\n\n"
        "The fire started shortly after 2 a.m. in scrubland, according to Fire Chief Dana Merrow. By Wednesday "
        "morning it had burned roughly 410 hectares, she said."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "By the morning of 5 March 2025 the brush fire in Velmora had burned roughly 410 hectares, Fire Chief Dana "
        "Merrow said."
    )


def test_its_after_a_nearer_it_is_never_a_thing_named_before_that_it():
    text = (
        "Norvane Steel said on Wednesday it would shut its plant in Kessbury.\n\n"
        "The company blamed a slump in European steel prices, energy costs it said were twice those of its rivals "
        "abroad, and a surge of cheap imports."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "Norvane Steel blamed a slump in European steel prices, energy costs it said were twice those of its rivals "
        "abroad, and a surge of cheap imports."
    )


def test_the_country_is_the_state_whose_province_the_article_named_however_the_tagger_typed_it():
    text = (
        "NAKURO, Aug 19 (East Plains Wire) - Farmers in Murandi's eastern province of Kessari have lost nearly half "
        "of this year's maize crop to the worst drought in four decades, a farmers' union said on Monday.\n\n"
        "Agriculture accounts for about a third of the country's economic output."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "Agriculture accounts for about a third of Murandi's economic output."
    )


def test_the_country_is_the_state_the_peoples_adjective_is_of_where_the_article_names_it_only_later():
    text = (
        "The Caldrian housing ministry on Monday unveiled a plan to build 25,000 flats, the largest public building "
        "programme in the country since the 1970s.\n\n"
        "The Tenants' Union of Caldria called the plan a press release."
    )

    assert texts_and_spans(text)[0][1] == (
        "The Caldrian housing ministry on 3 March 2025 unveiled a plan to build 25,000 flats, the largest public "
        "building programme in Caldria since the 1970s."
    )


def test_that_accusation_rejected_is_the_one_just_reported_with_what_it_said():
    text = (
        "Ruth Abernay said successive governments had sold off 40,000 homes. She also accused the government of "
        "quietly dropping a pledge to ban no-fault evictions. Ministry spokeswoman Lina Pardo rejected that "
        "accusation, saying an eviction bill would be introduced."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "Ministry spokeswoman Lina Pardo rejected Ruth Abernay's accusation that the government was dropping a "
        "pledge to ban no-fault evictions, saying an eviction bill would be introduced."
    )


def test_the_bank_is_a_one_word_name_its_kind_ends():
    text = (
        "A court approved the extradition of Viktor Lenz, the former chief executive of the collapsed Aurisbank. "
        "Lenz moved to Halmstede weeks after the bank collapsed."
    )

    assert [standalone for _, standalone in texts_and_spans(text)][-1] == (
        "Viktor Lenz, the former chief executive of the collapsed Aurisbank, moved to Halmstede weeks after Aurisbank "
        "collapsed."
    )


def test_the_army_the_rebels_and_the_city_take_a_peoples_troops_an_insurgent_army_and_a_councils_city():
    assert (
        texts_and_spans(
            "Karvonian troops shelled the town of Dravec on Sunday. The army said it had targeted rebel positions."
        )[-1][1]
        == "The Karvonian army said the Karvonian army had targeted rebel positions."
    )
    assert (
        texts_and_spans(
            "The Kessov Liberation Army seized the town on Sunday. The rebels said they controlled the bridge."
        )[-1][1]
        == "The Kessov Liberation Army rebels said they controlled the bridge."
    )
    assert (
        texts_and_spans(
            "The Port Ellis city council approved the plan on Monday. The city will spend 4 million euros."
        )[-1][1]
        == "Port Ellis will spend 4 million euros."
    )


def test_the_disease_an_adjective_named_and_the_manufacturer_of_a_thing_built_by_a_business():
    assert (
        texts_and_spans(
            "A dengue outbreak in Lirra has infected 4,000 people. Health officials said the disease was spreading."
        )[-1][1]
        == "Health officials said dengue was spreading."
    )
    assert (
        texts_and_spans(
            "The helicopter, built by Kestrel Rotorcraft, crashed off Cape Morrow. The manufacturer said it was "
            "cooperating with investigators."
        )[-1][1]
        == "Kestrel Rotorcraft said Kestrel Rotorcraft was cooperating with investigators."
    )


def test_the_attack_is_on_the_body_attackers_named_by_a_plural_attacked():
    text = (
        "Hackers attacked the computer network of the Vellmoor Health Trust on Friday. The attack forced doctors to "
        "use paper records."
    )

    assert texts_and_spans(text)[-1][1] == (
        "The attack on the Vellmoor Health Trust forced doctors to use paper records."
    )


def test_the_report_investigators_from_a_body_released_is_that_bodys():
    text = (
        "Investigators from the Air Accident Bureau released a report on the crash on Tuesday. The report said the "
        "pilots had ignored a warning."
    )

    assert texts_and_spans(text)[-1][1] == "The Air Accident Bureau report said the pilots had ignored a warning."


def test_a_thing_an_amount_counts_is_written_without_the_amounts_unit():
    text = (
        "The government unveiled a 2 billion euro plan to build 20,000 homes on Monday. Critics said the plan was "
        "too small."
    )

    assert texts_and_spans(text)[-1][1] == "Critics said the plan to build 20,000 homes was too small."


def test_they_after_a_phrase_that_only_sets_the_scene_is_the_plural_the_sentence_before_was_about():
    text = (
        "The four defendants, aged between 31 and 60, are due to appear before a judge in Marlow on Friday. If "
        "convicted, they face up to 12 years in prison.\n\n"
        "The two crews are due back in port on Friday. When the storm passed, they returned to the harbour.\n\n"
        "The two crews are due back in port on Friday. When the guards left, they returned to the harbour."
    )

    assert [claim for _, claim in texts_and_spans(text)][1::2] == [
        "If convicted, the defendants face up to 12 years in prison.",
        "When the storm passed, the crews returned to the harbour.",
        "When the guards left, they returned to the harbour.",  # (the guards may be whom "they" stands for)
    ]


def test_it_after_a_body_named_by_the_word_before_its_name_is_that_body():
    text = (
        "Environmental group Green Rivers said the reservoir could threaten a colony of black storks. It has filed "
        "a complaint with the national environment agency.\n\n"
        "Local farmer Ilse Marovic said the dam would flood her land. It was not clear when the work would start."
    )

    assert [claim for _, claim in texts_and_spans(text)][1::2] == [
        "Green Rivers has filed a complaint with the national environment agency.",
        "It was not clear when the work would start.",
    ]


def test_the_authorities_are_those_of_the_country_the_article_is_about():
    text = (
        "Police in Ostrava Nova detained 40 students after a march against tuition fees in Velmark on Tuesday. "
        "Velmark's interior ministry said the march had not been authorised. A rights group, Open Campus, accused "
        "the authorities of using excessive force."
    )
    adjective = (
        "The Velmarian interior ministry said on Tuesday that 40 students had been detained. A rights group, Open "
        "Campus, accused the authorities of using excessive force."
    )

    assert [claim for _, claim in texts_and_spans(text)][-1] == (
        "A rights group, Open Campus, accused the Velmark authorities of using excessive force."
    )
    assert [claim for _, claim in texts_and_spans(adjective)][-1] == (
        "A rights group, Open Campus, accused the Velmarian authorities of using excessive force."
    )


def test_a_naming_phrase_that_leans_on_its_own_sentence_for_whose_is_not_written_elsewhere():
    text = (
        "Regulators fined Corvane Minerals 42 million dollars on Wednesday. The agency said the spill at the "
        "company's Red Hollow gold mine released 180,000 cubic metres of waste. The mine has been closed since the "
        "spill."
    )

    assert [claim for _, claim in texts_and_spans(text)][1:] == [
        "The agency said the spill at Corvane Minerals' Red Hollow gold mine released 180,000 cubic metres of waste.",
        "The Red Hollow gold mine has been closed since the spill.",  # (not "the spill at the company's ... mine")
    ]


def test_a_quoted_word_in_a_sentence_s_own_words_gets_no_speech_tag():
    text = 'Corvane Minerals said it would appeal. In a statement, it called the fine "disproportionate".'

    # (not 'it called the fine "disproportionate"," Corvane Minerals said.')
    assert [claim for _, claim in texts_and_spans(text)][-1] == 'In a statement, it called the fine "disproportionate".'


def test_a_place_its_own_sentence_names_is_no_company_before_the_article_notes_it():
    text = (
        "STELLBURG, April 9 (Ardent Press Service) - Vantor Motors will close its car plant in Stellburg by the end "
        "of next year, eliminating 2,300 jobs, the company said on Thursday."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][-1] == (
        "Vantor Motors will close its car plant in Stellburg by the end of 2026, eliminating 2,300 jobs, the company "
        "said on 6 March 2025.",
        ["Vantor Motors"],
    )


def test_the_report_a_body_spoke_in_is_that_body_s_when_a_later_sentence_cites_it():
    text = (
        "In its interim report, the Transport Safety Bureau said ice had built up on the wings of the plane.\n\n"
        "According to the report, pilots had flagged a warning light on the de-icing system on three earlier flights."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][-1] == (
        "According to the Transport Safety Bureau report, pilots had flagged a warning light on the de-icing system "
        "on three earlier flights.",
        ["Transport Safety Bureau"],
    )


def test_a_body_named_inside_what_acted_is_what_a_later_description_of_its_kind_means():
    text = (
        "An inquiry by the University of Marrowby has found that a chemist invented data in nine papers.\n\n"
        "The university said the papers would be withdrawn."
    )

    assert standalone_texts(text)[-1] == "The University of Marrowby said the papers would be withdrawn."


def test_a_player_named_after_the_club_and_the_role_is_whom_his_stands_for():
    text = (
        "Harwick Rovers midfielder Tobias Lenn has been banned for two years, the Corland Anti-Doping Agency (CADA) "
        "said on Wednesday.\n\n"
        "In a statement released through his lawyer, Lenn said he would appeal.\n\n"
        "A second sample, tested at his request in June, confirmed the result, the agency said."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims] == [
        (
            "Harwick Rovers midfielder Tobias Lenn has been banned for two years, the Corland Anti-Doping Agency "
            "(CADA) said on 5 March 2025.",
            ["Corland Anti-Doping Agency"],
        ),
        (
            "In a statement released through Tobias Lenn's lawyer, Lenn said he would appeal.",
            ["Tobias Lenn"],
        ),
        (
            "A second sample, tested at Tobias Lenn's request in June 2024, confirmed the result, the Corland "
            "Anti-Doping Agency said.",
            ["Corland Anti-Doping Agency"],
        ),
    ]


def test_a_for_phrase_naming_whom_a_place_works_for_does_not_say_which_place():
    text = (
        "A cholera outbreak in the Tavri refugee camp has killed nine people, the health ministry said.\n\n"
        '"We are seeing whole families arrive," said Rosa Lind, a doctor who runs a treatment centre in the camp for '
        "the medical charity Care Without Borders.\n\n"
        "Health Minister Joseph Kamara said the government had sent 30 additional health workers to the camp."
    )

    assert standalone_texts(text)[-1] == (
        "Health Minister Joseph Kamara said the government had sent 30 additional health workers to the Tavri refugee "
        "camp."
    )


def test_what_a_clause_says_is_not_there_is_nothing_a_later_it_stands_for():
    text = (
        "The contracts covered 11 public hospitals.\n\n"
        "The company, Brightway Services, had no previous experience of hospital work when it won the first of them."
    )

    assert standalone_texts(text)[-1] == (
        "The company, Brightway Services, had no previous experience of hospital work when it won the first of them."
    )


def test_his_and_him_in_a_clause_about_a_person_described_by_a_word_are_that_person():
    text = (
        "Police chief Anton Belic said the driver had been detained.\n\n"
        "A passenger, Vera Lund, told reporters that the driver had been using his phone before the crash and that "
        "passengers had asked him to slow down.\n\n"
        "The bus company said the driver had 12 years of experience and had started his shift at noon."
    )

    texts = standalone_texts(text)

    assert texts[1:] == [
        "A passenger, Vera Lund, told reporters that the driver had been using his phone before the crash and that "
        "passengers had asked him to slow down.",
        "The bus company said the driver had 12 years of experience and had started his shift at noon.",
    ]


def test_an_object_him_is_not_the_person_its_own_clause_is_about():
    text = (
        "Prosecutor Ida Marsh said the defendant, Karl Brenn, had lied.\n\n"
        "Karl Brenn said the judge had never believed him."
    )

    # (the judge is not whom "him" stands for: the speaker is)
    assert standalone_texts(text)[-1] == "Karl Brenn said the judge had never believed Karl Brenn."


def test_it_after_a_survey_by_a_firm_found_is_not_the_firm():
    text = (
        "The bill is due to be debated in parliament on February 17.\n\n"
        "A survey by the polling firm Norvik published on Monday found that 61 percent of voters oppose it."
    )

    assert standalone_texts(text)[-1] == (
        "A survey by the polling firm Norvik published on 3 March 2025 found that 61 percent of voters oppose it."
    )


def test_a_time_s_possessive_does_not_say_which_thing_a_later_mention_means():
    text = (
        "Voters on the island of Kelt are split ahead of this month's referendum on leaving the Sarn Union, a poll "
        "showed.\n\n"
        "The referendum was called last year by the chief minister, Tomas Kjell."
    )

    assert standalone_texts(text)[-1] == (
        "The referendum on leaving the Sarn Union was called in 2024 by the chief minister, Tomas Kjell."
    )


def test_a_group_a_quotation_sets_against_another_is_not_whom_they_stands_for():
    text = (
        "Emin Oras, the head of the village council, said shells fell for two hours. "
        '"We have no army posts here, only farmers. They knew that," he said.'
    )

    assert standalone_texts(text)[-1] == '"They knew that," Emin Oras said.'


def test_the_country_no_earlier_sentence_named_is_the_one_whose_state_bodies_a_later_one_names():
    text = (
        "Tarnet Power, the country's largest electricity supplier, cut its profit forecast on Thursday.\n\n"
        "Chief executive Ida Berg said the Rellham plant would be back at full output by March.\n\n"
        "Vostria's energy regulator said it was investigating whether Tarnet had overcharged 40,000 households."
    )

    assert standalone_texts(text)[0] == (
        "Tarnet Power, Vostria's largest electricity supplier, cut Tarnet Power's profit forecast on 6 March 2025."
    )


def test_a_leader_s_government_does_not_make_the_leader_s_name_a_country():
    text = (
        "Tarnet Power, the country's largest electricity supplier, cut its profit forecast on Thursday.\n\n"
        "Analysts said Berg's government had little room to help."
    )

    assert standalone_texts(text)[0] == (
        "Tarnet Power, the country's largest electricity supplier, cut Tarnet Power's profit forecast on 6 March 2025."
    )


def test_a_closing_it_said_after_another_cue_is_the_body_the_sentence_is_about():
    text = (
        "Tarnet Power cut its profit forecast on Thursday.\n\n"
        "The company now expects operating profit of 900 million crowns for 2026, it said in a statement."
    )

    assert standalone_texts(text)[-1] == (
        "Tarnet Power now expects operating profit of 900 million crowns for 2026, Tarnet Power said in a statement."
    )


def test_a_named_speaker_a_job_word_describes_is_whom_a_later_he_stands_for():
    text = (
        '"We broke a window and jumped," said Pavel Rusk, a 31-year-old machine operator who escaped from the '
        "third floor. He said managers kept the doors locked during shifts."
    )

    claims = extract_claims(text, published_on=PUBLISHED, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][-1] == (
        "Pavel Rusk said managers kept the doors locked during shifts.",
        ["Pavel Rusk"],
    )


def test_the_dateline_s_town_typed_a_person_is_no_he():
    text = (
        "DELLMOOR, Feb 12 (Meridian Wire) - A fire swept through a textile factory on the outskirts of Dellmoor "
        "on Wednesday night, killing 14 workers, the regional emergency service said.\n\n"
        "A machine operator who escaped said the smoke came up the stairs. He said managers kept the doors locked."
    )

    # (the operator, whom no name tells: not the town)
    assert standalone_texts(text)[-1] == "He said managers kept the doors locked."


def test_an_object_them_is_never_its_own_verb_s_subject():
    text = "Hoteliers fear the closures will cost them dearly in the peak season."

    assert standalone_texts(text) == ["Hoteliers fear the closures will cost them dearly in the peak season."]


def test_the_maker_of_a_part_is_no_carmaker():
    text = (
        "HALSTEDT, Oct 14 (Meridian Wire) - Carmaker Korvan Motors said on Wednesday it was recalling about 412,000 "
        "vehicles because a faulty seat-belt anchor can come loose.\n\n"
        "The part is made by Drava Components, which said it was cooperating fully.\n\n"
        "Last year the carmaker called back 60,000 hatchbacks over a software fault."
    )

    assert standalone_texts(text)[-1] == ("In 2024 Korvan Motors called back 60,000 hatchbacks over a software fault.")


def test_a_name_with_a_which_clause_the_tagger_typed_nothing_is_whose_its_is():
    text = (
        "Defamation is a civil matter in Ardenia.\n\n"
        "Open Ledger, which Malan founded in 2017, has 11 staff and is funded mainly by reader donations. "
        "Its editor, Sunniva Holt, said the site had launched an appeal."
    )

    assert standalone_texts(text)[-1] == ("Open Ledger's editor, Sunniva Holt, said the site had launched an appeal.")


def test_a_purpose_clause_with_a_pronoun_does_not_name_the_plan_elsewhere():
    text = (
        "Opposition lawmakers said they would boycott parliament until the government withdraws a bill that would "
        "give it control over the Varnian electoral commission.\n\n"
        "The bill would allow the justice ministry to appoint five of the commission's seven members."
    )

    assert standalone_texts(text)[-1] == (
        "The bill would allow the justice ministry to appoint five of the Varnian electoral commission's seven members."
    )


def test_the_court_is_the_one_that_ruled_not_where_an_appeal_may_go():
    text = (
        "The High Court on Thursday quashed the government's licence for a copper mine near Lake Ombra.\n\n"
        "Kestrel Copper has 30 days to lodge an appeal with the Supreme Court.\n\n"
        "Outside the court, dozens of supporters sang and beat drums."
    )

    assert standalone_texts(text)[-1] == "Outside the High Court, dozens of supporters sang and beat drums."


def test_the_two_sides_of_a_strike_are_the_union_and_the_body_that_employs_its_members():
    text = (
        "Hundreds of flights were cancelled across Valmark on Thursday as air traffic controllers began a 48-hour "
        "strike over pay.\n\n"
        "The National Air Navigation Service, the state agency that employs the controllers, said 1,140 flights had "
        "been cancelled. Lorvik International, the country's busiest airport, expects 85,000 passengers to be "
        "affected.\n\n"
        "The Air Traffic Controllers' Guild says its members have had no real-terms pay rise since 2022.\n\n"
        "Budget carrier SkyLark said it had cancelled all 212 of its flights.\n\n"
        "Talks between the two sides are scheduled to resume on Monday."
    )

    assert standalone_texts(text)[-1] == (
        "Talks between the Air Traffic Controllers' Guild and the National Air Navigation Service are scheduled to "
        "resume on 10 March 2025."
    )


def test_a_name_holding_and_and_a_possessive_is_whole_when_its_is_written_out():
    text = (
        "The Port and Harbour Workers' Union said the lockout was illegal. Its general secretary, Colm Rafferty, "
        "called it an act of vandalism."
    )

    # ("it" is the lockout, which the rules leave as written)
    assert standalone_texts(text)[-1] == (
        "The Port and Harbour Workers' Union's general secretary, Colm Rafferty, called it an act of vandalism."
    )


def test_a_body_a_country_s_name_owns_keeps_it_when_its_it_is_written_out():
    text = "Tessaly's foreign ministry said it regretted the death."

    assert standalone_texts(text) == ["Tessaly's foreign ministry said Tessaly's foreign ministry regretted the death."]


def test_a_disease_named_by_two_common_words_is_what_the_disease_means():
    text = (
        "Cases of whooping cough in the region have tripled this year, the regional health agency said.\n\n"
        "The disease also tends to peak every three to five years."
    )

    assert standalone_texts(text)[-1] == "Whooping cough also tends to peak every three to five years."


def test_a_vehicle_the_lead_reports_on_is_named_by_what_it_did():
    text = (
        "A boat carrying about 60 migrants capsized off the island of Lessa on Monday, the coastguard said.\n\n"
        "Rescuers pulled 41 people from the water.\n\n"
        "The boat had left the Tarsi coast two days earlier."
    )

    assert standalone_texts(text)[-1] == (
        "The boat that capsized off the island of Lessa had left the Tarsi coast on 1 March 2025."
    )


def test_a_trial_of_an_antibiotic_named_in_lower_case_is_that_antibiotic_s():
    text = (
        "A clinical trial of the antibiotic zentamycin found it cleared 84 percent of infections, researchers said.\n\n"
        "The trial involved 1,200 patients in nine countries. The drug was developed in Lund."
    )

    assert standalone_texts(text)[-2:] == [
        "The zentamycin trial involved 1,200 patients in nine countries.",
        "Zentamycin was developed in Lund.",
    ]


def test_an_act_the_lead_reported_by_its_verb_is_what_a_later_noun_for_it_means():
    text = (
        "Carmaker Halden Motors will close its Stellburg plant next year, cutting 2,300 jobs, the company said.\n\n"
        "Unions said the closure would devastate the town.\n\n"
        "Tenants in Varsel will see rents frozen for two years under a law passed by parliament on Tuesday.\n\n"
        "Landlords' groups said the freeze would drive investors out of the market."
    )

    texts = standalone_texts(text)

    assert [texts[1], texts[3]] == [
        "Unions said the closure of Halden Motors' Stellburg plant would devastate the town.",
        "Landlords' groups said the freeze on rents would drive investors out of the market.",
    ]


def test_an_act_done_to_a_bare_description_or_a_pronoun_names_nothing():
    text = "The council will close the library next year, it said.\n\nResidents said the closure would hurt children."

    assert standalone_texts(text)[-1] == "Residents said the closure would hurt children."


def test_a_resort_named_after_its_word_is_a_place_the_fire_and_the_resort_are_in():
    text = (
        "A fire swept through the ski resort of Alta Pines on Sunday, destroying 40 chalets, firefighters said.\n\n"
        "The fire was still burning on Monday. Officials said the resort would stay closed."
    )

    assert standalone_texts(text)[1:] == [
        "The fire in Alta Pines was still burning on 3 March 2025.",
        "Officials said Alta Pines would stay closed.",
    ]


def test_it_is_the_worst_of_a_kind_the_headline_names_is_the_headline_s_thing():
    text = (
        "An oil slick from a damaged tanker has spread along 40 kilometres of the Varn coast, the coastguard said.\n\n"
        "It is the worst spill on the Varn coast since 2009."
    )

    claims = extract_claims(
        text, published_on=PUBLISHED, title="Oil spill spreads along Varn coast", scorer=RuleScorer()
    )

    assert [c.text for c in claims][-1] == "The oil spill is the worst spill on the Varn coast since 2009."
    # (without a headline that names it, "It" stays)
    assert standalone_texts(text)[-1] == "It is the worst spill on the Varn coast since 2009."
