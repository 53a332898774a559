"""Measuring the extraction pipeline on a labelled set of whole articles (``evals/articles/``).

``gold`` reads and validates the labelled articles, ``checks`` holds the per-claim tests (span matching, claimer
match, stand-alone text, garbling), ``articles`` runs the pipeline over a split and computes the figures that
``manage.py eval_articles`` prints. Pure Python over the pipeline's dataclasses; no ORM.
"""
