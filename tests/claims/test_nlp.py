"""The model setup in claims/extraction/nlp.py: indexed attribute rules, parallel parsing in forked workers."""

import importlib.util
import os
import subprocess
import sys
import textwrap
from concurrent.futures.process import BrokenProcessPool

import pytest
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span

from claims.extraction import nlp as nlp_module
from claims.extraction.nlp import (
    IndexedAttributeRuler,
    bound_entities,
    get_nlp,
    load_stock_nlp,
    map_doc_tuples,
    map_docs,
    worker_processes,
)
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


def _matmul_ops(nlp):  # type: ignore[no-untyped-def]
    """(ops class, uses BLIS) of every layer of the pipeline's models."""
    models = [getattr(component, "model", None) for _, component in nlp.pipeline]
    return {(type(node.ops).__name__, node.ops.use_blis) for model in models if model for node in model.walk()}


def _analysis(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]


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
    assert _matmul_ops(nlp) == {("NumpyOps", False)}


def test_the_stock_copy_is_spacys_own_and_parses_the_same():
    stock = load_stock_nlp()
    assert stock is not get_nlp()
    ruler = stock.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    assert getattr(ruler.match, "__self__", None).__class__ is AttributeRuler  # spaCy's Matcher, not the index
    assert _matmul_ops(stock) == {("NumpyOps", True)}  # thinc's bundled BLIS
    for fast, slow in zip(get_nlp().pipe(TRICKY), stock.pipe(TRICKY), strict=True):
        assert _analysis(fast) == _analysis(slow), fast.text


def test_a_past_tense_the_tagger_misses_is_a_past_tense_with_its_lemma():
    text = "Government forces retook Dosk on Monday."

    (retook,) = [t for t in get_nlp()(text) if t.lower_ == "retook"]
    (stock,) = [t for t in load_stock_nlp()(text) if t.lower_ == "retook"]

    assert (retook.tag_, retook.lemma_) == ("VBD", "retake")
    assert stock.tag_ != "VBD"  # what the stock tagger makes of it, which read "on Monday" as the Monday ahead


def test_an_unsupported_pattern_keeps_the_rulers_own_matcher():
    nlp = get_nlp()
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "y"})
    assert IndexedAttributeRuler.build(ruler) is None


def test_map_docs_in_two_processes_keeps_input_order():
    texts = [f"Sentence number {i} was written on day {i % 7}." for i in range(23)]

    def lengths(docs):  # type: ignore[no-untyped-def]
        return [(doc.text, len(doc), os.getpid()) for doc in docs]

    one = list(map_docs(texts, lengths, n_process=1, chunk_size=5))
    two = list(map_docs(texts, lengths, n_process=2, chunk_size=5))
    assert [row[:2] for row in two] == [row[:2] for row in one]
    assert [text for text, _, _ in two] == texts
    # chunks 0, 2 and 4 in this process, chunks 1 and 3 in one forked worker
    pids = [pid for _, _, pid in two]
    assert set(pids[:5] + pids[10:15] + pids[20:]) == {os.getpid()}
    worker = set(pids[5:10] + pids[15:20])
    assert len(worker) == 1 and os.getpid() not in worker
    assert nlp_module._chunk_fn is None


def test_map_doc_tuples_passes_each_context_with_its_doc():
    items = [(f"Report {i} came out on day {i}.", {"row": i}) for i in range(9)]

    def rows(pairs):  # type: ignore[no-untyped-def]
        return [(context["row"], doc.text) for doc, context in pairs]

    expected = [(i, f"Report {i} came out on day {i}.") for i in range(9)]
    assert list(map_doc_tuples(items, rows, n_process=1, chunk_size=4)) == expected
    assert list(map_doc_tuples(items, rows, n_process=2, chunk_size=4)) == expected


def test_map_docs_reports_a_dead_worker_instead_of_waiting():
    def die_in_the_worker(docs):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            os._exit(3)
        return [len(doc) for doc in docs]

    parent = os.getpid()
    with pytest.raises(BrokenProcessPool):
        list(map_docs(["One text.", "Two texts.", "Three texts."], die_in_the_worker, n_process=2, chunk_size=1))
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


def test_worker_processes_for_article_characters(monkeypatch):
    monkeypatch.setattr(nlp_module.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(nlp_module.threading, "active_count", lambda: 1)
    assert worker_processes(19_999, minimum=nlp_module.PARALLEL_MIN_CHARS) == 1
    assert worker_processes(20_000, minimum=nlp_module.PARALLEL_MIN_CHARS) == 2


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="the encoder extra (torch) is not installed")
def test_a_worker_forked_after_multithreaded_torch_work_does_not_hang():
    # In a process of its own: the torch threads it starts must not leak into this test process.
    script = textwrap.dedent(
        """
        import os, django
        django.setup()
        import torch
        from claims.extraction.nlp import map_docs

        torch.set_num_threads(2)
        square = torch.randn(400, 400)
        for _ in range(3):
            square @ square  # starts torch's thread pool in this process

        def torch_sum(docs):
            return [(os.getpid(), float((square @ square).sum() * 0) + len(doc)) for doc in docs]

        rows = list(map_docs(["One two.", "Three four five."], torch_sum, n_process=2, chunk_size=1))
        assert rows[0][0] == os.getpid() != rows[1][0], rows
        print([length for _, length in rows])
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "[3.0, 4.0]"), done.stderr


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


def test_an_entity_run_over_a_line_break_keeps_its_words_after_the_break():
    words = ["By", "Astrid", "Wennberg", ",", "Health", "Correspondent", "\n\n", "The", "Fair", "Trading", "Board"]
    doc = Doc(
        get_nlp().vocab, words=words, spaces=[True, True, False, True, True, False, False, True, True, True, False]
    )
    doc.ents = [
        Span(doc, 1, 3, label="PERSON"),
        Span(doc, 4, 11, label="ORG"),
    ]

    bound_entities(doc)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Astrid Wennberg", "PERSON"),
        ("The Fair Trading Board", "ORG"),
    ]
    assert [t.ent_type_ for t in doc[4:7]] == ["", "", ""]  # "Health Correspondent\n\n" names nothing now


def test_a_paragraph_break_starts_a_sentence_for_the_parser():
    doc = get_nlp()(
        "By Priya Castellan, Retail Correspondent\n\nHarbour City FC said on Thursday it would close 38 stores."
    )

    assert [s.text for s in doc.sents] == [
        "By Priya Castellan, Retail Correspondent\n\n",
        "Harbour City FC said on Thursday it would close 38 stores.",
    ]
    assert [t.text for t in doc if t.dep_ == "nsubj"] == ["FC", "it"]  # not "Correspondent FC"


def test_sentence_starts_are_preset_before_the_parser_and_left_unknown_elsewhere():
    nlp = get_nlp()
    doc = nlp.make_doc("Talks ended.\n\nHarbour City said it would close, and then it closed.")
    for _, component in nlp.pipeline[: nlp.pipe_names.index("paragraph_sentences") + 1]:
        doc = component(doc)

    starts = {t.text: t.is_sent_start for t in doc if t.text in ("Talks", "Harbour", "City", "and", "then", "it")}
    # the paragraph's first word starts a sentence, the word after it none; a lower-case word after a word ("then",
    # "it") none; the rest ("and", after a comma) is left to the parser
    assert starts == {"Talks": True, "Harbour": True, "City": False, "and": None, "then": False, "it": False}
    assert not doc.has_annotation("DEP")


def test_a_quotation_mark_closing_a_paragraph_ends_the_sentence_it_closes():
    doc = get_nlp()(
        'Rosa Lindqvist said she was "disappointed but not surprised."\n\n"We keep paying," she told reporters.'
    )

    assert [s.text for s in doc.sents] == [
        'Rosa Lindqvist said she was "disappointed but not surprised."\n\n',
        '"We keep paying," she told reporters.',
    ]


def test_a_name_and_a_verb_of_saying_after_a_question_in_quotation_marks_are_its_speech_tag():
    doc = get_nlp()(
        '"Who do you believe, the patients or the spreadsheets?" Fenwright asked supporters on Wednesday. '
        '"Is this fair?" Opposition leader Anna Berg said. "Enough!" The crowd cheered.'
    )

    assert [s.text.strip() for s in doc.sents] == [
        '"Who do you believe, the patients or the spreadsheets?" Fenwright asked supporters on Wednesday.',
        '"Is this fair?" Opposition leader Anna Berg said.',
        '"Enough!"',
        "The crowd cheered.",
    ]


def test_a_body_s_name_opening_a_sentence_takes_its_first_word():
    doc = get_nlp()("Tarrow District Council has opened three rest centres.")
    doc.ents = [Span(doc, 1, 3, label="ORG")]  # the tagger's reading: "District Council"

    bound_entities(doc)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Tarrow District Council", "ORG")]


def test_a_name_run_on_into_an_amount_loses_the_number():
    words = ["The", "board", "fined", "Skyline", "Air", "2.4", "million", "euros", "and", "Apollo", "11", "crew"]
    doc = Doc(get_nlp().vocab, words=words)
    doc.ents = [Span(doc, 3, 6, label="ORG"), Span(doc, 9, 11, label="ORG")]

    bound_entities(doc)

    # a number that belongs to a name ("Apollo 11") stays
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Skyline Air", "ORG"), ("Apollo 11", "ORG")]


def test_a_name_typed_in_part_takes_the_untyped_capitalised_words_joined_to_it_but_no_title():
    doc = get_nlp()("The ship's owner, North Castor Maritime, said Finance Minister Karl Fenwick had called.")
    words = [t.text for t in doc]
    # the tagger's own reading, which the rule corrects: only the last words of the owner's name typed
    owner = Span(doc, words.index("Maritime"), words.index("Maritime") + 1, label="PERSON")
    person = Span(doc, words.index("Karl"), words.index("Fenwick") + 1, label="PERSON")
    doc.ents = [owner, person]
    assert doc[words.index("North")].dep_ == "compound" and doc[words.index("Castor")].dep_ == "compound"

    bound_entities(doc)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("North Castor Maritime", "PERSON"),
        ("Karl Fenwick", "PERSON"),  # "Finance Minister" is a title, no part of the name
    ]


def test_a_name_typed_as_two_names_after_what_it_is_is_one_organisation():
    doc = get_nlp()(
        "According to an audit seen by the business newspaper Estria Finans, the team warned Ivan Sarek in Estria."
    )
    words = [t.text for t in doc]
    at = words.index("Estria")
    # the tagger's own reading, which the rule corrects: a place and a people
    doc.ents = [
        Span(doc, at, at + 1, label="GPE"),
        Span(doc, at + 1, at + 2, label="NORP"),
        Span(doc, words.index("Ivan"), words.index("Sarek") + 1, label="PERSON"),
        Span(doc, len(words) - 2, len(words) - 1, label="GPE"),
    ]
    assert doc[at].dep_ == "compound" and doc[at + 1].dep_ == "appos"

    bound_entities(doc)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Estria Finans", "ORG"),
        ("Ivan Sarek", "PERSON"),  # names side by side but not one a compound of the other stay apart
        ("Estria", "GPE"),
    ]


def test_an_organisation_s_name_the_tagger_cut_at_its_and_is_one_name():
    doc = get_nlp()("The Refinery and Chemical Workers' Union said Vestra and Kalm Energy had met.")
    words = [t.text for t in doc]
    # the tagger's own reading, which the rule corrects
    doc.ents = [
        Span(doc, 1, 2, label="ORG"),
        Span(doc, 3, words.index("said"), label="ORG"),
        Span(doc, words.index("Vestra"), words.index("Vestra") + 1, label="ORG"),
        Span(doc, words.index("Kalm"), words.index("Energy") + 1, label="ORG"),
    ]
    assert doc[1].dep_ == "nmod"

    bound_entities(doc)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Refinery and Chemical Workers' Union", "ORG"),
        ("Vestra", "ORG"),  # two bodies joined by "and": the first no modifier of the second
        ("Kalm Energy", "ORG"),
    ]


def test_a_title_given_name_and_surname_typed_an_organisation_is_a_person_after_the_title():
    doc = get_nlp()("The panel found that Sergeant Daniel Kroft had punched a student outside Harbour Sports Club.")
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, words.index("Sergeant"), words.index("Kroft") + 1, label="ORG"),  # the tagger's reading
        Span(doc, words.index("Harbour"), words.index("Club") + 1, label="ORG"),
    ]

    bound_entities(doc)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Daniel Kroft", "PERSON"), ("Harbour Sports Club", "ORG")]


def test_a_name_after_a_saint_s_possessive_is_one_name():
    doc = get_nlp()("St Aldric's University Hospital closed its unit, and St Mary's Clinic stayed open.")
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 3, 5, label="ORG"), Span(doc, 13, 14, label="ORG")]

    bound_entities(doc)

    # typed apart ("St Aldric's", "University Hospital") or only in part ("Clinic"): one name each
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("St Aldric's University Hospital", "ORG"),
        ("St Mary's Clinic", "ORG"),
    ]


def test_an_untyped_name_after_a_body_and_a_role_is_a_person_and_the_body_a_body():
    doc = get_nlp()("Harwick Rovers midfielder Tobias Lenn was suspended, and Oskar Feld stayed.")
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, words.index("Harwick"), words.index("Rovers") + 1, label="PERSON"),  # the tagger's reading
        Span(doc, words.index("Oskar"), words.index("Feld") + 1, label="PERSON"),
    ]

    bound_entities(doc)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Harwick Rovers", "ORG"),
        ("Tobias Lenn", "PERSON"),
        ("Oskar Feld", "PERSON"),
    ]


def test_a_body_s_initials_in_brackets_make_the_words_before_them_its_name():
    doc = get_nlp()(
        "The striker was banned, the Corland Anti-Doping Agency (CADA) said, and the Red Cross (RC) agreed."
    )
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, words.index("Corland"), words.index("Corland") + 1, label="NORP"),
        Span(doc, words.index("CADA"), words.index("CADA") + 1, label="ORG"),
        Span(doc, words.index("RC"), words.index("RC") + 1, label="ORG"),
    ]

    bound_entities(doc)

    # (the letters of "Red Cross" are not "RC" of a body's word: "Cross" names no body, so nothing is joined)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Corland Anti-Doping Agency", "ORG"),
        ("CADA", "ORG"),
        ("RC", "ORG"),
    ]
