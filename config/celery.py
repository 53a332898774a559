"""The Celery app. Every setting comes from Django settings under the ``CELERY_`` namespace.

Services do not publish tasks. Work that must follow a change once it commits goes through the transactional outbox
(``verifier.outbox``): a row written in the change's transaction, relayed to the broker after the commit, and
re-published by the beat sweeper (``verifier.tasks.outbox.sweep_outbox``) when the relay or the message was lost. A
rolled-back change leaves neither row nor message. Only beat jobs and tasks (fan-out, retries) publish directly.
"""

import os

from celery import Celery

import config.metrics  # noqa: F401 - connects the task timing signals in every process that runs tasks

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("claimcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
