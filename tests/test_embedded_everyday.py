"""Everyday filters and evidence on the embedded default (SQLite file, Celery eager), driven through manage.py.

The same rows and answers are asserted on PostgreSQL by tests/api/test_claim_party_filters.py,
tests/admin/test_claim_party_filter.py and tests/api/test_evidence_api.py.
"""

import json
from pathlib import Path

from tests.api.party_filters import expected_observation
from tests.test_embedded_default import embedded_env, run_manage

# A page for evidence URLs, served on loopback and let through the fetch guard; its address is ``url``.
PAGE_SERVER = """
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from django.conf import settings


class Page(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<html><body><p>Twelve people died, the report says.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
threading.Thread(target=server.serve_forever, daemon=True).start()
settings.SOURCES_FETCH_TEST_LOOPBACK_PORTS = [server.server_address[1]]
url = f"http://127.0.0.1:{server.server_address[1]}/report"
"""

EVERYDAY_SCRIPT = (
    PAGE_SERVER
    + """
import json, re
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse
from sources.models import Evidence
from tests.api.party_filters import make_party_claims, observe_party_filters
from verifier.models import OutboxMessage, TokenScope, VerificationEvent
from verifier.tokens import api_token_create


claims = make_party_claims()
users = get_user_model().objects
checker = users.create_user("checker")
checker.groups.add(Group.objects.get(name="fact-checker"))
api = Client(HTTP_AUTHORIZATION=f"Token {api_token_create(user=checker, scope=TokenScope.WRITE)[1]}")
filters = observe_party_filters(api, claims)

desk = Client()
desk.force_login(users.create_superuser("ana", password=None, email=""))
key_of = {claim.pk: key for key, claim in claims.items()}
admin = {}
for claimer in ["Officials", "the army", "army"]:
    page = desk.get(reverse("admin:claims_claim_changelist"), {"claimer": claimer})
    shown = [int(pk) for pk in re.findall(r'name="_selected_action" value="(\\d+)"', page.content.decode())]
    admin[claimer] = [page.status_code, sorted((key_of[pk] for pk in shown), key=list(claims).index)]

claim = claims["army"]
path = f"/api/v1/claims/{claim.pk}/evidence/"
as_json = "application/json"
first = api.post(path, {"url": url, "stance": "refutes", "quote": "Twelve people died"}, content_type=as_json)
retry = api.post(path, {"url": url, "stance": "supports", "quote": "other"}, content_type=as_json)
server.shutdown()
print(json.dumps({
    "vendor": connection.vendor,
    "filters": filters,
    "admin": admin,
    "evidence_status": [first.status_code, retry.status_code],
    "same_body": first.json() == retry.json(),
    "evidence": list(Evidence.objects.values_list("claim_id", "url", "stance", "quote", "snapshot_id")),
    "evidence_id": first.json()["id"],
    "events": list(VerificationEvent.objects.filter(claim=claim).values_list("kind", flat=True)),
    "outbox": list(OutboxMessage.objects.values_list("task_name", "state")),
    "claim_id": claim.pk,
}))
"""
)


def test_party_filters_admin_filter_and_idempotent_evidence_on_sqlite(tmp_path: Path) -> None:
    env = embedded_env(tmp_path)
    assert run_manage("migrate", "--noinput", env=env).returncode == 0

    result = run_manage("shell", "-v", "0", "-c", EVERYDAY_SCRIPT, env=env)

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["vendor"] == "sqlite"
    assert seen["filters"] == expected_observation()
    assert seen["admin"] == {"Officials": [200, ["army", "officials"]], "the army": [200, ["army"]], "army": [200, []]}
    assert seen["evidence_status"] == [201, 201]
    assert seen["same_body"] is True
    evidence = seen["evidence"]
    assert [row[:4] for row in evidence] == [[seen["claim_id"], evidence[0][1], "refutes", "Twelve people died"]]
    assert evidence[0][1].startswith("http://127.0.0.1:") and evidence[0][1].endswith("/report")
    assert seen["events"] == ["evidence_added"]
    assert seen["outbox"] == [["verifier.tasks.sources.source_check", "done"]]
    assert isinstance(evidence[0][4], int)  # the check ran in-process after commit and stored a snapshot
