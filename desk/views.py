"""Admin views that change things: article ingest and the claim workbench's workflow actions.

Each one validates a form, calls one service (the same ones the API calls) with ``Actor.for_user`` and turns a
refusal (``ApplicationError``: 409 conflict, 412 stale version, 403 role) into a plain error message.
"""

from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from claims.models import Article, Claim, IngestStatus, Status
from config.errors import ApplicationError
from desk.forms import (
    ArticleIngestForm,
    ArticleMetadataForm,
    EvidenceAddForm,
    EvidenceCheckForm,
    EvidenceLinkForm,
    MarkCheckworthyForm,
    MoveForm,
    ProposeVerdictForm,
    ReopenForm,
    VersionForm,
)
from desk.workbench import CLAIM_ACTIONS, draft_keep
from sources.models import Evidence
from verifier.actors import Actor
from verifier.articles import article_metadata_update
from verifier.evidence import evidence_add, evidence_check_request, evidence_link_source
from verifier.intake import article_intake
from verifier.roles import FACT_CHECKER, user_has_role
from verifier.triage import claim_triage
from verifier.workflow import (
    claim_assign,
    claim_propose_verdict,
    claim_publish,
    claim_reopen,
    claim_start_review,
    claim_transition,
)


def article_ingest_view(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    """Text, an HTML file or a URL -> ``verifier.intake.article_intake``; claims are extracted after commit."""

    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = ArticleIngestForm(request.POST, request.FILES) if request.method == "POST" else ArticleIngestForm()
    if request.method == "POST" and form.is_valid():
        cleaned = form.cleaned_data
        try:
            result = article_intake(
                actor=Actor.for_user(request.user),
                text=cleaned["text"] or None,
                html=cleaned["html_file"].read() if cleaned["html_file"] else None,
                fetch_url=cleaned["url"] or None,
                title=cleaned["title"],
                outlet=cleaned["outlet"],
                author=cleaned["author"],
                published_at=cleaned["published_at"],
            )
        except ApplicationError as exc:
            form.add_error(None, exc.message)
        else:
            article = result.article
            article.refresh_from_db()
            if not result.created and result.metadata_changed:
                changed = ", ".join(result.metadata_changed)
                messages.warning(
                    request, f"This text was already ingested as article {article.pk}; its {changed} changed."
                )
            elif not result.created:
                messages.warning(request, f"This text was already ingested as article {article.pk}.")
            elif article.ingest_status == IngestStatus.DONE:
                count = article.claims.count()
                messages.success(
                    request, f"Article {article.pk} ingested: {count} claim{'' if count == 1 else 's'} extracted."
                )
            else:
                messages.info(request, f"Article {article.pk} ingested; its claims are being extracted.")
            return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Ingest an article",
        "form": form,
    }
    return TemplateResponse(request, "admin/claims/article/ingest.html", context)


# --- Claim workbench actions -------------------------------------------------------------------------------------


def _run(request: HttpRequest, label: str, call: Callable[[], Any]) -> bool:
    """Call a service; report success or its refusal through the messages framework."""
    try:
        call()
    except ApplicationError as exc:
        messages.error(request, f"{label} refused: {exc.message}")
        return False
    except DjangoValidationError as exc:
        messages.error(request, f"{label} refused: {'; '.join(exc.messages)}")
        return False
    return True


def _posted_version(request: HttpRequest) -> int | None:
    """The claim version the form was rendered with (the stale-write check), or None when absent."""
    form = VersionForm(request.POST)
    return form.cleaned_data.get("version") if form.is_valid() else None


def _form_errors(form: Any) -> str:
    return "; ".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items())


# Actions whose form holds typed text: kept in the session when refused, so the page shows it again.
DRAFTED_ACTIONS = frozenset({"checkworthy", "propose", "reopen", "move", "evidence"})


def claim_action_run(request: HttpRequest, claim: Claim, action: str, *, keep_draft: bool = False) -> bool:
    """Run one workbench action on one claim and report the outcome through the messages framework. A refusal says
    why; with ``keep_draft`` (the claim page, not the bulk actions) the typed text is kept for the page too."""
    done = _claim_action(request, claim, action)
    if not done and keep_draft and action in DRAFTED_ACTIONS:
        draft_keep(request, claim_id=claim.pk, action=action)
    return done


def _claim_action(request: HttpRequest, claim: Claim, action: str) -> bool:
    actor = Actor.for_user(request.user)
    call: Callable[[], Any]
    if action == "assign":
        label, done = "Assign", f"Claim {claim.pk} assigned to you."
        call = lambda: claim_assign(claim_id=claim.pk, assignee=request.user, actor=actor)  # noqa: E731
    elif action == "triage":
        label, done = "Triage", f"Claim {claim.pk} triaged."
        call = lambda: claim_triage(claim_id=claim.pk, actor=actor)  # noqa: E731
    elif action == "checkworthy":
        label, done = "Mark check-worthy", f"Claim {claim.pk} marked check-worthy (triaged)."
        override = MarkCheckworthyForm(request.POST)
        override.is_valid()
        data = override.cleaned_data
        call = lambda: claim_transition(  # noqa: E731
            claim_id=claim.pk,
            to_status=Status.TRIAGED,
            actor=actor,
            reason=data.get("reason") or "Marked check-worthy in the admin.",
            expected_version=data.get("version"),
        )
    elif action == "start_review":
        label, done = "Start review", f"Review of claim {claim.pk} started."
        version = _posted_version(request)
        call = lambda: claim_start_review(claim_id=claim.pk, actor=actor, expected_version=version)  # noqa: E731
    elif action == "publish":
        label, done = "Publish", f"Claim {claim.pk} published."
        version = _posted_version(request)
        call = lambda: claim_publish(claim_id=claim.pk, actor=actor, expected_version=version)  # noqa: E731
    elif action == "propose":
        label, done = "Propose verdict", f"Verdict proposed for claim {claim.pk}."
        propose = ProposeVerdictForm(request.POST)
        if not propose.is_valid():
            messages.error(request, f"{label} refused: {_form_errors(propose)}")
            return False
        data = propose.cleaned_data
        call = lambda: claim_propose_verdict(  # noqa: E731
            claim_id=claim.pk,
            verdict=data["verdict"],
            summary=data["summary"],
            actor=actor,
            expected_version=data["version"],
        )
    elif action == "reopen":
        label, done = "Reopen", f"Claim {claim.pk} reopened."
        reopen = ReopenForm(request.POST)
        if not reopen.is_valid():
            messages.error(request, f"{label} refused: {_form_errors(reopen)}")
            return False
        data = reopen.cleaned_data
        call = lambda: claim_reopen(  # noqa: E731
            claim_id=claim.pk, actor=actor, reason=data["reason"], expected_version=data["version"]
        )
    elif action == "evidence":
        label, done = "Add evidence", f"Evidence added to claim {claim.pk}."
        evidence = EvidenceAddForm(request.POST)
        if not evidence.is_valid():
            messages.error(request, f"{label} refused: {_form_errors(evidence)}")
            return False
        data = evidence.cleaned_data
        call = lambda: evidence_add(  # noqa: E731
            claim_id=claim.pk, actor=actor, url=data["url"], stance=data["stance"], quote=data["quote"]
        )
    elif action == "move":
        move = MoveForm(request.POST)
        if not move.is_valid():
            messages.error(request, f"Change of status refused: {_form_errors(move)}")
            return False
        data = move.cleaned_data
        target = Status(data["to_status"])
        label, done = f"Move to {target.label}", f"Claim {claim.pk} is now {target.label.lower()}."
        call = lambda: claim_transition(  # noqa: E731
            claim_id=claim.pk,
            to_status=target,
            actor=actor,
            reason=data["reason"],
            expected_version=data["version"],
        )
    elif action in ("evidence_link", "evidence_check"):
        return _evidence_action(request, claim, action, actor)
    else:
        raise ValueError(action)
    if _run(request, label, call):
        messages.success(request, done)
        return True
    return False


def _evidence_action(request: HttpRequest, claim: Claim, action: str, actor: Actor) -> bool:
    """Link an evidence row of ``claim`` to a registry source, or check its URL again now."""
    form = EvidenceLinkForm(request.POST) if action == "evidence_link" else EvidenceCheckForm(request.POST)
    label = "Link to source" if action == "evidence_link" else "Check now"
    if not form.is_valid():
        messages.error(request, f"{label} refused: {_form_errors(form)}")
        return False
    data = form.cleaned_data
    if not Evidence.objects.filter(pk=data["evidence"], claim=claim).exists():
        messages.error(request, f"{label} refused: evidence {data['evidence']} is not on claim {claim.pk}.")
        return False
    call: Callable[[], Any]
    if action == "evidence_link":
        call = lambda: evidence_link_source(evidence_id=data["evidence"], source_id=data["source"], actor=actor)  # noqa: E731
        done = f"Evidence {data['evidence']} linked to source {data['source']}."
    else:
        call = lambda: evidence_check_request(evidence_id=data["evidence"], actor=actor)  # noqa: E731
        done = f"Check of evidence {data['evidence']} requested."
    if _run(request, label, call):
        messages.success(request, done)
        return True
    return False


def article_metadata_view(model_admin: admin.ModelAdmin, request: HttpRequest, object_id: str) -> HttpResponse:
    """POST-only: the article page's metadata form -> ``verifier.articles.article_metadata_update`` (audited)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    article = get_object_or_404(Article.objects.defer("text"), pk=object_id)
    if not user_has_role(request.user, FACT_CHECKER):
        raise PermissionDenied
    form = ArticleMetadataForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"Metadata change refused: {_form_errors(form)}")
    else:
        data = form.cleaned_data
        reason = data.pop("reason")
        try:
            changed = article_metadata_update(
                article_id=article.pk, actor=Actor.for_user(request.user), changes=data, reason=reason
            )
        except ApplicationError as exc:
            messages.error(request, f"Metadata change refused: {exc.message}")
        else:
            if changed:
                messages.success(request, f"Article {article.pk}: {', '.join(changed)} changed.")
            else:
                messages.info(request, f"Article {article.pk}: nothing changed.")
    return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]) + "#article-metadata")


def claim_action_view(model_admin: admin.ModelAdmin, request: HttpRequest, object_id: str, action: str) -> HttpResponse:
    """POST-only (CSRF-protected by the middleware); the service decides whether the user may do it."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    claim = get_object_or_404(Claim, pk=object_id)
    if action not in CLAIM_ACTIONS or not model_admin.has_view_permission(request, claim):
        raise PermissionDenied
    claim_action_run(request, claim, action, keep_draft=True)
    return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
