"""Private services for fault tests: a redis-server with AOF on a port in 6390-6399, and the switch that points
this process's Celery app at it. Fault tests kill these, never the machine's shared services."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import redis
from kombu import pools

from config.celery import app as celery_app

PORTS = range(6390, 6400)


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class RedisServer:
    """``redis-server --appendonly yes`` in its own directory; ``kill()`` is SIGKILL, ``start()`` reloads the AOF."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> "RedisServer":
        if shutil.which("redis-server") is None:
            raise RuntimeError("redis-server is not installed")
        candidates = [self.port] if self.port else [p for p in PORTS if _port_free(p)]
        for port in candidates:
            self.port = port
            log = (self.directory / "redis.log").open("ab")
            self.process = subprocess.Popen(
                [
                    *("redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(self.directory)),
                    *("--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--daemonize", "no"),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.process.poll() is None:
                with contextlib.suppress(redis.RedisError):
                    if redis.Redis(port=port, socket_connect_timeout=0.2).ping():
                        return self
                time.sleep(0.05)
            self.kill()
        raise RuntimeError(f"no private redis-server could start on {list(candidates)}")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


@contextlib.contextmanager
def celery_broker(url: str, transport_options: dict[str, Any]) -> Iterator[None]:
    """Point this process's Celery app (publishing side) at ``url``; restore the previous broker after."""
    conf = celery_app.conf
    previous = (conf.broker_url, conf.broker_transport_options)

    def switch(broker_url: str, options: dict[str, Any]) -> None:
        pools.reset()  # kombu keeps pools per broker URL process-wide; drop them all
        # Celery reads CELERY_BROKER_URL from the environment before its configuration.
        os.environ["CELERY_BROKER_URL"] = broker_url
        conf.update(broker_url=broker_url, broker_transport_options=options)
        celery_app._pool = None  # type: ignore[attr-defined]  # Celery's cached connection pool
        celery_app.amqp._producer_pool = None  # type: ignore[attr-defined]

    switch(url, transport_options)
    try:
        yield
    finally:
        switch(*previous)
