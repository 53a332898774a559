"""python manage.py fetch_source URL [--json]: fetch a URL once through the safe client and print what a snapshot
would hold. Exit 2 when the guard refuses the URL, 1 on a network failure."""

import json
import sys
from datetime import UTC, datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sources.fetch import FetchError, FetchRefused, fetch
from sources.snapshots import extract_text, normalise_text, notable_headers, sha256

TEXT_PREVIEW = 500


class Command(BaseCommand):
    help = "Fetch one URL through the safe fetch client and print the snapshot fields (or the refusal)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url")
        parser.add_argument("--json", action="store_true", help="Print one JSON object (full extracted text).")

    def handle(self, *args: Any, **options: Any) -> None:
        url = options["url"]
        as_json = options["json"]
        try:
            response = fetch(url)
        except FetchRefused as exc:
            self._fail(
                {"url": url, "refused": True, "reason": exc.reason, "detail": exc.detail, "at": exc.url}, 2, as_json
            )
        except FetchError as exc:
            self._fail(
                {"url": url, "refused": False, "reason": exc.reason, "detail": exc.detail, "at": exc.url}, 1, as_json
            )
        text = extract_text(response.content, response.content_type, url=response.url)
        fields = {
            "url": url,
            "final_url": response.url,
            "redirects": response.redirects,
            "status_code": response.status_code,
            "content_type": response.content_type,
            "bytes": len(response.content),
            "sha256": sha256(response.content),
            "text_sha256": sha256(normalise_text(text).encode()),
            "headers": notable_headers(dict(response.headers)),
            "fetched_at": datetime.now(UTC).isoformat(),
            "elapsed_seconds": round(response.elapsed, 3),
            "text": text,
        }
        if as_json:
            self.stdout.write(json.dumps(fields, ensure_ascii=False, indent=2))
            return
        for name, value in fields.items():
            if name == "text":
                preview = value if len(value) <= TEXT_PREVIEW else value[:TEXT_PREVIEW] + f"... ({len(value)} chars)"
                self.stdout.write(f"text:\n{preview}")
            else:
                self.stdout.write(f"{name}: {value}")

    def _fail(self, payload: dict[str, Any], code: int, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            verb = "refused" if payload["refused"] else "failed"
            self.stderr.write(f"{verb}: {payload['reason']}: {payload['detail']} ({payload['at'] or payload['url']})")
        sys.exit(code)
