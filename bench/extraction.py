"""Extraction speed: the whole claim pipeline vs raw spaCy ``nlp.pipe`` on the same ~1 MB of news text.

Run: .venv/bin/python bench/extraction.py [--mb 1.0] [--rounds 3]   (also run by `make bench`)
The text is built from the project's own examples/ articles and sentences written here, varied per copy.
Two raw legs: stock spaCy (the model as ``spacy.load`` gives it, ``load_stock_nlp``) and the project's parse alone
(``get_nlp``: the same model set up for speed, same outputs). Prints each leg's rate (characters per second, the
fastest of alternating rounds), each round's ratios, and the pipeline's rate over each raw leg's (goal >= 0.8).
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
from spacy.language import Language  # noqa: E402

django.setup()

from claims.extraction.nlp import get_nlp, load_stock_nlp  # noqa: E402
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
    stock = load_stock_nlp()
    scorer = get_scorer()
    texts = corpus(int(args.mb * 1_000_000))
    chars = sum(len(t) for t in texts)
    list(stock.pipe(texts[:4]))  # warm-up
    for doc in nlp.pipe(texts[:4]):
        extract_from_doc(doc, scorer=scorer)

    def raw(model: Language) -> float:
        started = time.perf_counter()
        for _ in model.pipe(texts, batch_size=args.batch_size):
            pass
        return time.perf_counter() - started

    # Rounds alternate the legs, and each keeps its fastest round: on a shared virtual machine the CPU a process
    # gets drifts over tens of seconds, which one pass of each would read as a difference between them.
    best = {"stock": float("inf"), "parse": float("inf"), "pipeline": float("inf")}
    ratios = []
    claims = 0
    for _ in range(args.rounds):
        stock_round = raw(stock)
        parse_round = raw(nlp)
        started = time.perf_counter()
        claims = 0
        for doc in nlp.pipe(texts, batch_size=args.batch_size):
            claims += len(extract_from_doc(doc, scorer=scorer))
        pipeline_round = time.perf_counter() - started
        ratios.append((stock_round / pipeline_round, parse_round / pipeline_round))
        for leg, seconds in (("stock", stock_round), ("parse", parse_round), ("pipeline", pipeline_round)):
            best[leg] = min(best[leg], seconds)

    print(f"text: {len(texts)} articles, {chars:,} characters; {claims} claims; scorer {scorer.name}")
    labels = {
        "stock": "stock spaCy nlp.pipe:  ",
        "parse": "project's parse alone: ",
        "pipeline": "whole pipeline:        ",
    }
    for leg, label in labels.items():
        print(f"{label}{best[leg]:.2f}s, {chars / best[leg]:,.0f} chars/s (fastest of {args.rounds} rounds)")
    print(f"each round's ratio to stock / to the parse: {', '.join(f'{a:.2f} / {b:.2f}' for a, b in ratios)}")
    print(f"ratio pipeline/stock spaCy: {best['stock'] / best['pipeline']:.2f} (goal >= 0.8)")
    print(f"ratio pipeline/the project's parse alone: {best['parse'] / best['pipeline']:.2f} (the rules' share)")


if __name__ == "__main__":
    main()
