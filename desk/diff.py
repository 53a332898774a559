"""Line diff between two snapshots' texts for the admin. Returns plain strings; templates escape them."""

import difflib
from dataclasses import dataclass

DIFF_CONTEXT_LINES = 3


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "hunk", "add", "del" or "same"
    text: str


def text_diff(old: str, new: str, *, context: int = DIFF_CONTEXT_LINES) -> list[DiffLine]:
    """Unified diff of ``old`` -> ``new`` by line, without the file header lines. Empty when equal."""
    lines = list(difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=context))
    result = []
    for line in lines[2:]:  # the first two are the "---" / "+++" file header
        if line.startswith("@@"):
            result.append(DiffLine("hunk", line))
        elif line.startswith("+"):
            result.append(DiffLine("add", line[1:]))
        elif line.startswith("-"):
            result.append(DiffLine("del", line[1:]))
        else:
            result.append(DiffLine("same", line[1:]))
    return result
