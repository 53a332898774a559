"""Celery tasks, one module per job family. Tasks take ids and call one service.

Every module is imported here: autodiscovery imports ``verifier.tasks`` only, and a worker must know every task.
"""

from verifier.tasks import articles, matching, outbox, reviews, sources, webhooks, workflow
from verifier.tasks.articles import process_article, process_articles

__all__ = [
    "articles",
    "matching",
    "outbox",
    "process_article",
    "process_articles",
    "reviews",
    "sources",
    "webhooks",
    "workflow",
]
