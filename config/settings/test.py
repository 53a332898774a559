"""pytest (``[tool.pytest.ini_options]`` in pyproject.toml) and the Celery workers the tests start.

The only settings that read the test hooks from the environment: a test process hands them to the worker
subprocesses it starts (tests/worker.py), e.g. the local test server's port for the fetch guard, or the short
time limits of the fault tests. The suite's services (PostgreSQL, Redis) come from ``tests/env_plugin.py``.
"""

import os

from config.settings.base import *  # noqa: F403
from config.settings.base import (
    CELERY_MAX_RETRY_DELAY,
    CELERY_TASK_SOFT_TIME_LIMIT,
    CELERY_TASK_TIME_LIMIT,
    CELERY_UNACKED_RESTORE_INTERVAL,
    CELERY_UNACKED_RESTORE_THROTTLE,
    CELERY_VISIBILITY_TIMEOUT,
    DATABASES,
    SOURCES_CHECK_RETRY_BASE_SECONDS,
    celery_redis_transport_options,
    celery_task_routes,
    env,
)

SECRET_KEY = "insecure-test-only-key-do-not-deploy-0123456789abcdef"  # noqa: S105 - tests only
# Tests that exercise the lockout turn it on with the settings fixture.
AXES_ENABLED = False

# Parallel test runs (or helpers) each use their own test database on one server.
if env.str("TEST_DATABASE_NAME", default=""):
    DATABASES["default"]["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME")}

# Each pytest process publishes to its own queue, so parallel runs on one Redis never consume each other's messages;
# its workers are given the name.
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default=f"test-{os.getpid()}")
# ... and its named work queues are "<that queue>.extraction" and so on (tests/worker.py consumes them all).
CELERY_TASK_ROUTES = celery_task_routes(prefix=f"{CELERY_TASK_DEFAULT_QUEUE}.")

# Celery limits, shortened by the fault tests for their workers (tests/verifier/test_workflow_faults.py).
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=CELERY_TASK_SOFT_TIME_LIMIT)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=CELERY_TASK_TIME_LIMIT)
CELERY_MAX_RETRY_DELAY = env.int("CELERY_MAX_RETRY_DELAY", default=CELERY_MAX_RETRY_DELAY)
CELERY_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", default=CELERY_VISIBILITY_TIMEOUT)
CELERY_UNACKED_RESTORE_INTERVAL = env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=CELERY_UNACKED_RESTORE_INTERVAL)
CELERY_UNACKED_RESTORE_THROTTLE = env.int("CELERY_UNACKED_RESTORE_THROTTLE", default=CELERY_UNACKED_RESTORE_THROTTLE)
CELERY_BROKER_TRANSPORT_OPTIONS = celery_redis_transport_options(
    visibility_timeout=CELERY_VISIBILITY_TIMEOUT,
    time_limit=CELERY_TASK_TIME_LIMIT,
    max_retry_delay=CELERY_MAX_RETRY_DELAY,
    restore_interval=CELERY_UNACKED_RESTORE_INTERVAL,
    restore_throttle=CELERY_UNACKED_RESTORE_THROTTLE,
)
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
# Quick source-check retries for the shared worker (tests/sources/conftest.py), so a test sees a retry finish.
SOURCES_CHECK_RETRY_BASE_SECONDS = env.float(
    "SOURCES_CHECK_RETRY_BASE_SECONDS", default=SOURCES_CHECK_RETRY_BASE_SECONDS
)

# Test hooks (off in config.settings.base, never read by the other settings modules).
SOURCES_FETCH_TEST_LOOPBACK_PORTS = env.list("SOURCES_FETCH_TEST_LOOPBACK_PORTS", cast=int, default=[])
WORKFLOW_FAULT_INJECTION_DELAY = env.float("WORKFLOW_FAULT_INJECTION_DELAY", default=0.0)
