"""The Celery app. Every setting comes from Django settings under the ``CELERY_`` namespace.

Tasks subclass Celery's ``DjangoTask``, so services enqueue with ``task.delay_on_commit(...)``: the message is
published only after the surrounding transaction commits, and never when it rolls back.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("claimcheck", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
