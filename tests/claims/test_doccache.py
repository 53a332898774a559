"""claims/extraction/doccache.py: the per-call cache gives what spaCy gives and keeps nothing afterwards."""

import gc
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


def test_the_cache_holds_no_doc_after_the_call():
    doc = get_nlp()("The army said 40 people died.")
    with doccache.cached(doc):
        doccache.doc_text(doc)
    held = weakref.ref(doc)

    del doc
    gc.collect()

    assert held() is None
