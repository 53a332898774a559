"""Celery tasks, one module per job family. Tasks take ids and call one service."""

from verifier.tasks.articles import process_article

__all__ = ["process_article"]
