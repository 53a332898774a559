"""claims/extraction/attribution.py: who a sentence attributes its statement to, for every attribution form news
uses, and, in an article, quotes over several sentences, pronoun speakers, datelines and bylines, nested sources.
Example texts are written for these tests."""

import pytest
from spacy.tokens import Doc, Span

from claims.extraction.attribution import article_claimers as claimers_in_article
from claims.extraction.attribution import attribution, inside_quotation, names_a_body
from claims.extraction.nlp import get_nlp
from claims.extraction.pipeline import extract_claims, extract_sentences
from claims.extraction.scoring import RuleScorer
from claims.extraction.sentences import sentences

SENTENCE_CASES = [
    # reporting, finding, belief and stance verbs and their subject
    ("The health agency said the outbreak had peaked.", ["health agency"]),
    ("A study by the Lindgren Institute found that rents rose by a third in five years.", ["Lindgren Institute"]),
    ("Farm unions disputed the government's harvest figures.", ["Farm unions"]),
    ("The finance ministry clarified that the tax applies only to new contracts.", ["finance ministry"]),
    ("Analysts at Norvik Bank suggested that the rate cut came too late.", ["Analysts at Norvik Bank"]),
    ("The teachers' federation called on parliament to delay the reform.", ["teachers' federation"]),
    ("Aid agencies warned that the camps could run out of food within a week.", ["Aid agencies"]),
    ("The statistics bureau estimated that 12,000 jobs were lost in the quarter.", ["statistics bureau"]),
    ("Many of the residents believe the dam was never inspected.", ["Many of the residents"]),
    ("But the mayor claims that the budget is balanced.", ["mayor"]),  # "claims" tagged as a noun
    ("Some argue that the new bridge is too expensive.", ["Some"]),
    # a picture shows and no one says, unless a party released it
    ("Video footage showed smoke rising from the hangar.", []),
    ("Social media posts showed flames near the town, but the images could not be verified.", []),
    ("Photographs released by the coastguard showed a slick some 9 km long.", ["coastguard"]),
    # a participle the parser hung on a denied clause is the denier's
    ("The army denied that the town had fallen, saying its troops still held the airport.", ["army"]),
    # findings that "were shocking" are said of, and a call joined to them is the speaker's
    ("Opposition lawmaker Jana Kral said the findings were shocking and called for an inquiry.", ["Jana Kral"]),
    ("Critics said the report was flawed.", ["Critics"]),
    # who will study or welcome a report did not write it
    ("A ministry spokesman said the government would study the report carefully.", ["ministry spokesman"]),
    # those a poll asked speak when they say something, not when they only hold a view
    (
        "A Quinnipiac University poll found that 74 percent of likely voters said the returns should be released.",
        ["Quinnipiac University", "74 percent of likely voters"],
    ),
    ("A survey by the Fan Voice network found that 71 percent of fans opposed the sale.", ["Fan Voice network"]),
    # a quarrel over something puts no argument
    ("The two neighbours have argued over the course of the river border since 1991.", []),
    ("Lawyers argued the law was unconstitutional.", ["Lawyers"]),
    # a person showing remorse or courage says nothing; figures showing a rise do
    ("Judge Carla Wende said the defendant had shown no remorse.", ["Carla Wende"]),
    ("Figures from the statistics office showed a 3 percent rise in prices.", ["Figures from the statistics office"]),
    # a thing showing its state finds nothing
    ("Ruth Ansah said the dam had shown cracks for months before it failed.", ["Ruth Ansah"]),
    ("Inspectors said the bridge's cables showed signs of corrosion.", ["Inspectors"]),
    # a state declared into being is an act, no statement
    ("The government declared a state of emergency in the north on Monday.", []),
    ("The minister declared that the crisis was over.", ["minister"]),
    (
        "Prime Minister Dorian Pashku declared a state of emergency and, in a televised address, said his cabinet "
        "had set aside 85 million dinars.",
        ["Dorian Pashku"],
    ),
    # what "was to blame" is responsible, and says nothing
    ("Officials said poor maintenance was to blame for the collapse.", ["Officials"]),
    ("The study said warmer winters were to blame.", ["study"]),
    # what a speaker reads a result, a survey or figures as is their own claim
    ("Marco Vell said the result showed the coalition was weak.", ["Marco Vell"]),
    ("Osei said the study's results did not show that the fish was harmful.", ["Osei"]),
    ("Renata Vollmer said a survey of members had found that 38 percent planned to wait.", ["Renata Vollmer"]),
    # a market's demand that holds up or falls says nothing
    ("The association said demand from first-time buyers had held up.", ["association"]),
    # a body's refusal that suggests something is no source
    ("Mira Okonjo said the bank's refusal to comment suggested it was not in control.", ["Mira Okonjo"]),
    # a group by the name it goes by
    ("A group calling itself Black Lantern claimed responsibility for the attack.", ["Black Lantern"]),
    ("A militia known as the Sons of Dawn said it carried out the bombing.", ["Sons of Dawn"]),
    # a mishap that "showed" something is no source; the party who says so is
    ("Consumer group FairLine said the breach showed that operators still neglect security.", ["FairLine"]),
    # a document acted on says nothing; one whose content the sentence gives does
    ("The report's findings will be published next week.", []),
    (
        "A report by the water agency was published on Monday, showing that 40 percent of wells were dry.",
        ["water agency"],
    ),
    # a statement produced is the producer's, one received is not
    ("The opposition delivered a speech attacking the budget.", ["opposition"]),
    ("The minister faced criticism over the delays.", []),
    ("The survey by the Halden Institute put the ruling party on 31 percent.", ["Halden Institute"]),
    (
        "Waiting times rose to 21 weeks in March, according to figures published by the regional health board.",
        ["regional health board"],
    ),
    # a participle the parser hung on a reported clause joined to another is the speaker's
    (
        "Judge Annelie Vos ruled that Lenz would get a fair trial and that conditions in its prisons did not breach "
        "his rights, rejecting the two main arguments of the defence.",
        ["Annelie Vos"],
    ),
    # "its report" closing what it says is the report of the body that did it
    ("The coastguard recorded 31 discharges in 2025, its annual report said.", ["coastguard"]),
    ("Unemployment rose to 7 percent, its report said.", ["its report"]),
    # (but people cited are the source, however they were reached)
    ("The rebels set fire to the plant, according to two survivors reached by telephone.", ["two survivors"]),
    ("The institute questioned 2,000 adults by telephone last week.", []),
    ("Analysts questioned whether the plan could be paid for.", ["Analysts"]),
    # verbs that are cues with their particle or preposition
    ("The bishop spoke of a crisis of trust in the church.", ["bishop"]),
    ("Economists point to rising rents as the main cause of the strikes.", ["Economists"]),
    ("The minister spoke to reporters on Monday.", []),
    # a participle takes the subject of the verb it hangs on
    ("The senator attacked the plan, saying it would raise taxes for small farms.", ["senator"]),
    # "according to", "in a statement", nominal cues
    ("According to the coast guard, the ferry was carrying 300 passengers.", ["coast guard"]),
    ("In a statement, the port authority said the terminal would reopen on Monday.", ["port authority"]),
    ("In a statement on Friday, the port authority blamed the delays on a strike.", ["port authority"]),
    ("The mayor's statement that the bridge was safe drew criticism.", ["mayor"]),
    ("The regulator's report found that prices rose twice as fast as wages.", ["regulator"]),
    (
        "A report by the audit office, published on Monday, says the hospital overspent by 4 million euros.",
        ["audit office"],
    ),
    # colon quotes
    ('Said the harbour master: "Nobody was hurt."', ["harbour master"]),
    ("MORALES: We have had no running water for a week.", ["MORALES"]),
    ('The governor continued: "We will rebuild every school."', ["governor"]),
    ('Renko put it plainly after the vote: "Tonight we kept our promise."', ["Renko"]),
    ('The union leader was blunt in a statement: "The orders have dried up."', ["union leader"]),
    ('The minister put the file on the table: "Read it."', []),
    ("(NOTE: The figures were revised on Tuesday.)", []),
    # passive agent, "X, who said", apposition, the speaker after a quote
    ("The families were told by the coroner that the inquest would resume in June.", ["coroner"]),
    ("The project has been called a waste of money by several engineers.", ["several engineers"]),
    ("The bridge was planned by the city engineers in 1990.", []),
    ("The contract was signed by Irena Volk, who said it would create 500 jobs.", ["Irena Volk"]),
    ("A spokesman for the railway, Piet Jansen, said the line would reopen on Friday.", ["Piet Jansen"]),
    ('"If the plant closes, it will hurt the town," said Anna Kovac, the union\'s leader.', ["Anna Kovac"]),
    # datelines and bylines are never claimers
    ("LISBON (Atlantic Wire) - The airline said it had cancelled 40 flights.", ["airline"]),
    ("Oslo (The Fjord Times): Police arrested two men after the robbery.", []),
    ("By Jonas Berg", []),
    # no statement: an unresolved pronoun, silence, a statement still to come, a name inside the quote
    ("He said the bridge was safe.", []),
    ("The minister did not respond to requests for comment.", []),
    ("The inquiry will report in March.", []),
    ('"Every report the ministry published was checked," the auditor said.', ["auditor"]),
    # a statement only mentioned is no source: the sentence does not give what it says
    ("The port authority had not replied to a letter the union sent on Friday.", []),
    ("The union rejected a report by the ministry.", ["union"]),
    (
        "The opposition cited a report by the audit office showing that costs had doubled.",
        ["opposition", "audit office"],
    ),
    # a cue the parser joined to the reported clause is the speaker's, when that clause's subject cannot speak
    ('Health Secretary Daniel Arkwright said the figures were "unacceptable" and promised help.', ["Daniel Arkwright"]),
    ('Opposition leader Erik Dahl said the resignation came "two days too late" and demanded a probe.', ["Erik Dahl"]),
    ("The agency said the ministry had reviewed the data and found no errors.", ["agency", "ministry"]),
    # a statement noun whose plural means something else is no cue
    ("The new vaccine cut hospital admissions by 72 percent, according to the trial's sponsor.", ["trial's sponsor"]),
    # a closing "it said" is the body its own sentence is about
    ("The consumer watchdog has fined Quanta 8 million euros, it said on Monday.", ["consumer watchdog"]),
    # calling a helpline is no statement; calling something something is
    ("Patients with questions can call the agency's helpline, which is open daily.", []),
    ('Energy Minister Karl Fenwick called the decision "overdue".', ["Karl Fenwick"]),
    # calling a strike or an election sets it going; calling the strike something judges it
    ("The union has called a one-day strike for next Thursday.", []),
    ("Residents with questions can call the county helpline on 0800 414 200.", []),
    ('The minister called the strike "irresponsible".', ["minister"]),
    # a name beside a person's word is a person's, whatever place the tagger took it for
    ("The family's lawyer, Ines Marrow, rejected that account.", ["Ines Marrow"]),
    # results are the findings of whoever published them; a name beside a word that cannot speak speaks
    (
        "Test results published on Monday by the National Environment Agency showed copper levels 120 times the limit.",
        ["National Environment Agency"],
    ),
    ("The technology site Bytewatch reported on Tuesday that managers had known since 2024.", ["Bytewatch"]),
    # what happened bears nothing out by itself; a study does, but in what a party says, it is the party's reading
    ("Leena Hart, a researcher, said the row showed that nobody was responsible.", ["Leena Hart"]),
    ("Researchers said the study showed that the drug worked.", ["Researchers"]),
    ("The study showed that the drug worked.", ["study"]),
    # an assault on a post is no statement, nor is a subject that names no one; a post online is one
    ("Gunmen attacked a police post near the border on Friday, the interior ministry said.", ["interior ministry"]),
    ("No group has claimed the bombing of the pipeline.", []),
    ("The opposition leader attacked the budget as a giveaway to banks.", ["opposition leader"]),
    ("In a post on social media, the mayor said the bridge would reopen in May.", ["mayor"]),
    # what someone has to find is no finding
    ("The finance chief said the city still had to find savings of 8 million euros.", ["finance chief"]),
    # a statement verb the parser hung on its subject, which it took for the root
    ("The city council's opposition leader, Hanna Groth, called on him to resign.", ["Hanna Groth"]),
    # a name the tagger gave no type, set beside a title; one party named twice; whose forecasts a loss is not
    ("Veltro's chief executive, Ana Rios, said the company would pay for credit monitoring.", ["Ana Rios"]),
    (
        "The Ostmark football federation has banned Raul Ferrer after finding that he bribed a referee, the "
        "federation said.",
        ["Ostmark football federation"],
    ),
    ("The agency said the loss would not affect its forecasts.", ["agency"]),
    # a name right after a closing quote's "said" that the parser gave a later verb; not whose relative she is
    ('"Today he has been held to account," said Sandra Holt, whose daughter Emma, 19, was killed.', ["Sandra Holt"]),
    # the parser ends a participle early and makes its object's last noun a second subject of the verb
    (
        "A carer accused of killing an 80-year-old resident by giving her five times the prescribed dose of morphine "
        "told the court on Tuesday that she had been exhausted.",
        ["carer"],
    ),
    # what someone was pressed or urged to do is nothing they said
    ("The leaked email showed that aides had pressed the regulator to favour the bid.", ["leaked email"]),
    # a forecast improved, a figure not confirmed: no one's statement
    ("The ministry had hoped the new radar would improve flood forecasts in the valley.", []),
    ("The deaths have not been confirmed by laboratory tests.", []),
    # a challenge in court is a lawsuit; a challenge to figures is a statement
    ("Two brewers may challenge the levy in court.", []),
    # approving a law or declaring a day of mourning is an act; approving of one is a view
    ("Lawmakers approved a tax on sugary drinks by 212 votes to 187.", []),
    ("The two sides agreed to a 30-day ceasefire, the mediators said.", ["mediators"]),
    ("Two lawmakers have agreed to repay the money in full.", []),
    ("The minister agreed that the figures were wrong.", ["minister"]),
    ("The regional government declared Friday a day of mourning.", []),
    ("Most farmers approve of the new subsidy, the survey found.", ["Most farmers", "survey"]),
    ("The farmers' union challenged the ministry's harvest figures.", ["farmers' union"]),
]


def test_claimers_of_each_attribution_form():
    texts = [text for text, _ in SENTENCE_CASES]

    results = list(extract_sentences(texts, scorer=RuleScorer()))

    assert [(text, r.claimers) for text, r in zip(texts, results, strict=True)] == SENTENCE_CASES


def test_a_claim_another_party_rejects_is_not_that_partys_claim():
    text = "Pharmacists said shortages had spread to four cities, a claim the ministry rejected."

    [result] = extract_sentences([text], scorer=RuleScorer())

    assert result.claimers == ["Pharmacists"]


def article_claimers(text: str) -> list[tuple[str, list[str]]]:
    claims = extract_claims(text, outlet="Harbour Gazette", scorer=RuleScorer())
    return [(text[c.start : c.end], c.claimers) for c in claims]


def test_a_quote_over_several_sentences_keeps_its_speaker():
    text = (
        '"The fog came in very fast," said Captain Erik Dahl, who commands the rescue unit. '
        '"We pulled eleven people from the water. Two of them are in hospital."'
    )

    assert article_claimers(text) == [
        ('"The fog came in very fast," said Captain Erik Dahl, who commands the rescue unit.', ["Erik Dahl"]),
        ('"We pulled eleven people from the water.', ["Erik Dahl"]),
        ('Two of them are in hospital."', ["Erik Dahl"]),
    ]


def test_inside_quotation_tells_the_words_of_a_quote_over_several_sentences_from_the_rest():
    doc = get_nlp()(
        'Port director Sanna Koivu spoke after the vote. "We lost three ships last week. He told us they would '
        'not come back. Nobody here has seen a winter like this," she said.'
    )
    sents = list(sentences(doc))
    resolved = claimers_in_article(sents)

    pairs = zip(sents, resolved, strict=True)
    inside = [[t.text for t in sent if inside_quotation(att, t.i)] for sent, (att, _) in pairs]
    assert [att.in_quotation for att, _ in resolved] == [False, True, True, False]
    assert inside == [
        [],
        ['"', "We", "lost", "three", "ships", "last", "week", "."],
        ["He", "told", "us", "they", "would", "not", "come", "back", "."],
        ["Nobody", "here", "has", "seen", "a", "winter", "like", "this", ","],
    ]
    assert [claimers for _, claimers in resolved] == [[], ["Sanna Koivu"], ["Sanna Koivu"], ["Sanna Koivu"]]
    assert inside_quotation(None, 0) is False


def test_a_quote_running_over_paragraphs_and_one_announced_by_a_colon_keep_their_speakers():
    text = (
        '"The crews were exhausted," said Lena Berg of the seafarers\' union. "Some had worked for twenty hours '
        "without a break.\n\n"
        '"The operator knew this and did nothing."\n\n'
        "The minister of transport said on Monday that the inquiry would report in March:\n\n"
        '"Every family deserves answers from the operator."\n\n'
        "The operator has not commented on the accusations."
    )

    assert article_claimers(text) == [
        ('"The crews were exhausted," said Lena Berg of the seafarers\' union.', ["Lena Berg"]),
        ('"Some had worked for twenty hours without a break.', ["Lena Berg"]),
        ('"The operator knew this and did nothing."', ["Lena Berg"]),
        ("The minister of transport said on Monday that the inquiry would report in March:", ["minister of transport"]),
        ('"Every family deserves answers from the operator."', ["minister of transport"]),
        ("The operator has not commented on the accusations.", ["Harbour Gazette"]),
    ]


def test_a_pronoun_speaker_is_the_nearest_compatible_person_named_before_never_a_name_inside_the_quote():
    text = (
        '"The fog came in very fast," said Captain Erik Dahl, who commands the rescue unit.\n\n'
        "The harbour authority's director, Sofie Lund, said the port would stay closed. "
        '"We must inspect every berth before we reopen," she said.\n\n'
        '"Our son Oliver loved the sea and he is at peace now," he told reporters outside the hospital.'
    )

    assert article_claimers(text) == [
        ('"The fog came in very fast," said Captain Erik Dahl, who commands the rescue unit.', ["Erik Dahl"]),
        ("The harbour authority's director, Sofie Lund, said the port would stay closed.", ["Sofie Lund"]),
        ('"We must inspect every berth before we reopen," she said.', ["Sofie Lund"]),
        (
            '"Our son Oliver loved the sea and he is at peace now," he told reporters outside the hospital.',
            ["Erik Dahl"],
        ),
    ]


def test_a_pronoun_speaker_after_an_accusation_is_the_person_accused_not_an_earlier_speaker():
    text = (
        'His lawyer, Pieter Dahlgren, said the defence would appeal. "My client is innocent," Dahlgren said.\n\n'
        "Ostravian prosecutors accuse Viktor Lenz of hiding the bank's losses for four years. "
        "He denies all the charges."
    )

    assert article_claimers(text)[-1] == ("He denies all the charges.", ["Viktor Lenz"])


def test_a_pronoun_with_no_compatible_speaker_before_it_names_no_one():
    text = (
        "Maria Santos, the head of the clinic, said the vaccines had arrived.\n\n"
        '"Our daughter Clara is safe now," he said.'
    )

    assert article_claimers(text) == [
        ("Maria Santos, the head of the clinic, said the vaccines had arrived.", ["Maria Santos"]),
        ('"Our daughter Clara is safe now," he said.', ["Harbour Gazette"]),
    ]


def test_they_after_two_named_sources_is_both_of_them():
    text = (
        "Border Watch and the Refugee Legal Centre said on Tuesday that 38 people had been turned back. "
        "They said the practice broke international law."
    )

    assert article_claimers(text) == [
        (
            "Border Watch and the Refugee Legal Centre said on Tuesday that 38 people had been turned back.",
            ["Border Watch", "Refugee Legal Centre"],
        ),
        ("They said the practice broke international law.", ["Border Watch", "Refugee Legal Centre"]),
    ]


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("OSLO (Nordic Wire) - ", "Two ferries collided in the harbour on Sunday, the coast guard said."),
        ("Bergen (The Fjord Times): ", "Two ferries collided in the harbour on Sunday, the coast guard said."),
    ],
)
def test_a_dateline_is_never_a_claimer(dateline, sentence):
    # the dateline may be parsed as a sentence of its own (the outlet's, like any sentence that names no source)
    claimers = [claimers for _, claimers in article_claimers(dateline + sentence)]
    assert claimers[-1] == ["coast guard"]
    assert claimers[:-1] in ([], [["Harbour Gazette"]])


def test_a_byline_is_never_a_claimer():
    text = "By Jonas Berg\n\nThe ferry operator said the crossing would resume on Friday."

    assert [claimers for _, claimers in article_claimers(text)] == [["ferry operator"]]


@pytest.mark.parametrize(
    "text",
    [
        "By Tuesday evening, the coast guard said, the crossing had reopened.",
        "By midday the coast guard said the crossing had reopened.",
    ],
)
def test_a_sentence_opening_with_by_and_a_time_is_no_byline(text):
    assert article_claimers(text) == [(text, ["coast guard"])]


def test_a_closing_speech_tag_the_parser_read_as_a_participle_still_names_the_speaker():
    text = (
        "Households that install rooftop solar panels will be paid 40 percent less for the electricity they sell "
        "to the grid from April, the energy regulator announced on Wednesday."
    )

    assert article_claimers(text) == [(text, ["energy regulator"])]
    # a thing the participle describes is no speaker
    other = "Households will pay less, the plan announced on Wednesday."
    assert article_claimers(other) == [(other, ["Harbour Gazette"])]  # the outlet's own


def test_nested_attribution_keeps_every_source_outermost_first():
    text = "The Baltic Tribune reported that Amnesty International said the crews had worked illegal shifts."

    assert article_claimers(text) == [(text, ["Baltic Tribune", "Amnesty International"])]


def test_a_pronoun_speaker_comes_first_beside_the_sources_it_cites():
    text = (
        "The mine's safety manager, Greta Holm, said the tunnel had been sealed. "
        "Engineers expect to reopen it within a month, she added."
    )

    assert article_claimers(text) == [
        ("The mine's safety manager, Greta Holm, said the tunnel had been sealed.", ["Greta Holm"]),
        ("Engineers expect to reopen it within a month, she added.", ["Greta Holm", "Engineers"]),
    ]


def test_a_speakers_own_they_or_it_in_what_they_report_cites_no_one_else():
    text = (
        "The fleet shrank by a sixth, according to the Nordic Fisheries Council. "
        "Dock workers said they supported the fishermen. "
        "The port authority said it backed the blockade."
    )

    assert article_claimers(text) == [
        ("The fleet shrank by a sixth, according to the Nordic Fisheries Council.", ["Nordic Fisheries Council"]),
        ("Dock workers said they supported the fishermen.", ["Dock workers"]),
        ("The port authority said it backed the blockade.", ["port authority"]),
    ]
    # a statement noun in what the speaker reports is theirs too ("it respected the ruling")
    ruling = "The court struck the law down. The interior ministry said it respected the ruling."
    assert article_claimers(ruling)[1] == ("The interior ministry said it respected the ruling.", ["interior ministry"])


def test_a_passive_agent_is_a_later_he_and_a_when_clause_cites_no_one():
    text = (
        "The case was brought by journalist Teodor Lanz, whose phone was searched in 2024. "
        "He said he had learned of the search only when a detective quoted one of his messages back to him."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [["Harbour Gazette"], ["Teodor Lanz"]]


def test_a_speech_tag_the_parser_hung_inside_the_quotation_it_closes_names_the_claimer():
    text = (
        '"We processed every claim as quickly as our systems allowed during an unprecedented period," a spokesman '
        "said in a statement."
    )

    assert article_claimers(text) == [(text, ["spokesman"])]


def test_a_name_set_beside_a_word_for_a_person_after_a_quotation_is_the_speaker_whatever_its_tag():
    # the parser makes "executive" an object inside the quotation and "told" has no subject; the tagger types the
    # name an organisation
    text = (
        'The board cut supplies on Monday. "We have not had rain since March. Every week we wait, the choice gets '
        "harder,\" the board's chief executive, Ilse Varga, told a news conference."
    )

    assert article_claimers(text) == [
        ("The board cut supplies on Monday.", ["Harbour Gazette"]),
        ('"We have not had rain since March.', ["Ilse Varga"]),
        (
            "Every week we wait, the choice gets harder,\" the board's chief executive, Ilse Varga, told a news "
            "conference.",
            ["Ilse Varga"],
        ),
    ]


def test_he_right_after_a_speaker_the_tagger_typed_an_organisation_is_that_speaker_when_no_person_fits():
    # "Lucan Brandt" is typed an organisation; the next sentence's "he" has no person to stand for but him
    text = 'Lucan Brandt said the extension bought time. "Until they do, this is a pause, not a peace," he said.'
    # a business's name never reads as a person's
    business = 'Tessar Energy said the dam was safe. "We inspect it every year," he said.'

    assert article_claimers(text) == [
        ("Lucan Brandt said the extension bought time.", ["Lucan Brandt"]),
        ('"Until they do, this is a pause, not a peace," he said.', ["Lucan Brandt"]),
    ]
    assert article_claimers(business) == [
        ("Tessar Energy said the dam was safe.", ["Tessar Energy"]),
        ('"We inspect it every year," he said.', ["Harbour Gazette"]),
    ]


def test_who_cites_a_source_is_the_reporter_not_the_subject_of_what_is_reported():
    text = (
        "The Lovrin Herald reported that managers had ignored warnings, citing a former engineer at the company. "
        "The governor said the fire had been started deliberately, citing witnesses."
    )

    assert article_claimers(text) == [
        (
            "The Lovrin Herald reported that managers had ignored warnings, citing a former engineer at the company.",
            ["Lovrin Herald"],
        ),
        ("The governor said the fire had been started deliberately, citing witnesses.", ["governor"]),
    ]


def test_admitting_people_is_no_confession_but_admitting_that_something_is_so_is():
    text = (
        "The medical school admits about 180 students a year from 2,500 applicants. The hospital admitted patients "
        "from three towns. The minister admitted that the figures were wrong."
    )

    assert article_claimers(text) == [
        ("The medical school admits about 180 students a year from 2,500 applicants.", ["Harbour Gazette"]),
        ("The hospital admitted patients from three towns.", ["Harbour Gazette"]),
        ("The minister admitted that the figures were wrong.", ["minister"]),
    ]


def test_a_verb_of_saying_the_parser_could_not_place_speaks_for_the_subject_it_hangs_on():
    # the parser makes "said" a "dep" of "gathered"
    text = (
        "Relatives gathered outside the gates said they had heard that a second inmate had died, but officials "
        "would not confirm it."
    )

    assert article_claimers(text) == [(text, ["Relatives", "officials"])]


def test_a_purpose_is_no_statement_but_a_purpose_that_says_something_is():
    march = "Police fired tear gas to disperse teachers marching on parliament to demand higher pay."
    warning = "The minister went on television to warn that prices would rise."

    assert article_claimers(march) == [(march, ["Harbour Gazette"])]
    assert article_claimers(warning) == [(warning, ["minister"])]


def test_a_clause_taken_out_of_its_sentence_with_a_speaker_of_its_own_is_that_speakers():
    text = (
        "The number of cholera cases in the province has risen to 340, the health ministry said on Wednesday, as aid "
        "groups warned that contaminated water could spread the disease further."
    )

    assert article_claimers(text) == [
        (
            "The number of cholera cases in the province has risen to 340, the health ministry said on Wednesday",
            ["health ministry"],
        ),
        ("aid groups warned that contaminated water could spread the disease further", ["aid groups"]),
    ]


def test_adding_to_something_is_no_speech():
    text = 'The figures add to pressure on the central bank. "We will act," the governor added.'

    assert article_claimers(text) == [
        ("The figures add to pressure on the central bank.", ["Harbour Gazette"]),
        ('"We will act," the governor added.', ["governor"]),
    ]


def test_a_first_name_and_surname_the_tagger_calls_an_organisation_is_a_person_who_can_be_she():
    text = (
        'Helena Mets said the lottery had tightened its controls. "We owe it to the people who buy tickets," she said.'
    )

    assert article_claimers(text) == [
        ("Helena Mets said the lottery had tightened its controls.", ["Helena Mets"]),
        ('"We owe it to the people who buy tickets," she said.', ["Helena Mets"]),
    ]


def test_he_is_a_person_never_the_company_named_last():
    text = (
        "The mining company Norvik Metals said production would fall by a tenth. Its finance director, Peter Olsen, "
        "spoke to analysts on Tuesday. He estimated the closure would cost 40 million dollars."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [
        ["Norvik Metals"],
        ["Harbour Gazette"],
        ["Peter Olsen"],
    ]


# --- rows of one article (extract_sentences with ``articles``) -------------------------------------------------------


def row_claimers(rows: list[str], articles: list[str] | None = None) -> list[list[str]]:
    articles = articles if articles is not None else ["a"] * len(rows)
    return [r.claimers for r in extract_sentences(rows, articles=articles, scorer=RuleScorer())]


def test_rows_of_a_quotation_keep_the_speaker_named_in_any_of_them():
    rows = [
        "“The water rose faster than anyone expected.",
        "We moved 200 families to the school overnight.",
        "Nobody was hurt,” said Marta Ilves, the mayor of Kessel.",
        "The river is expected to fall by Friday.",
    ]

    assert row_claimers(rows) == [["Marta Ilves"], ["Marta Ilves"], ["Marta Ilves"], []]
    # read one at a time, the rows inside the quotation name no one
    assert row_claimers(rows, articles=["a#1", "a#2", "a#3", "a#4"]) == [[], [], ["Marta Ilves"], []]


def test_a_speech_tag_or_a_signature_after_a_quotation_names_its_speaker_and_a_bare_tag_holds_no_statement():
    rows = [
        '"Why should my family pay for their mistakes?',
        'We were never asked."',
        "a farmer in the delta asks.",
        "“The road is gone and the bridge is gone.”",
        "― Lea Brand, a teacher",
        "“We lost the harvest.”",
        "― Tomas Ruud",
    ]

    assert row_claimers(rows) == [
        ["farmer in the delta"],
        ["farmer in the delta"],
        [],
        ["Lea Brand"],
        [],
        ["Tomas Ruud"],
        [],
    ]


def test_a_sentence_inside_a_quotation_is_the_speakers_words_not_its_own_attribution():
    rows = [
        "The union said the talks had failed.",
        '"The owners want a strike.',
        "They want the public to blame the drivers,” said Ivo Sand, the union's negotiator.",
    ]

    assert row_claimers(rows) == [["union"], ["Ivo Sand"], ["Ivo Sand"]]


def test_a_quotation_whose_row_ends_with_its_opening_mark_goes_on_in_the_next_rows():
    rows = [
        "The minister spoke in parliament on Tuesday.  ''",
        "We have no choice,'' Mr. Berg said. ''",
        "The deficit must fall.",
        "There is no other way.''",
    ]

    assert row_claimers(rows) == [[], ["Berg"], ["Berg"], ["Berg"]]


def test_a_pronoun_speaker_in_a_later_row_is_the_person_named_before():
    rows = [
        "Maria Lindqvist, the hospital's director, said the ward would close in May.",
        "The decision follows a review of staffing levels.",
        "She said 40 nurses would move to other wards.",
    ]

    assert row_claimers(rows) == [["Maria Lindqvist"], [], ["Maria Lindqvist"]]


def test_rows_of_different_articles_share_nothing():
    rows = ['"We will appeal," said the defence lawyer, Ruth Maas.', '"The verdict is final."']

    assert row_claimers(rows, articles=["a", "b"]) == [["Ruth Maas"], []]
    assert row_claimers(rows, articles=["a", "a"]) == [["Ruth Maas"], ["Ruth Maas"]]


def test_a_quoted_title_parsed_as_the_subject_gives_way_to_the_name_before_the_verb():
    # the parse of '"It is unsafe," Lopes said on "Good Morning."' with the title as the subject of "said", as the
    # parser sometimes reads a quoted programme name after the verb
    words = ["“", "It", "is", "unsafe", ",", "”", "Lopes", "said", "on", "“", "Good", "Morning", ".", "”"]
    heads = [2, 2, 7, 2, 7, 7, 7, 7, 7, 7, 11, 7, 7, 7]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "npadvmod", "ROOT", "prep", "punct", "compound"]
    deps += ["nsubj", "punct", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "ADP", "PUNCT", "PROPN", "PROPN"]
    pos += ["PUNCT", "PUNCT"]
    lemmas = [w.lower() for w in words[:7]] + ["say"] + [w.lower() for w in words[8:]]
    spaces = [False, True, True, False, False, True, True, True, True, False, True, False, False, False]
    doc = Doc(
        get_nlp().vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        ents=["O"] * 6 + ["B-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "O", "O"],
    )

    assert attribution(doc[:]).claimers == ["Lopes"]


def test_a_speaker_named_after_the_quotation_without_a_verb_speaks_the_whole_quotation():
    rows = [
        "“She has fought for this town for twenty years.",
        "One of the brightest members of the entire council,” Rep. Hanna Berglund (D-Md.)",
    ]

    assert row_claimers(rows) == [["Hanna Berglund"], ["Hanna Berglund"]]


def test_a_sentence_the_splitter_cut_before_its_verb_of_saying_gets_its_subject_from_the_row_before():
    rows = [
        "The council will vote on the budget next week, Rep. Dana Ortiz (D-Calif.)",
        "told reporters on Monday.",
        "Rep. Omar Haddad (R-Texas)",
        "said the budget would not pass.",
    ]

    assert row_claimers(rows) == [["Dana Ortiz"], [], [], ["Omar Haddad"]]


def test_a_headline_label_before_a_colon_is_a_speaker_when_the_article_names_that_party():
    rows = [
        "Lindqvist: The ward will stay open until the summer.",
        "Update: The ward will stay open until the summer.",
        "Maria Lindqvist, the hospital's director, spoke to staff on Monday.",
    ]

    assert row_claimers(rows) == [["Lindqvist"], [], []]


def test_a_claimer_phrase_never_reaches_back_over_a_line_break():
    # the parser hangs the byline's last words on the next paragraph's subject ("Political Correspondent \n\n
    # Lawmakers in Marren")
    text = (
        "By Elena Dusek, Political Correspondent\n\n"
        "Lawmakers in Marren rejected the 2027 budget by 112 votes to 97 on Tuesday.\n\n"
        "The bill sets spending at 214 billion marks."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [["Lawmakers in Marren"], ["Harbour Gazette"]]


def test_a_claimer_given_by_a_word_the_article_named_is_that_name():
    text = (
        "Judge Miriam Olsen sentenced the former bank manager to six years in prison on Monday. "
        "The judge said the fraud had been planned for years.\n\n"
        "The ferry's operator, Velan Island Lines, said the crew had followed procedures. "
        "Renata Obi, 29, who swam to a life raft, said the crew had fled first. "
        "It denied that the ferry had been overloaded."
    )

    # "It" is no person, though the tagger typed "Renata Obi" as nothing
    assert [claimers for _, claimers in article_claimers(text)][1:] == [
        ["Miriam Olsen"],
        ["Velan Island Lines"],
        ["Renata Obi"],
        ["Velan Island Lines"],
    ]


def test_he_in_what_a_named_persons_office_says_is_that_person_though_the_tagger_typed_the_surname_otherwise():
    text = (
        "Incumbent mayor Oskar Brandt won by 212 votes. Lina Ferreira, who finished second, said the count was "
        "flawed.\n\n"
        "Brandt's office said he respected the court's decision but believed he would win again."
    )

    # not Lina Ferreira, the speaker named last
    assert [claimers for _, claimers in article_claimers(text)][2] == ["Brandt's office", "Oskar Brandt"]


def test_a_claim_names_its_claimer_as_the_article_named_them_in_full():
    text = (
        "The Consumer Markets Authority fined SkyHop 3.2 million euros. Union chairman Piet Hollander called the fine "
        "too small.\n\n"
        "The authority said it had received 5,000 complaints. Hollander said the airline had ignored them."
    )

    claims = extract_claims(text, scorer=RuleScorer())

    assert [c.claimers for c in claims] == [
        [],
        ["Piet Hollander"],
        ["Consumer Markets Authority"],
        ["Piet Hollander"],
    ]


def test_a_quotation_keeps_its_speaker_when_the_next_paragraph_opens_with_someone_elses_short_statement():
    text = (
        '"This is the price of high interest rates," said Ingrid Sollie, chief economist at Fjordbank. "Households '
        'have stopped spending."\n\n'
        "Finance Minister Karl Lund disagreed."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [
        ["Ingrid Sollie"],
        ["Ingrid Sollie"],
        ["Karl Lund"],
    ]


def test_a_name_after_a_person_noun_the_parser_hung_elsewhere_is_that_persons():
    text = "The slide swept away 30 houses, according to the town's mayor, Rosa Quispe."

    assert [claimers for _, claimers in article_claimers(text)] == [["Rosa Quispe"]]


def test_a_name_set_beside_a_person_noun_is_a_person_whatever_the_tagger_typed_it():
    text = (
        "Danescu, 61, denies the charges. His lawyer, Corina Pavel, said the defence would appeal. "
        '"My client will not get a fair trial in Velmark," she told reporters.'
    )

    assert [claimers for _, claimers in article_claimers(text)] == [["Danescu"], ["Corina Pavel"], ["Corina Pavel"]]


def test_he_after_an_unnamed_spokesman_of_a_body_is_that_spokesman():
    text = (
        "Officials blamed the Free Tarsi Movement, a separatist group. A spokesman for the movement denied it was "
        'involved. "We do not attack police officers," he told Frontline News by phone.'
    )

    claims = extract_claims(text, scorer=RuleScorer())

    # (the claimer as the text names him)
    assert [(c.claimers, c.text) for c in claims][-1] == (
        ["spokesman for the Free Tarsi Movement"],
        '"We do not attack police officers," the spokesman for the Free Tarsi Movement told Frontline News by phone.',
    )


def test_a_surname_speaker_is_the_person_named_before_as_an_object_and_he_is_that_person():
    text = (
        "The federation has banned Raul Ferrer for five years. Ferrer denied wrongdoing. "
        '"I have never offered money to anyone," he said in a statement.'
    )

    assert article_claimers(text) == [
        ("The federation has banned Raul Ferrer for five years.", ["Harbour Gazette"]),
        ("Ferrer denied wrongdoing.", ["Raul Ferrer"]),
        ('"I have never offered money to anyone," he said in a statement.', ["Raul Ferrer"]),
    ]


def test_a_body_named_right_after_its_kind_is_the_claimer_whatever_the_tagger_typed_it():
    text = (
        "Residents said the expansion would double the number of flights. A group representing them, Quiet Skies, "
        "said it would go to court.\n\nThe environmental group Green Coast said the project would add about 1.1 "
        "million tonnes of carbon dioxide a year."
    )

    claims = extract_claims(text, scorer=RuleScorer())
    assert claims[-1].claimers == ["Green Coast"]  # (the project adds tonnes, it says nothing)


def test_an_apposition_the_parser_made_a_second_subject_is_not_the_speaker():
    # a paragraph break before it makes the parser read "the country's fourth-largest" as a subject of its own
    text = (
        "Halvor Bank said on Wednesday it would cut 1,500 jobs.\n\nThe lender, the country's fourth-largest, blamed "
        "lower interest rates. It said most of the cuts would come from closing 90 branches."
    )

    claims = extract_claims(text, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][1:] == [
        ("Halvor Bank, the country's fourth-largest, blamed lower interest rates.", ["Halvor Bank"]),
        ("Halvor Bank said most of the cuts would come from closing 90 branches.", ["Halvor Bank"]),
    ]
    # a closing speech tag whose subject the parser also hung the opening noun on is still the tag's speaker
    tag = (
        "A wildfire destroyed 40 homes on Wednesday and forced 2,000 people to leave, the civil protection agency said."
    )
    assert [c.claimers for c in extract_claims(tag, scorer=RuleScorer())] == [["civil protection agency"]]


def test_a_speaker_named_by_surname_is_the_person_named_before_whatever_the_tagger_typed_the_surname():
    text = (
        "The council rejected an amendment from councillor Rosa Lindqvist that would have diverted 6 million dollars "
        "from the police budget to a mental health crisis service. Lindqvist, who represents the city's east side, "
        'said she was "disappointed but not surprised."\n\n'
        '"We keep paying for the same answers to problems that are getting worse," she told reporters.'
    )

    assert [claimers for _, claimers in article_claimers(text)] == [["council"], ["Rosa Lindqvist"], ["Rosa Lindqvist"]]


def test_a_speaker_the_tagger_typed_nothing_is_a_person_when_the_name_before_the_surname_is_a_first_name():
    text = (
        'In a statement, Assistant Chief Constable Helen Marchbank said: "This is a tragic outcome. We will cooperate '
        'fully with the investigation."\n\nShe said the officer who fired had been placed on restricted duties.'
    )

    assert [claimers for _, claimers in article_claimers(text)][-1] == ["Assistant Chief Constable Helen Marchbank"]


def test_a_name_after_dr_is_a_person_whatever_the_tagger_typed_it():
    text = "Dr Nkechi Halvorsen said the agency had identified 30 accounts."

    claims = extract_claims(text, scorer=RuleScorer())

    assert [(c.claimers, c.text) for c in claims] == [
        (["Nkechi Halvorsen", "agency"], "Dr Nkechi Halvorsen said the agency had identified 30 accounts.")
    ]


def test_an_unnamed_speaker_is_named_without_the_clause_after_a_comma_and_is_the_she_of_the_next_quote():
    text = (
        "A spokesman for the ministry said two soldiers had been wounded.\n\n"
        "A 45-year-old teacher in Velmar, who asked not to be named for fear of reprisals, said residents had queued "
        'for hours. "For the first time in weeks my children slept. We are afraid to hope," she said.'
    )

    assert [claimers for _, claimers in article_claimers(text)] == [
        ["spokesman for the ministry"],
        ["45-year-old teacher in Velmar"],
        ["45-year-old teacher in Velmar"],
        ["45-year-old teacher in Velmar"],
    ]


def test_a_speaker_described_with_a_clause_or_apposition_after_a_comma_is_named_without_it_but_a_list_stays():
    text = (
        "The family of Arthur Penhale, an 81-year-old retired postman who died on the ward, said staff had waited "
        "nine days to tell them. Relatives of patients with a high fever, joint pain or a rash said they had been "
        "turned away."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [
        ["family of Arthur Penhale"],
        ["Relatives of patients with a high fever, joint pain or a rash"],
    ]


def test_a_group_posting_pictures_makes_no_statement():
    text = (
        "An armed group in northern Sarenne said on Sunday it had seized the airport.\n\n"
        "The group, which calls itself the Patriotic Defence Movement, posted photographs on social media that "
        "appeared to show its fighters on the runway."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [
        ["armed group in northern Sarenne"],
        ["Harbour Gazette"],
    ]


def test_a_named_person_set_off_by_a_relative_clause_speaks_and_a_capitalised_noun_is_nobody():
    text = (
        "The commission said Benedek had 52,306 votes against 52,265 for Hana Ostrowska of the Green Left. Turnout "
        "was 48.7 percent, it said. Ostrowska said she would go to court.\n\n"
        "Ilona Hrabec, whose son Marek, 24, is among the trapped men, said he had started at the mine last year. "
        '"He told me the ceiling was singing. Nobody listened to him," she said.'
    )

    assert article_claimers(text) == [
        (
            "The commission said Benedek had 52,306 votes against 52,265 for Hana Ostrowska of the Green Left.",
            ["commission"],
        ),
        ("Turnout was 48.7 percent, it said.", ["commission"]),
        ("Ostrowska said she would go to court.", ["Hana Ostrowska"]),
        (
            "Ilona Hrabec, whose son Marek, 24, is among the trapped men, said he had started at the mine last year.",
            ["Ilona Hrabec"],
        ),
        ('"He told me the ceiling was singing.', ["Ilona Hrabec"]),
        ('Nobody listened to him," she said.', ["Ilona Hrabec"]),
    ]


def test_a_named_person_the_tagger_typed_a_place_is_a_person_when_the_sentence_says_so():
    text = (
        "The Civic Union's leader, Marta Iversen, said the result showed that voters were tired of rising rents. "
        '"People are paying a third of their income for a roof," she said at a rally.'
    )

    # (what she says the result showed is her claim: the result is no source beside her)
    assert [claimers for _, claimers in article_claimers(text)] == [["Marta Iversen"], ["Marta Iversen"]]


def test_a_closing_speech_tags_pronoun_names_the_speaker_over_a_cue_inside_the_clause_it_tags():
    text = (
        "Among those held is Lena Harkov, a photographer for the independent weekly Kolo, according to the paper's "
        "editor, Piotr Vasil. She had been wearing a press vest and had shown her pass to officers, he said."
    )

    assert article_claimers(text)[1] == (
        "She had been wearing a press vest and had shown her pass to officers, he said.",
        ["Piotr Vasil"],
    )


def test_a_given_name_set_beside_a_word_for_a_relative_is_that_person():
    text = (
        "Vasc's sister, Ilona, said the family had been shown his body. \"They told us his heart stopped. Nobody "
        'told us why," she said.'
    )

    assert [claimers for _, claimers in article_claimers(text)] == [["Ilona"], ["Ilona"], ["Ilona"]]


def test_the_group_is_an_organisation_named_before_not_people_or_a_thing():
    # "the group" refers back to a body, never to the voters or the recount a claim before cited
    text = (
        "Fair Vote, a monitoring body, had asked for the recount in Dorvel. "
        "Mayor-elect Tomas Brandl thanked his supporters on Monday. "
        "He said the recount had confirmed that voters wanted change. "
        "The group called for an inquiry into the first count, said Anna Pel, a spokeswoman."
    )

    assert [claimers for _, claimers in article_claimers(text)][-1] == ["Fair Vote", "Anna Pel"]


def test_the_group_denying_an_accusation_is_the_group_accused_not_its_accuser():
    text = (
        "The interior ministry blamed the separatist Free Karsk Front for the bombing. "
        "The group denied involvement in a statement on its website."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [["interior ministry"], ["Free Karsk Front"]]


def test_a_quotation_after_a_tagged_one_is_the_same_speakers_not_that_of_one_who_disagrees_after_it():
    text = (
        'The mayor, Anna Lund, defended the budget. "We have cut waste, not services," she told the council. '
        '"Every library stays open." Opposition leader Piotr Dahl disagreed.'
    )

    assert [claimers for _, claimers in article_claimers(text)] == [
        ["Anna Lund"],
        ["Anna Lund"],
        ["Anna Lund"],
        ["Piotr Dahl"],
    ]


def test_no_claimer_from_a_misparsed_verb_or_from_warnings_someone_ignored():
    # "cracks in the roof supports" is no one supporting anything; those who ignored warnings did not give them
    text = (
        "The union's leader, Oksana Teller, said workers had reported cracks in the roof supports since March "
        "and that managers had ignored at least five written warnings."
    )

    assert article_claimers(text) == [(text, ["Oksana Teller", "workers"])]


def test_a_name_the_tagger_typed_a_date_beside_a_person_noun_is_the_speaker():
    text = (
        '"Every protected depositor will be paid in full. I want to be clear about that," the authority\'s chair, '
        "Rosalind Tarrow, told a news conference. She said no buyer had yet been found for the bank."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [["Rosalind Tarrow"]] * 3


@pytest.mark.parametrize("name", ["Kerra Radio", "Harbour Television", "Northvale Utilities"])
def test_a_broadcaster_or_a_utility_the_tagger_typed_a_person_is_a_body(name):
    doc = get_nlp()(f"{name} reported the cracks.")
    words = len(name.split())

    assert names_a_body(Span(doc, 0, words, label="PERSON"))
    assert not names_a_body(Span(get_nlp()("Ilse Marrow reported the cracks."), 0, 2, label="PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment on the report.",
        "Neither the board nor the airline would confirm the report.",
        "The levy, which took effect on November 1, adds 12 percent to the price of fuel at the pump.",
    ],
)
def test_no_statement_in_a_refusal_a_denial_by_nobody_or_an_added_amount(text):
    assert attribution(next(iter(sentences(get_nlp()(text))))).claimers == []


def test_according_to_set_off_at_the_end_of_an_articles_sentence_covers_the_whole_sentence():
    text = (
        "The 18:10 service from Arlow to Kemby was carrying 190 passengers when its locomotive and first two carriages "
        "came off the track at about 80 km/h, according to Norvale Rail, the state-owned operator. "
        "The audit began in 2022, when inspectors found that the firm had been paid for 300 beds but delivered only "
        "180, according to the indictment."
    )

    claims = extract_claims(text, outlet="Harbour Post", scorer=RuleScorer())

    assert [c.claimers for c in claims] == [["Norvale Rail"], ["indictment"]]


def test_a_name_set_beside_a_title_is_the_speaker_whatever_the_tagger_typed_it_and_her_quote_stays_hers():
    text = (
        "Chief executive Hanne Lowry apologised in a video message. "
        'The authority\'s commissioner, Ines Barrow, called the scale of the breach "deeply concerning". '
        '"Companies have no excuse. We will not hesitate to use our full powers," she added.'
    )

    claims = extract_claims(text, outlet="Harbour Post", scorer=RuleScorer())

    assert [c.claimers for c in claims] == [["Hanne Lowry"], ["Ines Barrow"], ["Ines Barrow"], ["Ines Barrow"]]


def test_the_report_a_later_sentence_cites_is_its_makers_not_the_journal_s():
    text = (
        "Dariusz Brenn said a report by the Hollins Institute found that building costs had risen 27 percent. "
        "The report, published on Tuesday, estimated that 210,000 households were on waiting lists. "
        "A study published in the journal River Life found plastic in 73 percent of fish. "
        "The study suggested that synthetic fibres made up half of the particles."
    )

    claimers = [claimers for _, claimers in article_claimers(text)]
    assert (claimers[1], claimers[3]) == (["Hollins Institute"], ["study"])


def test_a_group_its_own_words_name_speaks_for_itself_not_for_the_party_named_before():
    text = (
        "Opposition councillors in Lindmark have accused the mayor of nepotism. The Green Alliance group on the "
        "council said it would table a motion of no confidence."
    )

    assert [claimers for _, claimers in article_claimers(text)] == [
        ["Opposition councillors in Lindmark"],
        ["Green Alliance group on the council"],
    ]


def test_a_speaker_named_before_a_verb_of_saying_the_parser_left_without_subject_after_a_quotation():
    text = (
        '"This was not a grey area. These companies met in hotel rooms. Patients and taxpayers paid the price," the '
        "authority's chair, Marguerite Olander, said at a news conference."
    )

    claims = extract_claims(text, outlet="Ledger", scorer=RuleScorer())

    assert [c.claimers for c in claims] == [["Marguerite Olander"]] * 3


def test_an_it_speaker_after_a_sentence_about_a_body_by_its_kind_is_that_body_not_an_earlier_speaker():
    text = (
        "Vantor Motors will close its plant in Stellburg, the company said on Thursday. The region's government said "
        "it would seek buyers for the site.\n\n"
        "The company employs about 41,000 people worldwide. It reported a net loss of 612 million euros for 2025."
    )

    claims = extract_claims(text, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims][-1] == (
        "Vantor Motors reported a net loss of 612 million euros for 2025.",
        ["Vantor Motors"],
    )


def test_a_sample_that_confirms_a_result_is_no_claimer():
    text = "A second sample, tested at the player's request in June, confirmed the result."

    claims = extract_claims(text, scorer=RuleScorer())

    assert [(c.text, c.claimers) for c in claims] == [
        ("A second sample, tested at the player's request in June, confirmed the result.", [])
    ]
