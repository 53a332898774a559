import os

from django.core.wsgi import get_wsgi_application

# A deployment sets DJANGO_SETTINGS_MODULE=config.settings.production; unset, the embedded default.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

application = get_wsgi_application()
