"""Loaded with ``-p tests.env_plugin`` before Django settings: the services the suite runs on, unless the
environment names others. The settings are ``config.settings.test`` (pyproject.toml)."""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/claimcheck")
os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
