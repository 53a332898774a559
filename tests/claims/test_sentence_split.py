from claims.extraction.pipeline import extract_claims

ARTICLE = (
    "Officials said at least 12 people died in the flooding on Monday. Rescue teams are still searching.\n\n"
    "Background to the Floods\n\n"
    "The river burst its banks after three days of rain."
)


def test_claims_are_sentences_with_exact_spans_and_headings_dropped():
    claims = extract_claims(ARTICLE)

    assert [(c.start, c.end) for c in claims] == [(0, 65), (66, 99), (127, 178)]
    assert [ARTICLE[c.start : c.end] for c in claims] == [
        "Officials said at least 12 people died in the flooding on Monday.",
        "Rescue teams are still searching.",
        "The river burst its banks after three days of rain.",
    ]
    assert all(c.sentence_start <= c.start < c.end <= c.sentence_end for c in claims)


def test_a_preposition_before_a_clause_conjunction_is_no_conjunction_of_its_own():
    text = "Police said Cole had been arrested two days after the killing, after officers raided a flat he had rented."

    assert [text[c.start : c.end] for c in extract_claims(text)] == [
        "Police said Cole had been arrested two days after the killing",
        "officers raided a flat he had rented",
    ]


def test_a_three_word_clause_is_a_claim_and_a_three_word_byline_question_or_speech_tag_is_not():
    text = (
        'By Ilse Marten\n\n"Tomas was unarmed. He had his wallet in his hand," she said. Nobody was hurt. '
        '"Who will pay?" a shopkeeper asked.'
    )

    assert [text[c.start : c.end] for c in extract_claims(text)] == [
        '"Tomas was unarmed.',
        'He had his wallet in his hand," she said.',
        "Nobody was hurt.",
    ]
