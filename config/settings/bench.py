"""The bench scripts (bench/*.py) and the servers and workers they start: the test settings (their hooks, e.g. the
loopback test server's port) with the benchmark-only endpoints on."""

from config.settings.test import *  # noqa: F403

API_BENCH_ENDPOINTS = True
