"""Prometheus metrics: ``GET /metrics`` (bearer token ``METRICS_TOKEN``), request latency, Celery task durations and
failures, queue depth, and the collectors the apps add (``scrape_collector_register``).

Two kinds of metric:

* Counted in the process that does the work (request latency, task durations/failures, the apps' counters such as
  articles and claims ingested). With ``PROMETHEUS_MULTIPROC_DIR`` set (prometheus_client's multiprocess mode, one
  directory per host shared by its gunicorn and Celery pool processes) ``/metrics`` adds up every process of the
  host; without it, it shows the serving process's own. A host that runs only workers serves the same on
  ``METRICS_WORKER_PORT`` (bound to ``METRICS_WORKER_ADDRESS``), started by the worker.
* Read at scrape time from shared state (queue depth from the broker, the apps' database reads such as the outbox
  backlog), so any one web process reports them for the whole deployment.
"""

import hmac
import logging
import os
import time
from collections.abc import Callable, Iterable
from typing import Any

from celery import current_app
from celery.signals import task_failure, task_postrun, task_prerun, worker_ready
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
    start_http_server,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

logger = logging.getLogger(__name__)

# Seconds the queue-depth read may wait for the broker before the scrape goes on without it.
QUEUE_DEPTH_TIMEOUT_SECONDS = 1.0

REQUEST_LATENCY = Histogram(
    "claimcheck_http_request_duration_seconds",
    "Time to answer an HTTP request, by method, URL route and status.",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
TASK_DURATION = Histogram(
    "claimcheck_task_duration_seconds",
    "Run time of a Celery task, by task name and outcome (its Celery state).",
    ["task", "state"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0),
)
TASK_FAILURES = Counter(
    "claimcheck_task_failures",
    "Celery tasks that raised, by task name and exception class (a retried run counts once per failed attempt).",
    ["task", "exception"],
)

_scrape_collectors: list[Collector] = []


def scrape_collector_register(collector: Collector) -> None:
    """Add a collector read at every scrape (an app's database reads); call once, from ``AppConfig.ready``."""
    if collector not in _scrape_collectors:
        _scrape_collectors.append(collector)


class QueueDepthCollector(Collector):
    """Messages waiting in each Celery queue (the default one and the routed ones), read from Redis at scrape time.
    Nothing when tasks run in-process (the embedded default) or the broker does not answer."""

    def collect(self) -> Iterable[GaugeMetricFamily]:
        app = current_app
        if app.conf.task_always_eager:
            return []
        routes = app.conf.task_routes or {}
        queues = sorted({app.conf.task_default_queue, *(route["queue"] for route in dict(routes).values())})
        family = GaugeMetricFamily("claimcheck_queue_depth", "Messages waiting in a Celery queue.", labels=["queue"])
        try:
            with app.connection_for_read(
                transport_options={"max_retries": 0}, connect_timeout=QUEUE_DEPTH_TIMEOUT_SECONDS
            ) as connection:
                client = connection.default_channel.client  # type: ignore[attr-defined]  # kombu's Redis channel
                for queue in queues:
                    family.add_metric([queue], client.llen(queue))
        except Exception as exc:  # noqa: BLE001 - a broker that is down must not break the scrape; it is logged
            logger.warning("metrics: queue depth not read: %s", exc)
            return []
        return [family]


def _process_metrics() -> bytes:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry)
    return generate_latest(REGISTRY)


def _scrape_metrics() -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    for collector in [QueueDepthCollector(), *_scrape_collectors]:
        registry.register(collector)
    return generate_latest(registry)


def _authorised(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


@never_cache
@require_GET
def metrics_view(request: HttpRequest) -> HttpResponse:
    """The Prometheus text exposition. Off (404) while ``METRICS_TOKEN`` is empty; otherwise the caller must send
    ``Authorization: Bearer <METRICS_TOKEN>`` (401 with a JSON problem body, and nothing read, when it does not)."""
    if not settings.METRICS_TOKEN:
        return JsonResponse(
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Metrics are not enabled."},
            status=404,
        )
    if not _authorised(request):
        response = JsonResponse(
            {
                "type": "about:blank",
                "title": "Unauthorized",
                "status": 401,
                "detail": "Send Authorization: Bearer <METRICS_TOKEN>.",
            },
            status=401,
        )
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse(_process_metrics() + _scrape_metrics(), content_type=CONTENT_TYPE_LATEST)


class RequestLatencyMiddleware:
    """Time every request; labelled by the matched URL route (not the path, so ids do not multiply the series)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        route = match.route if match is not None else "unmatched"
        REQUEST_LATENCY.labels(request.method, route, str(response.status_code)).observe(time.perf_counter() - started)
        return response


# --- Celery task timing (every worker process, and the eager runs of the embedded default) --------------------------
_task_started: dict[str, float] = {}


@task_prerun.connect
def _task_start(task_id: str | None = None, **_: Any) -> None:
    if task_id:
        _task_started[task_id] = time.perf_counter()


@task_postrun.connect
def _task_end(task_id: str | None = None, task: Any = None, state: str | None = None, **_: Any) -> None:
    started = _task_started.pop(task_id or "", None)
    if started is not None and task is not None:
        TASK_DURATION.labels(task.name, state or "UNKNOWN").observe(time.perf_counter() - started)


@task_failure.connect
def _task_failed(sender: Any = None, exception: BaseException | None = None, **_: Any) -> None:
    name = getattr(sender, "name", "unknown")
    TASK_FAILURES.labels(name, type(exception).__name__ if exception is not None else "unknown").inc()


@worker_ready.connect
def _worker_exporter(**_: Any) -> None:
    """On a worker host, serve this host's process metrics on ``METRICS_WORKER_PORT`` (0: off), bound to
    ``METRICS_WORKER_ADDRESS`` (loopback unless the operator opens it to the Prometheus server's network)."""
    port = settings.METRICS_WORKER_PORT
    if not port:
        return
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    start_http_server(port, addr=settings.METRICS_WORKER_ADDRESS, registry=registry)
    logger.info("metrics: serving on %s:%s", settings.METRICS_WORKER_ADDRESS, port)
