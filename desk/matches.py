"""The claim page's "Already fact-checked?" panel: ranked fact-check matches with "same claim" / "not the same"
buttons and, on a confirmed match, "propose its verdict" (a verdict proposal citing the fact-check as evidence).

Kept apart from the workbench: the claim page includes ``admin/claims/claim/_factcheck_matches.html`` and merges
``claim_matches_context``; the actions post to ``claim_match_action_view``.
"""

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse

from claims.models import Claim
from config.errors import ApplicationError
from factchecks.models import Decision
from factchecks.selectors import claim_match_list
from verifier.actors import Actor
from verifier.factcheck_matches import claim_match_decide, claim_match_propose_verdict

MATCH_ACTIONS = ("same", "different", "propose")


def claim_matches_context(claim: Claim) -> dict[str, Any]:
    return {
        "factcheck_matches": [
            {
                "match": match,
                "urls": {
                    a: reverse("admin:claims_claim_match_action", args=[claim.pk, match.pk, a]) for a in MATCH_ACTIONS
                },
            }
            for match in claim_match_list(claim_id=claim.pk)
        ]
    }


def claim_match_action_view(
    model_admin: admin.ModelAdmin, request: HttpRequest, object_id: str, match_id: int, action: str
) -> HttpResponse:
    """POST-only (CSRF-protected by the middleware); the services decide what is allowed and audit it."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    claim = get_object_or_404(Claim, pk=object_id)
    if action not in MATCH_ACTIONS or not model_admin.has_view_permission(request, claim):
        raise PermissionDenied
    if not claim.factcheck_matches.filter(pk=match_id).exists():  # type: ignore[attr-defined]
        raise PermissionDenied
    actor = Actor.for_user(request.user)
    try:
        if action == "propose":
            claim_match_propose_verdict(match_id=match_id, actor=actor)
            messages.success(request, f"Verdict proposed for claim {claim.pk}, citing the fact-check.")
        else:
            decision = Decision.SAME if action == "same" else Decision.DIFFERENT
            claim_match_decide(match_id=match_id, decision=decision, actor=actor)
            messages.success(request, f"Match recorded as “{decision.label}”.")
    except ApplicationError as exc:
        messages.error(request, f"Refused: {exc.message}")
    return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]) + "#factcheck-matches")
