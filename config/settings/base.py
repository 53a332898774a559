"""Settings every module shares. Read from the environment: only what a deployer sets (listed in ``.env.example``).

The settings module is chosen with ``DJANGO_SETTINGS_MODULE`` (``manage.py``, ``config.wsgi``, ``config.asgi`` and
the Celery app default to ``config.settings.local``):

* ``config.settings.local``: the *embedded default*. With no environment at all: a SQLite file under ``var/`` and
  Celery tasks run eagerly in the calling process after the transaction commits (no broker, no worker).
  ``DATABASE_URL=postgres://...`` and ``CELERY_BROKER_URL=redis://...`` move it onto real services.
* ``config.settings.production``: the deployment hardening; the secrets, hosts and services are mandatory.
* ``config.settings.test``: pytest and the Celery workers it starts; the only module that reads the test hooks.
* ``config.settings.bench``: the test settings with the bench-only endpoints, for ``bench/*.py``.

Tuning values are not read from the environment: they are constants beside the code that uses them, or below when
Django, Celery or a package reads them from the settings, two apps share them, or the test settings change them for
the workers the tests start.
"""

from datetime import timedelta
from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

# True only in config.settings.production (create_demo_admin refuses to run there).
PRODUCTION = False
DEBUG = False
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # First, so its templates (admin/base_site.html: the desk's stylesheet and header links) override the admin's.
    "desk.apps.DeskConfig",
    "desk.apps.ClaimcheckAdminConfig",  # django.contrib.admin with the dashboard (desk/site.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "knox",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "pgtrigger",
    "axes",
    "claims",
    "sources",
    "verifier",
    "factchecks",
]

MIDDLEWARE = [
    # First, so the latency it records covers every other middleware (config/metrics.py).
    "config.metrics.RequestLatencyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # 413 JSON under /api/ for a declared body over API_MAX_BODY_BYTES, before anything reads it.
    "api.middleware.BodySizeLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns lockouts into responses.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # Writers queue for the lock instead of failing: a deferred transaction that reads and then writes cannot
    # wait for a concurrent writer (SQLite answers "database is locked" at once), so every transaction takes the
    # write lock when it begins; WAL lets readers go on while one writer works.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        timeout=20,
        transaction_mode="IMMEDIATE",
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.bool(
    "DATABASE_PREPARED_STATEMENTS", default=True
):
    # Parameters bound by the server; a statement a connection has run five times is prepared there (parsed and
    # planned once): the API's hot queries cost PostgreSQL a third less. Switch off behind a transaction-pooling
    # PgBouncer that cannot carry prepared statements (docs/api.md).
    DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin login lockout: a username + IP is locked out after this many failures, for this long.
AXES_ENABLED = True
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=VAR_DIR / "static")
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=VAR_DIR / "media")

ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/")

X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True


# --- Logging ----------------------------------------------------------------------------------------------------
# Unset: INFO, and the management commands that print results (ingest) show warnings only unless run with -v 2.
LOG_LEVEL = env.str("LOG_LEVEL", default="")


def logging_config(*, log_format: str) -> dict[str, Any]:
    """The logging setup: ``plain`` lines for a terminal, or ``json`` (one JSON object a line with time, level,
    logger, message and any ``extra`` fields, for a log shipper; python-json-logger)."""
    if log_format not in ("plain", "json"):
        raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, not {log_format!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger", "process": "pid"},
            },
        },
        # ConsoleLevelFilter: a command printing results (ingest) shows warnings only (config/logs.py).
        "filters": {"console_level": {"()": "config.logs.ConsoleLevelFilter"}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": log_format, "filters": ["console_level"]}
        },
        "root": {"handlers": ["console"], "level": LOG_LEVEL or "INFO"},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            "axes": {"level": "WARNING"},
            # kombu warns about the placeholder memory:// URL of the embedded default; it is never connected to.
            "kombu.connection": {"level": "ERROR"},
        },
    }


LOGGING = logging_config(log_format=env.str("LOG_FORMAT", default="plain"))

# --- Celery -----------------------------------------------------------------------------------------------------
# No broker configured -> the embedded default: tasks run eagerly, in-process, after the transaction commits.
# Eager rather than kombu's filesystem transport because the embedded default must run the whole flow with one
# command and no worker process; the filesystem transport would leave ingested articles unprocessed until an
# operator starts a worker. Real deployments set CELERY_BROKER_URL=redis://...
CELERY_TASK_ALWAYS_EAGER = not env.str("CELERY_BROKER_URL", default="")
# The in-memory transport is never used to carry messages in eager mode; it only keeps kombu from reaching for
# a default AMQP host.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="") or "memory://"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Celery's Django fixup closes the database connection around every task unless this is set: a new PostgreSQL
# connection per task. Reuse it for this many tasks (closed every 2x; CONN_MAX_AGE still applies).
CELERY_DB_REUSE_MAX = 100
CELERY_TASK_SOFT_TIME_LIMIT = 120
CELERY_TASK_TIME_LIMIT = 150
# The longest countdown any task may schedule for a retry. Longer waits go through beat-scanned due dates,
# never through broker ETAs.
CELERY_MAX_RETRY_DELAY = 600
# Redis redelivers an unacked message after the visibility timeout, so it must exceed every time limit and every
# retry countdown, or a slow or delayed task would run twice. Set in every place Celery reads it.
CELERY_VISIBILITY_TIMEOUT = 3600
# How often (seconds) a worker scans for unacked messages older than the visibility timeout, and on how many
# scans it really queries Redis (kombu's unacked_restore_interval/throttle).
CELERY_UNACKED_RESTORE_INTERVAL = 10
CELERY_UNACKED_RESTORE_THROTTLE = 10


def celery_redis_transport_options(
    *, visibility_timeout: int, time_limit: int, max_retry_delay: int, restore_interval: int, restore_throttle: int
) -> dict[str, int]:
    """Options of the Redis transport. Refuses a visibility timeout that a running task or a retry countdown could
    reach: Redis would hand the message to a second worker and the task would run twice."""
    if max(time_limit, max_retry_delay) >= visibility_timeout:
        raise ImproperlyConfigured(
            "CELERY_VISIBILITY_TIMEOUT must exceed CELERY_TASK_TIME_LIMIT and CELERY_MAX_RETRY_DELAY"
        )
    return {
        "visibility_timeout": visibility_timeout,
        "unacked_restore_interval": restore_interval,
        "unacked_restore_throttle": restore_throttle,
    }


CELERY_BROKER_TRANSPORT_OPTIONS = celery_redis_transport_options(
    visibility_timeout=CELERY_VISIBILITY_TIMEOUT,
    time_limit=CELERY_TASK_TIME_LIMIT,
    max_retry_delay=CELERY_MAX_RETRY_DELAY,
    restore_interval=CELERY_UNACKED_RESTORE_INTERVAL,
    restore_throttle=CELERY_UNACKED_RESTORE_THROTTLE,
)
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = "celery"


def celery_task_routes(*, prefix: str = "") -> dict[str, dict[str, str]]:
    """Named queues, one per kind of work, so a deployment gives each its own workers (docs/operations.md):
    ``extraction`` (articles -> claims, triage), ``sources`` (source checks and their fan-out), ``webhooks``
    (deliveries), ``matching`` (claims ranked against the published fact-checks, fact-check embedding: the
    sentence encoder in memory). Everything else (outbox sweeper, review reminders, transition follow-ups) stays on
    ``CELERY_TASK_DEFAULT_QUEUE``. ``prefix`` keeps the queues of parallel test runs apart."""
    extraction, sources, webhooks, matching = (f"{prefix}{name}" for name in CELERY_WORK_QUEUES)
    return {
        "verifier.tasks.articles.*": {"queue": extraction},
        "verifier.tasks.workflow.triage_claim": {"queue": extraction},
        "verifier.tasks.sources.*": {"queue": sources},
        "verifier.tasks.webhooks.*": {"queue": webhooks},
        "verifier.tasks.matching.*": {"queue": matching},
    }


# The named work queues of ``celery_task_routes``, in its order.
CELERY_WORK_QUEUES = ("extraction", "sources", "webhooks", "matching")
CELERY_TASK_ROUTES = celery_task_routes()
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_WORKER_SEND_TASK_EVENTS = False
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = TIME_ZONE
# Periodic jobs, synced into django_celery_beat by the scheduler (docs/workflow.md, docs/sources.md).
CELERY_BEAT_SCHEDULE = {
    "sources-checks-due": {
        "task": "verifier.tasks.sources.source_checks_due",
        "schedule": timedelta(minutes=5),
    },
    "workflow-outbox-sweep": {
        "task": "verifier.tasks.outbox.sweep_outbox",
        "schedule": timedelta(seconds=30),
    },
    "workflow-review-reminders": {
        "task": "verifier.tasks.reviews.remind_review_tasks",
        "schedule": timedelta(minutes=5),
    },
    "workflow-review-escalation": {
        "task": "verifier.tasks.reviews.escalate_review_tasks",
        "schedule": timedelta(minutes=5),
    },
    "workflow-rechecks": {
        "task": "verifier.tasks.reviews.fire_due_rechecks",
        "schedule": timedelta(minutes=5),
    },
}

# --- REST API ---------------------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.ScopedTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.HasTokenScope"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.LimitedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["api.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.PageNumberPagination",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.TokenRateThrottle"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "PAGE_SIZE": 50,
    "UNAUTHENTICATED_USER": None,
}
# Per-token rates (DRF syntax "N/second|minute|hour|day"); empty turns the limit off. Over the limit: 429 + Retry-After.
API_THROTTLE_READ_RATE = env.str("API_THROTTLE_READ_RATE", default="1200/minute")
API_THROTTLE_WRITE_RATE = env.str("API_THROTTLE_WRITE_RATE", default="120/minute")
# Throttle buckets live in the cache: CACHE_URL=redis://... makes every server process share them.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

KNOX_TOKEN_MODEL = "verifier.ApiToken"  # noqa: S105 - a model name, not a secret
# knox's migrations create its default token table even though the model is swapped for verifier.ApiToken;
# with no migrations for knox, nothing of it is created.
MIGRATION_MODULES = {"knox": None}
REST_KNOX = {
    "TOKEN_MODEL": "verifier.ApiToken",
    "TOKEN_TTL": timedelta(days=90),
    "AUTO_REFRESH": False,
    "TOKEN_PREFIX": "cv_",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Claim verification API",
    "DESCRIPTION": "Articles split into checkable claims, their sources, evidence and verification workflow.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI assets are served from the installed sidecar package, never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # One name per choice set in the OpenAPI schema.
    "ENUM_NAME_OVERRIDES": {
        "StatusEnum": "claims.models.Status",
        "VerdictEnum": "claims.models.Verdict",
        "ReliabilityEnum": "sources.models.Reliability",
        "SourceKindEnum": "sources.models.SourceKind",
        "EventKindEnum": "verifier.models.EventKind",
        "TaskKindEnum": "verifier.models.TaskKind",
    },
}

# --- Metrics (config/metrics.py, docs/operations.md) ------------------------------------------------------------
# Bearer token Prometheus sends to GET /metrics; empty turns the endpoint off (404).
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
# A Celery worker serves its host's process metrics on this port (0: off), bound to this address.
METRICS_WORKER_PORT = env.int("METRICS_WORKER_PORT", default=0)
METRICS_WORKER_ADDRESS = env.str("METRICS_WORKER_ADDRESS", default="127.0.0.1")

# --- The newsroom and its model -----------------------------------------------------------------------------------
# The newsroom this deployment belongs to: the outlet of articles without one, the author of ClaimReviews.
NEWSROOM_NAME = env.str("NEWSROOM_NAME", default="Newsroom fact-check desk")
NEWSROOM_URL = env.str("NEWSROOM_URL", default="https://factcheck.example.org/")
# Optional trained check-worthiness model (see `manage.py train_checkworthiness`); empty -> the rule scorer.
CLAIMS_CHECKWORTHINESS_MODEL = env.str("CLAIMS_CHECKWORTHINESS_MODEL", default="")

# --- Test hooks: off here; only config.settings.test reads them ------------------------------------------------------
# Loopback ports the fetch guard lets through (the local test server's).
SOURCES_FETCH_TEST_LOOPBACK_PORTS: list[int] = []
# Seconds an outbox consumer pauses after its effect, before commit, so a fault test can kill the worker mid-task.
WORKFLOW_FAULT_INJECTION_DELAY = 0.0
# The benchmark-only endpoints (/api/v1/bench/...).
API_BENCH_ENDPOINTS = False

# --- Tuning values that stay settings -----------------------------------------------------------------------------
# Plain constants, not read from the environment (the other tuning values are constants beside the code that uses
# them). These stay here because two apps read them, or the test settings shorten them for the workers they start.
# Largest article (UTF-8 bytes of the normalised text) accepted for ingest (claims.services, verifier.intake).
CLAIMS_ARTICLE_MAX_BYTES = 1_000_000
# Source-check retry backoff (seconds): retry n waits 1/2 to 1 x this x 2**n, below CELERY_MAX_RETRY_DELAY.
SOURCES_CHECK_RETRY_BASE_SECONDS = 30.0
