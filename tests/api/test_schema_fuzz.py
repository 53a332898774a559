"""Schemathesis over the whole OpenAPI schema, in process, with a write token of a superuser (every role).

Fails on any 5xx and on any response whose status code, content type, headers or body the schema does not
document. A few examples per operation keep it fast; ``make fuzz`` runs the same checks long against gunicorn.
"""

import os

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.test import override_settings
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from verifier.models import TokenScope
from verifier.tokens import api_token_create

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
EXAMPLES = int(os.environ.get("API_FUZZ_EXAMPLES", "4"))
# The explicit phase adds schemathesis' coverage cases (every boundary of every parameter): `make fuzz` turns it on.
PHASES = [Phase.explicit, Phase.generate] if os.environ.get("API_FUZZ_COVERAGE") else [Phase.generate]
CASES: list[tuple[str, int]] = []

schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())


@pytest.fixture(scope="module", autouse=True)
def _case_report():  # type: ignore[no-untyped-def]
    """Writes how many cases ran, per status code, to artifacts/api-fuzz.txt (quoted in docs/benchmarks.md)."""
    yield
    from collections import Counter

    from tests.conftest import ARTIFACTS

    ARTIFACTS.mkdir(exist_ok=True)
    statuses = Counter(status for _, status in CASES)
    operations = len({label for label, _ in CASES})
    summary = ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items()))
    (ARTIFACTS / "api-fuzz.txt").write_text(f"{len(CASES)} cases over {operations} operations ({summary})\n")


@pytest.fixture
def _keep_test_connection():  # type: ignore[no-untyped-def]
    """As Django's test client does: requests must not close the test transaction's connection."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def fuzz_token(db, _keep_test_connection) -> str:  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser(username="fuzzer", email="", password=None)
    return api_token_create(user=admin, scope=TokenScope.WRITE, name="fuzz")[1]


@pytest.mark.django_db
@override_settings(API_THROTTLE_READ_RATE="", API_THROTTLE_WRITE_RATE="")
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    phases=PHASES,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_matches_its_schema(case, fuzz_token):  # type: ignore[no-untyped-def]
    response = case.call_and_validate(headers={"Authorization": f"Token {fuzz_token}"}, checks=CHECKS)
    CASES.append((case.operation.label, response.status_code))
