"""A deployment: ``DJANGO_SETTINGS_MODULE=config.settings.production``.

The secret key, the hosts and the real services must be in the environment (the settings refuse to load without
them); HTTPS-only cookies, HSTS and the SSL redirect are on, and ``manage.py check --deploy`` passes. The test hooks
keep their off values from ``config.settings.base``: nothing here reads them.
"""

from config.settings.base import *  # noqa: F403
from config.settings.base import env, logging_config

PRODUCTION = True
DEBUG = False
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
# Real services, never the embedded default's SQLite file in var/ and in-process tasks. Each read raises
# ImproperlyConfigured naming the variable when it is unset.
for _required in ("DATABASE_URL", "CELERY_BROKER_URL"):
    env.str(_required)

# One JSON object per log line for the log shipper (LOG_FORMAT=plain for a terminal).
LOGGING = logging_config(log_format=env.str("LOG_FORMAT", default="json"))

# TLS terminates at the proxy in front, which says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
