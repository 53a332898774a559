"""Claim spans are valid by construction: whatever the text, every claim lies inside its sentence and the text, is
not empty, and no two claims of an article share a span (the CheckConstraints and the unique span of Claim).

``SPAN_PROPERTY_EXAMPLES`` sets how many texts hypothesis generates (default 100, so the suite stays fast).
"""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction.pipeline import ExtractedClaim, extract_claims

EXAMPLES = int(os.environ.get("SPAN_PROPERTY_EXAMPLES", "100"))

# Pieces that trigger the sub-sentence rules (clauses, control, nominal events, accusations, absolutes), with
# abbreviations that end in a full stop, so a paragraph break can fall right after one.
PHRASES = [
    "Lines went down when the storm reached Wilmington, N.C.",
    "Officials said the base was now under control of rebels in Kidal, Mali, N.C.",
    "Power was restored after crews worked overnight, officials said.",
    "The recent seizure of the airport by the militia has angered residents",
    "amid tensions and accusations against the army for the killings",
    "With casualties yet to be confirmed, the ministry said 40 people died",
    "the town fell, with drones targeting the convoy near Gao",
    "as fighters, backed by the Wagner Group, attacked the camp",
    "Dr. Smith of Acme Inc. said U.S. forces left on Monday",
    "the mayor, who spoke to reporters while crews cleared roads",
    "Strategic Importance of Kidal",
    "1. The road is closed",
    "- Aid groups said 12 people were missing",
    "• Schools reopened on Tuesday",
    "He said “the bridge collapsed after the flood",
    "«Nous avons perdu le contrôle» said the commander",
    "The army – which denied it — said 3,000 troops were deployed",
    "e.g. St. Louis, Mo.",
    "and and , , ;",
]
WORDS = ["the", "said", "after", "as", "when", "while", "with", "under", "control", "of", "N.C.", "U.S.", "Mr.", "42"]
PUNCTUATION = [".", ",", "!", "?", "…", ";", ":", "—", "–", "-", '"', "'", "“", "”", "‘", "’", "«", "»", "(", ")"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n\n\n", "  ", "\t", " \n\n "]

piece = st.one_of(st.sampled_from(PHRASES), st.sampled_from(WORDS), st.sampled_from(PUNCTUATION))
structured = st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), min_size=1, max_size=40).map(
    lambda parts: "".join(p + s for p, s in parts)
)
# One very long sentence: many clauses and no full stop.
long_sentence = st.lists(st.sampled_from(PHRASES), min_size=20, max_size=60).map(lambda parts: ", ".join(parts))
raw = st.text(alphabet=list("abc  N.C\n\n\"“”—–…'’«»,;:!?"), max_size=200)
texts = st.one_of(structured, long_sentence, raw)


def assert_valid(text: str, claims: list[ExtractedClaim]) -> None:
    for claim in claims:
        assert 0 <= claim.sentence_start <= claim.start < claim.end <= claim.sentence_end <= len(text), claim
        assert claim.text.strip(), claim
    spans = [(c.start, c.end) for c in claims]
    assert len(spans) == len(set(spans))


# No example database: nothing is written to the working tree, and every run starts fresh.
@settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_claim_lies_inside_its_sentence_and_the_text(text):
    assert_valid(text, extract_claims(text))


def test_a_clause_that_the_parser_runs_past_a_paragraph_break_stays_in_its_sentence():
    # spaCy parses both paragraphs as one sentence (the break follows "N.C."), so the "when" clause's subtree
    # reached into the second paragraph.
    text = (
        "Phone lines across the county went down when the storm reached Wilmington, N.C.\n\n"
        "Power was restored to most homes after crews worked overnight, officials said."
    )

    claims = extract_claims(text)

    # Before: the "when" clause ran to "... crews worked overnight" in the second paragraph, which the database
    # refuses (claim_span_within_sentence). Neither clause is a claim of its own (no event noun, no speaker of its
    # own), so each paragraph is one claim, and neither reaches past its break.
    assert [(c.sentence_start, c.start, c.end, c.sentence_end) for c in claims] == [(0, 0, 79, 79), (81, 81, 159, 159)]
    assert [c.text for c in claims] == [
        "Phone lines across the county went down when the storm reached Wilmington, N.C.",
        "Power was restored to most homes after crews worked overnight, officials said.",
    ]
    assert_valid(text, claims)


def test_a_main_clause_too_short_to_be_a_claim_keeps_the_sentence_whole():
    # "Lines went down" is under MIN_TOKENS: a claim of the "when" clause alone would drop what the sentence says.
    text = "Lines went down when the storm reached Wilmington."

    claims = extract_claims(text)

    assert [(c.start, c.end, c.text) for c in claims] == [(0, 50, text)]


def test_a_control_phrase_cut_at_its_sentence_reads_as_the_sentence_text():
    text = (
        "Officials said the base was now under control of rebels in Kidal, Mali, N.C.\n\n"
        "The city said more than 40 homes were damaged."
    )

    claims = extract_claims(text)

    # Before, the control phrase ran on to "\n\nThe" and its rewrite said so; cut, it keeps its own words.
    assert [(c.start, c.end, c.sentence_end, c.text, c.claim_type) for c in claims] == [
        (0, 76, 76, "Officials said the base was now under control of rebels in Kidal, Mali, N.C.", "control"),
        (15, 76, 76, "The base was now under control of rebels in Kidal, Mali, N.C.", "control"),
        (78, 124, 124, "The city said more than 40 homes were damaged.", "statistic"),
    ]
    assert_valid(text, claims)
