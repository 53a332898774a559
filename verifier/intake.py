"""Article intake: plain text, HTML, an undeclared document or a URL -> a parsed article -> ``article_submit``.

The admin's ingest form and the API's ``POST /articles/`` come through ``article_intake``; the API's bulk import and
the ``ingest`` command check each input with ``article_input`` and store them together with ``articles_intake``.
So what counts as HTML, what a fetched URL may return, how large raw input may be and how a refused or failed fetch
is reported are decided here once.

HTML or text: a declared type decides (``text`` is plain text, ``html`` is HTML, a fetched URL's ``Content-Type``);
only content of unknown type (``content`` without ``content_type``) is sniffed, with
``claims.extraction.html.looks_like_html``.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from django.conf import settings

from claims.extraction.html import looks_like_html, parse_html
from claims.extraction.text import ParsedArticle, decode, parse_plain_text
from claims.models import ArticleFormat
from claims.services import ArticleCreated, PreparedArticle, article_prepare
from config.errors import ApplicationError, PayloadTooLarge
from sources.fetch import FetchError, FetchPolicy, FetchRefused, FetchResponse, fetch
from verifier.actors import Actor
from verifier.articles import ARTICLE_METADATA_FIELDS, article_submit, articles_submit

HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_MEDIA_TYPE = "text/plain"
# Raw input (an HTML page carries markup around its text) may be this many times ``CLAIMS_ARTICLE_MAX_BYTES``; the
# article text itself is held to ``CLAIMS_ARTICLE_MAX_BYTES`` by ``claims.services.article_create``.
RAW_INPUT_FACTOR = 5


class FetchRefusedError(ApplicationError):
    """The fetch guard refused the URL (private address, bad scheme or port...); nothing was sent to it."""

    status_code = 400
    code = "fetch_refused"


class FetchFailed(ApplicationError):
    """The URL was allowed but the fetch failed (network, timeout, oversize body, or a non-200 answer)."""

    status_code = 422
    code = "fetch_failed"


class NotAnArticle(ApplicationError):
    """The input is neither HTML nor plain text (a fetched PDF or JSON document, say)."""

    status_code = 422
    code = "not_an_article"


def raw_input_max_bytes() -> int:
    """The largest raw input (text, HTML, a file) accepted before parsing."""
    return int(settings.CLAIMS_ARTICLE_MAX_BYTES) * RAW_INPUT_FACTOR


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def article_parse(
    *, content: str | bytes, content_type: str = "", url: str = ""
) -> tuple[ParsedArticle, ArticleFormat]:
    """Parse raw input as HTML or plain text; returns the article and its format (``html`` or ``text``).

    ``content_type`` ``text/html``/``application/xhtml+xml`` is HTML, ``text/plain`` is text, empty means unknown
    (sniffed); any other type raises ``NotAnArticle``. Raises ``PayloadTooLarge`` over ``raw_input_max_bytes()`` and
    ``InvalidArticle`` (``not_utf8``, ``empty``, ``no_main_text``, ``bad_date``).
    """
    size = len(content) if isinstance(content, bytes) else len(content.encode("utf-8"))
    limit = raw_input_max_bytes()
    if size > limit:
        raise PayloadTooLarge(f"The input is {size} bytes; the limit is {limit} bytes.", code="input_too_large")
    media_type = _media_type(content_type)
    text = decode(content) if isinstance(content, bytes) else content
    if media_type in HTML_MEDIA_TYPES or (not media_type and looks_like_html(text)):
        return parse_html(text, url=url), ArticleFormat.HTML
    if media_type in (TEXT_MEDIA_TYPE, ""):
        return parse_plain_text(text), ArticleFormat.TEXT
    raise NotAnArticle(f"The input is {media_type}, not an HTML or plain-text article.", extra={"type": media_type})


def url_fetch(*, url: str, policy: FetchPolicy | None = None) -> FetchResponse:
    """A user-supplied URL through the guarded client, its failures as API errors: ``FetchRefusedError`` (400,
    ``fetch_refused``, ``extra.reason``) or ``FetchFailed`` (422: network error, timeout, oversize body,
    ``extra.reason``; an answer other than 200, ``extra.status``)."""
    try:
        response = fetch(url, policy=policy)
    except FetchRefused as exc:
        raise FetchRefusedError(f"The URL was refused: {exc.reason}.", extra={"reason": exc.reason}) from exc
    except FetchError as exc:
        raise FetchFailed(f"The URL could not be fetched: {exc.reason}.", extra={"reason": exc.reason}) from exc
    if response.status_code != 200:
        raise FetchFailed(f"The URL answered HTTP {response.status_code}.", extra={"status": response.status_code})
    return response


def article_fetch(*, url: str) -> ParsedArticle:
    """Fetch ``url`` through the guarded client (``sources.fetch``, its body capped at ``raw_input_max_bytes()``)
    and parse it by its ``Content-Type``.

    Raises ``FetchRefusedError`` (400, ``fetch_refused``), ``FetchFailed`` (422, ``fetch_failed``: network error,
    timeout, oversize body, an answer other than 200), ``NotAnArticle`` (422) or the errors of ``article_parse``;
    ``extra`` carries the fetch guard's ``reason`` or the HTTP ``status``.
    """
    response = url_fetch(url=url, policy=FetchPolicy.from_settings(max_bytes=raw_input_max_bytes()))
    media_type = _media_type(response.content_type)
    if media_type not in HTML_MEDIA_TYPES and media_type != TEXT_MEDIA_TYPE:
        raise NotAnArticle(
            f"The URL returned {media_type or 'no content type'}, not an HTML or plain-text article.",
            extra={"type": media_type},
        )
    parsed, _ = article_parse(content=response.content, content_type=media_type, url=response.url)
    return replace(parsed, url=parsed.url or response.url)


def article_input(
    *,
    text: str | None = None,
    html: str | bytes | None = None,
    content: str | bytes | None = None,
    content_type: str = "",
    fetch_url: str | None = None,
    title: str = "",
    outlet: str = "",
    author: str = "",
    url: str = "",
    published_at: datetime | None = None,
) -> PreparedArticle:
    """Parse (or fetch) one article from exactly one of ``text`` (plain text), ``html``, ``content`` (of
    ``content_type``, sniffed when that is empty) or ``fetch_url``, let the non-empty metadata arguments override
    what the input says, and check it for storing (``claims.services.article_prepare``). Writes nothing.

    The article's format is ``url`` for a fetched URL, else ``html`` or ``text``. Raises ``ApplicationError``
    (``one_input``) unless exactly one input is given, the errors of ``article_parse`` and ``article_fetch``, and
    ``InvalidArticle``/``PayloadTooLarge`` for an empty or oversized text.
    """
    inputs = {"text": text, "html": html, "content": content, "fetch_url": fetch_url}
    given = [name for name, value in inputs.items() if value is not None]
    if len(given) != 1:
        raise ApplicationError(
            "Give exactly one of text, html, content or fetch_url.", code="one_input", extra={"given": given}
        )
    source_format: ArticleFormat
    if fetch_url is not None:
        parsed, source_format = article_fetch(url=fetch_url), ArticleFormat.URL
    elif text is not None:
        parsed, source_format = article_parse(content=text, content_type=TEXT_MEDIA_TYPE)
    elif html is not None:
        parsed, source_format = article_parse(content=html, content_type="text/html", url=url)
    else:
        assert content is not None
        parsed, source_format = article_parse(content=content, content_type=content_type, url=url)
    parsed = replace(
        parsed,
        title=title or parsed.title,
        outlet=outlet or parsed.outlet,
        author=author or parsed.author,
        url=url or parsed.url,
    )
    return article_prepare(parsed=parsed, source_format=source_format, published_at=published_at)


def article_intake(*, actor: Actor, **given: Any) -> ArticleCreated:
    """One article from raw input (``article_input``'s arguments), stored with its extraction job
    (``verifier.articles.article_submit``; an identical text already stored gets the metadata arguments given as an
    audited metadata edit instead of dropping them). Raises the errors of ``article_input``; nothing is written
    then."""
    prepared = article_input(**given)
    return article_submit(
        parsed=prepared.parsed,
        actor=actor,
        source_format=prepared.source_format,
        published_at=prepared.published_at,
        metadata={name: given[name] for name in ARTICLE_METADATA_FIELDS if given.get(name)},
    )


def articles_intake(*, articles: Sequence[PreparedArticle], actor: Actor) -> list[ArticleCreated]:
    """Many articles checked by ``article_input``, stored in bulk with their extraction jobs in batches
    (``verifier.articles.articles_submit``): the path of the ``ingest`` command and the API's bulk import."""
    return articles_submit(articles=articles, actor=actor)
