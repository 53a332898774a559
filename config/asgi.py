import os

from django.core.asgi import get_asgi_application

# A deployment sets DJANGO_SETTINGS_MODULE=config.settings.production; unset, the embedded default.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

application = get_asgi_application()
