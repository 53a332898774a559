"""ETags and ``If-Match`` for objects with a ``version`` (claims): optimistic concurrency over HTTP."""

import re
from typing import Any

from rest_framework.exceptions import APIException
from rest_framework.request import Request

from config.errors import PreconditionFailed


class PreconditionRequired(APIException):
    status_code = 428
    default_detail = "This request needs an If-Match header with the object's current ETag."
    default_code = "precondition_required"


_ETAG = re.compile(r'^(?:W/)?"(?P<kind>[a-z]+)-(?P<id>\d+)-v(?P<version>\d+)"$')


def etag_for(*, kind: str, pk: int, version: int) -> str:
    """A strong ETag naming the object and its version, e.g. ``"claim-12-v3"``."""
    return f'"{kind}-{pk}-v{version}"'


def expected_version(request: Request, *, kind: str, pk: int, current_version: int) -> int:
    """The version named by ``If-Match``; 428 when the header is missing, 412 when it does not match.

    Returns the version for the service's ``expected_version`` check, which repeats the comparison under the row
    lock (the object may change between this read and the write); the service's ``PreconditionFailed`` then goes
    through ``stale_if_match`` for the same 412 body.
    """
    header = request.headers.get("If-Match", "").strip()
    if not header:
        raise PreconditionRequired()
    candidates = [item.strip() for item in header.split(",")]
    if "*" in candidates:
        return current_version
    for candidate in candidates:
        match = _ETAG.match(candidate)
        if match and match["kind"] == kind and int(match["id"]) == pk:
            version = int(match["version"])
            if version == current_version:
                return version
    raise stale_if_match(request, kind=kind, pk=pk, current_version=current_version)


def stale_if_match(request: Request, *, kind: str, pk: int, current_version: int) -> PreconditionFailed:
    """The 412 for an ``If-Match`` that does not name ``current_version``; ``errors`` carries the current ``etag``
    and ``version``. One body whether the mismatch is seen here or by the service under the row lock (a race)."""
    header = request.headers.get("If-Match", "").strip()
    current = etag_for(kind=kind, pk=pk, version=current_version)
    return PreconditionFailed(
        f"If-Match {header!r} does not match the current ETag {current}.",
        code="precondition_failed",
        extra={"etag": current, "version": current_version},
    )


def with_etag(response: Any, *, kind: str, pk: int, version: int) -> Any:
    response["ETag"] = etag_for(kind=kind, pk=pk, version=version)
    return response
