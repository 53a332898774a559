"""Dates of queries and fact-checks for the matcher: a claim is usually fact-checked within weeks of being made, so
how far apart the query's date and the fact-check's date are tells a fact-check of this claim from one of an
older (or later) claim worded alike."""

import math
import re
from datetime import date

import numpy as np

from claims.extraction.dates import MONTHS

# Month names and their abbreviations ("sep" and "sept") -> month number.
_MONTHS = {
    name: number
    for number, full in enumerate(MONTHS, 1)
    for name in {full, full[:3], *(["sept"] if full == "september" else [])}
}
_MONTH = (
    r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# "October 22, 2019", "22 October 2019", "2019-10-22" (the first one found is the text's date).
_DATE = re.compile(
    r"\b(?:"
    + _MONTH.format("m1")
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH.format("m2")
    + r",?\s+(?P<y2>\d{4})"
    + r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    + r")\b",
    re.IGNORECASE,
)
# How far apart two dates may be before the distance stops counting (the feature saturates at ten years).
FAR_DAYS = 3650


def parse_date(text: str) -> date | None:
    """The first calendar date written in ``text`` (month names in English, or ISO), else None."""
    for found in _DATE.finditer(text or ""):
        if found["y3"]:
            year, month, day = int(found["y3"]), int(found["m3"]), int(found["d3"])
        else:
            year = int(found["y1"] or found["y2"])
            month = _MONTHS[(found["m1"] or found["m2"]).lower().rstrip(".")]
            day = int(found["d1"] or found["d2"])
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def distances(days: np.ndarray) -> np.ndarray:
    """``log(1 + |days|)`` of each element on a 0-1 scale, 1 at ``FAR_DAYS`` and beyond: a week apart is 0.25, a
    month 0.42, a year 0.72."""
    return np.minimum(np.log1p(np.abs(days)) / math.log1p(FAR_DAYS), 1.0)
