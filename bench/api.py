"""API throughput: the claim list over 1,000,000 claims against the same list written the plain DRF way, one run.

Creates a throwaway PostgreSQL database, migrates it, COPYs 20,000 articles and 1,000,000 claims into it, serves
the project with gunicorn on loopback (settings config.settings.bench: the bench endpoints on; throttling off), and
drives with wrk (``apt-get install wrk``), one after the other on the same server:

* constant: ``GET /api/v1/bench/constant/`` (token auth, returns a constant): the floor under every endpoint;
* list: ``GET /api/v1/claims/?status=triaged&claim_type=casualty&page_size=50`` (two filters, page of 50, count);
* peer: the same query on ``/api/v1/bench/claims/``, the list as a typical Django team writes it (``ListAPIView``,
  ``ModelSerializer`` with the same fields, the same django-filter FilterSet, DRF's ``PageNumberPagination``).

Each endpoint gets ``--seconds`` in all, in ``--rounds`` slices interleaved with the others' (so a change in what
else the machine runs falls on all three alike). Prints requests/s and the worst slice's p99 for each, the CPU per
request of the gunicorn workers and of the PostgreSQL backends (Linux /proc), and the goals: list >= 2x the peer's
requests/s, list p99 <= 50 ms. Two passes: saturated (``--connections``, more than the workers: requests queue,
and by Little's law the mean latency is connections / throughput, so p99 there measures the queue) and unqueued
(one connection per worker: the latency a client meets when the server is not overloaded), which gives the p99.
The database is dropped at the end unless ``--keep``; ``--reuse`` serves the
database a ``--keep`` run left (migrated again, not reloaded).

    python bench/api.py [--claims 1000000] [--seconds 20] [--rounds 4] [--connections 8] [--workers 2] [--keep]
                        [--reuse]
"""

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from _proc import cpu_seconds, tree_cpu_seconds  # bench/_proc.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DB_NAME = "claimcheck_bench_api"
CLAIMS_PER_ARTICLE = 50
STATUSES = ["new", "triaged", "not_checkworthy", "in_review", "needs_evidence", "verdict_proposed", "published"]
TYPES = ["event", "casualty", "accusation", "attributed_statement", "control", "prediction", "opinion", "background"]
HEDGES = ["asserted", "hedged", "unconfirmed", "denied"]
QUERY = "?status=triaged&claim_type=casualty&page_size=50"
LIST_PATH = f"/api/v1/claims/{QUERY}"
PEER_PATH = f"/api/v1/bench/claims/{QUERY}"
CONSTANT_PATH = "/api/v1/bench/constant/"
ENDPOINTS = (("constant", CONSTANT_PATH), ("list", LIST_PATH), ("peer", PEER_PATH))
GOAL_RATIO = 2.0  # list requests/s over the peer's
GOAL_P99_MS = 50.0


def log(message: str) -> None:
    print(message, flush=True)


def admin_connection() -> psycopg.Connection:
    return psycopg.connect(f"{SERVER_URL}/postgres", autocommit=True)


def drop_database() -> None:
    with admin_connection() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.bench"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _copy_value(field, value):  # type: ignore[no-untyped-def]
    if value is None:
        return None
    if field.get_internal_type() == "JSONField":
        return json.dumps(value)
    return value


def load(claims: int) -> str:
    """COPY the articles and claims; returns an API token (write scope) for the bench user."""
    from django.db import connection

    from claims.models import Article, Claim

    rng = random.Random(42)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    articles = max(1, claims // CLAIMS_PER_ARTICLE)
    sentence = "Drones struck the base near the river, killing {n} people, according to the army spokesman."
    connection.ensure_connection()
    raw = connection.connection  # the psycopg connection under Django's
    article_fields = [f for f in Article._meta.concrete_fields if f.name != "id"]
    claim_fields = [f for f in Claim._meta.concrete_fields if f.name != "id"]

    t0 = time.monotonic()
    with raw.cursor() as cursor:
        columns = ", ".join(f'"{f.column}"' for f in article_fields)
        with cursor.copy(f"COPY claims_article ({columns}) FROM STDIN") as copy:
            for i in range(articles):
                text = " ".join(sentence.format(n=i * CLAIMS_PER_ARTICLE + k) for k in range(CLAIMS_PER_ARTICLE))
                created = start + timedelta(minutes=i)
                values = {
                    "text": text,
                    "content_hash": f"{i:064d}",
                    "title": f"Article {i}",
                    "outlet": "Bench News",
                    "ingest_status": "done",
                    "created_at": created,
                    "updated_at": created,
                    "published_at": created,
                }
                copy.write_row([_copy_value(f, values.get(f.name, f.get_default())) for f in article_fields])
        cursor.execute("SELECT id FROM claims_article ORDER BY id")
        article_ids = [row[0] for row in cursor.fetchall()]
        columns = ", ".join(f'"{f.column}"' for f in claim_fields)
        end = 0
        with cursor.copy(f"COPY claims_claim ({columns}) FROM STDIN") as copy:
            for i in range(claims):
                article_index, position = divmod(i, CLAIMS_PER_ARTICLE)
                created = start + timedelta(minutes=article_index, seconds=position)
                text = sentence.format(n=i)
                begin = 0 if position == 0 else end + 1  # sentences are joined by one space
                end = begin + len(text)
                values = {
                    "article": article_ids[article_index],
                    "position": position,
                    "start": begin,
                    "end": end,
                    "sentence_start": begin,
                    "sentence_end": end,
                    "text": text,
                    "claim_type": rng.choice(TYPES),
                    "hedge": rng.choice(HEDGES),
                    "status": rng.choice(STATUSES),
                    "score": round(rng.random(), 3),
                    "claimers": ["the army spokesman"],
                    "created_at": created,
                    "updated_at": created,
                }
                row = []
                for f in claim_fields:
                    name = f.name
                    value = values[name] if name in values else f.get_default()
                    row.append(_copy_value(f, value))
                copy.write_row(row)
                if i and i % 200_000 == 0:
                    log(f"  {i} claims copied ({time.monotonic() - t0:.0f} s)")
    raw.commit()
    log(f"loaded {articles} articles and {claims} claims in {time.monotonic() - t0:.0f} s")
    t1 = time.monotonic()
    with raw.cursor() as cursor:
        raw.autocommit = True
        cursor.execute("VACUUM ANALYZE claims_article")
        cursor.execute("VACUUM ANALYZE claims_claim")
    log(f"VACUUM ANALYZE in {time.monotonic() - t1:.0f} s")
    return bench_token()


def bench_token() -> str:
    """A new write token for the bench user (made on first use, unusable password)."""
    from django.contrib.auth import get_user_model

    from verifier.models import TokenScope
    from verifier.tokens import api_token_create

    user = get_user_model().objects.filter(username="bench").first()
    if user is None:
        user = get_user_model().objects.create_user(username="bench", password=None)
    return api_token_create(user=user, scope=TokenScope.WRITE, name="bench")[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(url: str, token: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(url, headers={"Authorization": f"Token {token}"})
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server did not answer {url}")


def _ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def cpu_sample(server_pid: int) -> dict[str, float]:
    """CPU seconds so far of the gunicorn workers and of the PostgreSQL backends serving the bench database."""
    with admin_connection() as conn:
        backends = [row[0] for row in conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [DB_NAME])]
    return {
        "gunicorn": tree_cpu_seconds(server_pid),
        "postgres": sum(cpu_seconds(pid) for pid in backends),
    }


def run_wrk(url: str, token: str, *, seconds: int, connections: int) -> tuple[float, float, int, int]:
    """(requests/s, p99 ms, non-2xx responses, requests) of one wrk run."""
    output = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Authorization: Token {token}",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p99_line = re.search(r"^\s+99%\s+(\S+)\s*$", output, re.MULTILINE)
    if p99_line is None:
        raise SystemExit(f"wrk gave no p99:\n{output}")
    p99 = _ms(p99_line.group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    return rate, p99, int(errors.group(1)) if errors else 0, requests


def measure(
    base: str, token: str, server_pid: int, args: argparse.Namespace, *, connections: int
) -> dict[str, tuple[float, float, int, str]]:
    """Every endpoint in turn, in ``--rounds`` slices of ``--seconds / --rounds`` each, interleaved, so that a change
    in what else the machine runs falls on all of them alike. Per endpoint: (requests/s over all its slices, the
    worst slice's p99 in ms, non-2xx responses, CPU ms per request of the gunicorn workers and of PostgreSQL)."""
    totals = {
        name: {"requests": 0, "seconds": 0.0, "errors": 0, "p99": 0.0, "gunicorn": 0.0, "postgres": 0.0}
        for name, _ in ENDPOINTS
    }
    for _ in range(args.rounds):
        for name, path in ENDPOINTS:
            before = cpu_sample(server_pid)
            rate, p99, errors, requests = run_wrk(
                base + path, token, seconds=max(1, args.seconds // args.rounds), connections=connections
            )
            after = cpu_sample(server_pid)
            total = totals[name]
            total["requests"] += requests
            total["seconds"] += requests / rate
            total["errors"] += errors
            total["p99"] = max(total["p99"], p99)
            for process in ("gunicorn", "postgres"):
                total[process] += after[process] - before[process]
    results = {}
    for name, total in totals.items():
        served = total["requests"]
        cpu = ", ".join(f"{process} {total[process] / served * 1000:.2f}" for process in ("gunicorn", "postgres"))
        results[name] = (served / total["seconds"], total["p99"], int(total["errors"]), f"CPU ms/request: {cpu}")
    return results


def serve(
    env: dict[str, str], token: str, args: argparse.Namespace, servers: list[subprocess.Popen[bytes]]
) -> tuple[subprocess.Popen[bytes], str]:
    """gunicorn on a free loopback port, answering and warmed up (every worker's connection and caches)."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    servers.append(server)
    base = f"http://127.0.0.1:{port}"
    for _, path in ENDPOINTS:
        wait_ready(base + path, token)
    for _, path in ENDPOINTS:
        run_wrk(base + path, token, seconds=3, connections=args.connections)
    return server, base


def stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=4, help="slices per endpoint, interleaved")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards (to EXPLAIN queries)")
    parser.add_argument(
        "--reuse", action="store_true", help="serve the database a --keep run left (migrated again, not reloaded)"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk")

    load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    with admin_connection() as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone() is not None
    reuse = args.reuse and exists
    if not reuse:
        drop_database()
        with admin_connection() as conn:
            conn.execute(f"CREATE DATABASE {DB_NAME}")
    database_url = f"{SERVER_URL}/{DB_NAME}"
    servers: list[subprocess.Popen[bytes]] = []
    try:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.bench",  # with the bench endpoints
            "DATABASE_URL": database_url,
            "DJANGO_DEBUG": "false",
            "LOG_LEVEL": "WARNING",
            "API_THROTTLE_READ_RATE": "",
            "API_THROTTLE_WRITE_RATE": "",
            "DATABASE_CONN_MAX_AGE": "600",
        }
        env.pop("CELERY_BROKER_URL", None)
        t0 = time.monotonic()
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        log(f"migrated in {time.monotonic() - t0:.0f} s")
        setup_django(database_url)
        token = bench_token() if reuse else load(args.claims)

        server, base = serve(env, token, args, servers)
        # Throughput with the server saturated (more connections than workers: requests queue), then latency as a
        # client meets it when nothing queues (one connection per worker).
        results = measure(base, token, server.pid, args, connections=args.connections)
        latency = measure(base, token, server.pid, args, connections=args.workers)
        log(
            f"claims: {args.claims}, gunicorn workers: {args.workers}, wrk: 1 thread, {args.seconds} s per endpoint "
            f"in {args.rounds} interleaved slices, load average before: {load_before}"
        )
        for title, runs, connections in (
            ("saturated", results, args.connections),
            ("unqueued", latency, args.workers),
        ):
            log(f"{title}: {connections} connections")
            for name, path in ENDPOINTS:
                rate, p99, errors, cpu = runs[name]
                log(f"  {name:<9} {path:<68} {rate:8.1f} req/s  p99 {p99:6.1f} ms  non-2xx {errors}  {cpu}")
        ratio = results["list"][0] / results["peer"][0]
        p99 = latency["list"][1]
        log(
            f"list/peer {ratio:.2f} saturated, {latency['list'][0] / latency['peer'][0]:.2f} unqueued "
            f"(goal >= {GOAL_RATIO}); list p99 {p99:.1f} ms unqueued (goal <= {GOAL_P99_MS:.0f} ms), "
            f"{results['list'][1]:.1f} ms saturated; list/constant {results['list'][0] / results['constant'][0]:.2f}"
        )
        results = {**results, **{f"{name} unqueued": result for name, result in latency.items()}}
        if any(result[2] for result in results.values()):
            log("FAILED: non-2xx responses")
            return 1
        return 0
    finally:
        for server in servers:
            stop(server)
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop_database()


if __name__ == "__main__":
    sys.exit(main())
