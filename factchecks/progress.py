"""A plain progress bar for management commands (stderr, redrawn in place; one line per update off a terminal)."""

import sys
import time
from typing import TextIO


class ProgressBar:
    WIDTH = 30

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total, self.label, self.done = max(total, 0), label, 0
        self.stream = stream or sys.stderr
        self.started = time.monotonic()

    def __call__(self, step: int) -> None:
        self.done += step
        share = self.done / self.total if self.total else 1.0
        filled = int(share * self.WIDTH)
        rate = self.done / max(time.monotonic() - self.started, 1e-9)
        line = f"{self.label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} {rate:,.0f}/s"
        end = "\r" if self.stream.isatty() else "\n"
        self.stream.write(line + end)
        if end == "\r" and self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()
