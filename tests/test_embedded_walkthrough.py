"""A newcomer's everyday paths on the embedded default (SQLite file, Celery eager), driven through manage.py shell:
ingest over the API and in the admin, the claim filters and the CSV export with a filter, evidence with a URL,
the workflow to published over the API and in the admin workbench, and the ClaimReview. Every answer is below 500.

tests/test_embedded_everyday.py asserts the filters' rows and the evidence on this backend in detail.
"""

import json
from pathlib import Path

from tests.test_embedded_default import embedded_env, run_manage
from tests.test_embedded_everyday import PAGE_SERVER

# Written for this test.
ARTICLE = (
    "date 2024-03-28\n"
    "title Depot struck\n"
    "The army said drones struck the fuel depot in Tessit on Wednesday, killing nine soldiers. "
    "Rebels denied that any soldiers had died. Human Rights Watch accused the army of shelling the Tessit market."
)

WALKTHROUGH = """
import json, re
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse
from claims.models import Article, Claim
from verifier.models import TokenScope
from verifier.tokens import api_token_create

ARTICLE = %r


users = get_user_model().objects


def person(name, role):
    user = users.create_user(name, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


checker, editor = person("chris", "fact-checker"), person("eddie", "editor")


def api_client(user):
    return Client(HTTP_AUTHORIZATION=f"Token {api_token_create(user=user, scope=TokenScope.WRITE)[1]}")


def desk_client(user):
    client = Client()
    client.force_login(user)
    return client


api, editor_api = api_client(checker), api_client(editor)
desk, editor_desk = desk_client(checker), desk_client(editor)
answers = []


def call(client, method, path, data=None, **headers):
    kwargs = {"content_type": "application/json"} if method != "get" and not path.startswith("/admin/") else {}
    response = getattr(client, method)(path, data, **kwargs, **headers)
    answers.append([method, re.sub(r"[0-9]+", "N", path), response.status_code])
    return response


seen = {"vendor": connection.vendor}
created = call(api, "post", "/api/v1/articles/", {"text": ARTICLE, "outlet": "Wire"})
article_id = created.json()["id"]
seen["api_article"] = Article.objects.values_list("title", "ingest_status").get(pk=article_id)
listed = call(api, "get", f"/api/v1/claims/?article={article_id}").json()["results"]
seen["claims"] = sorted([c["text"][:20], c["claimers"], c["status"]] for c in listed)
claim_id = next(c["id"] for c in listed if c["claimers"] == ["army"])
# The extraction names no entities in this text: one is given to the first claim, as a fact-checker would.
Claim.objects.filter(pk=claim_id).update(entities=[{"text": "Tessit", "label": "GPE", "start": 47, "end": 53}])
seen["filters"] = {}
for query in ("claimer=army", "target=army", "entity=Tessit"):
    page = call(api, "get", f"/api/v1/claims/?{query}").json()["results"]
    cursor = call(api, "get", f"/api/v1/claims/cursor/?{query}").json()["results"]
    seen["filters"][query] = [[c["text"][:20] for c in page], [c["text"][:20] for c in cursor]]
export = call(api, "get", "/api/v1/exports/claims.csv?claimer=army")
seen["csv"] = [row[:60] for row in b"".join(export.streaming_content).decode().splitlines()]
evidence = call(api, "post", f"/api/v1/claims/{claim_id}/evidence/", {"url": url, "stance": "supports"})
seen["evidence"] = [evidence.status_code, evidence.json()["url"] == url]

detail = call(api, "get", f"/api/v1/claims/{claim_id}/")
etag = detail["ETag"]
step = call(api, "post", f"/api/v1/claims/{claim_id}/transitions/", {"to_status": "in_review"}, HTTP_IF_MATCH=etag)
step = call(
    api,
    "post",
    f"/api/v1/claims/{claim_id}/verdict/",
    {"verdict": "mostly_true", "summary": "The depot was hit; the toll is unconfirmed."},
    HTTP_IF_MATCH=step["ETag"],
)
published = call(editor_api, "post", f"/api/v1/claims/{claim_id}/publish/", {}, HTTP_IF_MATCH=step["ETag"])
seen["api_published"] = [published.json()["status"], published.json()["verdict"]]
review = call(api, "get", f"/api/v1/claims/{claim_id}/claimreview/")
seen["claimreview"] = [review["Content-Type"], review.json()["reviewRating"]["alternateName"]]
call(api, "get", "/api/v1/claimreviews/")

page = call(desk, "post", reverse("admin:claims_article_add"), {"text": ARTICLE.replace("nine", "eight")})
desk_article = Article.objects.exclude(pk=article_id).get()
seen["desk_article"] = [desk_article.ingest_status, desk_article.claims.count()]
call(desk, "get", page["Location"])
changelist = call(desk, "get", reverse("admin:claims_claim_changelist") + "?claimer=army")
seen["desk_filter"] = len(re.findall(r'name="_selected_action" value="(\\d+)"', changelist.content.decode()))
desk_claim = desk_article.claims.filter(status="triaged").order_by("position").first()


def act(client, action, **data):
    call(client, "post", reverse("admin:claims_claim_action", args=[desk_claim.pk, action]), data)
    desk_claim.refresh_from_db()


act(desk, "start_review", version=desk_claim.version)
act(desk, "propose", verdict="false", summary="No soldiers died.", version=desk_claim.version)
act(editor_desk, "publish", version=desk_claim.version)
seen["desk_published"] = [desk_claim.status, desk_claim.verdict]
call(desk, "get", reverse("admin:claims_claim_change", args=[desk_claim.pk]))
call(desk, "get", reverse("admin:index"))
server.shutdown()
seen["answers"] = answers
print(json.dumps(seen))
"""


def test_a_newcomers_everyday_paths_on_the_embedded_default(tmp_path: Path) -> None:
    env = embedded_env(tmp_path)
    assert run_manage("migrate", "--noinput", env=env).returncode == 0

    result = run_manage("shell", "-v", "0", "-c", PAGE_SERVER + WALKTHROUGH % ARTICLE, env=env)

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    answers = seen.pop("answers")
    assert [answer for answer in answers if answer[2] >= 500] == []
    assert [status for _, _, status in answers] == (
        [202, 200] + [200] * 6 + [200, 201, 200, 200, 200, 200, 200, 200] + [302, 200, 200, 302, 302, 302, 200, 200]
    )
    army, rebels, hrw = "The army said drones", "Rebels denied that a", "Human Rights Watch a"
    assert seen == {
        "vendor": "sqlite",
        "api_article": ["Depot struck", "done"],
        "claims": sorted(
            [[army, ["army"], "triaged"], [rebels, ["Rebels"], "triaged"], [hrw, ["Human Rights Watch"], "triaged"]]
        ),
        "filters": {
            "claimer=army": [[army], [army]],
            "target=army": [[hrw], [hrw]],
            "entity=Tessit": [[army], [army]],
        },
        "csv": [
            "id,article_id,position,start,end,text,claim_type,checkworthy",
            seen["csv"][1],
        ],
        "evidence": [201, True],
        "api_published": ["published", "mostly_true"],
        "claimreview": ["application/ld+json", "Mostly true"],
        "desk_article": ["done", 3],
        "desk_filter": 2,
        "desk_published": ["published", "false"],
    }
    assert seen["csv"][1].endswith(',"The army said drones struck the fuel depot in Te')
