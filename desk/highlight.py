"""Claims highlighted in place in their article's text: segments from span boundaries, then escaped HTML.

``segments`` is pure: it cuts ``[0, length)`` at every span start and end, so overlapping and adjacent spans need
no special cases. Each segment lists the spans covering it, outermost first; ``render_highlighted`` nests one
``<mark>`` per covering span, so an overlap shows as nested marks and two adjacent claims stay two marks. Every
piece of text and every attribute goes through ``format_html``/``escape``: an article containing ``<script>``
shows it as text.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    key: int
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    keys: tuple[int, ...]  # spans covering the segment, outermost first
    opens: tuple[int, ...]  # spans that begin at ``start``, outermost first


def _nesting_order(span: Span) -> tuple[int, int, int]:
    # Earlier start is outer; for equal starts the longer span is outer; the key breaks exact ties.
    return (span.start, -span.end, span.key)


def segments(length: int, spans: Sequence[Span]) -> list[Segment]:
    """Cut ``[0, length)`` at every span boundary. Raises ``ValueError`` for a span outside it or empty."""
    for span in spans:
        if not 0 <= span.start < span.end <= length:
            raise ValueError(f"Span {span.key} [{span.start}, {span.end}) is not inside [0, {length}).")
    if length == 0:
        return []
    boundaries = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    by_start: dict[int, list[Span]] = {}
    for span in spans:
        by_start.setdefault(span.start, []).append(span)
    active: list[Span] = []
    result = []
    for start, end in pairwise(boundaries):
        active = [s for s in active if s.end > start]
        opening = sorted(by_start.get(start, []), key=_nesting_order)
        active = sorted(active + opening, key=_nesting_order)
        result.append(
            Segment(
                start=start,
                end=end,
                keys=tuple(s.key for s in active),
                opens=tuple(s.key for s in opening),
            )
        )
    return result


@dataclass(frozen=True)
class HighlightClaim:
    """What the article page shows for one claim."""

    key: int
    start: int
    end: int
    status: str
    verdict: str
    badge: str  # e.g. "#3 · Unrated"
    tooltip: str  # type, claimer, hedge, score
    href: str


def _open_mark(claim: HighlightClaim, depth: int) -> SafeString:
    classes = f"claim status-{claim.status}" + (" overlap" if depth > 0 else "")
    return format_html(
        '<mark class="{}" data-claim="{}" data-status="{}" title="{}">',
        classes,
        claim.key,
        claim.status,
        claim.tooltip,
    )


def _badge(claim: HighlightClaim) -> SafeString:
    return format_html(
        '<a class="claim-badge verdict-{}" data-claim-start="{}" href="{}" title="{}">{}</a>',
        claim.verdict,
        claim.key,
        claim.href,
        claim.tooltip,
        claim.badge,
    )


def render_highlighted(text: str, claims: Sequence[HighlightClaim]) -> SafeString:
    """The article text as HTML with each claim in a ``<mark>`` (nested where claims overlap)."""
    by_key = {c.key: c for c in claims}
    parts: list[str] = []
    for segment in segments(len(text), [Span(c.key, c.start, c.end) for c in claims]):
        piece = str(escape(text[segment.start : segment.end]))
        if not segment.keys:
            parts.append(piece)
            continue
        innermost = by_key[segment.keys[-1]]
        inner = format_html('<a class="claim-link" href="{}">{}</a>', innermost.href, mark_safe(piece))  # noqa: S308
        for depth, key in enumerate(segment.keys):
            parts.append(_open_mark(by_key[key], depth))
            if key in segment.opens:
                parts.append(_badge(by_key[key]))
        parts.append(inner)
        parts.append("</mark>" * len(segment.keys))
    return mark_safe("".join(parts))  # noqa: S308 - every part above is escaped or built by format_html
