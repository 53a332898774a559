"""Read-side context for the article page and the claim workbench (the admin's selectors)."""

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims.models import Article, Claim, Status
from desk.diff import text_diff
from desk.forms import EvidenceAddForm, ProposeVerdictForm, ReopenForm, SnapshotDiffForm
from desk.highlight import HighlightClaim, render_highlighted
from sources.models import Evidence, Snapshot

CONTEXT_CHARS = 300
SNAPSHOTS_SHOWN = 50


def claim_tooltip(claim: Claim) -> str:
    claimers = ", ".join(str(c) for c in claim.claimers) if claim.claimers else "the outlet"
    return (
        f"Type: {claim.get_claim_type_display()} · Claimer: {claimers} · Hedge: {claim.get_hedge_display()} · "
        f"Score: {claim.score:.2f} · Status: {claim.get_status_display()} · Verdict: {claim.get_verdict_display()}"
    )


def article_page_context(article: Article) -> dict[str, Any]:
    claims = list(article.claims.select_related("assignee").order_by("position"))
    highlights = [
        HighlightClaim(
            key=claim.pk,
            start=claim.start,
            end=claim.end,
            status=claim.status,
            verdict=claim.verdict,
            badge=f"#{claim.position} {claim.get_verdict_display()}",
            tooltip=claim_tooltip(claim),
            href=reverse("admin:claims_claim_change", args=[claim.pk]),
        )
        for claim in claims
    ]
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    return {
        "article_html": render_highlighted(article.text, highlights),
        "article_claims": claims,
        "status_legend": [(value, label, counts.get(value, 0)) for value, label in Status.choices],
    }


def _trim_left(text: str) -> str:
    cut = text.find(" ")
    return "…" + text[cut + 1 :] if len(text) >= CONTEXT_CHARS and cut >= 0 else text


def _trim_right(text: str) -> str:
    cut = text.rfind(" ")
    return text[:cut] + "…" if len(text) >= CONTEXT_CHARS and cut >= 0 else text


def sentence_in_context(claim: Claim) -> SafeString:
    """The claim's sentence with the claim marked, between up to CONTEXT_CHARS of text either side. Escaped."""
    text = claim.article.text
    before = _trim_left(text[max(0, claim.sentence_start - CONTEXT_CHARS) : claim.sentence_start])
    after = _trim_right(text[claim.sentence_end : claim.sentence_end + CONTEXT_CHARS])
    return format_html(
        '<span class="context">{}</span>{}<mark class="claim status-{}">{}</mark>{}<span class="context">{}</span>',
        before,
        text[claim.sentence_start : claim.start],
        claim.status,
        text[claim.start : claim.end],
        text[claim.end : claim.sentence_end],
        after,
    )


def claim_workbench_context(request: HttpRequest, claim: Claim) -> dict[str, Any]:
    evidence = list(
        Evidence.objects.filter(claim=claim).select_related("source", "snapshot", "watched_url", "added_by")
    )
    snapshots = list(
        Snapshot.objects.filter(watched_url__evidence__claim=claim)
        .select_related("watched_url")
        .defer("text", "headers")
        .distinct()
        .order_by("-fetched_at", "-id")[:SNAPSHOTS_SHOWN]
    )
    diff = None
    diff_form = SnapshotDiffForm(request.GET if "a" in request.GET else None)
    if diff_form.is_bound and diff_form.is_valid():
        ids = {s.pk for s in snapshots}
        a_id, b_id = diff_form.cleaned_data["a"], diff_form.cleaned_data["b"]
        if a_id in ids and b_id in ids:
            texts = dict(Snapshot.objects.filter(pk__in=[a_id, b_id]).values_list("pk", "text"))
            diff = {"a": a_id, "b": b_id, "lines": text_diff(texts[a_id], texts[b_id])}
        else:
            diff_form.add_error(None, "Pick two snapshots of this claim's evidence.")
    tasks = [
        {"task": task, "overdue": task.is_overdue}  # type: ignore[attr-defined]  # annotated by with_overdue()
        for task in claim.review_tasks.with_overdue().select_related("assignee").order_by("due_at", "id")  # type: ignore[attr-defined]
    ]
    action_urls = {
        name: reverse("admin:claims_claim_action", args=[claim.pk, name])
        for name in ("assign", "triage", "checkworthy", "start_review", "propose", "publish", "reopen", "evidence")
    }
    return {
        "claim": claim,
        "not_checkworthy": claim.status == Status.NOT_CHECKWORTHY,  # offers "Mark check-worthy"
        "sentence_html": sentence_in_context(claim),
        "evidence_rows": evidence,
        "linked_sources": [e for e in evidence if e.source_id is not None],
        "snapshots": snapshots,
        "diff_form": diff_form,
        "diff": diff,
        "review_tasks": tasks,
        "events": list(claim.events.select_related("actor_user").order_by("id")),  # type: ignore[attr-defined]
        "action_urls": action_urls,
        "propose_form": ProposeVerdictForm(initial={"version": claim.version}),
        "reopen_form": ReopenForm(initial={"version": claim.version}),
        "evidence_form": EvidenceAddForm(),
    }
