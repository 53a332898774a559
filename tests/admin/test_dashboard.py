import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from desk.dashboard import DayCount, bar_chart_svg, claims_per_day, format_duration, median_time_to_verdict
from tests.factories import ClaimFactory
from verifier.models import ReviewTask

pytestmark = pytest.mark.django_db


def test_bar_chart_is_one_bar_per_day_scaled_to_the_peak_and_escaped():
    points = [DayCount(date(2026, 11, 1), 2), DayCount(date(2026, 11, 2), 0), DayCount(date(2026, 11, 3), 4)]

    svg = bar_chart_svg(points, width=336, height=182)

    # plot height 182 - 22 - 10 = 150; slot (336 - 36) / 3 = 100
    assert re.findall(r'<rect class="bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)">', svg) == [
        ("37.0", "85.0", "98.0", "75.0"),
        ("137.0", "160.0", "98.0", "0.0"),
        ("237.0", "10.0", "98.0", "150.0"),
    ]
    assert re.findall(r"<title>([^<]*)</title>", svg) == [
        "2026-11-01: 2 claims",
        "2026-11-02: 0 claims",
        "2026-11-03: 4 claims",
    ]
    assert svg.startswith('<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="336" height="182"')


def test_empty_chart_has_flat_bars():
    svg = bar_chart_svg([DayCount(date(2026, 11, 1), 0)])

    assert re.findall(r'height="([\d.]+)"><title>', svg) == ["0"]


def test_claims_per_day_fills_missing_days(article):
    today = timezone.now().date()
    ClaimFactory.create(article=article, position=0, start=0, end=10)
    ClaimFactory.create(article=article, position=1, start=10, end=20)
    old = ClaimFactory.create(article=article, position=2, start=20, end=30)
    Claim.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    ancient = ClaimFactory.create(article=article, position=3, start=30, end=40)
    Claim.objects.filter(pk=ancient.pk).update(created_at=timezone.now() - timedelta(days=40))

    days = claims_per_day(days=4, today=today)

    assert days == [
        DayCount(today - timedelta(days=3), 0),
        DayCount(today - timedelta(days=2), 1),
        DayCount(today - timedelta(days=1), 0),
        DayCount(today, 2),
    ]


def test_median_time_to_verdict(article):
    assert median_time_to_verdict() is None
    now = timezone.now()
    for position, hours in enumerate([1, 3, 10]):
        claim = ClaimFactory.create(article=article, position=position, start=position * 10, end=position * 10 + 5)
        Claim.objects.filter(pk=claim.pk).update(created_at=now - timedelta(hours=hours), verdict_at=now)
    ClaimFactory.create(article=article, position=3, start=40, end=45)  # no verdict yet: not counted

    assert median_time_to_verdict() == timedelta(hours=3)


def test_admin_index_is_the_dashboard(desk, article, desk_user):
    claim = ClaimFactory.create(article=article, position=0, start=0, end=10)
    ClaimFactory.create(article=article, position=1, start=10, end=20, status="published")
    ReviewTask.objects.create(
        claim=claim, kind="corroborate", title="Corroborate <the> strike", due_at=timezone.now() - timedelta(hours=1)
    )
    ReviewTask.objects.create(
        claim=claim, kind="casualty_figures", title="Not due", due_at=timezone.now() + timedelta(hours=1)
    )

    page = desk.get(reverse("admin:index")).content.decode()

    assert re.findall(r'<td class="count" data-status="(\w+)">(\d+)</td>', page) == [
        ("new", "1"),
        ("triaged", "0"),
        ("not_checkworthy", "0"),
        ("in_review", "0"),
        ("needs_evidence", "0"),
        ("verdict_proposed", "0"),
        ("published", "1"),
        ("reopened", "0"),
    ]
    assert 'Overdue review tasks: <span class="big">1</span>' in page
    assert "Corroborate &lt;the&gt; strike" in page
    assert "Not due" not in page
    assert "Claims per day, last 30 days (2 in all)" in page
    assert page.count('<rect class="bar"') == 30
    assert '<script src="http' not in page


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "—"),
        (timedelta(seconds=10.4), "10 s"),
        (timedelta(minutes=5, seconds=3), "5 min 3 s"),
        (timedelta(hours=3, minutes=12, seconds=9), "3 h 12 min"),
        (timedelta(days=2, hours=4, minutes=1), "2 d 4 h"),
    ],
)
def test_durations_read_as_people_write_them(value, text):
    assert format_duration(value) == text
