"""``Idempotency-Key`` for POSTs: a retried request replays the first response instead of acting twice."""

import hashlib
import json
from collections.abc import Callable
from typing import Any

from django.db import IntegrityError, transaction
from rest_framework.request import Request
from rest_framework.response import Response

from config.errors import ApplicationError
from verifier.models import IdempotencyKey

MAX_KEY_LENGTH = 200
REPLAYED_HEADERS = ("Location", "ETag")


class IdempotencyKeyReused(ApplicationError):
    status_code = 422
    code = "idempotency_key_reused"


def _request_hash(request: Request) -> str:
    body = json.dumps(request.data, sort_keys=True, default=str) if request.data is not None else ""
    return hashlib.sha256(f"{request.method}\n{request.path}\n{body}".encode()).hexdigest()


def _replay(record: Any, request_hash: str) -> Response:
    if record.request_hash != request_hash:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was used for a different request; use a new key for a new request.",
        )
    response = Response(record.response_body, status=record.response_status, headers=record.response_headers)
    response["Idempotent-Replayed"] = "true"
    return response


def idempotent(request: Request, handler: Callable[[], Response]) -> Response:
    """Run ``handler`` once per (token, ``Idempotency-Key``); later calls with the key replay its response.

    The key row is inserted in the same transaction as the handler's writes: a concurrent retry blocks on the
    unique index until the first commits, then replays it. Error responses (exceptions) are not stored, so a
    request that failed can be retried with the same key. Without the header the handler simply runs.
    """

    key = request.headers.get("Idempotency-Key", "")
    if not key:
        return handler()
    if len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise ApplicationError(
            f"Idempotency-Key must be printable and at most {MAX_KEY_LENGTH} characters.", code="bad_idempotency_key"
        )
    token: Any = request.auth
    request_hash = _request_hash(request)
    existing = IdempotencyKey.objects.filter(token=token, key=key).first()
    if existing is not None:
        return _replay(existing, request_hash)
    try:
        with transaction.atomic():
            record = IdempotencyKey.objects.create(
                token=token, key=key, request_hash=request_hash, response_status=0, response_body={}
            )
            response = handler()
            record.response_status = response.status_code
            record.response_body = response.data
            record.response_headers = {name: response[name] for name in REPLAYED_HEADERS if response.has_header(name)}
            record.save(update_fields=["response_status", "response_body", "response_headers"])
    except IntegrityError:
        winner = IdempotencyKey.objects.filter(token=token, key=key).first()
        if winner is None:
            raise
        return _replay(winner, request_hash)
    return response
