"""Input parsing and normalisation. Normalise once; every span indexes the normalised text."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from config.errors import ApplicationError, PayloadTooLarge

# A dateline opening a paragraph: where and when the story was filed and by whom ("ORVANE, March 4 (Meridian Wire)
# -", "London (The Weekly Courier):"); never part of a claim, never a source.
DATELINE = re.compile(
    r"^\s*(?:(?:[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,3})\s*(?:,\s*[A-Z][a-z]{2,}\.?\s*\d{0,2})?\s*"
    r"\([^()\n]{2,60}\)\s*(?:[-–—:]+)"
    # or a city in capitals and a dash, with or without a date: "VELDRA -", "NEW YORK, Nov 23 —"
    r"|[A-Z][A-Z.'’-]{2,}(?:[ ,]+[A-Z][A-Z.'’-]{2,}){0,2}(?:\s*,\s*[A-Z][a-z]{2,}\.?\s*\d{1,2})?\s+[-–—]+)\s*"
)

# Leading metadata lines: `date 2024-03-28`, `title ...`, `url ...`, `outlet ...`, `author ...`.
# The date may share its line with the first sentence ("date 2024-03-28 Last night, ...").
_DATE_PREFIX = re.compile(r"^date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_FIELD_LINE = re.compile(r"^(title|url|outlet|author)[ \t]*:?[ \t]+(.+?)[ \t]*$", re.IGNORECASE)


class InvalidArticle(ApplicationError):
    code = "invalid_article"


@dataclass(frozen=True)
class ParsedArticle:
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    author: str = ""
    published_on: date | None = None


def decode(raw: bytes) -> str:
    """Decode article bytes as UTF-8 (a BOM is dropped); anything else is refused."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidArticle(
            f"Article is not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r}).", code="not_utf8"
        ) from exc


def normalise(text: str) -> str:
    """NFC, unix newlines, no trailing spaces, at most one blank line between paragraphs, stripped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def check_size(text: str, *, max_bytes: int) -> None:
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise PayloadTooLarge(f"Article is {size} bytes; the limit is {max_bytes} bytes.", code="article_too_large")


def parse_plain_text(raw: str) -> ParsedArticle:
    """Split leading metadata lines off a plain-text article and normalise the rest."""
    text = normalise(raw)
    fields: dict[str, str] = {}
    published_on: date | None = None
    while text:
        date_match = _DATE_PREFIX.match(text)
        if date_match and published_on is None:
            try:
                published_on = date.fromisoformat(date_match.group(1))
            except ValueError as exc:
                raise InvalidArticle(f"Bad date line: {date_match.group(1)!r}.", code="bad_date") from exc
            text = text[date_match.end() :].lstrip()
            continue
        first_line, _, rest = text.partition("\n")
        field_match = _FIELD_LINE.match(first_line)
        if field_match and field_match.group(1).lower() not in fields:
            fields[field_match.group(1).lower()] = field_match.group(2)
            text = rest.lstrip()
            continue
        break
    if not text.strip():
        raise InvalidArticle("Article text is empty.", code="empty")
    return ParsedArticle(text=text, published_on=published_on, **fields)
