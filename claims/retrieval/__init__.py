"""Claim retrieval core: pure Python over numpy/scipy, no ORM, no Django.

``Collection`` holds the documents (id, claim text, title, extra text) and ranks queries against them with BM25
over claim text + title and, when the optional sentence encoder is installed, MiniLM embeddings; both scores are
fused by a small logistic model (``weights.json``, fitted on CheckThat! train) whose output is a calibrated
probability that the query and the document state the same claim. Two services use it: fact-check matching
(``factchecks.services`` keeps the stored fact-checks in memory per process; ``manage.py rank_factchecks`` ranks
JSON lines files) and the clusters of the project's own claims (``claims.matching``). It sits in ``claims``, the
lowest domain layer, so both can import it.
"""
