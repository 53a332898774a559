from celery import shared_task
from django.db import OperationalError

from verifier.outbox import outbox_sweep


@shared_task(autoretry_for=(OperationalError,), retry_backoff=2, max_retries=3)
def sweep_outbox() -> int:
    """Beat job: re-publish outbox rows stuck pending or published (see ``verifier.outbox``)."""
    return len(outbox_sweep().published)
