"""Loaded with ``-p tests.env_plugin`` before Django settings: test defaults for the environment.

The suite runs on PostgreSQL and Redis. Each pytest process publishes to its own Celery queue so that parallel
runs on one Redis never consume each other's messages.
"""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/claimcheck")
os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
os.environ.setdefault("CELERY_TASK_DEFAULT_QUEUE", f"test-{os.getpid()}")
os.environ.setdefault("AXES_ENABLED", "false")
