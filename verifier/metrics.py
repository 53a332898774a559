"""The workflow's metrics (``config.metrics`` serves them): articles and claims ingested, counted by the process
that stored them, and read at scrape time from the database: articles by ingest status, the outbox backlog."""

from collections.abc import Iterable, Sequence

from django.db.models import Count, Min
from django.utils import timezone
from prometheus_client import Counter
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from claims.models import Article
from verifier.models import OutboxMessage, OutboxState

ARTICLES_INGESTED = Counter(
    "claimcheck_articles_ingested", "Articles whose extraction finished, by outcome (done, failed).", ["status"]
)
CLAIMS_INGESTED = Counter("claimcheck_claims_ingested", "Claims extracted and triaged from ingested articles.")


def extraction_record(*, claims: Sequence[int], failed: int) -> None:
    """Count a committed extraction: one done article per entry of ``claims`` (its claim count), ``failed``
    failed ones."""
    if claims:
        ARTICLES_INGESTED.labels("done").inc(len(claims))
        CLAIMS_INGESTED.inc(sum(claims))
    if failed:
        ARTICLES_INGESTED.labels("failed").inc(failed)


class WorkflowCollector(Collector):
    """Read at scrape time: articles by ingest status, outbox rows not done by state and the oldest one's age."""

    def collect(self) -> Iterable[GaugeMetricFamily]:
        articles = GaugeMetricFamily("claimcheck_articles", "Stored articles by ingest status.", labels=["status"])
        for row in Article.objects.order_by().values("ingest_status").annotate(n=Count("id")):
            articles.add_metric([row["ingest_status"]], row["n"])
        backlog = GaugeMetricFamily(
            "claimcheck_outbox_backlog", "Outbox messages not done yet, by state.", labels=["state"]
        )
        open_rows = OutboxMessage.objects.exclude(state=OutboxState.DONE).order_by()
        counts: dict[str, int] = {OutboxState.PENDING: 0, OutboxState.PUBLISHED: 0}
        counts.update({row["state"]: row["n"] for row in open_rows.values("state").annotate(n=Count("id"))})
        for state, count in counts.items():
            backlog.add_metric([state], count)
        oldest = open_rows.aggregate(oldest=Min("created_at"))["oldest"]
        age = GaugeMetricFamily(
            "claimcheck_outbox_oldest_seconds", "Age of the oldest outbox message not done yet (0 when none)."
        )
        age.add_metric([], (timezone.now() - oldest).total_seconds() if oldest else 0.0)
        return [articles, backlog, age]
