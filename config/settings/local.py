"""The embedded default and local development: what ``manage.py``, the WSGI/ASGI apps and the Celery app load
when ``DJANGO_SETTINGS_MODULE`` is not set. Runs with no environment at all (see ``config.settings.base``)."""

from django.core.exceptions import ImproperlyConfigured

from config.settings.base import *  # noqa: F403
from config.settings.base import env

# DJANGO_ENV=production used to select the production settings; a deployment still setting it must not come up
# on these local ones (DEBUG, a known secret key).
if env.str("DJANGO_ENV", default="local") != "local":
    raise ImproperlyConfigured(
        "DJANGO_ENV is no longer read: select the settings with DJANGO_SETTINGS_MODULE=config.settings.production"
    )

DEBUG = env.bool("DJANGO_DEBUG", default=True)
# Only the embedded default and the tests have a fallback secret.
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="insecure-local-only-key-do-not-deploy-0123456789abcdef")
