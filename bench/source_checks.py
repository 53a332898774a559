"""Source checks: 1,000 URLs through the Celery jobs vs. a plain loop doing the same work. Run by `make bench`.

Both runs check the same 1,000 real-sized HTML pages (50-100 KB) served by the loopback test server, with the same
concurrency (BENCH_CONCURRENCY processes, default 2):

* celery: the beat job ``source_checks_due`` fans the due URLs out in batches; a real worker (prefork, own Redis
  queue) runs ``source_check`` per URL: safe fetch client (guard, pinned connection, caps), sha256, trafilatura
  text extraction, WARC archive, Snapshot row + change detection + quote check, next-check scheduling.
* plain: a process pool doing requests.get (no guard), sha256, trafilatura, the same WARC write and a Snapshot row,
  with no Celery.

Uses a throwaway PostgreSQL database (created and dropped) and a unique Redis queue. Prints both rates and their
ratio (goal >= 0.8), and the CPU time each run used in its own processes (the worker and its pool processes, or
the plain loop's pool; plus this process, which serves the pages) — on a shared machine the rates move with
everyone else's load, the CPU times much less. PostgreSQL's CPU is not included.
"""

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from multiprocessing import Pool
from pathlib import Path

from _proc import tree_cpu_seconds  # bench/_proc.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N_URLS = int(os.environ.get("BENCH_URLS", "1000"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "2"))
PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
BROKER_URL = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/0")
DB_NAME = f"bench_sources_{os.getpid()}"
QUEUE = f"bench-sources-{os.getpid()}"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="bench-sources-media-"))


def _pg(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)


def _db_url() -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{DB_NAME}"


def _configure_env(port: int) -> None:
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.bench",
            "DATABASE_URL": _db_url(),
            "CELERY_BROKER_URL": BROKER_URL,
            "CELERY_TASK_DEFAULT_QUEUE": QUEUE,
            "SOURCES_FETCH_TEST_LOOPBACK_PORTS": str(port),
            "DJANGO_MEDIA_ROOT": str(MEDIA_ROOT),
            "LOG_LEVEL": "WARNING",
        }
    )


def _own_cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _plain_init() -> None:
    import django

    django.setup()


def _plain_check(args: tuple[int, str]) -> int:
    """The same work as a source check, without Celery and without the guard."""
    import requests
    from django.utils import timezone

    from sources.fetch import FetchResponse
    from sources.models import Snapshot, UrlState, WatchedUrl
    from sources.snapshots import extract_text, normalise_text, sha256, warc_write

    url_id, url = args
    fetched_at = timezone.now()
    raw = requests.get(url, timeout=(5, 10))
    response = FetchResponse(
        url=raw.url,
        status_code=raw.status_code,
        headers=dict(raw.headers),
        content=raw.content,
        content_type=raw.headers.get("Content-Type", ""),
        elapsed=0.0,
    )
    text = extract_text(response.content, response.content_type, url=response.url)
    warc_path = warc_write(response=response, url_id=url_id, check_run="plain", fetched_at=fetched_at)
    text_sha = sha256(normalise_text(text).encode())
    Snapshot.objects.create(
        watched_url_id=url_id,
        check_run="plain",
        final_url=response.url,
        status_code=response.status_code,
        content_type=response.content_type,
        sha256=sha256(response.content),
        text=text,
        text_sha256=text_sha,
        warc_path=warc_path,
    )
    # The same URL row update a check makes (state, failure count, schedule, baseline text hash).
    now = timezone.now()
    WatchedUrl.objects.filter(pk=url_id).update(
        state=UrlState.ALIVE,
        consecutive_failures=0,
        stable_checks=1,
        last_text_sha256=text_sha,
        last_checked_at=now,
        next_check_at=now + timedelta(hours=12),
    )
    return len(response.content)


def main() -> int:
    from tests.sources.http_server import TestHTTPServer, generated_article

    server = TestHTTPServer()
    for n in range(N_URLS):
        server.pages[f"b{n}"] = generated_article(f"b{n}", 50_000 + (n * 50_000) // max(N_URLS, 1))
    sizes = [len(page.encode()) for page in server.pages.values()]
    server.start()
    _configure_env(server.port)
    _pg(f'CREATE DATABASE "{DB_NAME}"')
    worker: subprocess.Popen[bytes] | None = None
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.utils import timezone

        from sources.models import Snapshot, WatchedUrl
        from verifier.tasks.sources import source_checks_due

        call_command("migrate", verbosity=0)
        now = timezone.now()
        celery_urls = WatchedUrl.objects.bulk_create(
            [WatchedUrl(url=server.url(f"/page/b{n}?run=celery"), next_check_at=now) for n in range(N_URLS)]
        )
        plain_urls = WatchedUrl.objects.bulk_create(
            [
                WatchedUrl(url=server.url(f"/page/b{n}?run=plain"), next_check_at=now + timedelta(days=1))
                for n in range(N_URLS)
            ]
        )
        log = open(MEDIA_ROOT / "worker.log", "wb")  # noqa: SIM115 - lives as long as the worker
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "-P",
                "prefork",
                "-c",
                str(CONCURRENCY),
                "-Q",
                QUEUE,
                "-l",
                "INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"{QUEUE}@%h",
            ],
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 90
        while "ready." not in (MEDIA_ROOT / "worker.log").read_text(errors="replace"):
            if worker.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("worker did not start:\n" + (MEDIA_ROOT / "worker.log").read_text())
            time.sleep(0.2)

        worker_cpu = tree_cpu_seconds(worker.pid)
        own_cpu = _own_cpu_seconds(resource.RUSAGE_SELF)
        started = time.perf_counter()
        source_checks_due.delay()
        while Snapshot.objects.filter(check_run__startswith="beat-").count() < N_URLS:
            if time.perf_counter() - started > 1800:
                raise RuntimeError("celery run did not finish in 30 minutes")
            time.sleep(0.1)
        celery_seconds = time.perf_counter() - started
        celery_cpu = tree_cpu_seconds(worker.pid) - worker_cpu + _own_cpu_seconds(resource.RUSAGE_SELF) - own_cpu
        failed = Snapshot.objects.filter(watched_url__in=celery_urls).exclude(status_code=200).count()

        from django.db import connections

        connections.close_all()
        own_cpu = _own_cpu_seconds(resource.RUSAGE_SELF) + _own_cpu_seconds(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        with Pool(CONCURRENCY, initializer=_plain_init) as pool:
            pool.map(_plain_check, [(u.pk, u.url) for u in plain_urls], chunksize=10)
            plain_seconds = time.perf_counter() - started
            pool.close()
            pool.join()
        # The pool's processes are reaped by join(), so their CPU time is in RUSAGE_CHILDREN (the worker is alive).
        plain_cpu = _own_cpu_seconds(resource.RUSAGE_SELF) + _own_cpu_seconds(resource.RUSAGE_CHILDREN) - own_cpu
        assert Snapshot.objects.filter(check_run="plain").count() == N_URLS

        celery_rate = N_URLS / celery_seconds
        plain_rate = N_URLS / plain_seconds
        print(
            f"pages: {N_URLS}, {min(sizes) // 1000}-{max(sizes) // 1000} KB "
            f"(mean {sum(sizes) // len(sizes) // 1000} KB); concurrency {CONCURRENCY}"
        )
        print(
            f"celery (guarded fetch, beat fan-out, worker): {celery_seconds:.1f} s, {celery_rate:.1f} checks/s, "
            f"CPU {celery_cpu:.1f} s, non-200 snapshots: {failed}"
        )
        print(
            f"plain loop (no celery, no guard):             {plain_seconds:.1f} s, {plain_rate:.1f} checks/s, "
            f"CPU {plain_cpu:.1f} s"
        )
        cpu_ratio = f", CPU time plain/celery: {plain_cpu / celery_cpu:.2f}" if celery_cpu and plain_cpu else ""
        print(f"ratio celery/plain: {celery_rate / plain_rate:.2f} (goal >= 0.8){cpu_ratio}")
        return 0
    finally:
        if worker is not None and worker.poll() is None:
            os.killpg(worker.pid, 15)
            worker.wait(timeout=30)
        try:
            import redis

            redis.Redis.from_url(BROKER_URL).delete(QUEUE)
        except Exception as exc:
            print(f"could not clear the queue: {exc}")
        from django.db import connections

        connections.close_all()
        _pg(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        server.stop()
        if (MEDIA_ROOT / "worker.log").exists():
            (ROOT / "artifacts" / "logs").mkdir(parents=True, exist_ok=True)
            shutil.copy(MEDIA_ROOT / "worker.log", ROOT / "artifacts" / "logs" / "bench-source-checks-worker.log")
        shutil.rmtree(MEDIA_ROOT, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
