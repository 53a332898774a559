"""Text preparation shared by the lexical and the semantic stage."""

import re

# A tweet's byline as the CheckThat! data has it: "... — Name (@handle) February 25, 2016".
_BYLINE = re.compile(r"\s+[—–-]\s+[^—–]{0,80}\(@\w+\)\s+\w+ \d{1,2}, \d{4}\s*$")
_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|www\.\S+")
_HANDLE = re.compile(r"@(\w+)")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_COMPOUND = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")

_STOPWORD_TEXT = """
    a about above after again against all am an and any are as at be because been before being below between both
    but by can did do does doing down during each few for from further had has have having he her here hers herself
    him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves rt amp says said say
"""
# English function words (and tweet noise: rt, amp) left out of the lexical stage.
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def byline(text: str) -> str:
    """A tweet's byline ("— Name (@handle) February 25, 2016"), "" when the text has none."""
    found = _BYLINE.search(text or "")
    return found.group() if found else ""


def clean(text: str) -> str:
    """The text a matcher should see: without a tweet's byline, links and the @ of handles."""
    text = _BYLINE.sub("", text or "")
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(r"\1", text)
    return _SPACE.sub(" ", text).strip()


def _stem(word: str) -> str:
    """A light suffix stripper (plural, -ing, -ed, then a final e): "bridges"/"bridge" and "closed"/"closing"/
    "close" meet, which joins tweets to fact-checks that word the claim differently often enough."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)] + keep
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed content words of ``clean(text)``; a hyphenated compound gives its parts and, after
    them all, the compound written as one word ("health-care" -> health, care, ..., healthcare), so it meets the
    text that writes it closed up as well as the one that writes the parts apart."""
    text = clean(text).lower().replace("’", "'")
    words = [_stem(w.split("'")[0]) for w in _WORD.findall(text) if w not in STOPWORDS and len(w) > 1]
    return words + [_stem(compound.replace("-", "")) for compound in _COMPOUND.findall(text)]
