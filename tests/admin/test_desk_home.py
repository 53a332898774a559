"""The role-shaped desk on the admin index: personal counts that link to the lists they count, the newest
check-worthy claims by article, operator models folded apart, and a header link that is not a 404."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims.models import Status, Verdict
from tests.factories import ArticleFactory, ClaimFactory
from verifier.models import ReviewTask, TaskKind

pytestmark = pytest.mark.django_db


def client_for(user):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def count_of(page: str, key: str) -> int:
    return int(re.search(rf'data-count="{key}">(\d+)<', page).group(1))  # type: ignore[union-attr]


def link_of(page: str, key: str) -> str:
    section = page[page.index(f'id="{key}"') :]
    return re.search(r'<a href="([^"]+)" class="count-link"', section).group(1).replace("&amp;", "&")  # type: ignore[union-attr]


def listed_ids(page: str) -> list[int]:
    return sorted(int(pk) for pk in re.findall(r'name="_selected_action" value="(\d+)"', page))


def test_a_fact_checker_sees_their_claims_and_tasks_and_the_counts_link_to_those_lists(checker, editor, article):
    now = timezone.now()
    mine = ClaimFactory.create(article=article, status=Status.IN_REVIEW, assignee=checker)
    ClaimFactory.create(article=article, status=Status.PUBLISHED, assignee=checker, verdict=Verdict.TRUE)
    ClaimFactory.create(article=article, status=Status.IN_REVIEW, assignee=editor)
    ReviewTask.objects.create(
        claim=mine, kind=TaskKind.CORROBORATE, title="Late", assignee=checker, due_at=now - timedelta(hours=1)
    )
    ReviewTask.objects.create(
        claim=mine, kind=TaskKind.CASUALTY_FIGURES, title="Soon", assignee=checker, due_at=now + timedelta(hours=3)
    )
    chris = client_for(checker)

    page = chris.get(reverse("admin:index")).content.decode()

    assert (count_of(page, "my-claims"), count_of(page, "my-overdue-tasks"), count_of(page, "my-due-tasks")) == (
        1,
        1,
        1,
    )
    assert 'id="second-review"' not in page  # editors only
    assert listed_ids(chris.get(link_of(page, "my-claims")).content.decode()) == [mine.pk]
    overdue_list = chris.get(link_of(page, "my-overdue-tasks")).content.decode()
    assert re.findall(r'<td class="field-title">([^<]+)</td>', overdue_list) == ["Late"]
    soon_list = chris.get(link_of(page, "my-due-tasks")).content.decode()
    assert re.findall(r'<td class="field-title">([^<]+)</td>', soon_list) == ["Soon"]


def test_an_editor_sees_the_verdicts_waiting_for_their_second_review(checker, editor, article):
    waiting = ClaimFactory.create(
        article=article, status=Status.VERDICT_PROPOSED, verdict=Verdict.FALSE, proposed_by=checker
    )
    ReviewTask.objects.create(claim=waiting, kind=TaskKind.SECOND_REVIEW, title="Second review", assignee=editor)
    own = ClaimFactory.create(article=article, status=Status.VERDICT_PROPOSED, verdict=Verdict.TRUE, proposed_by=editor)
    ReviewTask.objects.create(claim=own, kind=TaskKind.SECOND_REVIEW, title="Second review", assignee=None)
    eddie = client_for(editor)

    page = eddie.get(reverse("admin:index")).content.decode()

    assert count_of(page, "second-review") == 1
    assert f'data-claim="{waiting.pk}"' in page[page.index('id="second-review"') :]
    assert listed_ids(eddie.get(link_of(page, "second-review")).content.decode()) == [waiting.pk]


def test_the_newest_checkworthy_claims_are_grouped_by_article(checker):
    old = ArticleFactory.create(title="Old article")
    new = ArticleFactory.create(title="New article")
    waiting_old = ClaimFactory.create(article=old, status=Status.TRIAGED)
    waiting_new = ClaimFactory.create(article=new, status=Status.TRIAGED)
    ClaimFactory.create(article=new, status=Status.NOT_CHECKWORTHY)
    ClaimFactory.create(article=new, status=Status.IN_REVIEW)

    page = client_for(checker).get(reverse("admin:index")).content.decode()
    section = page[page.index('id="checkworthy-by-article"') : page.index('id="dashboard"')]

    assert re.findall(r'class="desk-article" data-article="(\d+)"', section) == [str(new.pk), str(old.pk)]
    assert re.findall(r'class="desk-claim" data-claim="(\d+)"', section) == [str(waiting_new.pk), str(waiting_old.pk)]


def test_a_viewer_gets_no_personal_counts(viewer):
    page = client_for(viewer).get(reverse("admin:index")).content.decode()

    assert 'id="my-work"' not in page
    assert 'id="checkworthy-by-article"' in page


def test_operator_models_are_folded_apart_from_the_desk(desk):
    page = desk.get(reverse("admin:index")).content.decode()
    desk_part = page[page.index('id="desk-models"') : page.index('id="operations"')]
    operations = page[page.index('id="operations"') :]

    desk_models = re.findall(r'<th scope="row" id="([\w-]+)">', desk_part)
    assert desk_models == [
        "desk-claim",
        "desk-article",
        "desk-reviewtask",
        "desk-source",
        "desk-evidence",
        "desk-snapshot",
        "desk-watchedurl",
        "desk-claimcluster",
        "desk-factcheck",
        "desk-claimmatch",
        "desk-verificationevent",
        "desk-articlemetadatachange",
    ]
    for operator_model in (
        "axes-accessattempt",
        "verifier-outboxmessage",
        "verifier-idempotencykey",
        "verifier-webhookdelivery",
    ):
        assert f'id="{operator_model}"' in operations
    assert "Webhook deliveries" in operations
    assert "Webhook deliverys" not in page


def test_the_header_links_to_pages_that_exist(checker):
    chris = client_for(checker)
    page = chris.get(reverse("admin:index")).content.decode()
    tools = page[page.index('id="user-tools"') : page.index("</header>")]

    links = re.findall(r'<a href="([^"]+)"', tools)
    assert links == [reverse("admin:index"), "/api/docs/", reverse("admin:password_change")]
    assert "View site" not in tools
    assert [chris.get(link).status_code for link in links] == [200, 200, 200]
