"""claims/extraction/claim_types.py: the one ClaimType declaration and the order of the type rules."""

import json

from django.db.migrations.loader import MigrationLoader

from claims import models
from claims.extraction.claim_types import ClaimType
from claims.extraction.pipeline import extract_claims, extract_sentences
from claims.extraction.scoring import RuleScorer

STORED_CHOICES = [
    ("event", "Event"),
    ("casualty", "Casualty"),
    ("statistic", "Statistic"),
    ("accusation", "Accusation / allegation"),
    ("attributed_statement", "Attributed statement"),
    ("control", "Control of territory"),
    ("prediction", "Prediction"),
    ("opinion", "Opinion / analysis"),
    ("background", "Background fact"),
]


def test_claim_type_is_declared_once_with_the_values_and_labels_the_migrations_store():
    state = MigrationLoader(None, ignore_no_migrations=True).project_state()

    field = state.models["claims", "claim"].fields["claim_type"]

    assert models.ClaimType is ClaimType
    assert ClaimType.choices == STORED_CHOICES
    assert field.choices == STORED_CHOICES


def test_the_first_type_rule_that_holds_wins():
    cases = [
        # prediction before everything: a future event with a number
        ("Rebels will seize the town.", ClaimType.PREDICTION),
        # accusation before casualty: an accusing verb and a killing with a number
        ("The rebels accused the army of killing 12 civilians.", ClaimType.ACCUSATION),
        # casualty: people killed, injured, harmed or displaced, with or without a figure
        ("Two paramedics were injured in the blast.", ClaimType.CASUALTY),
        ("The storm left hundreds of families homeless.", ClaimType.CASUALTY),
        # statistic: any other figure
        ("The river is 40 kilometres long.", ClaimType.STATISTIC),
        # control: the control phrases of the type rule (not only the "under control of" rewrite)
        ("The town has been held by the rebels since March.", ClaimType.CONTROL),
        ("Most of the province is controlled by the army.", ClaimType.CONTROL),
        ("This is a historic moment for the region.", ClaimType.OPINION),
        ("The bridge collapsed on Tuesday.", ClaimType.EVENT),
        # a risk measured against another group's is a finding
        ("Children who live near busy roads are twice as likely to develop asthma.", ClaimType.STATISTIC),
        # a forecast in the present stays one beside a past event in a relative clause
        ("The central bank, which raised rates four times last year, is expected to hold rates.", ClaimType.PREDICTION),
        ("The plant was expected to reopen in May, but it stayed shut.", ClaimType.EVENT),
        # declaring a state into being is an act, not a statement
        ("The provincial governor declared three days of mourning.", ClaimType.EVENT),
        ("The company declared bankruptcy.", ClaimType.EVENT),
        ("The minister declared that the crisis was over.", ClaimType.ATTRIBUTED_STATEMENT),
        ("The capital lies on the coast.", ClaimType.BACKGROUND),
    ]

    results = list(extract_sentences([text for text, _ in cases], scorer=RuleScorer()))

    assert [r.claim_type for r in results] == [claim_type for _, claim_type in cases]


def test_types_and_hedges_are_members_that_serialise_as_their_stored_values():
    (claim,) = extract_claims("The bridge collapsed on Tuesday, officials said.", scorer=RuleScorer())

    assert claim.claim_type is ClaimType.ATTRIBUTED_STATEMENT
    assert json.dumps({"claim_type": claim.claim_type, "hedge": claim.hedge}) == (
        '{"claim_type": "attributed_statement", "hedge": "asserted"}'
    )


def test_a_prediction_in_an_article_is_never_checkworthy_and_says_why():
    (claim,) = extract_claims("The government will raise taxes next year, the minister said.", scorer=RuleScorer())

    assert (claim.claim_type, claim.hedge, claim.checkworthy) == (ClaimType.PREDICTION, "predicted", False)
    assert json.dumps(claim.score_features["not_checkworthy_type"]) == '"prediction"'


def test_casualty_is_people_harmed_and_statistic_every_other_figure():
    cases = [
        ("The economy shrank by 1.2 percent in the third quarter.", ClaimType.STATISTIC),
        ("The city spent $4.5 million on the new tram line.", ClaimType.STATISTIC),
        ("Inspectors counted 312 unlicensed taxis at the airport.", ClaimType.STATISTIC),
        ("A survey found that a majority of nurses plan to stay in the job.", ClaimType.STATISTIC),
        ("Landslides killed at least nine villagers.", ClaimType.CASUALTY),
        ("About 6,000 people fled their homes as the river rose.", ClaimType.CASUALTY),
        # a figure that describes a thing is not a statistic (the publisher is a claimer), and a casualty word
        # inside a name is not a casualty
        ("The commission published a 90-page report.", ClaimType.ATTRIBUTED_STATEMENT),
        ("The Refugee Law Clinic opened an office in the port.", ClaimType.EVENT),
        # three towns: a spelled-out small number without a modifier is not the point of the claim
        ("The floods swept through three towns.", ClaimType.EVENT),
    ]

    results = list(extract_sentences([text for text, _ in cases], scorer=RuleScorer()))

    assert [(text, r.claim_type) for (text, _), r in zip(cases, results, strict=True)] == cases


def test_polls_and_past_facts_are_not_predictions():
    cases = [
        # a poll's finding about expectations is a statistic
        ("Most respondents to the survey expect prices to rise, the pollster found.", ClaimType.STATISTIC),
        # a past expectation beside what happened is a past fact
        ("Analysts had expected a loss, but the airline reported a profit of $80 million.", ClaimType.STATISTIC),
        ("The council passed a bylaw that will ban diesel buses.", ClaimType.EVENT),
        # the day of what a thing follows is past
        ("The curfew follows the declaration of a state of emergency on Monday.", ClaimType.EVENT),
        # what would be without a past change is a figure of now
        ("Without that change, the jobless rate would be closer to 7.5 percent, he said.", ClaimType.STATISTIC),
        # a statement about the future still is one
        ("The central bank will cut interest rates in June.", ClaimType.PREDICTION),
        ("Forecasters expect the heatwave to last until Sunday.", ClaimType.PREDICTION),
    ]

    results = list(extract_sentences([text for text, _ in cases], scorer=RuleScorer()))

    assert [(text, r.claim_type) for (text, _), r in zip(cases, results, strict=True)] == cases


def test_durations_shares_polls_places_and_times_ahead():
    cases = [
        ("Patients waited a median of 23 weeks for a hip operation.", ClaimType.STATISTIC),
        ("Bus ridership has fallen by a quarter since the fare rise.", ClaimType.STATISTIC),
        ("Most traders polled by the exchange had expected a rate cut.", ClaimType.STATISTIC),
        ("Rebels captured the river port of Dassa overnight.", ClaimType.CONTROL),
        ("Customs officers seized the cargo at the border.", ClaimType.EVENT),
        ("The ministers are scheduled to meet next week.", ClaimType.PREDICTION),
        ("The ministers met last week.", ClaimType.EVENT),
    ]

    results = list(extract_sentences([text for text, _ in cases], scorer=RuleScorer()))

    assert [(text, r.claim_type) for (text, _), r in zip(cases, results, strict=True)] == cases


def assert_types(cases: list[tuple[str, ClaimType]]) -> None:
    results = list(extract_sentences([text for text, _ in cases], scorer=RuleScorer()))

    assert [(text, r.claim_type) for (text, _), r in zip(cases, results, strict=True)] == cases


def test_casualty_covers_harm_suffered_illness_and_injuries():
    assert_types(
        [
            ("Several inmates had been tortured, their relatives told the inquiry.", ClaimType.CASUALTY),
            ("Dozens of guests fell ill after the wedding banquet.", ClaimType.CASUALTY),
            ("Clinics in the valley have recorded 87 cases of cholera this month.", ClaimType.CASUALTY),
            ("A cyclist suffered a broken leg in the collision.", ClaimType.CASUALTY),
            # people put out of their homes, not ordered to do something else
            ("About 2,000 residents were ordered out of their homes before midnight.", ClaimType.CASUALTY),
            ("About 2,000 residents were ordered to pay a 40 euro fee.", ClaimType.STATISTIC),
            # people missing, with or without a figure (not things missing), and people taken to hospital
            ("An 81-year-old man was missing after the flood, police said.", ClaimType.CASUALTY),
            ("Two more people were still missing on Thursday morning.", ClaimType.CASUALTY),
            ("The files were missing from the archive.", ClaimType.BACKGROUND),
            ("Two firefighters were taken to hospital on Monday.", ClaimType.CASUALTY),
            ("The ministry said 37 children had been treated for dehydration.", ClaimType.CASUALTY),
        ]
    )


def test_casualty_words_that_name_no_harm_to_people():
    assert_types(
        [
            # harm done to animals is a count like any other
            ("Wardens found 40 dead dolphins on the beach.", ClaimType.STATISTIC),
            ("Rangers said about half of the 200 stranded whales had died.", ClaimType.STATISTIC),
            # harm averted, feared or found absent
            ("The garrison surrendered to prevent a bloodbath.", ClaimType.BACKGROUND),
            ("Monitors found no evidence of torture at the jail.", ClaimType.ATTRIBUTED_STATEMENT),
            # another sense of a harm verb, and a figure of speech
            ("The mayor beat her rival by 900 votes.", ClaimType.STATISTIC),
            ("Voters are sick of the endless campaign.", ClaimType.BACKGROUND),
            # harm to a thing, and to people
            ("The strong krone is hurting sales abroad.", ClaimType.BACKGROUND),
            ("The blast hurt 12 workers.", ClaimType.CASUALTY),
            # a shelter is a place until people are counted in it
            ("The mayor visited the flood shelter in Dorrel on Monday.", ClaimType.EVENT),
            ("About 2,000 people spent the night in shelters.", ClaimType.CASUALTY),
            # an escape from a crime is no displacement
            ("The alarm sounded at 3 a.m. but the thieves fled before officers arrived.", ClaimType.EVENT),
            ("About 6,000 villagers fled the fighting.", ClaimType.CASUALTY),
        ]
    )


def test_abuse_by_a_named_perpetrator_is_an_accusation():
    assert_types(
        [
            ("Protesters were beaten by riot police, a monitoring group said.", ClaimType.ACCUSATION),
            ("Protesters were beaten outside the stadium.", ClaimType.CASUALTY),
        ]
    )


def test_answering_an_accusation_is_not_one():
    assert_types(
        [
            ("The embassy rejected the accusations.", ClaimType.ATTRIBUTED_STATEMENT),
            ("The firm denied the allegation, saying it had paid 300 workers in full.", ClaimType.STATISTIC),
            ("The union accused the firm of cutting wages.", ClaimType.ACCUSATION),
        ]
    )


def test_figures_that_are_the_point_and_numbers_that_are_not():
    assert_types(
        [
            ("Three governors voted for a half-point rise.", ClaimType.STATISTIC),
            ("The 2-degree threshold was crossed in July.", ClaimType.STATISTIC),
            ("Wheat prices hit a record high.", ClaimType.STATISTIC),
            ("Enrolment has dropped by a third since the fees rose.", ClaimType.STATISTIC),
            # a distance that says where something is, and an hour of the day
            ("A shell hit a school, 30 km north of the capital.", ClaimType.EVENT),
            ("By nine the square was empty.", ClaimType.BACKGROUND),
            # a distance covered is a figure
            ("The column advanced 40 km south overnight.", ClaimType.STATISTIC),
        ]
    )


def test_more_forms_of_the_future_and_of_the_past():
    assert_types(
        [
            ("Heavy snow is forecast for the weekend.", ClaimType.PREDICTION),
            ("Investors are betting on a rate rise by September.", ClaimType.PREDICTION),
            ("A verdict may come next week, when the judges return.", ClaimType.PREDICTION),
            ("The envoy said talks had stalled and that fighting would resume.", ClaimType.PREDICTION),
            # a necessity or a condition under a reported "would", and a past promise
            ("The engineer said a driver would have to brake within 1.5 seconds.", ClaimType.STATISTIC),
            ("The official said the dam would fail if the rains continued.", ClaimType.ATTRIBUTED_STATEMENT),
            ("The mayor, who promised in May that rents would fall by the end of the year, resigned.", ClaimType.EVENT),
            # "missing" read as a progressive verb is still people missing; a thing missed is not
            ("The governor said 12 people were still missing.", ClaimType.CASUALTY),
            ("The printed report was missing 12 pages.", ClaimType.STATISTIC),
            # what was told, which the parser hangs on a noun before it as a relative clause, is still reported
            ("Henrik Aalto told analysts on a conference call that the firm would cut 600 jobs.", ClaimType.PREDICTION),
            (
                "Sofie Lindahl told parliament before the vote that the reform would save 4 billion.",
                ClaimType.PREDICTION,
            ),
            # what a past act is said to do, in an aside, is no forecast
            (
                "The council voted to close two libraries, a move it says will save 1.1 million pounds.",
                ClaimType.STATISTIC,
            ),
            # the reason a participle gives for an act is no forecast; a second report stays one
            ("Fishermen blockaded the port, saying the quotas would ruin them.", ClaimType.ATTRIBUTED_STATEMENT),
            (
                "The minister said the quotas would protect stocks, adding that talks would resume.",
                ClaimType.PREDICTION,
            ),
        ]
    )


def test_evaluations_demands_and_acts():
    assert_types(
        [
            ("It is an utter disgrace, the senator said.", ClaimType.OPINION),
            ('"Guarding a border is not a crime," the minister said.', ClaimType.OPINION),
            # a belief inside a relative clause belongs to what is reported, not to the claim (the guard is a source)
            ("The suspect allegedly drew what the guard thought was a knife.", ClaimType.ATTRIBUTED_STATEMENT),
            ("The bishop called on both sides to lay down their arms.", ClaimType.ATTRIBUTED_STATEMENT),
            ("Aid agencies urged both armies to open the road.", ClaimType.ATTRIBUTED_STATEMENT),
            ("The regulator suspended the airline's licence.", ClaimType.EVENT),
        ]
    )


def test_timetables_and_dated_conditional_forecasts_are_predictions():
    assert_types(
        [
            ("The final figures are due on Friday.", ClaimType.PREDICTION),
            ("The match is set for March 14.", ClaimType.PREDICTION),
            ("Voting starts at 8 a.m. on Saturday.", ClaimType.PREDICTION),
            ("Voting started at 8 a.m. on Saturday.", ClaimType.EVENT),
            ("The ferry service was due to resume in April, but it never did.", ClaimType.EVENT),
            # a reported "would" with a condition is a forecast when it names when
            ("The spokesman said the border would reopen on Monday if the talks went well.", ClaimType.PREDICTION),
            ("The official said the dam would fail if the rains continued.", ClaimType.ATTRIBUTED_STATEMENT),
            # (and an ultimatum, whose condition names a deadline)
            (
                "The group said it would go to court if the pushbacks did not stop by the end of May.",
                ClaimType.PREDICTION,
            ),
        ]
    )


def test_a_counted_answer_is_a_poll_finding_but_a_forecast_beside_a_poll_is_not():
    cases = [
        ("Forty percent of those asked said they would move abroad.", ClaimType.STATISTIC, "asserted"),
        ("Of 50 fund managers, 38 said they expected a rate cut.", ClaimType.STATISTIC, "asserted"),
        ("She said the survey showed a shift and predicted that she would win.", ClaimType.PREDICTION, "predicted"),
        ("Most economists expect the bank to hold rates.", ClaimType.PREDICTION, "predicted"),
        # a poll word that is no poll's finding: "polls" as polling stations open on a day ahead
        ("Polls open at seven on Sunday morning.", ClaimType.PREDICTION, "predicted"),
    ]

    results = list(extract_sentences([text for text, _, _ in cases], scorer=RuleScorer()))

    assert [(text, r.claim_type, r.hedge) for (text, _, _), r in zip(cases, results, strict=True)] == cases


def test_people_hurt_or_moved_out_and_diseases_the_lists_do_not_name():
    assert_types(
        [
            ("Medics treated 30 injured passengers at the scene.", ClaimType.CASUALTY),
            ("About 800 villagers have been moved to tents on higher ground.", ClaimType.CASUALTY),
            ("The bank moved 200 staff to its new office.", ClaimType.STATISTIC),
            ("Reported cases of rotavirus have risen by 30 percent since May.", ClaimType.CASUALTY),
            ("The clinic reported 14 cases of tonsillitis among pupils.", ClaimType.CASUALTY),
        ]
    )


def test_control_in_any_tense_and_a_share_of_territory():
    assert_types(
        [
            ("Insurgents have retaken two checkpoints on the highway.", ClaimType.CONTROL),
            ("The militia is seizing villages along the river.", ClaimType.CONTROL),
            ("The army says it controls about 70 percent of the region.", ClaimType.CONTROL),
            ("The fund controls 30 percent of the market.", ClaimType.STATISTIC),
        ]
    )


def test_extremes_and_counted_occurrences_are_statistics():
    assert_types(
        [
            ("Turnout was the lowest since 1998.", ClaimType.STATISTIC),
            ("It was the fourth power cut in the district this month.", ClaimType.STATISTIC),
            ("It was the worst storm since the war.", ClaimType.OPINION),
            ("The mayor won a second term.", ClaimType.EVENT),
        ]
    )


def test_a_verb_of_saying_used_as_an_act_reports_an_event():
    assert_types(
        [
            ("The food agency recalled the contaminated cheese.", ClaimType.EVENT),
            ("The food agency said the cheese was contaminated.", ClaimType.ATTRIBUTED_STATEMENT),
        ]
    )


def test_people_in_hospital_wounded_or_forced_from_their_homes_are_casualties():
    assert_types(
        [
            (
                "Lifeboats pulled 90 people from the sea, and 12 of them were being treated in hospital.",
                ClaimType.CASUALTY,
            ),
            ("Two passengers were in a critical condition, the operator said.", ClaimType.CASUALTY),
            ("The village clinic had treated seven wounded people, the mayor said.", ClaimType.CASUALTY),
            ("Four firefighters were treated for smoke inhalation.", ClaimType.CASUALTY),
            ("The blaze spread overnight, forcing about 2,300 people from their homes.", ClaimType.CASUALTY),
            # a hospital that is no harm done to people
            ("The hospital said it had 40 beds free.", ClaimType.STATISTIC),
        ]
    )


def test_dismissing_or_branding_something_as_a_thing_is_an_opinion():
    assert_types(
        [
            ("The residents' group dismissed the council's apology as \"far too late\".", ClaimType.OPINION),
            ('The minister branded the strike as "political theatre".', ClaimType.OPINION),
            # a denial without a characterisation stays a statement
            ("The council dismissed the complaints.", ClaimType.ATTRIBUTED_STATEMENT),
        ]
    )


def test_what_may_come_is_a_prediction_even_told_in_the_past_tense():
    assert_types(
        [
            # a possibility that moves a figure, an event said to be likely, a time ahead in reported speech
            (
                "The union warned that a long closure could push up bread prices before the harvest.",
                ClaimType.PREDICTION,
            ),
            ("She suggested that another rate cut was possible before the end of the year.", ClaimType.PREDICTION),
            ("The institute warned that a further tremor was possible over the coming week.", ClaimType.PREDICTION),
            (
                "The professor said her team planned a second trial in which pupils would hand in phones.",
                ClaimType.PREDICTION,
            ),
            # but not a possibility about what happened, nor a past time, nor a past act with a time ahead
            ("He said it was possible that the fire had been started deliberately.", ClaimType.ATTRIBUTED_STATEMENT),
            ("She said the cold may have pushed hundreds of people into shelters.", ClaimType.CASUALTY),
            # (children missing: a casualty, no forecast)
            ("He said the two children of his next-door neighbours were still missing.", ClaimType.CASUALTY),
            ("The site reported that a fix was put off until next year to save money.", ClaimType.ATTRIBUTED_STATEMENT),
            ("Officials said the talks held in March were the first since 2019.", ClaimType.ATTRIBUTED_STATEMENT),
        ]
    )


def test_a_pledge_is_a_prediction_but_a_denied_plan_and_a_pledge_a_person_is_known_for_are_not():
    assert_types(
        [
            ("He promised an additional 30 million euros for hospital cybersecurity next year.", ClaimType.PREDICTION),
            ("The mayor pledged to rebuild the bridge.", ClaimType.PREDICTION),
            ("Astel Air denied that it planned any lay-offs.", ClaimType.ATTRIBUTED_STATEMENT),
            ("The mayor had pledged to rebuild the bridge, but work never began.", ClaimType.ATTRIBUTED_STATEMENT),
            (
                "The figures embarrass the minister, who promised in March that waits would fall below 12 weeks.",
                ClaimType.STATISTIC,
            ),
        ]
    )


def test_what_may_or_could_happen_is_a_prediction_but_a_state_an_ability_or_a_question_is_not():
    assert_types(
        [
            ("Analysts said the recall could cost the company up to 90 million euros.", ClaimType.PREDICTION),
            ("An analyst said the allegations may hurt the ruling party among young voters.", ClaimType.PREDICTION),
            ("Doctors have warned that the heat may bring more cases of diarrhoea.", ClaimType.PREDICTION),
            ("The mediator said the first families could be reunited within weeks.", ClaimType.PREDICTION),
            # a state now, what something can hold or what could be heard, what was known, a question
            ("The spokesman said the real figure may be higher.", ClaimType.ATTRIBUTED_STATEMENT),
            ("The firm said 12 crashes may be linked to the faulty valve.", ClaimType.STATISTIC),
            ("The hall could hold about 300 people, the owner said.", ClaimType.STATISTIC),
            ("Residents said gunfire could be heard near the market.", ClaimType.ATTRIBUTED_STATEMENT),
            ("Parents said they did not know the disease could kill.", ClaimType.ATTRIBUTED_STATEMENT),
            ("Prosecutors are examining whether the managers could face charges.", ClaimType.EVENT),
            (
                "A teacher said engineers had warned in February that the slope could give way.",
                ClaimType.ATTRIBUTED_STATEMENT,
            ),
        ]
    )


def test_people_in_hospital_put_out_of_their_homes_or_harmed_are_casualties_and_one_in_n_is_a_figure():
    assert_types(
        [
            ("The dam failed on Tuesday, forcing about 18,000 people to leave their homes.", ClaimType.CASUALTY),
            ("The health director said two children remained in hospital.", ClaimType.CASUALTY),
            ("The director said no patient had been harmed by the delays.", ClaimType.CASUALTY),
            # a hospital that is no harm, and harm to no one
            ("The health director said the clinic would stay in the hospital wing.", ClaimType.PREDICTION),
            ("The minister said the dispute had harmed the country's reputation.", ClaimType.ATTRIBUTED_STATEMENT),
            # a share of "one in N" is a figure
            ("A charity survey found that fewer than one in three households had soap.", ClaimType.STATISTIC),
        ]
    )


def test_a_plan_in_the_progressive_is_a_prediction_and_what_would_have_been_or_was_going_to_be_is_not():
    assert_types(
        [
            ("The ministry is planning to cut the order to 180 vehicles.", ClaimType.PREDICTION),
            ("The ministry is reportedly considering cutting the order to 180 vehicles.", ClaimType.PREDICTION),
            ("The board considered selling the site in 2019.", ClaimType.ATTRIBUTED_STATEMENT),
            # a past intention and a counterfactual: nothing to come, and no one hurt
            (
                "This is a complex vehicle, and we were never going to get it right first time, the minister said.",
                ClaimType.ATTRIBUTED_STATEMENT,
            ),
            (
                "The alternative was closing two tram lines, and that would have hurt the people who can least "
                "afford it, the mayor said.",
                ClaimType.ATTRIBUTED_STATEMENT,
            ),
            ("The council is going to close the bridge in May.", ClaimType.PREDICTION),
        ]
    )


def test_a_party_saying_someone_hid_covered_up_or_lied_makes_an_accusation():
    assert_types(
        [
            (
                "The university hid at least nine accidents from regulators, a former safety officer said.",
                ClaimType.ACCUSATION,
            ),
            ("The union said the company had covered up the leak.", ClaimType.ACCUSATION),
            ("The minister lied to parliament about the contract, the opposition said.", ClaimType.ACCUSATION),
            # hiding from danger, covering a cost, and answering the charge are no accusation
            ('"We are hiding in the corridor with the children," one woman said.', ClaimType.ATTRIBUTED_STATEMENT),
            ("The insurer covered the costs of the repairs, the council said.", ClaimType.ATTRIBUTED_STATEMENT),
            ("The company denied that it had hidden the losses.", ClaimType.ATTRIBUTED_STATEMENT),
        ]
    )


def test_people_trapped_or_treated_for_an_illness_are_casualties_and_things_trapped_are_not():
    assert_types(
        [
            ("Rescuers said at least five people were still trapped under the school.", ClaimType.CASUALTY),
            ("The avalanche trapped 12 skiers on the pass.", ClaimType.CASUALTY),
            ("The storm trapped 40 cars on the motorway.", ClaimType.STATISTIC),
            ("Hospitals have treated more than 900 patients for heatstroke this week.", ClaimType.CASUALTY),
            ("The clinic treated 300 patients for free last year.", ClaimType.STATISTIC),
        ]
    )
