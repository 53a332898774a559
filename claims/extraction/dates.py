"""Resolve the date an event happened from expressions in the text, against the article's date."""

import re
from datetime import date, timedelta

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_RE = "|".join(_MONTHS + [m[:3] for m in _MONTHS if m != "may"] + ["sept"])
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(last night|yesterday|the day before yesterday|today|this morning|this afternoon|this evening|tonight"
    r"|earlier today|overnight)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:(last|on|this|next)\s+)?(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_IN_MONTH = re.compile(
    rf"\b(?:in|since|during|last|early|late|mid-?)\s+({_MONTH_RE})\b(?:\s+(\d{{4}}))?", re.IGNORECASE
)
_RELATIVE_DAYS = {
    "last night": -1,
    "yesterday": -1,
    "the day before yesterday": -2,
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "earlier today": 0,
    "overnight": -1,
}
DATE_EXPRESSION = re.compile(
    "|".join(p.pattern for p in (_ISO, _DAY_MONTH, _MONTH_DAY, _RELATIVE, _WEEKDAY, _IN_MONTH)), re.IGNORECASE
)


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    if name == "sept":
        return 9
    for index, month in enumerate(_MONTHS):
        if month.startswith(name[:3]):
            return index + 1
    raise ValueError(name)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _past_year(published_on: date | None, month: int, day: int = 1) -> int | None:
    """The year that puts month/day on or before the article date (news reports the past)."""
    if published_on is None:
        return None
    year = published_on.year
    if (month, day) > (published_on.month, published_on.day):
        year -= 1
    return year


def resolve_event_date(text: str, published_on: date | None, *, future: bool = False) -> date | None:
    """The first date ``text`` gives, resolved against ``published_on``. ``future`` reads "on Tuesday" forwards.

    Explicit dates resolve without an article date; relative ones ("last night", "on Tuesday", "in March") need it.
    """
    match = _ISO.search(text)
    if match:
        return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _DAY_MONTH.search(text)
    if match:
        day, month = int(match.group(1)), _month_number(match.group(2))
        year = int(match.group(3)) if match.group(3) else _past_year(published_on, month, day)
        return _safe_date(year, month, day) if year else None
    match = _MONTH_DAY.search(text)
    if match and not re.match(r"\s*(?:%|percent)", text[match.end() :]):
        day, month = int(match.group(2)), _month_number(match.group(1))
        year = int(match.group(3)) if match.group(3) else _past_year(published_on, month, day)
        return _safe_date(year, month, day) if year else None
    if published_on is None:
        return None
    match = _RELATIVE.search(text)
    if match:
        return published_on + timedelta(days=_RELATIVE_DAYS[match.group(1).lower()])
    match = _WEEKDAY.search(text)
    if match:
        modifier = (match.group(1) or "").lower()
        weekday = _WEEKDAYS.index(match.group(2).lower())
        if future or modifier == "next":
            ahead = (weekday - published_on.weekday()) % 7 or 7
            return published_on + timedelta(days=ahead)
        back = (published_on.weekday() - weekday) % 7
        if modifier == "last" and back == 0:
            back = 7
        return published_on - timedelta(days=back)
    match = _IN_MONTH.search(text)
    if match:
        month = _month_number(match.group(1))
        year = int(match.group(2)) if match.group(2) else _past_year(published_on, month)
        return _safe_date(year, month, 1) if year else None
    return None
