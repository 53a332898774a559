"""The embedded default: no DATABASE_URL, no broker. `manage.py ingest` works in a fresh SQLite file."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "flood-wire-report.txt"


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def embedded_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_", "CELERY_", "TEST_DATABASE", "DJANGO_SETTINGS_MODULE"))
    }
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'embedded.sqlite3'}"
    return env


def test_ingest_on_the_embedded_default_prints_claims_as_json(tmp_path):
    env = embedded_env(tmp_path)
    assert run_manage("migrate", "--noinput", env=env).returncode == 0

    result = run_manage("ingest", str(EXAMPLE), "--format", "json", env=env)

    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert len(payload) == 1
    assert payload[0]["article"] == {
        "id": 1,
        "title": "Flash floods hit river towns in northern Valdoria",
        "outlet": "Meridian Wire",
        "url": "",
        "published_at": "2025-09-14T00:00:00+00:00",
        "ingest_status": "done",
        "ingest_error": "",
    }
    claims = payload[0]["claims"]
    # The triage job ran in-process after extraction (outbox relay, eager): each claim is triaged or not check-worthy.
    assert [c["status"] for c in claims] == ["triaged" if c["checkworthy"] else "not_checkworthy" for c in claims]
    assert set(claims[0]) >= {"id", "start", "end", "text", "status"}
    first = claims[0]
    assert (first["id"], first["start"], first["end"]) == (1, 0, 122)  # the first sentence, "after ..." and all
    assert first["text"].startswith("Flash floods swept through three river towns")


def test_ingest_on_the_default_sqlite_file_with_no_environment_at_all(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "CELERY_", "TEST_DATABASE"))}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_ingest_of_a_bad_file_exits_non_zero_and_stores_nothing(tmp_path):
    env = embedded_env(tmp_path)
    run_manage("migrate", "--noinput", env=env)
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"Caf\xe9 owners said prices rose.")

    result = run_manage("ingest", str(EXAMPLE), str(bad), env=env)
    count = run_manage(
        "shell", "-v", "0", "-c", "from claims.models import Article; print(Article.objects.count())", env=env
    )

    assert result.returncode == 1
    assert result.stderr.strip() == f"CommandError: {bad}: Article is not valid UTF-8 (byte 3: b'\\xe9')."
    assert count.stdout.strip() == "0"


API_LIST_SCRIPT = """
import json
from django.contrib.auth import get_user_model
from django.test import Client
from api.serializers import ClaimSerializer
from verifier.models import TokenScope
from verifier.tokens import api_token_create

token = api_token_create(user=get_user_model().objects.create_user("cms"), scope=TokenScope.READ, name="t")[1]
client = Client(HTTP_AUTHORIZATION=f"Token {token}")
listing = client.get("/api/v1/claims/?ordering=id&page_size=200")
cursor = client.get("/api/v1/claims/cursor/?page_size=200")
items = listing.json()["results"]
details = [client.get(f"/api/v1/claims/{item['id']}/").json() for item in items]
print(json.dumps({
    "status": [listing.status_code, cursor.status_code],
    "count": [listing.json()["count"], listing.json()["count_exact"]],
    "cursor_ids": sorted(item["id"] for item in cursor.json()["results"]),
    "same": all(item == {k: d[k] for k in ClaimSerializer.Meta.fields} for item, d in zip(items, details)),
    "ids": [item["id"] for item in items],
}))
"""


def test_api_claim_lists_on_sqlite_render_what_the_detail_renders(tmp_path):
    """On SQLite (the embedded default) both claim lists render what the claim detail renders."""
    env = embedded_env(tmp_path)
    assert run_manage("migrate", "--noinput", env=env).returncode == 0
    assert run_manage("ingest", str(EXAMPLE), env=env).returncode == 0

    result = run_manage("shell", "-c", API_LIST_SCRIPT, env=env)

    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.splitlines()[-1])
    claims = len(out["ids"])
    assert claims > 3
    assert out["status"] == [200, 200]
    assert out["count"] == [claims, True]
    assert out["ids"] == sorted(out["ids"]) == out["cursor_ids"]
    assert out["same"] is True
