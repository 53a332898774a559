"""The fact-checkers' dashboard on the admin index: claims by status, overdue review tasks, median time to
verdict and claims per day over the last 30 days as a server-rendered SVG chart (no JavaScript, no CDN)."""

import statistics
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import connection
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from claims.models import Claim, Status
from verifier.models import ReviewTask

CHART_DAYS = 30
OVERDUE_SHOWN = 20
MEDIAN_TO_VERDICT_SQL = (
    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM verdict_at - created_at)) "
    "FROM claims_claim WHERE verdict_at IS NOT NULL"
)


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


def claims_by_status() -> list[dict[str, Any]]:
    counts = dict(Claim.objects.order_by().values_list("status").annotate(n=Count("id")).values_list("status", "n"))
    return [{"status": value, "label": label, "count": counts.get(value, 0)} for value, label in Status.choices]


def overdue_review_tasks(*, now: Any = None) -> tuple[int, list[ReviewTask]]:
    tasks = ReviewTask.objects.overdue(now=now)
    return tasks.count(), list(tasks.select_related("claim", "assignee").order_by("due_at", "id")[:OVERDUE_SHOWN])


def median_time_to_verdict() -> timedelta | None:
    """Median of ``verdict_at - created_at`` over claims that have a verdict time."""
    claims = Claim.objects.filter(verdict_at__isnull=False)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(MEDIAN_TO_VERDICT_SQL)
            seconds = cursor.fetchone()[0]
        return None if seconds is None else timedelta(seconds=float(seconds))
    durations = [(v - c).total_seconds() for c, v in claims.values_list("created_at", "verdict_at") if v is not None]
    return timedelta(seconds=statistics.median(durations)) if durations else None


def claims_per_day(*, days: int = CHART_DAYS, today: date | None = None) -> list[DayCount]:
    """One entry per day, oldest first, ending today (UTC); days without claims count 0."""
    today = today or timezone.now().date()
    first = today - timedelta(days=days - 1)
    rows = (
        Claim.objects.filter(created_at__date__gte=first)
        .order_by()
        .annotate(day=TruncDate("created_at"))
        .values_list("day")
        .annotate(n=Count("id"))
        .values_list("day", "n")
    )
    counts = dict(rows)
    return [
        DayCount(day=first + timedelta(days=i), count=counts.get(first + timedelta(days=i), 0)) for i in range(days)
    ]


def bar_chart_svg(points: list[DayCount], *, width: int = 720, height: int = 180) -> SafeString:
    """A bar per day with a ``<title>`` tooltip; the y axis is labelled with the maximum. Pure and escaped."""
    left, bottom, top = 36, 22, 10
    plot_h = height - bottom - top
    peak = max((p.count for p in points), default=0)
    slot = (width - left) / max(len(points), 1)
    bars = []
    for i, point in enumerate(points):
        bar_h = round(plot_h * point.count / peak, 1) if peak else 0
        x = round(left + i * slot + 1, 1)
        bars.append(
            (
                x,
                round(top + plot_h - bar_h, 1),
                round(max(slot - 2, 1), 1),
                bar_h,
                f"{point.day.isoformat()}: {point.count} claim{'s' if point.count != 1 else ''}",
            )
        )
    rects = format_html_join(
        "",
        '<rect class="bar" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>',
        bars,
    )
    labels = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="{}">{}</text>',
        (
            (
                round(left + i * slot + (slot if i == len(points) - 1 else 1), 1),
                height - 6,
                "end" if i == len(points) - 1 else "start",
                point.day.strftime("%d %b"),
            )
            for i, point in enumerate(points)
            if i % 5 == 0 or i == len(points) - 1
        ),
    )
    return format_html(
        '<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
        'role="img" aria-label="Claims per day over the last {n} days">'
        '<line x1="{left}" y1="{base}" x2="{w}" y2="{base}" stroke="#999"/>'
        '<text x="0" y="{ty}">{peak}</text><text x="0" y="{base}">0</text>{rects}{labels}</svg>',
        w=width,
        h=height,
        n=len(points),
        left=left,
        base=top + plot_h,
        ty=top + 8,
        peak=peak,
        rects=rects,
        labels=labels,
    )


def format_duration(value: timedelta | None) -> str:
    """'2 d 4 h', '3 h 12 min', '5 min 3 s', '10 s'; '—' for no value."""
    if value is None:
        return "—"
    seconds = int(value.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {seconds} s"
    return f"{seconds} s"


def dashboard_context() -> dict[str, Any]:
    overdue_count, overdue = overdue_review_tasks()
    per_day = claims_per_day()
    return {
        "claims_by_status": claims_by_status(),
        "overdue_count": overdue_count,
        "overdue_tasks": overdue,
        "median_time_to_verdict": format_duration(median_time_to_verdict()),
        "claims_per_day_svg": bar_chart_svg(per_day),
        "claims_last_30_days": sum(p.count for p in per_day),
    }
