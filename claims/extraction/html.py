"""HTML articles: main text, title, author, date and site name via trafilatura."""

from datetime import date

import trafilatura

from claims.extraction.text import InvalidArticle, ParsedArticle, decode, normalise

MIN_MAIN_TEXT_WORDS = 5
# trafilatura reads the publication date from markup; never guess it from the page's other dates.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def looks_like_html(raw: str) -> bool:
    """Whether text is an HTML document rather than plain text (sniffed from its start)."""
    head = raw.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head


def parse_html(raw: bytes | str, *, url: str = "") -> ParsedArticle:
    """Main text and metadata of an HTML page. Raises ``InvalidArticle`` when it is empty, not UTF-8, or has no
    main text (code ``no_main_text``)."""
    html = decode(raw) if isinstance(raw, bytes) else raw
    if not html.strip():
        raise InvalidArticle("Article text is empty.", code="empty")
    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None:
        raise InvalidArticle("The HTML page has no main text to extract claims from.", code="no_main_text")
    title = normalise(getattr(document, "title", None) or "")
    # One paragraph per line from trafilatura; blank lines between them so sentences never run across paragraphs.
    paragraphs = [line.strip() for line in (getattr(document, "text", None) or "").split("\n") if line.strip()]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    text = normalise("\n\n".join(paragraphs))
    if len(text.split()) < MIN_MAIN_TEXT_WORDS:
        raise InvalidArticle("The HTML page has no main text to extract claims from.", code="no_main_text")
    published_on: date | None = None
    raw_date = getattr(document, "date", None)
    if raw_date:
        try:
            published_on = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published_on = None
    return ParsedArticle(
        text=text,
        title=title,
        url=url or (getattr(document, "url", None) or ""),
        outlet=normalise(getattr(document, "sitename", None) or ""),
        author=normalise(getattr(document, "author", None) or ""),
        published_on=published_on,
    )
