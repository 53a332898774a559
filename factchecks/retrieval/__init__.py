"""Fact-check retrieval core: pure Python over numpy/scipy, no ORM, no Django.

``Collection`` holds the documents (id, claim text, title, extra text) and ranks queries against them with BM25
over claim text + title and, when the optional sentence encoder is installed, MiniLM embeddings; both scores are
fused by a small logistic model (``weights.json``, fitted on CheckThat! train) whose output is a calibrated
probability that the query and the document state the same claim. ``manage.py rank_factchecks`` uses it on JSON
lines files; the database-backed service (``factchecks.services``) keeps one in memory per process.
"""
