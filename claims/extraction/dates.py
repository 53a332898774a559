"""Resolve the date an event happened from expressions in the text, against the article's date."""

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
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
_MONTH_RE = "|".join(MONTHS + [m[:3] for m in MONTHS if m != "may"] + ["sept"])
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(last night|yesterday|the day before yesterday|today|this morning|this afternoon|this evening|tonight"
    r"|earlier today|overnight)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:(last|on|this|next)\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
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
    for index, month in enumerate(MONTHS):
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


def names_a_day(text: str) -> bool:
    """Whether ``text`` dates something to the day ("on 3 March", "yesterday"), not only to a month or a year."""
    return any(p.search(text) for p in (_ISO, _DAY_MONTH, _MONTH_DAY, _RELATIVE, _WEEKDAY))


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
        weekday = WEEKDAYS.index(match.group(2).lower())
        if future or modifier == "next":
            return published_on + timedelta(days=_days_ahead(weekday, published_on, modifier))
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


# --- relative times written out -------------------------------------------------------------------------------------

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER_WORDS |= {"eight": 8, "nine": 9, "ten": 10}
_COUNT = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# A preposition before the expression is kept; without one, the written-out date gets "on"/"in".
_PREP = (
    r"(?:\b((?i:on|by|from|since|until|till|before|after|through|of|in|during|for|between|beyond|past|into|around"
    r"|towards?|to|over|ahead\s+of|up\s+to|as\s+of|at\s+least|as\s+(?:early|late|recently|far\s+back)\s+as"
    r"|no\s+later\s+than))\s+)?"
)
_PART = r"(?:\s+(morning|afternoon|evening|night))?"
_WEEKDAY_PHRASE = re.compile(
    rf"{_PREP}\b(?:(last|this|next|coming)\s+)?({'|'.join(w.capitalize() for w in WEEKDAYS)}){_PART}\b(?!'s)",
)
_DAY_PHRASE = re.compile(
    rf"{_PREP}\b(the day before yesterday|yesterday|last night|earlier today|today|tonight|this morning"
    r"|this afternoon|this evening)\b(?!'s)",
    re.IGNORECASE,
)
# "the past week" / "over the past month" / "the past year": the period up to the article date ("the week to 5
# December 2026"); not "the last year of his term", a final year.
_PAST_PERIOD = re.compile(r"\bthe\s+(?:past|last)\s+(week|month|year)\b(?!'s|\s+of\b)", re.IGNORECASE)
# "last week", "this month", "the coming year" (the next one); not "the last year" or "the next year", a span of time
# or a year counted from the story's own ("closed in 2021 and reopened the next year")
_PERIOD_PHRASE = re.compile(
    rf"{_PREP}\b(?:(earlier|later)\s+)?(?:the\s+(?=coming\b)|(?<!the\s))(last|this|next|coming)\s+(week|month|year)"
    r"\b(?!'s)",
    re.IGNORECASE,
)
# "this weekend", "the coming weekend", "last weekend" -> "the weekend of 18-19 April 2026"
_WEEKEND_PHRASE = re.compile(
    rf"{_PREP}\b(?:the\s+(?=coming\b)|(?<!the\s))(last|this|next|coming|past)\s+weekend\b(?!'s)", re.IGNORECASE
)
# "during last summer's strikes" -> "during the summer 2026 strikes"
_SEASON_POSSESSIVE = re.compile(r"\b(last|this|next|coming)\s+(spring|summer|autumn|fall|winter)'s\b", re.IGNORECASE)
_SEASON_PHRASE = re.compile(
    rf"{_PREP}\b(last|this|next|coming|the)\s+(spring|summer|autumn|fall|winter)\b(?!'s|\s+of\b)", re.IGNORECASE
)
# A capitalised word that makes a weekday part of a name ("The Sunday Clarion", "the Sunday Times"); not a month.
_NAME_AFTER_WEEKDAY = re.compile(
    r"\s+(?!(?:" + "|".join(m.capitalize() for m in [*MONTHS, "morning", "night"]) + r")\b)[A-Z][a-z]+"
)
# A date right after a weekday, which names the day itself ("Sunday, September 27", "Monday, 14 Sept.").
_DATE_AFTER_WEEKDAY = re.compile(
    rf",?\s+(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_RE})\b)", re.IGNORECASE
)
# A verb right after a time phrase: the phrase is the sentence's subject ("Last year was ..."), so no "in"; when the
# phrase opens its clause (not "a survey of members last month had found", whose subject is the survey).
_SUBJECT_TIME = re.compile(r"\s+(?:was|is|were|has|had|will|saw|brought|marked|proved|became|ended)\b")
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:(\u2014\u2013-]|\b(?:that|and|but|or|said|says|say|because|while|as|when|since|so|after|before|if"
    r"|though|although|whether))\s*$",
    re.IGNORECASE,
)
# "so far this year was ...": the time is no subject after words that make it a span
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|up\s+to\s+now)\s+$", re.IGNORECASE)
# "the fall in prices": a drop
_FALL_IN = re.compile(r"\s+in\b", re.IGNORECASE)
# A possessive or an article right before a time phrase: the phrase modifies the noun after it, so no "on"/"in".
_MODIFIER_SLOT = re.compile(r"(?:'s|s'|\b(?:the|a|an|its|their|his|her|this|that))\s+$", re.IGNORECASE)
# What follows a time phrase that modifies no noun: punctuation, the end, or a word that opens a phrase or a clause.
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?\"”’)]|(?:and|but|or|when|after|before|because|as|in|on|at|to|for|since)\b)", re.IGNORECASE
)
_YEAR_POSSESSIVE = re.compile(r"\b(last|this|next) year's\b", re.IGNORECASE)
# "last month's floods" -> "the August 2026 floods"
_MONTH_POSSESSIVE = re.compile(r"\b(last|this|next) month's\b", re.IGNORECASE)
# "by the end of the year", "in the first half of the month": a part of the article's own year or month, or of the
# year the text named before it ("In 2019 ... by the end of the year" is the end of 2019).
_PART_OF_PERIOD = re.compile(
    r"\b((?:end|start|beginning|middle|rest|remainder|close|turn|(?:first|second)\s+half)\s+of\s+)the\s+(year|month)"
    r"\b(?!'s|\s+(?:to|ending|in|of)\b)",
    re.IGNORECASE,
)
# A year written as a number ("2025"); the one pattern for it, ``standalone`` reads the article's last one with it.
A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year given as the time of what a sentence reports: "imposed similar limits in 2023", "during 2019".
_EVENT_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b(?!\s*[-/–]|\d)")


def event_year(text: str) -> int | None:
    """The last year ``text`` gives as the time of an event ("in 2023"), else None."""
    found = _EVENT_YEAR.findall(text)
    return int(found[-1]) if found else None


# "Sunday's election", "yesterday's vote": a day named as a possessive before a noun, written "the 3 May 2026 election";
# ahead when the claim is about the future or the day is one a thing happens "before" or "ahead of". "today's" is
# left alone: "in today's world" names no date.
_DAY_POSSESSIVE = re.compile(
    rf"\b(?:((?i:last|this|next|coming))\s+)?({'|'.join(w.capitalize() for w in WEEKDAYS)}|[Yy]esterday)'s\b"
)
_AHEAD_OF = re.compile(r"\b(?:before|ahead\s+of|until|till|for)\s+$", re.IGNORECASE)
_SET_FOR = re.compile(r"\b(?:for|ahead\s+of)\s+$", re.IGNORECASE)
# A past verb in a clause: an auxiliary of the past, or a word in -ed that no "has"/"have" makes a perfect.
_PAST_IN_CLAUSE = re.compile(r"\b(?:had|was|were|did)\b|(?<!has )(?<!have )\b\w+ed\b", re.IGNORECASE)
# A season naming a noun after it ("the winter storms"): a lower-case word that is not a function word.
_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:and|or|but|if|unless|because|so|than|when|while|as|to|in|on|at|by|before|after|with|for|from|until|"
    r"of|that|which|is|was|were|"
    r"will|would|has|had|have|can|could|may|might|must|should|found|finds|showed|shows|said|says|suggests|"
    # (nor a verb in the past: "A survey in the spring found ..."; "the summer months" is a noun after it)
    r"[a-z]+ed)\b)[a-z]"
)
# First month of each season (northern hemisphere; winter is named by the year of its December).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_AGO = re.compile(rf"{_PREP}\b{_COUNT}\s+(day|week|month|year)s?\s+ago\b", re.IGNORECASE)
_AS_LONG_AS = re.compile(r"\b[Aa]s\s+long\s+as\s+$")
_OFFSET = re.compile(
    rf"{_PREP}\b(?:{_COUNT}\s+(day|week|month|year)s?\s+"
    # "a day earlier that she had ..." (a clause follows; not "earlier that week"); a word after it only where it
    # opens its sentence ("A week earlier the regulator fined ...", ``_BARE_OFFSET_END``); "before"/"after" only at
    # an end
    r"((?:earlier|later)(?=\s*[,.;:)]|\s*$|\s+that\s+(?!(?:day|week|month|year|morning|evening|night)\b)"
    r"|\s+(?!(?:that|than)\b)[A-Za-z])"
    r"|(?:before|after)(?=\s*[,.;:)]|\s*$))"
    r"|the\s+(previous|following|next)\s+(day|week|month|year)\b"
    # "up from 19 the year before" (at an end: "the week before the vote" counts from the vote)
    r"|the\s+(day|week|month|year)\s+before(?=\s*[,.;:)]|\s*$))",
    re.IGNORECASE,
)
# The words before the month that ends a period ("in the year to (31) January").
_PERIOD_TO = re.compile(r"\b(?:year|months|weeks)\s+(?:to|ending|ended)\s+(?:\d{1,2}\s+)?$", re.IGNORECASE)
# A time that ends a range opened before it ("between Friday and Sunday", "from Monday to Wednesday").
_RANGE_END = re.compile(r"\b(?:between|from)\b[^,.;]*\b(?:and|to|until)\s+$", re.IGNORECASE)
# A month's name ("in September").
_MONTH_BEFORE = re.compile(rf"\b({'|'.join(m.capitalize() for m in MONTHS)})\b")
# A year named by its distance from the article's ("last year"), and that distance.
_YEAR_BY_WORD = re.compile(r"\b(last|this|next)\s+year\b", re.IGNORECASE)
_YEAR_WORD_OFFSET = {"last": -1, "this": 0, "next": 1}
# What follows an "earlier"/"later" that only an offset opening its sentence may have: a word, no comma.
_BARE_OFFSET_END = re.compile(r"\s+(?!(?:that|than)\b)[A-Za-z]", re.IGNORECASE)
# The day named before, again ("later that day", "on the same day").
_THAT_DAY = re.compile(
    r"\b(?:(?:later|earlier)\s+that\s+day\b|(?:on\s+)?(?:that|the)\s+same\s+day\b(?!\s+(?:as|that|when)\b))",
    re.IGNORECASE,
)
# A preposition or a conjunction right after an offset, which ends it as a comma would ("a day earlier inside the
# stadium", "evacuated a day earlier to a sports hall", "searched the offices a day earlier and taken away files").
_PLACE_AFTER = re.compile(
    r"\s+(?:in|inside|outside|at|near|on|off|across|to|into|from|by|for|with|and|but"
    r"|after|before|because|following|amid|during|when|while)\s",
    re.IGNORECASE,
)
_CAPITAL_MONTHS = "|".join(m.capitalize() for m in MONTHS)
_MONTH_OF_THAT_YEAR = re.compile(rf"\b({_CAPITAL_MONTHS})\s+of\s+(?:that|the\s+same)\s+year\b")
_YEAR_AFTER = r"(?!\d|,?\s+(?:\d{1,2},?\s+)?\d{4}\b)"
_MONTH_WITHOUT_YEAR = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_CAPITAL_MONTHS})|({_CAPITAL_MONTHS})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?)"
    rf"\b{_YEAR_AFTER}"
)


# "the" right before a day that names a thing ("the March 21 general election"), and a lower-case noun after it.
_NAMES_A_THING = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|by|for|of|from|with|was|were|is|are|had|has|have|will|would|that|which)\b)[a-z]"
)


def _nearest_is_ahead(match: re.Match[str], published_on: date) -> bool:
    """Whether the day a month-and-day match names lies nearer ahead of the article date than behind it."""
    month = MONTHS.index((match.group(2) or match.group(3)).lower()) + 1
    day = int(match.group(1) or match.group(4))
    ahead_day = _safe_date(published_on.year + ((month, day) < (published_on.month, published_on.day)), month, day)
    behind_day = _safe_date(published_on.year - ((month, day) > (published_on.month, published_on.day)), month, day)
    if ahead_day is None or behind_day is None:
        return False
    return (ahead_day - published_on) < (published_on - behind_day)


# A month with a list of its days, without the year: "February 10, 11 and 12", "March 3 and 4".
_MONTH_DAYS = re.compile(
    rf"\b({_CAPITAL_MONTHS})\s+(\d{{1,2}})((?:,\s*\d{{1,2}})*,?\s+(?:and|or)\s+\d{{1,2}})\b{_YEAR_AFTER}"
    r"(?!\s+[a-z])"  # not "on March 3 and 40 people"
)
# A span of months whose last one says the year: "between March and September last year", "from May to July 2025".
_MONTH_RANGE = re.compile(
    rf"\b(?:between|from)\s+({_CAPITAL_MONTHS})\s+(?:and|to|until)\s+({_CAPITAL_MONTHS})"
    r"(?:\s+((?:19|20)\d\d)\b|\s+((?i:last|this|next))\s+year\b(?!'s)|\b(?!,?\s+\d))"
)
# A month with words that say its year: "April last year", "in March this year", "next September", "last March".
# An abbreviated month with a day, without its year (news agencies' style): "Nov. 20", "Sept 3".
_ABBREVIATED_MONTH_DAY = re.compile(
    rf"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR_AFTER}"
)
_MONTH_WITH_YEAR_WORD = re.compile(
    rf"\b(?:(?:({_CAPITAL_MONTHS})(?:\s+(\d{{1,2}}))?\s+((?i:last|this|next))\s+year\b(?!'s))"
    rf"|(?:((?i:last|next))\s+({_CAPITAL_MONTHS})\b{_YEAR_AFTER}))"
)


def _month_of_named_year(match: re.Match[str], published_on: date) -> str:
    """ "April last year" -> "April 2025"; "next September" -> "September 2027" when the article is of late 2026
    ("next"/"last" before a month: the nearest such month after/before the article date, not this one)."""
    if match.group(1):
        step = _YEAR_WORD_OFFSET[match.group(3).lower()]
        year = published_on.year + step
        if match.group(2):
            day = _safe_date(year, _month_number(match.group(1)), int(match.group(2)))
            return written_date(day) if day else f"{match.group(1)} {year}"
        return f"{match.group(1)} {year}"
    month = _month_number(match.group(5))
    if match.group(4).lower() == "next":
        year = published_on.year + (1 if month <= published_on.month else 0)
    else:
        year = published_on.year - (1 if month >= published_on.month else 0)
    return f"{match.group(5)} {year}"


_NORM_BEFORE = re.compile(r"\b(?:normal|average|usual|typical|every|each)\s+$", re.IGNORECASE)
_MONTH_LEAD = re.compile(
    r"\b(?:in|since|during|until|by|of|early|late|mid|last|next|from|before|after|and|or|to|through|as)\s+$", re.I
)


def written_date(day: date) -> str:
    """3 March 2026."""
    return f"{day.day} {MONTHS[day.month - 1].capitalize()} {day.year}"


def _written_month(year: int, month: int) -> str:
    return f"{MONTHS[month - 1].capitalize()} {year}"


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _period(anchor: date, unit: str, amount: int) -> tuple[str, str]:
    """(preposition, written period) ``amount`` units from ``anchor``: days and weeks as a date, months as
    "March 2026", years as "2026"."""
    unit = unit.lower()
    if unit == "day":
        return "on", written_date(anchor + timedelta(days=amount))
    if unit == "week":
        return "on", written_date(anchor + timedelta(weeks=amount))
    if unit == "month":
        return "in", _written_month(*_shift_months(anchor, amount))
    return "in", str(anchor.year + amount)


def _days_ahead(weekday: int, published_on: date, modifier: str) -> int:
    """Days from the article date to the weekday ahead: the article's own day for a bare weekday ("is due to visit
    on Monday" in a Monday's article: that day, as "on Monday" for the past is), a week on for "next"/"coming"."""
    days = (weekday - published_on.weekday()) % 7
    return days or (7 if modifier in ("next", "coming") else 0)


def _weekday_date(match: re.Match[str], published_on: date, future: bool) -> date:
    modifier = (match.group(2) or "").lower()
    weekday = WEEKDAYS.index(match.group(3).lower())
    if future or modifier in ("next", "coming"):
        return published_on + timedelta(days=_days_ahead(weekday, published_on, modifier))
    back = (published_on.weekday() - weekday) % 7
    return published_on - timedelta(days=back or (7 if modifier == "last" else 0))


def _weekday(match: re.Match[str], published_on: date, future: bool) -> tuple[str, str]:
    day = _weekday_date(match, published_on, future)
    part = match.group(4)
    return "on", (f"the {part.lower()} of {written_date(day)}" if part else written_date(day))


def _day_possessive(match: re.Match[str], published_on: date, future: bool) -> str:
    """ "Sunday's" -> "the 3 May 2026" (capitalised when it opens the text), "yesterday's" -> "the 2 March 2026"."""
    word = match.group(2).lower()
    if word == "yesterday":
        day = published_on - timedelta(days=1)
    else:
        modifier = (match.group(1) or "").lower()
        weekday = WEEKDAYS.index(word)
        if future or modifier in ("next", "coming") or _AHEAD_OF.search(match.string[: match.start()]):
            day = published_on + timedelta(days=_days_ahead(weekday, published_on, modifier))
        else:
            back = (published_on.weekday() - weekday) % 7
            day = published_on - timedelta(days=back or (7 if modifier == "last" else 0))
    opens = _opens_sentence(match.string[: match.start()])
    return f"{'The' if opens else 'the'} {written_date(day)}"


# A stop that ends no sentence: a clock time's "a.m."/"p.m." or a title's ("Dr.", "St.").
_ABBREVIATION_END = re.compile(r"(?:\b[ap]\.m|\b(?:Dr|Mr|Mrs|Ms|St|Prof|No|Gen|Col|Lt|Sgt|Capt))\.$", re.IGNORECASE)


def _opens_sentence(before: str) -> bool:
    """Whether a time written after ``before`` opens a sentence (so takes a capital)."""
    before = before.rstrip()
    if not before:
        return True
    if before[-1] in '"”' and len(before) > 1 and not before[-2].isspace():
        # a quotation closed: after a sentence's end ('... done." Last year'), not after its words ('had been
        # "largely implemented" by last summer')
        return before[-2] in ".!?"
    return before[-1] in '!?"“' or (before[-1] == "." and not _ABBREVIATION_END.search(before))


_DAY_OFFSETS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1}


def _day(match: re.Match[str], published_on: date) -> tuple[str, str]:
    phrase = " ".join(match.group(2).lower().split())
    day = written_date(published_on + timedelta(days=_DAY_OFFSETS.get(phrase, 0)))
    if phrase in ("last night", "tonight"):
        return "on", f"the night of {day}"
    if phrase.startswith("this "):
        return "on", f"the {phrase[5:]} of {day}"
    return ("earlier on" if phrase == "earlier today" else "on"), day


def _calendar_period(match: re.Match[str], published_on: date) -> tuple[str, str]:
    step = {"last": -1, "this": 0, "next": 1, "coming": 1}[match.group(3).lower()]
    unit = match.group(4).lower()
    if unit == "week":
        monday = published_on - timedelta(days=published_on.weekday()) + timedelta(weeks=step)
        period = f"the week of {written_date(monday)}"
    elif unit == "month":
        period = _written_month(*_shift_months(published_on, step))
    else:
        period = str(published_on.year + step)
    return (f"{match.group(2).lower()} in" if match.group(2) else "in"), period


def _weekend(published_on: date, which: str) -> str:
    """The Saturday and Sunday "this"/"coming"/"next" or "last"/"past" weekend names from the article date: "18-19
    April 2026" (the one under way on a weekend day; "next" on a weekend day is the one after it)."""
    weekday = published_on.weekday()  # Monday 0 ... Saturday 5, Sunday 6
    if which in ("last", "past"):
        saturday = published_on - timedelta(days=(weekday - 5) % 7 or 7)
        if weekday == 6:
            saturday -= timedelta(days=7)  # on a Sunday, "last weekend" is the one before this one
    else:
        saturday = published_on - timedelta(days=1) if weekday == 6 else published_on + timedelta(days=5 - weekday)
        if which == "next" and weekday >= 5:
            saturday += timedelta(days=7)
    sunday = saturday + timedelta(days=1)
    if saturday.month == sunday.month:
        return f"{saturday.day}-{written_date(sunday)}"
    if saturday.year == sunday.year:
        return f"{saturday.day} {MONTHS[saturday.month - 1].capitalize()}-{written_date(sunday)}"
    return f"{written_date(saturday)}-{written_date(sunday)}"


def _season(match: re.Match[str], published_on: date, future: bool) -> tuple[str, str]:
    """ "last autumn" -> "autumn 2025"; "this summer", "next spring", "by the summer" (ahead when ``future``)."""
    modifier = match.group(2).lower()
    label = _season_label(modifier, match.group(3).lower(), published_on, future)
    if modifier == "the" and _BEFORE_NOUN.match(match.string, match.end()):
        return "", f"the {label}"  # "since the winter storms" -> "since the winter 2023-24 storms"
    return "in", label


def _season_label(modifier: str, name: str, published_on: date, future: bool) -> str:
    """The season ``modifier`` ("last", "this", "next", "coming", "the") and ``name`` say, with its year."""
    start_month = _SEASON_START[name]
    month = published_on.month
    # the year of the season's start that contains or last precedes the article date (a winter starts in December)
    year = published_on.year if month >= start_month else published_on.year - 1
    current = month in (12, 1, 2) if start_month == 12 else start_month <= month < start_month + 3
    if modifier == "last":
        year -= 1 if current else 0
    elif modifier in ("next", "coming") or (modifier in ("the", "this") and future and not current):
        year += 1
    elif modifier == "this" and not current and (start_month != 12 or month >= 9):
        year += 1 if start_month == 12 or month < start_month else 0  # "this summer" in March, "this winter" in
        # November: the one to come; "this summer" in November: the one just gone
    return f"{name} {year}-{(year + 1) % 100:02d}" if start_month == 12 else f"{name} {year}"


def _month(match: re.Match[str], published_on: date, future: bool) -> tuple[str, str] | None:
    day_text = match.group(1) or match.group(4)
    name = match.group(2) or match.group(3)
    if name == "May" and not day_text and not _MONTH_LEAD.search(match.string[: match.start()]):
        return None  # "May" without a day or a preposition is too often the modal
    if not day_text and _NORM_BEFORE.search(match.string[: match.start()]):
        return None  # "its normal March rainfall", "an average July": every year's month, no one date
    return _month_day(MONTHS.index(name.lower()) + 1, int(day_text) if day_text else None, published_on, future)


def _month_day(month: int, day_given: int | None, published_on: date, future: bool) -> tuple[str, str] | None:
    """A month (and day) without its year written with the year: the one before the article date, or after it
    when ``future``."""
    day = day_given or 1
    year = published_on.year
    if future and (month, day) < (published_on.month, published_on.day):
        year += 1
    elif not future and (month, day) > (published_on.month, published_on.day):
        year -= 1
    if day_given:
        resolved = _safe_date(year, month, day)
        return ("", written_date(resolved)) if resolved else None
    return "", _written_month(year, month)


# A word each pattern cannot match without (lower case): a text without it is not scanned. The optional
# preposition that opens most patterns gives the regex engine no literal to skip ahead to, so a scan tries every
# position; most sentences hold none of these words.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _OFFSET: ("earlier", "later", "before", "after", "previous", "following", "next"),
    _AGO: ("ago",),
    _DAY_PHRASE: ("yesterday", "night", "today", "tonight", "morning", "afternoon", "evening"),
    _WEEKDAY_PHRASE: ("day",),
    _PERIOD_PHRASE: ("week", "month", "year"),
    _WEEKEND_PHRASE: ("weekend",),
    _PAST_PERIOD: ("past", "last"),
    _SEASON_PHRASE: ("spring", "summer", "autumn", "fall", "winter"),
    _SEASON_POSSESSIVE: ("'s",),
    _YEAR_POSSESSIVE: ("year's",),
    _MONTH_POSSESSIVE: ("month's",),
    _DAY_POSSESSIVE: ("day's",),
    _PART_OF_PERIOD: (" of the year", " of the month"),
}


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'-]*\s+$")


def _in_a_name(text: str, match: re.Match[str]) -> bool:
    """A day word written with a capital inside a name, not opening a sentence ("the newspaper Harlen Today", "USA
    Today"): no time."""
    for word in re.finditer(r"\b(Today|Tonight|Yesterday)\b", match.group()):
        at = match.start() + word.start()
        before = text[:at]
        if before.strip() and before.rstrip()[-1] not in '.!?"“”:' and _NAME_BEFORE.search(before):
            return True
    return False


def _scan(pattern: re.Pattern[str], text: str, lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing when ``lower`` (the text in lower case) lacks the words it needs."""
    if any(word in lower for word in _NEEDS[pattern]):
        yield from pattern.finditer(text)


def relative_time_edits(
    text: str,
    published_on: date | None,
    *,
    future: bool | Callable[[int], bool] = False,
    reference: date | None = None,
    reference_year: int | None = None,
    year_named: int | None = None,
) -> list[tuple[int, int, str]]:
    """Relative times in ``text`` written out as dates: ``(start, end, replacement)`` character edits, in order.
    "March of that year" takes the year the text named last, else ``year_named`` (the year the article named last
    before it), else ``reference_year``.

    Against the article date: "on Tuesday" -> "on 3 March 2026" (forwards when ``future``), "yesterday",
    "last night" -> "on the night of 2 March 2026", "last week" -> "in the week of 23 February 2026", "this weekend"
    -> "on the weekend of 7-8 March 2026", "last month",
    "this year", "by the end of the year", "two weeks ago", a month or day without its year ("since October",
    "on 12 March"). Against ``reference`` (the event the article reported last; else the article date): "a day
    earlier", "the following week"; a year counted so from the year the text named before it ("in 2021 ... two years
    later"), else "the following/previous year" from ``reference_year`` (the year the sentence before gave its
    event: "imposed limits in 2023"), else as a day is. A preposition before the expression is kept. Nothing
    without an article date. ``future`` may be a function of an expression's start offset, for a text whose verbs
    differ in tense.
    """
    if published_on is None:
        return []
    ahead: Callable[[int], bool] = future if callable(future) else (lambda _start: future)
    anchor = reference or published_on
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def day_named_before(end: int) -> date | None:
        """The day the last weekday before offset ``end`` names ("said on Thursday that ..."), if there is one."""
        weekdays = list(_WEEKDAY_PHRASE.finditer(text, 0, end))
        return _weekday_date(weekdays[-1], published_on, ahead(weekdays[-1].start())) if weekdays else None

    def add(match: re.Match[str], written: tuple[str, str] | None) -> None:
        if written is None or any(s < match.end() and match.start() < e for s, e in taken):
            return
        if _in_a_name(text, match):
            return
        preposition, period = written
        kept = match.group(1)
        if (
            not kept
            and _SUBJECT_TIME.match(text, match.end())
            and _CLAUSE_OPENING.search(text, 0, match.start())
            and preposition in ("in", "on")
            and not _SO_FAR.search(text, 0, match.start())
        ):
            preposition = ""  # the time is the subject: "Last year was the wettest" -> "2024 was the wettest"
        slot = _MODIFIER_SLOT.search(text, 0, match.start())
        if (
            slot is not None
            and slot.group().strip().lower() in ("this", "that")
            and _NO_NOUN_AFTER.match(text, match.end())
        ):
            slot = None  # "were warned about this last year,": "this" is what was warned of, no determiner of the time
        if not kept and (slot is not None or text.startswith(("'s", "’s"), match.end())):
            # (or a possessor: "double the previous year's deficit" -> "double 2025's deficit")
            preposition = (
                ""  # the time names a noun: "the paper's Tuesday edition" -> "the paper's 24 November 2026 edition"
            )
        if not kept and _RANGE_END.search(text, 0, match.start()):
            preposition = ""  # "between Friday and Sunday": the range's preposition is the first day's
        words = f"{kept} {period}" if kept else " ".join(w for w in (preposition, period) if w)
        if _opens_sentence(text[: match.start()]):
            # opening a sentence: "A day earlier, ..." -> "On 3 March 2026, ..."
            words = words[0].upper() + words[1:]
        edits.append((match.start(), match.end(), words))
        taken.append((match.start(), match.end()))

    for m in _MONTH_RANGE.finditer(text):
        # the first month of the span is in the year the span ends in (or, across a new year, the one before); a
        # span without a year ends in the last such month before the article date (after it, ahead)
        first, last = MONTHS.index(m.group(1).lower()), MONTHS.index(m.group(2).lower())
        if m.group(3):
            year = int(m.group(3))
        elif m.group(4):
            year = published_on.year + _YEAR_WORD_OFFSET[m.group(4).lower()]
        else:
            ends = _month_day(last + 1, None, published_on, ahead(m.start(2)))
            year = int(ends[1].split()[-1]) if ends else published_on.year
        edits.append((m.start(1), m.end(1), f"{m.group(1)} {year - 1 if first > last else year}"))
        taken.append((m.start(1), m.end(1)))
        if not m.group(3):
            edits.append((m.start(2), m.end(), f"{m.group(2)} {year}"))
            taken.append((m.start(2), max(m.end(), m.end(2))))
    for m in _MONTH_OF_THAT_YEAR.finditer(text):
        # "in March of that year" after "a robbery in 2025": the year the text (or the sentence before) named
        named = A_YEAR.findall(text, 0, m.start())
        that_year = int(named[-1]) if named else (year_named if year_named is not None else reference_year)
        taken.append((m.start(), m.end()))
        if that_year is not None:
            edits.append((m.start(), m.end(), f"{m.group(1)} {that_year}"))
    for m in _MONTH_WITH_YEAR_WORD.finditer(text):
        # "April last year" / "next September" / "last March": the month with the year the words name (first, so
        # that "last year" is not read on its own)
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        written = _month_of_named_year(m, published_on)
        if m.group(4) and not _MONTH_LEAD.search(text[: m.start()]):
            written = f"in {written}"  # "began last March" -> "began in March 2026"
        if not text[: m.start()].strip():
            written = written[0].upper() + written[1:]
        edits.append((m.start(), m.end(), written))
        taken.append((m.start(), m.end()))
    lower = text.lower()
    for m in _scan(_OFFSET, text, lower):
        if (
            m.group(4)
            and _BARE_OFFSET_END.match(text, m.end())
            and text[: m.start()].strip()
            and not ((m.group(3) or "").lower() in ("day", "week") and _PLACE_AFTER.match(text, m.end()))
        ):
            # "rose from a year earlier the company said": only "A week earlier the regulator ..." opens one (and
            # "detained a day earlier inside the stadium" ends one, before where)
            continue
        unit = (m.group(3) or m.group(6) or m.group(7)).lower()
        # "said on Thursday that it had sent inspectors a day earlier": a day before the day the text named
        start = (day_named_before(m.start()) if unit in ("day", "week") else None) or anchor
        if unit == "year":
            # "closed in 2021 and reopened two years later"; "the following year" after a sentence about 2023 (not
            # "up from 41 million a year earlier", which compares with the period the claim reports)
            named = A_YEAR.findall(text, 0, m.start())
            # ("412 million last year, up 23 percent on a year earlier": the year before the one those words name)
            words = _YEAR_BY_WORD.findall(text, 0, m.start())
            counted_from = (
                int(named[-1])
                if named
                else published_on.year + _YEAR_WORD_OFFSET[words[-1].lower()]
                if words
                else (reference_year if m.group(5) or m.group(7) else None)
            )
            start = date(counted_from, 1, 1) if counted_from else anchor
        if unit == "month" and (months_before := list(_MONTH_BEFORE.finditer(text, 0, m.start()))):
            # "3 percent in March and 2.6 percent a month earlier": counted from the month the text named
            number = MONTHS.index(months_before[-1].group(1).lower()) + 1
            year_after = re.match(r",?\s+((?:19|20)\d\d)\b", text[months_before[-1].end() :])
            year = int(year_after.group(1)) if year_after else published_on.year - (number > published_on.month)
            start = date(year, number, 1)
        named_months = list(_MONTH_BEFORE.finditer(text, 0, m.start())) if unit == "year" and m.group(2) else []
        if (
            named_months
            and _count(m.group(2)) == 1
            and not A_YEAR.search(text, 0, m.start())
            and not _PERIOD_TO.search(text, 0, named_months[-1].start())
        ):
            # "rose 6.3 percent in September from a year earlier": that month of the year before (not "in the year
            # to January 31", a year's figure)
            number = MONTHS.index(named_months[-1].group(1).lower()) + 1
            year = published_on.year - (number > published_on.month)
            sign = -1 if m.group(4).lower() in ("earlier", "before") else 1
            add(m, ("in", _written_month(year + sign, number)))
            continue
        if m.group(2):
            sign = -1 if m.group(4).lower() in ("earlier", "before") else 1
            if sign > 0 and unit in ("day", "week") and not ahead(m.start()):
                later = start + timedelta(days=_count(m.group(2)) * (7 if unit == "week" else 1))
                if published_on is not None and later > published_on:
                    continue  # "Their letter came three weeks later": later than what, no date after the article's
            add(m, _period(start, m.group(3), sign * _count(m.group(2))))
        else:
            add(m, _period(start, unit, -1 if (m.group(5) or "previous").lower() == "previous" else 1))
    for m in _THAT_DAY.finditer(text):
        # "told parliament later that day" after "rejected the accusation on Tuesday": the day named last in the
        # text, else the day of the event reported last; nothing without one
        day = day_named_before(m.start()) or reference
        if day is not None and not any(s < m.end() and m.start() < e for s, e in taken):
            edits.append(
                (m.start(), m.end(), f"{'On' if _opens_sentence(text[: m.start()]) else 'on'} {written_date(day)}")
            )
            taken.append((m.start(), m.end()))
    for m in _scan(_AGO, text, lower):
        ago = _period(published_on, m.group(3), -_count(m.group(2)))
        long_ago = _AS_LONG_AS.search(text, 0, m.start())
        if long_ago is not None and not m.group(1) and not any(s < m.end() and m.start() < e for s, e in taken):
            # "as long as 18 months ago" -> "as long ago as April 2025" ("as long as April 2025" is a condition)
            edits.append(
                (long_ago.start(), m.end(), f"{text[long_ago.start() : long_ago.start() + 2]} long ago as {ago[1]}")
            )
            taken.append((long_ago.start(), m.end()))
            continue
        add(m, ago)
    for m in _scan(_DAY_PHRASE, text, lower):
        add(m, _day(m, published_on))
    for m in _scan(_WEEKDAY_PHRASE, text, lower):
        if _DATE_AFTER_WEEKDAY.match(text, m.end()):
            continue  # "on Sunday, September 27": the date says which Sunday (and is written out itself)
        if _NAME_AFTER_WEEKDAY.match(text, m.end()) and re.search(r"\b[Tt]he\s+$", text[: m.start(3)]):
            continue  # "The Sunday Clarion reported": a newspaper's name, no day
        # a day something is called, set or scheduled "for" lies ahead whatever the tense ("has called a strike for
        # Thursday")
        scheduled = (m.group(1) or "").lower() in ("for", "ahead of") or (
            # "has warned of more downpours until Thursday": the end of a span that runs from now (not "had made it
            # impossible until the morning of Monday", a span in the past)
            (m.group(1) or "").lower() in ("until", "till")
            and not _PAST_IN_CLAUSE.search(re.split(r"[.;:]", text[: m.start()])[-1])
        )
        add(m, _weekday(m, published_on, scheduled or ahead(m.start())))
    for m in _scan(_PAST_PERIOD, text, lower):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            opens = not text[: m.start()].strip()
            unit = m.group(1).lower()
            if unit == "year" and published_on.month == 1:
                written = str(published_on.year - 1)  # in January, "the past year" is the one just ended
            else:
                written = f"{'The' if opens else 'the'} {unit} to {written_date(published_on)}"
            edits.append((m.start(), m.end(), written))
            taken.append((m.start(), m.end()))
    for m in _scan(_PERIOD_PHRASE, text, lower):
        add(m, _calendar_period(m, published_on))
    for m in _scan(_WEEKEND_PHRASE, text, lower):
        add(m, ("on", f"the weekend of {_weekend(published_on, m.group(2).lower())}"))
    for m in _scan(_SEASON_POSSESSIVE, text, lower):
        # the season as a modifier of the possessive's noun, with its year
        label = _season_label(m.group(1).lower(), m.group(2).lower(), published_on, ahead(m.start()))
        opens = not text[: m.start()].strip()
        edits.append((m.start(), m.end(), f"{'The' if opens else 'the'} {label}"))
        taken.append((m.start(), m.end()))
    for m in _scan(_SEASON_PHRASE, text, lower):
        if m.group(3).lower() == "fall" and (
            (m.group(2).lower() == "the" and not m.group(1)) or _FALL_IN.match(text, m.end())
        ):
            continue  # "the fall was the result of ...", "after the fall in prices": a drop, no season
        add(m, _season(m, published_on, ahead(m.start())))
    for m in _scan(_YEAR_POSSESSIVE, text, lower):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            step = _YEAR_WORD_OFFSET[m.group(1).lower()]
            edits.append((m.start(), m.end(), f"{published_on.year + step}'s"))
            taken.append((m.start(), m.end()))
    for m in _scan(_MONTH_POSSESSIVE, text, lower):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            step = _YEAR_WORD_OFFSET[m.group(1).lower()]
            opens = not text[: m.start()].strip()
            month_named = _written_month(*_shift_months(published_on, step))
            edits.append((m.start(), m.end(), f"{'The' if opens else 'the'} {month_named}"))
            taken.append((m.start(), m.end()))
    for m in _scan(_DAY_POSSESSIVE, text, lower):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            edits.append((m.start(), m.end(), _day_possessive(m, published_on, ahead(m.start()))))
            taken.append((m.start(), m.end()))
    for m in _ABBREVIATED_MONTH_DAY.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken) and int(m.group(2)) <= 31:
            number = next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(m.group(1).lower()[:3]))
            abbreviated = _month_day(number, int(m.group(2)), published_on, ahead(m.start()))
            if abbreviated is not None:
                edits.append((m.start(), m.end(), abbreviated[1]))
                taken.append((m.start(), m.end()))
    for m in _MONTH_DAYS.finditer(text):
        # "February 10, 11 and 12" -> "10, 11 and 12 February 2026": the list's days before its month and year
        days = [int(d) for d in re.findall(r"\d+", m.group(2) + m.group(3))]
        if days != sorted(set(days)) or days[-1] > 31:
            continue
        if not any(s < m.end() and m.start() < e for s, e in taken):
            opening = _month_day(MONTHS.index(m.group(1).lower()) + 1, days[0], published_on, ahead(m.start()))
            if opening is not None:
                month_year = opening[1].split(" ", 1)[1]
                edits.append((m.start(), m.end(), f"{m.group(2)}{m.group(3)} {month_year}"))
                taken.append((m.start(), m.end()))
    for m in _MONTH_WITHOUT_YEAR.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            # a day something is called or set "for" lies ahead whatever the tense ("have called a general strike for
            # 19 February"), as a weekday does
            scheduled = bool(m.group(1) or m.group(4)) and _SET_FOR.search(text, 0, m.start()) is not None
            if (
                (m.group(1) or m.group(4))
                and _NAMES_A_THING.search(text, 0, m.start())
                and _NOUN_AFTER.match(text, m.end())
            ):
                # "before the March 21 general election": a day that names a thing, not when the verb's act was;
                # the one nearest the article date
                scheduled = _nearest_is_ahead(m, published_on)
            month = _month(m, published_on, scheduled or ahead(m.start()))
            if month is not None:
                edits.append((m.start(), m.end(), month[1]))
                taken.append((m.start(), m.end()))
    for m in _scan(_PART_OF_PERIOD, text, lower):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        # the year the text named last before it ("promised in March [2025] that waits would fall by the end of the
        # year" is 2025's end), else the article's
        named = sorted(
            [(y.start(), y.group()) for y in A_YEAR.finditer(text, 0, m.start())]
            + [(s, y) for s, _, words in edits if s < m.start() for y in A_YEAR.findall(words)]
        )
        if m.group(2).lower() == "year":
            period = named[-1][1] if named else str(published_on.year)
        elif not named:
            period = _written_month(published_on.year, published_on.month)
        else:
            continue  # "the end of the month" after another date: which month is not sure
        edits.append((m.start(), m.end(), f"{m.group(1)}{period}"))
        taken.append((m.start(), m.end()))
    return sorted(edits)
