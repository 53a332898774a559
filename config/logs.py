"""What the terminal shows of the logs while a management command prints its results.

The console handler of ``settings.LOGGING`` carries ``ConsoleLevelFilter``; ``command_logs`` raises the level it
lets through for the time a command runs. The level is kept here rather than on the handler because Celery's
Django fixup calls ``django.setup()`` again when the task modules are first imported, which replaces the handlers.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings

_console_level = logging.NOTSET


class ConsoleLevelFilter(logging.Filter):
    """Drops the records below the level ``command_logs`` set (none outside it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= _console_level


@contextmanager
def command_logs(*, verbosity: int) -> Iterator[None]:
    """While a command runs, its terminal shows warnings and errors only; ``-v 2`` (or more) or a ``LOG_LEVEL`` set
    in the environment shows the INFO logs as well. Only the console is filtered: other handlers (a log file,
    pytest's caplog) still get every record."""
    global _console_level  # one terminal per process
    previous = _console_level
    if verbosity < 2 and not settings.LOG_LEVEL:
        _console_level = logging.WARNING
    try:
        yield
    finally:
        _console_level = previous
