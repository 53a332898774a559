from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, ClaimCluster
from sources.models import Evidence, Source
from tests.api.conftest import user_with_role
from tests.factories import ClaimFactory, NewsArticleFactory
from verifier.models import ReviewTask, VerificationEvent

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("claim_type=casualty", [1]),
        ("claim_type=casualty&claim_type=event", [0, 1]),
        ("hedge=denied", [2]),
        ("status=new", [0, 1, 2]),
        ("status=published", []),
        ("claimer=the army", [1]),
        ("claimer=army", []),
        ("target=Kidal base", [1]),
        ("entity=Kidal", [1]),
        ("event_date_after=2024-04-29&event_date_before=2024-04-29", [0]),
        ("event_date_after=2024-04-30", []),
        pytest.param("q=drones kidal", [1], marks=pytest.mark.postgres_only),  # websearch syntax
        pytest.param('q="bridge reopened"', [0], marks=pytest.mark.postgres_only),  # websearch syntax
        pytest.param("q=attack -bridge", [2], marks=pytest.mark.postgres_only),  # websearch syntax
        ("checkworthy=true", [0, 1, 2]),
    ],
)
def test_claim_filters(read_client, claims, query, expected):
    response = read_client.get(f"/api/v1/claims/?{query}&ordering=id")

    assert ids(response) == [claims[i].pk for i in expected]


def test_claim_filters_on_article_cluster_assignee_and_overdue(read_client, claims):
    other = NewsArticleFactory.create(text="A different article entirely.", url="")
    other_claim = ClaimFactory.create(article=other, position=0, start=0, end=29)
    cluster = ClaimCluster.objects.create(label="bridge")
    Claim.objects.filter(pk__in=[claims[0].pk, other_claim.pk]).update(cluster=cluster)
    checker = user_with_role("assigned-checker", "fact-checker")
    Claim.objects.filter(pk=claims[2].pk).update(assignee=checker)
    ReviewTask.objects.create(claim=claims[1], kind="corroborate", title="late", due_at=timezone.now() - timedelta(1))
    ReviewTask.objects.create(
        claim=claims[2], kind="corroborate", title="not yet", due_at=timezone.now() + timedelta(1)
    )

    assert ids(read_client.get(f"/api/v1/claims/?article={other.pk}")) == [other_claim.pk]
    assert ids(read_client.get(f"/api/v1/claims/?cluster={cluster.pk}&ordering=id")) == [claims[0].pk, other_claim.pk]
    assert ids(read_client.get("/api/v1/claims/?assignee=assigned-checker")) == [claims[2].pk]
    assert ids(read_client.get("/api/v1/claims/?overdue=true")) == [claims[1].pk]
    assert ids(read_client.get("/api/v1/claims/?overdue=false&ordering=id")) == [
        claims[0].pk,
        claims[2].pk,
        other_claim.pk,
    ]


@pytest.mark.parametrize(
    "query",
    [
        "created_before=4526-12-04T03:09:09%2B22:31&hedge=denied",  # offsets PostgreSQL refuses (found by make fuzz)
        "created_after=1388-08-13T21:45:32-16:56",
    ],
)
def test_far_utc_offsets_are_converted_not_500(read_client, claims, query):
    response = read_client.get(f"/api/v1/claims/cursor/?{query}")

    assert response.status_code == 200


def test_huge_ids_are_400(read_client, claims):
    response = read_client.get("/api/v1/claims/?article=1e30")

    assert response.status_code == 400
    assert response.json()["errors"] == {"article": ["Ensure this value is less than or equal to 9223372036854775807."]}


def test_created_range_and_ordering(read_client, claims):
    Claim.objects.filter(pk=claims[0].pk).update(created_at=datetime(2024, 1, 1, tzinfo=UTC))

    older = read_client.get("/api/v1/claims/?created_before=2024-06-01T00:00:00Z")
    newer = read_client.get("/api/v1/claims/?created_after=2024-06-01T00:00:00Z&ordering=-score")
    default = read_client.get("/api/v1/claims/")

    assert ids(older) == [claims[0].pk]
    assert ids(newer) == [claims[1].pk, claims[2].pk]
    assert ids(default) == [claims[2].pk, claims[1].pk, claims[0].pk]


@pytest.mark.parametrize(
    ("query", "errors"),
    [
        ("status=bogus", {"status": ["Select a valid choice. bogus is not one of the available choices."]}),
        ("article=abc", {"article": ["Enter a number."]}),
        ("ordering=text", {"ordering": ["Select a valid choice. text is not one of the available choices."]}),
        ("created_after=yesterday", {"created_after": ["Enter a valid date/time."]}),
    ],
)
def test_bad_filters_are_400(read_client, claims, query, errors):
    response = read_client.get(f"/api/v1/claims/?{query}")

    assert response.status_code == 400
    assert response.json() == {
        "type": "validation_error",
        "title": "Bad request",
        "status": 400,
        "detail": "Invalid input.",
        "errors": errors,
    }


def test_claim_detail_has_spans_evidence_tasks_history_and_etag(read_client, claims):
    claim = claims[1]
    source = Source.objects.create(name="Army spokesman", kind="official")
    evidence = Evidence.objects.create(claim=claim, source=source, role="claimer", stance="supports", quote="12")
    task = ReviewTask.objects.create(claim=claim, kind="casualty_figures", title="Find figures")
    VerificationEvent.objects.create(
        claim=claim, kind="created", actor_type="job", actor_label="job:test", to_status="new", to_verdict="unrated"
    )

    response = read_client.get(f"/api/v1/claims/{claim.pk}/")

    assert response.status_code == 200
    assert response["ETag"] == f'"claim-{claim.pk}-v1"'
    body = response.json()
    assert body["etag"] == f'"claim-{claim.pk}-v1"'
    assert (body["start"], body["end"], body["span_text"], body["sentence"]) == (
        46,
        117,
        "Drones struck the Kidal base, killing 12 people, according to the army.",
        "Drones struck the Kidal base, killing 12 people, according to the army.",
    )
    assert body["evidence"] == [
        {
            "id": evidence.pk,
            "claim_id": claim.pk,
            "source": {"id": source.pk, "name": "Army spokesman", "kind": "official", "reliability": "unrated"},
            "role": "claimer",
            "stance": "supports",
            "quote": "12",
            "url": "",
            "quote_missing": False,
            "snapshot_id": None,
            "added_by": None,
            "created_at": evidence.created_at.isoformat().replace("+00:00", "Z"),
        }
    ]
    assert [(t["id"], t["kind"], t["state"]) for t in body["review_tasks"]] == [(task.pk, "casualty_figures", "open")]
    assert [(e["kind"], e["to_status"], e["actor_label"]) for e in body["history"]] == [("created", "new", "job:test")]


def _fill(count: int) -> None:
    """``count`` claims (with tasks, events, evidence, sources, clusters, articles, subscriptions, deliveries)."""
    from verifier.models import WebhookDelivery, WebhookSubscription

    subscription = WebhookSubscription.objects.create(url="https://hooks.example.org/", event_types=["claim.created"])
    for i in range(count):
        article = NewsArticleFactory.create(text=f"Article number {i}. It says a thing.", url="")
        cluster = ClaimCluster.objects.create(label=f"cluster {i}")
        claim = ClaimFactory.create(
            article=article,
            position=0,
            start=0,
            end=len(f"Article number {i}."),
            cluster=cluster,
            claimers=["Officials"],
            status="published",
            verdict="false",
            published_at=timezone.now(),
        )
        source = Source.objects.create(name=f"Source {i}")
        source.aliases.create(alias=f"S{i}")
        Evidence.objects.create(claim=claim, source=source, role="evidence", url=f"https://example.org/{i}")
        ReviewTask.objects.create(claim=claim, kind="corroborate", title="t")
        VerificationEvent.objects.create(claim=claim, kind="created", actor_type="job", actor_label="job:x")
        WebhookDelivery.objects.create(
            subscription=subscription,
            event_id=f"00000000-0000-0000-0000-{i:012d}",
            event_type="claim.created",
            payload={"i": i},
        )


# Queries per list request: 1 for the token (with its user), then the page's own queries.
EXPECTED_QUERIES = {
    "claims/?status=published&claim_type=event": 3,  # token, COUNT, page
    "claims/cursor/?status=published": 2,  # no COUNT
    "articles/": 3,
    "clusters/": 3,
    "sources/": 4,  # + aliases
    "events/": 2,
    "review-tasks/": 3,
    "claimreviews/": 3,
    "webhooks/": 3,
    "claims/{claim}/evidence/": 3,  # token, claim (404 check), evidence: no pagination
    "tokens/": 2,  # no pagination
    "webhooks/{subscription}/deliveries/": 4,  # + the subscription (404 check)
}


def test_every_list_has_a_constant_number_of_queries(read_client, claims):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from verifier.models import WebhookSubscription

    _fill(60)
    subscription = WebhookSubscription.objects.get()
    counts = {}
    for template in EXPECTED_QUERIES:
        path = "/api/v1/" + template.format(claim=claims[0].pk, subscription=subscription.pk)
        sep = "&" if "?" in path else "?"
        for page_size in (1, 50):
            with CaptureQueriesContext(connection) as captured:
                response = read_client.get(f"{path}{sep}page_size={page_size}")
            assert response.status_code == 200, (path, response.content)
            counts[(template, page_size)] = len(captured.captured_queries)
    assert counts == {(t, size): n for t, n in EXPECTED_QUERIES.items() for size in (1, 50)}


def test_fast_claim_rendering_matches_the_declared_fields(claims, rf):
    from rest_framework import serializers
    from rest_framework.request import Request

    from api.claims.serializers import ClaimDetailSerializer
    from api.serializers import ClaimSerializer

    claim = claims[1]
    cluster = ClaimCluster.objects.create(label="c")
    Claim.objects.filter(pk=claim.pk).update(
        cluster=cluster,
        assignee=user_with_role("fast-checker", "fact-checker"),
        published_at=datetime(2024, 5, 6, 9, 30, 15, 123456, tzinfo=UTC),
    )
    claim = Claim.objects.select_related("assignee", "article").get(pk=claim.pk)
    request = Request(rf.get("/api/v1/claims/"))

    for serializer_class in (ClaimSerializer, ClaimDetailSerializer):
        serializer = serializer_class(context={"request": request})
        fast = serializer.to_representation(claim)
        generic = serializers.ModelSerializer.to_representation(serializer, claim)
        assert fast == generic
    assert fast["url"] == f"http://testserver/api/v1/claims/{claim.pk}/"
    assert fast["published_at"] == "2024-05-06T09:30:15.123456Z"
