"""The production settings: `check --deploy` passes with the required environment, which they refuse to start
without; the test hooks stay off whatever the environment says; the retired DJANGO_ENV cannot start a deployment
on the local settings."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "k2v$8q!x7ZpL0rT4wN9yB1cF6hJ3mD5sG8aE2uR7iO0pQ4lK9zX",
    "DJANGO_ALLOWED_HOSTS": "factcheck.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/claimcheck",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
}
TEST_HOOKS_ENV = {
    "SOURCES_FETCH_TEST_LOOPBACK_PORTS": "8123",
    "WORKFLOW_FAULT_INJECTION_DELAY": "1.0",
    "API_BENCH_ENDPOINTS": "true",
    "TEST_DATABASE_NAME": "test_from_the_environment",
}
PRINT_TEST_HOOKS = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "print(json.dumps([s.SOURCES_FETCH_TEST_LOOPBACK_PORTS, s.WORKFLOW_FAULT_INJECTION_DELAY, "
    "s.API_BENCH_ENDPOINTS, s.DATABASES['default'].get('TEST', {}).get('NAME'), s.DEBUG]))"
)


def clean_env(overrides: dict[str, str]) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "CELERY_", "TEST_DATABASE", *TEST_HOOKS_ENV))
    }
    env.update(overrides)
    return env


def run_check(env_overrides: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean_env(env_overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_on_production_settings():
    result = run_check(PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "CELERY_BROKER_URL"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = run_check(env)

    assert result.returncode == 1
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_reads_no_test_hook_from_the_environment():
    result = subprocess.run(
        [sys.executable, "-c", PRINT_TEST_HOOKS],
        cwd=ROOT,
        env=clean_env({**PRODUCTION_ENV, **TEST_HOOKS_ENV, "DJANGO_DEBUG": "true"}),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[], 0.0, False, None, False]


# The bench endpoints come with the bench settings, not from the environment.
@pytest.mark.parametrize(
    ("module", "bench_endpoints"), [("config.settings.test", False), ("config.settings.bench", True)]
)
def test_the_test_and_bench_settings_read_the_test_hooks_from_the_environment(module, bench_endpoints):
    result = subprocess.run(
        [sys.executable, "-c", PRINT_TEST_HOOKS],
        cwd=ROOT,
        env=clean_env({**TEST_HOOKS_ENV, "DJANGO_SETTINGS_MODULE": module}),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[8123], 1.0, bench_endpoints, "test_from_the_environment", False]


def test_django_env_production_without_the_production_module_refuses_to_start():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SETTINGS_MODULE"}

    result = run_check({**env, "DJANGO_ENV": "production"})

    assert result.returncode == 1
    assert "DJANGO_ENV is no longer read" in result.stderr
    assert "DJANGO_SETTINGS_MODULE=config.settings.production" in result.stderr


def test_production_logs_one_json_object_a_line():
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('claims.probe').warning('article %s: stored', 7, extra={'article_id': 7})"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean_env(PRODUCTION_ENV),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()
    record = json.loads(line)
    assert {k: v for k, v in record.items() if k not in {"time", "pid"}} == {
        "level": "WARNING",
        "logger": "claims.probe",
        "message": "article 7: stored",
        "article_id": 7,
    }
    assert isinstance(record["pid"], int)
