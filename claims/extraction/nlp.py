"""The spaCy pipeline, loaded once per process."""

import importlib
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from spacy.language import Language


class ModelNotInstalled(ImproperlyConfigured):
    pass


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the first installed package named in ``settings.CLAIMS_SPACY_MODELS`` (once per process)."""
    candidates = list(settings.CLAIMS_SPACY_MODELS)
    for name in candidates:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        return module.load()
    raise ModelNotInstalled(
        f"No spaCy English model installed: tried {', '.join(candidates)} (CLAIMS_SPACY_MODELS). "
        "Install it with: pip install --no-deps --require-hashes -r requirements/model.txt"
    )
