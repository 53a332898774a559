"""Beat jobs of the review workflow (schedule: ``CELERY_BEAT_SCHEDULE`` in config/settings/base.py)."""

from celery import shared_task
from django.db import OperationalError

from verifier.reviews import claim_recheck_fire, claim_rechecks_due, review_tasks_escalate, review_tasks_remind


@shared_task(autoretry_for=(OperationalError,), retry_backoff=2, retry_backoff_max=60, max_retries=3)
def remind_review_tasks() -> int:
    return len(review_tasks_remind())


@shared_task(autoretry_for=(OperationalError,), retry_backoff=2, retry_backoff_max=60, max_retries=3)
def escalate_review_tasks() -> int:
    return len(review_tasks_escalate())


@shared_task(autoretry_for=(OperationalError,), retry_backoff=2, retry_backoff_max=60, max_retries=3)
def fire_due_rechecks() -> int:
    """Fire every due re-check of an unconfirmed claim, each in its own transaction."""
    return sum(1 for recheck_id in claim_rechecks_due() if claim_recheck_fire(recheck_id=recheck_id))
