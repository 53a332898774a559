"""The model setup in claims/extraction/nlp.py: indexed attribute rules, parallel parsing in forked workers."""

import pytest
from spacy.pipeline import AttributeRuler

from claims.extraction import nlp as nlp_module
from claims.extraction.nlp import IndexedAttributeRuler, get_nlp, map_docs, worker_processes
from claims.extraction.pipeline import extract_sentences
from claims.extraction.scoring import RuleScorer

# Sentences that reach the ruler's rarer patterns: contractions, multi-token rules, regexes, spaces, pronoun cases.
TRICKY = [
    "I ain't gonna let 'em win, y'all know that.",
    "Nothin' is certain and we gotta wait; c'mon, let's go.",
    "There is a report that it was seized, but it wasn't.",
    "They told me that I should give it to you, whether you like it or not.",
    "Do you have the figures?  He did.\n\n  The   budget was cut by 3%.",
    "Which of these did the senator vote for, and what does that tell us?",
    "The ministry has had no comment since Tuesday.",
    "Y' all have been here before; were there any casualties?",
]


def _matcher_matches(ruler: AttributeRuler, doc):  # type: ignore[no-untyped-def]
    return type(ruler).match(ruler, doc)


def test_indexed_attribute_ruler_finds_the_matchers_matches():
    nlp = get_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    indexed = IndexedAttributeRuler.build(ruler)
    assert indexed is not None
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(nlp.pipe(TRICKY))
    for doc in docs:
        assert indexed.match(doc) == _matcher_matches(ruler, doc), doc.text
    matches = [m for doc in docs for m in indexed.match(doc)]
    assert len(matches) > sum(len(doc) for doc in docs)  # every token has its tag's rule, some have more
    assert any(end - start == 2 for _, _, start, end in matches)  # "gon na", "let 's", "y' all", ...


def test_the_loaded_pipeline_uses_the_indexed_rules_and_numpy_matmul():
    nlp = get_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    assert getattr(ruler.match, "__self__", None).__class__ is IndexedAttributeRuler
    models = [getattr(component, "model", None) for _, component in nlp.pipeline]
    ops = {(type(node.ops).__name__, node.ops.use_blis) for model in models if model for node in model.walk()}
    assert ops == {("NumpyOps", False)}


def test_an_unsupported_pattern_keeps_the_rulers_own_matcher():
    nlp = get_nlp()
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "y"})
    assert IndexedAttributeRuler.build(ruler) is None


def test_map_docs_in_two_processes_keeps_input_order():
    texts = [f"Sentence number {i} was written on day {i % 7}." for i in range(23)]

    def lengths(docs):  # type: ignore[no-untyped-def]
        return [(doc.text, len(doc)) for doc in docs]

    one = list(map_docs(texts, lengths, n_process=1, chunk_size=5))
    two = list(map_docs(texts, lengths, n_process=2, chunk_size=5))
    assert [text for text, _ in two] == texts
    assert two == one
    assert nlp_module._chunk_fn is None


def test_extract_sentences_gives_the_same_results_in_two_processes():
    texts = TRICKY * 3
    one = list(extract_sentences(texts, scorer=RuleScorer(), batch_size=4))
    two = list(extract_sentences(texts, scorer=RuleScorer(), batch_size=4, n_process=2))
    assert two == one


@pytest.mark.parametrize(("texts", "expected"), [(10, 1), (499, 1), (500, 2)])
def test_worker_processes(monkeypatch, texts, expected):
    monkeypatch.setattr(nlp_module.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(nlp_module.threading, "active_count", lambda: 1)  # other tests may leave threads running
    assert worker_processes(texts) == expected


def test_one_worker_process_on_one_core_or_inside_a_daemon(monkeypatch):
    monkeypatch.setattr(nlp_module.threading, "active_count", lambda: 1)
    monkeypatch.setattr(nlp_module.os, "cpu_count", lambda: 1)
    assert worker_processes(10_000) == 1
    monkeypatch.setattr(nlp_module.os, "cpu_count", lambda: 4)
    monkeypatch.setattr(nlp_module.multiprocessing.current_process(), "daemon", True)
    assert worker_processes(10_000) == 1


def test_one_worker_process_while_other_threads_run(monkeypatch):
    monkeypatch.setattr(nlp_module.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(nlp_module.threading, "active_count", lambda: 2)
    assert worker_processes(10_000) == 1


def test_numpys_blas_runs_one_thread_once_the_model_is_loaded():
    from threadpoolctl import threadpool_info

    get_nlp()
    pools = [pool for pool in threadpool_info() if pool["user_api"] == "blas" and "numpy" in pool["filepath"]]
    assert [pool["num_threads"] for pool in pools] == [1]
