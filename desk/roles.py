"""Admin access follows the workflow roles (``verifier.roles``) as well as Django's model permissions.

A staff user in the "viewer" group may read the desk's pages; "fact-checker" may also ingest articles; an
"editor" may also edit sources. What a user may *do* to a claim is decided by the workflow services, not here.
"""

from typing import Any

from django.http import HttpRequest

from verifier.roles import user_has_role


def _has_role(request: HttpRequest, role: str) -> bool:
    return user_has_role(request.user, role)


class RoleAccessMixin:
    view_role: str | None = "viewer"
    add_role: str | None = None
    change_role: str | None = None

    def has_module_permission(self, request: HttpRequest) -> bool:
        return super().has_module_permission(request) or (  # type: ignore[misc]
            self.view_role is not None and _has_role(request, self.view_role)
        )

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) or (  # type: ignore[misc]
            self.view_role is not None and _has_role(request, self.view_role)
        )

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return super().has_add_permission(request, *args) or (  # type: ignore[misc]
            self.add_role is not None and _has_role(request, self.add_role)
        )

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_change_permission(request, obj) or (  # type: ignore[misc]
            self.change_role is not None and _has_role(request, self.change_role)
        )
