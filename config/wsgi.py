import gc
import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

# A deployment sets DJANGO_SETTINGS_MODULE=config.settings.production; unset, the embedded default.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

application = get_wsgi_application()

# The loaded project (Django, DRF, the URLconf and every view, spaCy's modules) is ~190,000 long-lived objects. A
# full garbage collection walks them all (~125 ms on 2 cores) and stalls whichever request triggers it: 1-2 % of
# claim-list requests. Load the URLconf now and move what is loaded out of the collector's reach.
import_module(settings.ROOT_URLCONF)
gc.freeze()
