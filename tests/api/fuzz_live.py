"""`make fuzz`: schemathesis, long, against gunicorn + PostgreSQL (not part of the pytest run).

Creates a throwaway database, migrates it, makes a superuser with a write token, serves the project with gunicorn
on loopback (throttling off) and runs ``schemathesis run`` over the whole schema with every phase (examples,
coverage, fuzzing, stateful), failing on any 5xx and any response the schema does not document. The database is
dropped at the end. ``FUZZ_EXAMPLES`` (default 100) sets the examples per operation.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
SERVER_URL = os.environ.get("FUZZ_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DB_NAME = "claimcheck_fuzz_api"
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    ]
)


def admin(sql: str) -> None:
    with psycopg.connect(f"{SERVER_URL}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def main() -> int:
    examples = os.environ.get("FUZZ_EXAMPLES", "100")
    admin(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
    admin(f"CREATE DATABASE {DB_NAME}")
    env = {
        **os.environ,
        "DATABASE_URL": f"{SERVER_URL}/{DB_NAME}",
        "DJANGO_DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "API_THROTTLE_READ_RATE": "",
        "API_THROTTLE_WRITE_RATE": "",
    }
    env.pop("CELERY_BROKER_URL", None)  # tasks run in-process after commit (embedded mode)
    bin_dir = Path(sys.executable).parent
    server = None
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        script = (
            "from django.contrib.auth import get_user_model; from verifier.tokens import api_token_create;"
            "u = get_user_model().objects.create_superuser('fuzzer', '', None);"
            "print(api_token_create(user=u, scope='write', name='fuzz')[1])"
        )
        token = (
            subprocess.run(
                [sys.executable, "manage.py", "shell", "-c", script],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen(
            # --limit-request-line 0: gunicorn's own 414 for long query strings is not the API's answer to judge.
            [
                str(bin_dir / "gunicorn"),
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--limit-request-line",
                "0",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        schema_url = f"http://127.0.0.1:{port}/api/schema/?format=json"
        for _ in range(100):
            try:
                urllib.request.urlopen(schema_url, timeout=5).close()
                break
            except OSError:
                time.sleep(0.3)
        result = subprocess.run(
            [
                str(bin_dir / "schemathesis"),
                "run",
                schema_url,
                "--header",
                f"Authorization: Token {token}",
                "--checks",
                CHECKS,
                "--max-examples",
                examples,
                "--phases",
                "examples,coverage,fuzzing,stateful",
                "--seed",
                os.environ.get("FUZZ_SEED", "1"),
            ],
            cwd=ROOT,
            env=env,
        )
        return result.returncode
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        admin(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


if __name__ == "__main__":
    sys.exit(main())
