"""A plain progress bar for management commands: redrawn in place on a terminal, one line per update otherwise."""

import time
from typing import Any


class ProgressBar:
    WIDTH = 30

    def __init__(self, total: int, label: str, stream: Any) -> None:
        """``stream``: the command's ``self.stderr`` (Django's ``OutputWrapper``) or any text stream."""
        self.total, self.label, self.done = max(total, 0), label, 0
        self.stream = stream
        self.redraw = bool(getattr(stream, "isatty", lambda: False)())
        self.started = time.monotonic()

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text, ending="")
        except TypeError:  # a plain stream
            self.stream.write(text)
        self.stream.flush()

    def __call__(self, step: int) -> None:
        self.done += step
        share = self.done / self.total if self.total else 1.0
        filled = int(share * self.WIDTH)
        rate = self.done / max(time.monotonic() - self.started, 1e-9)
        line = f"{self.label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} {rate:,.0f}/s"
        last = self.done >= self.total
        self._write(("\r" + line + ("\n" if last else "")) if self.redraw else line + "\n")
