"""Read-side context for the article page and the claim workbench (the admin's selectors)."""

import json
from dataclasses import dataclass, replace
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims.models import Article, Claim, Status
from desk.diff import text_diff
from desk.forms import ArticleMetadataForm, EvidenceAddForm, ProposeVerdictForm, ReopenForm, SnapshotDiffForm
from desk.highlight import HighlightClaim, render_highlighted
from desk.home import CLOSED_STATUSES
from sources.models import Evidence, Snapshot
from sources.selectors import sources_for_url
from verifier.claimreview import claimreview_missing, claimreview_preview
from verifier.ratings import is_rated
from verifier.roles import FACT_CHECKER, user_has_role
from verifier.transitions import TRANSITIONS, move_rule

# The workbench's actions (desk.views.claim_action_run): each is a POST to admin:claims_claim_action.
CLAIM_ACTIONS = (
    *("assign", "triage", "checkworthy", "start_review", "propose", "publish", "reopen", "move"),
    *("evidence", "evidence_link", "evidence_check"),
)

CONTEXT_CHARS = 300
METADATA_CHANGES_SHOWN = 20
SNAPSHOTS_SHOWN = 50


def claim_tooltip(claim: Claim) -> str:
    return (
        f"Type: {claim.get_claim_type_display()} · Claimer: {claimers_label(claim)} · "
        f"Hedge: {claim.get_hedge_display()} · "
        f"Score: {claim.score:.2f} · Status: {claim.get_status_display()} · Verdict: {claim.get_verdict_display()}"
    )


# The article page's four colours: each status falls in one category (desk/static/desk/admin.css colours them).
STATUS_CATEGORIES: dict[str, str] = {
    Status.NEW: "checkworthy",
    Status.TRIAGED: "checkworthy",
    Status.NOT_CHECKWORTHY: "not-checkworthy",
    Status.IN_REVIEW: "in-work",
    Status.NEEDS_EVIDENCE: "in-work",
    Status.VERDICT_PROPOSED: "in-work",
    Status.REOPENED: "in-work",
    Status.PUBLISHED: "published",
}
CATEGORY_LABELS = {
    "checkworthy": "Check-worthy, not started",
    "not-checkworthy": "Not check-worthy",
    "in-work": "In work",
    "published": "Published",
}


def claim_badge(claim: Claim) -> str:
    """The claim's id, and its verdict once it has a rated one: "#412", "#412 False"."""
    return f"#{claim.pk} {claim.get_verdict_display()}" if is_rated(claim.verdict) else f"#{claim.pk}"


def claimers_label(claim: Claim) -> str:
    return ", ".join(str(c) for c in claim.claimers) if claim.claimers else "the outlet"


def article_page_context(article: Article) -> dict[str, Any]:
    claims = list(article.claims.select_related("assignee").order_by("position"))
    highlights = [
        HighlightClaim(
            key=claim.pk,
            start=claim.start,
            end=claim.end,
            status=claim.status,
            verdict=claim.verdict,
            badge=claim_badge(claim),
            tooltip=claim_tooltip(claim),
            href=reverse("admin:claims_claim_change", args=[claim.pk]),
        )
        for claim in claims
    ]
    counts: dict[str, int] = {}
    for claim in claims:
        category = STATUS_CATEGORIES[claim.status]
        counts[category] = counts.get(category, 0) + 1
    return {
        "article_html": render_highlighted(article.text, highlights),
        "article_claims": [
            {"claim": claim, "claimers": claimers_label(claim), "tooltip": claim_tooltip(claim)} for claim in claims
        ],
        "category_legend": [(key, label, counts.get(key, 0)) for key, label in CATEGORY_LABELS.items()],
        "metadata_form": ArticleMetadataForm(
            initial={f: getattr(article, f) for f in ("title", "outlet", "author", "url", "published_at")}
        ),
        "metadata_url": reverse("admin:claims_article_metadata", args=[article.pk]),
        "metadata_changes": list(article.metadata_changes.order_by("-id")[:METADATA_CHANGES_SHOWN]),  # type: ignore[attr-defined]
        "claims_list_url": reverse("admin:claims_claim_changelist") + f"?article={article.pk}",
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


@dataclass(frozen=True)
class Offer:
    """One action the claim page offers: the action URL's name, its button's label, id and style."""

    action: str
    label: str
    button_id: str
    style: str = "secondary"  # "primary", "secondary" or "danger"
    to_status: str = ""
    form: str = ""  # "reason" (an optional reason field), "propose" or "reopen": the fields shown with the button
    disabled: str = ""  # why the action cannot be taken yet (the service refuses it too)


# How each move of the transition table is offered, by target status (and, for review, by where it comes from).
_IN_REVIEW_LABELS: dict[str, str] = {
    Status.TRIAGED: "Start review",
    Status.VERDICT_PROPOSED: "Send back to review",
    Status.NEEDS_EVIDENCE: "Resume review",
    Status.REOPENED: "Start the new review",
}


def _move_offer(claim: Claim, to_status: str) -> Offer:
    if to_status == Status.TRIAGED and claim.status == Status.NEW:
        # A new claim's first triage is the triage service's (by its score; it opens the review task).
        return Offer("triage", "Triage", "action-triage", "primary", to_status)
    if to_status == Status.TRIAGED:
        return Offer("checkworthy", "Mark check-worthy", "action-checkworthy", "primary", to_status, "reason")
    if to_status == Status.IN_REVIEW:
        label = _IN_REVIEW_LABELS.get(claim.status, "Start review")
        style = "primary" if claim.status in (Status.TRIAGED, Status.REOPENED) else "secondary"
        return Offer("start_review", label, "action-start-review", style, to_status)
    if to_status == Status.VERDICT_PROPOSED:
        return Offer("propose", "Propose verdict", "action-propose", "primary", to_status, "propose")
    if to_status == Status.PUBLISHED:
        return Offer("publish", "Publish verdict", "action-publish", "primary", to_status)
    if to_status == Status.REOPENED:
        return Offer("reopen", "Reopen", "action-reopen", "danger", to_status, "reopen")
    labels: dict[str, str] = {Status.NOT_CHECKWORTHY: "Not check-worthy", Status.NEEDS_EVIDENCE: "Needs more evidence"}
    label = labels[to_status]
    return Offer("move", label, f"action-move-{to_status}", "secondary", to_status, "reason")


def claim_offers(*, claim: Claim, user: Any, claimreview_missing: list[str]) -> tuple[list[Offer], list[str]]:
    """The actions ``user`` may take on ``claim`` now (the moves the transition table allows from its status that
    the user's role permits, and "Assign to me"), and notes on what is held back and why."""
    offers: list[Offer] = []
    notes: list[str] = []
    if user_has_role(user, FACT_CHECKER) and claim.assignee_id != user.pk and claim.status not in CLOSED_STATUSES:
        offers.append(Offer("assign", "Assign to me", "action-assign", "secondary"))
    for to_status in TRANSITIONS.get(claim.status, {}):
        rule = move_rule(claim.status, to_status)
        if rule is None or not user_has_role(user, rule.role):
            if to_status == Status.PUBLISHED:
                notes.append("Waiting for an editor's second review.")
            continue
        offer = _move_offer(claim, to_status)
        if to_status == Status.PUBLISHED:
            if claim.proposed_by_id == user.pk:
                notes.append("You proposed this verdict: another editor publishes it.")
                continue
            if claimreview_missing:
                offer = replace(
                    offer, disabled="The ClaimReview is incomplete: " + ", ".join(claimreview_missing) + "."
                )
        offers.append(offer)
    order = {"primary": 0, "secondary": 1, "danger": 2}
    return sorted(offers, key=lambda o: order[o.style]), notes


# What to do about each property a ClaimReview can miss (``verifier.claimreview.REQUIRED_PATHS``).
CLAIMREVIEW_HINTS = {
    "itemReviewed.author.name": "who made the claim: no claimer was found; set the article's outlet",
    "reviewRating.ratingValue": "a rated verdict: propose one",
    "author.name": "the newsroom's name (NEWSROOM_NAME)",
    "author.url": "the newsroom's URL (NEWSROOM_URL)",
}

DRAFT_SESSION_KEY = "desk-draft"


def draft_keep(request: HttpRequest, *, claim_id: int, action: str) -> None:
    """Keep what was typed into a refused action's form, so the claim page shows it again (once)."""
    data = {k: v for k, v in request.POST.items() if k not in ("csrfmiddlewaretoken", "version")}
    request.session[DRAFT_SESSION_KEY] = {"claim": claim_id, "action": action, "data": data}


def draft_take(request: HttpRequest, *, claim_id: int) -> tuple[str, dict[str, str]]:
    """The kept draft of this claim (action, typed values), removed from the session; ("", {}) when none."""
    draft = request.session.get(DRAFT_SESSION_KEY)
    if not draft or draft.get("claim") != claim_id:
        return "", {}
    del request.session[DRAFT_SESSION_KEY]
    return draft["action"], draft["data"]


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
    action_urls = {name: reverse("admin:claims_claim_action", args=[claim.pk, name]) for name in CLAIM_ACTIONS}
    preview = claimreview_preview(claim=claim, published_on=timezone.now().date())
    missing = claimreview_missing(preview)
    offers, notes = claim_offers(claim=claim, user=request.user, claimreview_missing=missing)
    draft_action, draft = draft_take(request, claim_id=claim.pk)
    for row in evidence:
        row.domain_sources = (  # type: ignore[attr-defined]
            sources_for_url(url=row.url) if row.url and row.source_id is None else []
        )
    return {
        "claim": claim,
        "offers": offers,
        "offer_notes": notes,
        "draft_action": draft_action,
        "draft": draft,
        "can_add_evidence": user_has_role(request.user, FACT_CHECKER),
        "claimreview_json": json.dumps(preview, indent=2, ensure_ascii=False),
        "claimreview_missing": [(path, CLAIMREVIEW_HINTS.get(path, "")) for path in missing],
        "sentence_html": sentence_in_context(claim),
        "evidence_rows": evidence,
        "linked_sources": [e for e in evidence if e.source_id is not None],
        "snapshots": snapshots,
        "diff_form": diff_form,
        "diff": diff,
        "review_tasks": tasks,
        "events": list(claim.events.select_related("actor_user").order_by("id")),  # type: ignore[attr-defined]
        "action_urls": action_urls,
        "propose_form": ProposeVerdictForm(
            initial={"version": claim.version, **(draft if draft_action == "propose" else {})}, auto_id="id_propose_%s"
        ),
        "reopen_form": ReopenForm(
            initial={"version": claim.version, **(draft if draft_action == "reopen" else {})}, auto_id="id_reopen_%s"
        ),
        "evidence_form": EvidenceAddForm(
            initial=draft if draft_action == "evidence" else None, auto_id="id_evidence_%s"
        ),
    }
