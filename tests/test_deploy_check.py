import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": "k2v$8q!x7ZpL0rT4wN9yB1cF6hJ3mD5sG8aE2uR7iO0pQ4lK9zX",
    "DJANGO_ALLOWED_HOSTS": "factcheck.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/claimcheck",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
}


def run_check(env_overrides: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "CELERY_"))}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_on_production_settings():
    result = run_check(PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}

    result = run_check(env)

    assert result.returncode == 1
    assert "Set the DJANGO_SECRET_KEY environment variable" in result.stderr
