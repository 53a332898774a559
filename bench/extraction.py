"""Extraction speed: the whole claim pipeline vs raw spaCy ``nlp.pipe`` on the same ~1 MB of news text.

Run: .venv/bin/python bench/extraction.py [--mb 1.0] [--rounds 3]   (also run by `make bench`)
The text is built from the project's own examples/ articles and sentences written here, varied per copy.
Prints both rates (characters per second, the fastest of alternating rounds), each round's ratio, and pipeline
rate / raw rate (goal >= 0.8).
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")

import django  # noqa: E402

django.setup()

from claims.extraction.nlp import get_nlp  # noqa: E402
from claims.extraction.pipeline import extract_from_doc  # noqa: E402
from claims.extraction.scoring import get_scorer  # noqa: E402
from claims.extraction.text import parse_plain_text  # noqa: E402

PLACES = ["Valdoria", "Porto Lino", "Aldport", "Kestria", "Maren", "Tessaly", "Orvik", "Sund"]
GROUPS = ["the Red Cross", "Border Watch", "the health ministry", "the interior ministry", "local officials"]
EXTRA = [
    "Last night, drones operated by the army targeted a fuel depot near {place}, officials said.",
    "With casualties yet to be confirmed, the operation marks a turning point for {place}.",
    "{group} said at least {n} people had been displaced by the fighting on Tuesday.",
    "The town, now under the control of the rebels, was shelled again yesterday.",
    "According to {group}, {n} schools were closed in March because of the floods.",
    "The government will likely extend the curfew in {place} beyond the end of the month.",
    "Residents reportedly fled across the river, but the figure could not be independently verified.",
    "{group} accused the police of using excessive force against protesters in {place}.",
    "The recent seizure of the airport by the rebels has cut the city off from aid.",
    "The ministry denied that troops had entered {place} on Sunday.",
]


def corpus(target_bytes: int) -> list[str]:
    """Articles of roughly 2-4 KB each until ``target_bytes`` of text."""
    examples = [parse_plain_text(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "examples").glob("*.txt"))]
    articles: list[str] = []
    size = 0
    i = 0
    while size < target_bytes:
        place = PLACES[i % len(PLACES)]
        group = GROUPS[i % len(GROUPS)]
        extra = " ".join(
            s.format(place=place, group=group, n=12 + 7 * i % 900) for s in EXTRA[i % 3 :] + EXTRA[: i % 3]
        )
        article = examples[i % len(examples)].replace("Valdoria", place).replace("Aldport", place)
        article = f"{article}\n\n{extra}"
        articles.append(article)
        size += len(article.encode("utf-8"))
        i += 1
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="alternating raw/pipeline rounds (fastest kept)")
    args = parser.parse_args()
    nlp = get_nlp()
    scorer = get_scorer()
    texts = corpus(int(args.mb * 1_000_000))
    chars = sum(len(t) for t in texts)
    list(nlp.pipe(texts[:4]))  # warm-up
    for doc in nlp.pipe(texts[:4]):
        extract_from_doc(doc, scorer=scorer)

    # Rounds alternate raw and pipeline, and each keeps its fastest round: on a shared virtual machine the CPU a
    # process gets drifts over tens of seconds, which one pass of each would read as a difference between them.
    raw_seconds = pipeline_seconds = float("inf")
    ratios = []
    claims = 0
    for _ in range(args.rounds):
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        raw_round = time.perf_counter() - started

        started = time.perf_counter()
        claims = 0
        for doc in nlp.pipe(texts, batch_size=args.batch_size):
            claims += len(extract_from_doc(doc, scorer=scorer))
        pipeline_round = time.perf_counter() - started
        ratios.append(raw_round / pipeline_round)
        raw_seconds, pipeline_seconds = min(raw_seconds, raw_round), min(pipeline_seconds, pipeline_round)

    raw_rate = chars / raw_seconds
    pipeline_rate = chars / pipeline_seconds
    print(f"text: {len(texts)} articles, {chars:,} characters; {claims} claims; scorer {scorer.name}")
    print(f"raw nlp.pipe: {raw_seconds:.2f}s, {raw_rate:,.0f} chars/s (fastest of {args.rounds} rounds)")
    print(f"pipeline:     {pipeline_seconds:.2f}s, {pipeline_rate:,.0f} chars/s (fastest of {args.rounds} rounds)")
    print(f"each round's ratio: {', '.join(f'{r:.2f}' for r in ratios)}")
    print(f"ratio pipeline/raw: {pipeline_rate / raw_rate:.2f} (goal >= 0.8)")


if __name__ == "__main__":
    main()
