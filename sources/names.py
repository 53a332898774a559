"""The one normal form of a name (a source, a claimer, an entity) used to match names against the source registry."""

import re

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def source_key(name: str) -> str:
    """How a name is matched: one space between words, no surrounding punctuation, no leading article or trailing
    possessive, casefolded. ``"  The  Sahel Monitor's"`` -> ``"sahel monitor"``."""
    name = re.sub(r"\s+", " ", name).strip().strip('.,;:"“”')
    name = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", name))
    return name.strip().casefold()
