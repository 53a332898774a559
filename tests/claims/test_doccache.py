"""claims/extraction/doccache.py: the per-call cache gives what spaCy gives and keeps nothing afterwards."""

import gc
import threading
import weakref

from claims.extraction import doccache
from claims.extraction.nlp import get_nlp


def test_the_per_call_doc_cache_gives_what_spacy_gives():
    doc = get_nlp()(
        "Strategic Importance\n\nThe army said on Tuesday that 40 people died.  Police in Lagos denied it. "
    )
    with doccache.cached(doc):
        assert doccache.doc_text(doc) == doc.text
        assert doccache.doc_ents(doc) == doc.ents
        for sent in doc.sents:
            assert doccache.span_text(sent) == sent.text
            assert doccache.span_tokens(sent) == list(sent)
    assert [doccache.span_text(sent) for sent in doc.sents] == [sent.text for sent in doc.sents]


def test_token_attributes_are_spacys_in_and_out_of_the_cache():
    doc = get_nlp()("Police in Lagos said 40 people, including 3 children, had died .  ")
    expected = [
        (
            *(t.lower_, t.lemma_.lower(), t.tag_, t.pos_, t.dep_, t.ent_type_, t.ent_iob_, t.like_num),
            not (t.is_punct or t.is_space),
            t.head.i,
        )
        for t in doc
    ]

    with doccache.cached(doc):
        cached = [tuple(doccache.token_attrs(t)) for t in doc]

    assert cached == expected == [tuple(doccache.token_attrs(t)) for t in doc]
    assert [a.word for a in map(doccache.token_attrs, doc)].count(False) == 4  # two commas, the stop, the spaces
    assert doccache.token_attrs(doc[4]).like_num and doccache.token_attrs(doc[4]).ent_type == "CARDINAL"


def test_heads_and_children_are_spacys_in_and_out_of_the_cache():
    doc = get_nlp()("The ministry, which runs the camps, said on Tuesday that 40 people had died. Police denied it.")
    expected = [(t.head, list(t.children)) for t in doc]

    with doccache.cached(doc):
        cached = [(doccache.head_of(t), doccache.children_of(t)) for t in doc]

    assert cached == expected == [(doccache.head_of(t), doccache.children_of(t)) for t in doc]
    with doccache.cached(doc):
        assert [c.text for c in doccache.children_of(doc[8])] == ["ministry", "on", "died", "."]
        assert doccache.head_of(doc[8]) == doc[8]  # the root is its own head


def test_entities_within_a_range_are_spacys_in_and_out_of_the_cache():
    doc = get_nlp()("Police in Lagos said on Tuesday that 40 people died in Abuja.")
    ranges = [(0, len(doc)), (0, 3), (1, 3), (3, 7), (4, 6), (9, 9), (9, 4), (-2, 2)]

    with doccache.cached(doc):
        cached = [doccache.ents_within(doc, start, end) for start, end in ranges]

    expected = [[e for e in doc.ents if e.start >= start and e.end <= end] for start, end in ranges]
    assert cached == expected == [doccache.ents_within(doc, start, end) for start, end in ranges]
    assert [[e.text for e in ents] for ents in cached] == [
        ["Lagos", "Tuesday", "40", "Abuja"],
        ["Lagos"],
        ["Lagos"],
        ["Tuesday"],
        ["Tuesday"],
        [],
        [],
        [],
    ]


def test_the_cache_holds_no_doc_after_the_call():
    doc = get_nlp()("The army said 40 people died.")
    with doccache.cached(doc):
        doccache.doc_text(doc)
    held = weakref.ref(doc)

    del doc
    gc.collect()

    assert held() is None


def test_each_thread_sees_only_the_doc_it_opened():
    doc = get_nlp()("The army said 40 people died.")
    other = get_nlp()("Police denied it.")
    seen: dict[str, bool] = {}

    def in_another_thread() -> None:
        # (a token read from the cache is the same object on each read; spaCy makes a new one each time)
        seen["outer doc cached"] = doccache.tokens_of(doc, 0, 1)[0] is doccache.tokens_of(doc, 0, 1)[0]
        with doccache.cached(other):
            seen["own doc cached"] = doccache.tokens_of(other, 0, 1)[0] is doccache.tokens_of(other, 0, 1)[0]

    with doccache.cached(doc):
        worker = threading.Thread(target=in_another_thread)
        worker.start()
        worker.join()
        assert doccache.tokens_of(doc, 0, 1)[0] is doccache.tokens_of(doc, 0, 1)[0]
        assert doccache.doc_text(other) == "Police denied it."

    assert seen == {"outer doc cached": False, "own doc cached": True}
    assert doccache.tokens_of(doc, 0, 1)[0] is not doccache.tokens_of(doc, 0, 1)[0]


def test_the_text_of_a_token_range_is_spacys_in_and_out_of_the_cache():
    doc = get_nlp()("Police in Lagos said 40 people died.  Troops denied it. ")
    ranges = [
        (0, len(doc)),
        (0, 3),
        (2, 3),
        (3, 3),
        (5, 2),
        (4, 99),
        (-3, -1),
        (-99, 2),
        (7, 9),
        (len(doc) - 1, len(doc)),
    ]

    with doccache.cached(doc):
        cached = [doccache.text_of(doc, start, end) for start, end in ranges]

    expected = [doc[start:end].text for start, end in ranges]
    assert cached == expected == [doccache.text_of(doc, start, end) for start, end in ranges]
    assert cached[:5] == [doc.text.rstrip(), "Police in Lagos", "Lagos", "", ""]
    assert cached[8] == ".  "  # the stop and the token of the second space after it (the first is the stop's own)
