"""Ingest at newsroom scale: generated news articles submitted in bulk until every article is extracted and every
claim triaged with its review tasks, against raw spaCy ``nlp.pipe`` over the same texts in the same run.

Run: .venv/bin/python bench/ingest.py [--articles 2000] [--workers 1,2] [--skip-embedded]   (also run by `make bench`)

Legs, each in its own process, all on one corpus (``--articles`` distinct articles built from sentence templates
written for this script, with varied places, people, groups, figures and dates; 2,000 articles are ~5.3 M
characters):

* raw: ``nlp.pipe`` over the texts in one process (the reference rate, characters per second); it also counts the
  corpus's sentences.
* postgres-cN: a throwaway PostgreSQL database and Redis, one Celery worker (prefork, ``-c N``) consuming the
  run's queues; this process submits the articles through ``verifier.intake.articles_intake`` (the path of
  ``manage.py ingest`` and the API's bulk import) in chunks and waits until none is pending.
* embedded: the embedded default (a SQLite file, tasks in-process after each chunk's commit), same submission.

Prints per leg: seconds, characters/s, ratio to raw (goals: postgres >= 0.5, embedded >= 0.35), the time 300,000
sentences would take at that rate, the CPU seconds of the worker processes against raw spaCy's (on a busy machine
the legs' wall-clock rates are not comparable, their CPU is), and the peak RSS of each worker process; fails (exit 1)
if a worker process grew more than 20 % between the first and the last ``--window`` articles (default 1,000, at most
half the corpus).
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from _proc import children, cpu_seconds  # bench/_proc.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
BROKER_URL = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/0")
# A tag in the throwaway database's and queue's names (several people benchmarking on one server).
TAG = os.environ.get("BENCH_TAG", "run")
DB_NAME = f"bench_ingest_{TAG}_{os.getpid()}"
QUEUE = f"bench-ingest-{TAG}-{os.getpid()}"
SUBMIT_CHUNK = 200
POLL_SECONDS = 0.5
GROWTH_LIMIT = 0.20
DAY_SENTENCES = 300_000
GOALS = {"postgres": 0.5, "embedded": 0.35}

# --- Corpus -----------------------------------------------------------------------------------------------------
PLACES = [
    "Valdoria",
    "Porto Lino",
    "Aldport",
    "Kestria",
    "Maren",
    "Tessaly",
    "Orvik",
    "Sund",
    "Bramholt",
    "Celun",
    "Dravik",
    "Estova",
    "Farrow Bay",
    "Gellin",
    "Hollin",
    "Istra",
    "Jarnow",
    "Kelso Ridge",
    "Lunet",
    "Mirova",
]
PEOPLE = [
    "Ana Ribeiro",
    "Tomas Hale",
    "Mira Okafor",
    "Jonas Petrov",
    "Leila Haddad",
    "Samuel Osei",
    "Ines Duarte",
    "Viktor Lind",
    "Nadia Farouk",
    "Pavel Novak",
    "Grace Mbeki",
    "Oskar Berg",
    "Rosa Alvarez",
    "Elias Moreau",
]
ROLES = [
    "the interior minister",
    "the regional governor",
    "the army spokesman",
    "the mayor",
    "the finance minister",
    "the police chief",
    "the health minister",
    "an opposition leader",
]
GROUPS = [
    "the Red Cross",
    "Border Watch",
    "the health ministry",
    "the interior ministry",
    "local officials",
    "the United Nations refugee agency",
    "Amnesty International",
    "the port authority",
    "the electoral board",
    "the central bank",
    "a coalition of aid groups",
    "the teachers' union",
]
OUTLETS = ["Meridian Wire", "The Valdoria Post", "Northern Herald", "Coastline Daily", "Capital Tribune"]
WEEKDAYS = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "last night",
    "yesterday",
    "earlier this week",
]
TOPICS = ["floods", "fighting", "strike", "election", "drought", "protests", "fuel shortage", "bridge collapse"]
SENTENCES = [
    "{group} said at least {n} people had been killed in {place} {day}.",
    "According to {group}, {n} families were displaced by the {topic} {day}.",
    "{person}, {role}, said {day} that {n} troops had been sent to {place}.",
    "{group} accused the police of using excessive force against protesters in {place}.",
    "The figure could not be independently verified.",
    "Residents reportedly fled across the river after the {topic} reached {place}.",
    "The ministry denied that soldiers had entered {place} {day}.",
    "{person} told reporters that the government would likely extend the curfew in {place}.",
    "Unemployment in {place} rose to {pct} percent in {month}, the statistics office said.",
    "The town, now under the control of rebel forces, was shelled again {day}.",
    "Prices of bread and fuel have risen by {pct} percent since {month}, {group} said.",
    "{group} estimated that {n} homes had been damaged and {m} schools closed.",
    "Officials said the death toll could rise as rescue teams reach remote villages near {place}.",
    "{person} described the situation in {place} as the worst in a decade.",
    "Witnesses said the convoy was hit by a drone strike near {place} {day}.",
    "The central bank raised its main interest rate to {pct} percent {day}.",
    "Turnout in the {place} district was {pct} percent, according to the electoral board.",
    "{group} said it had delivered {n} tonnes of food aid to {place} since {month}.",
    "{person} accused {group} of exaggerating the number of casualties.",
    "Several hospitals in {place} are running short of medicine, doctors said.",
    "Analysts expect the {topic} to weigh on the economy for months.",
    "Rebels claimed to have seized the airport at {place}, but the army said its troops still held it.",
    "In a statement, {group} called for an independent investigation into the {topic}.",
    "Police arrested {n} people in {place} {day}, a spokesman said.",
    "The government will spend {money} million on rebuilding roads and bridges in {place}.",
    "More than {n} people marched through the centre of {place} {day}.",
    "{person} said the {topic} had cost the region about {money} million so far.",
    "It was not immediately clear who was responsible for the attack.",
    "The {topic} is expected to worsen over the coming days, forecasters said.",
    "{group} reported {n} cases of cholera in camps around {place}.",
    "{person}, {role}, resigned {day} after weeks of criticism over the response to the {topic}.",
    "Schools in {place} will remain closed until at least {month}, officials said.",
    "A spokesman for {group} said talks with the rebels had made little progress.",
    "The army said it had regained control of {n} villages around {place}.",
    "Some residents said they had received no warning before the water reached their homes.",
    "{group} warned that {n} children in {place} were at risk of malnutrition.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def _fill(template: str, rng: random.Random, place: str) -> str:
    return template.format(
        group=rng.choice(GROUPS),
        place=place if rng.random() < 0.6 else rng.choice(PLACES),
        day=rng.choice(WEEKDAYS),
        person=rng.choice(PEOPLE),
        role=rng.choice(ROLES),
        topic=rng.choice(TOPICS),
        n=rng.randint(3, 4000),
        m=rng.randint(2, 300),
        pct=f"{rng.randint(1, 60)}.{rng.randint(0, 9)}",
        month=rng.choice(MONTHS),
        money=rng.randint(5, 900),
    ).replace("  ", " ")


def article(index: int) -> dict[str, Any]:
    """One generated article (deterministic by ``index``): title, outlet, date and 7-9 paragraphs."""
    rng = random.Random(index)
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    published = date(2025, 1, 1) + timedelta(days=rng.randint(0, 364))
    paragraphs = []
    for _ in range(rng.randint(7, 9)):
        sentences = [_fill(rng.choice(SENTENCES), rng, place) for _ in range(rng.randint(3, 5))]
        paragraphs.append(" ".join(s[0].upper() + s[1:] for s in sentences))
    lead = f"{place}, {published:%d %B %Y}. " + paragraphs[0]
    text = "\n\n".join([lead, *paragraphs[1:]])
    return {
        "text": text,
        "title": f"{topic.capitalize()} in {place}",
        "outlet": OUTLETS[index % len(OUTLETS)],
        "published_at": f"{published.isoformat()}T08:00:00+00:00",
    }


def write_corpus(path: Path, articles: int) -> tuple[int, int]:
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for index in range(articles):
            item = article(index)
            chars += len(item["text"])
            out.write(json.dumps(item) + "\n")
    return articles, chars


def read_corpus(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- Memory of worker processes ---------------------------------------------------------------------------------
def rss_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a live process in KiB; (0, 0) when it is gone."""
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    except OSError:
        return 0, 0
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


# --- Legs (each runs in a child process of this script) ---------------------------------------------------------
def leg_raw(corpus: Path) -> dict[str, Any]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
    import django

    django.setup()
    from claims.extraction.nlp import get_nlp

    texts = [item["text"] for item in read_corpus(corpus)]
    nlp = get_nlp()
    list(nlp.pipe(texts[:8]))  # warm-up
    started, cpu = time.perf_counter(), time.process_time()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=32))
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "cpu": time.process_time() - cpu,
        "chars": sum(map(len, texts)),
        "sentences": sentences,
    }


def _submit_and_wait(corpus: Path, window: int, worker_pids: Any) -> dict[str, Any]:
    """Submit the corpus in chunks through the bulk intake, then wait until no article is pending; samples the
    RSS of ``worker_pids()`` once ``window`` articles are done and at the end, and sums their CPU time (with the
    embedded default the worker is this process: the CPU of the whole leg, comparable with raw spaCy's on a busy
    machine; with Celery the pool processes', without PostgreSQL's and Redis's)."""
    from claims.models import Article, Claim, IngestStatus, Status
    from verifier.actors import Actor
    from verifier.intake import article_input, articles_intake
    from verifier.models import ReviewTask

    items = read_corpus(corpus)
    actor = Actor.job("bench:ingest")
    rss_first: dict[int, int] = {}
    peak: dict[int, int] = {}

    def sample() -> dict[int, int]:
        now = {}
        for pid in worker_pids():
            rss, hwm = rss_kib(pid)
            if rss:
                now[pid] = rss
                peak[pid] = max(peak.get(pid, 0), hwm)
        return now

    def done_count() -> int:
        return Article.objects.filter(ingest_status__in=[IngestStatus.DONE, IngestStatus.FAILED]).count()

    started = time.perf_counter()
    cpu_before = {pid: cpu_seconds(pid) for pid in worker_pids()}
    for start in range(0, len(items), SUBMIT_CHUNK):
        chunk = [
            article_input(**{**item, "published_at": datetime.fromisoformat(item["published_at"])})
            for item in items[start : start + SUBMIT_CHUNK]
        ]
        articles_intake(articles=chunk, actor=actor)
        if not rss_first and done_count() >= window:
            rss_first = sample()
    while True:
        done = done_count()
        if not rss_first and done >= window:
            rss_first = sample()
        if done >= len(items):
            break
        sample()
        time.sleep(POLL_SECONDS)
    seconds = time.perf_counter() - started
    cpu = sum(cpu_seconds(pid) - before for pid, before in cpu_before.items())
    rss_last = sample()
    failed = Article.objects.filter(ingest_status=IngestStatus.FAILED).count()
    claims = Claim.objects.count()
    new = Claim.objects.filter(status=Status.NEW).count()
    triaged = Claim.objects.filter(status=Status.TRIAGED).count()
    tasks = ReviewTask.objects.count()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "articles": len(items),
        "failed": failed,
        "claims": claims,
        "untriaged": new,
        "triaged": triaged,
        "review_tasks": tasks,
        "rss_first_kib": rss_first,
        "rss_last_kib": rss_last,
        "peak_kib": peak,
    }


def leg_postgres(corpus: Path, concurrency: int, window: int) -> dict[str, Any]:
    import psycopg

    db_url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{DB_NAME}_c{concurrency}"
    queue = f"{QUEUE}-c{concurrency}"
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.bench",
        "DATABASE_URL": db_url,
        "CELERY_BROKER_URL": BROKER_URL,
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}_c{concurrency}"')
        conn.execute(f'CREATE DATABASE "{DB_NAME}_c{concurrency}"')
    worker = None
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=os.environ, check=True)
        import django

        django.setup()
        from django.conf import settings

        queues = [queue, *(f"{queue}.{name}" for name in settings.CELERY_WORK_QUEUES)]
        log = open(Path(tempfile.gettempdir()) / f"{queue}.log", "wb")  # noqa: SIM115 - closed with the worker
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "-P", "prefork", "-c", str(concurrency),
             "-Q", ",".join(queues), "-l", "WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat",
             "-n", f"{queue}@%h"],
            cwd=ROOT, env=os.environ, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        # Ready when its pool processes have loaded the model (worker_process_init): wait for their RSS to settle.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (
            len(children(worker.pid)) >= concurrency and all(rss_kib(p)[0] > 150_000 for p in children(worker.pid))
        ):
            time.sleep(0.5)
        time.sleep(2)
        result = _submit_and_wait(corpus, window, lambda: children(worker.pid))
    finally:
        if worker is not None:
            os.killpg(worker.pid, 15)
            worker.wait(timeout=60)
        from django.db import connections

        connections.close_all()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}_c{concurrency}" WITH (FORCE)')
    return result


def leg_embedded(corpus: Path, window: int) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix=f"bench-ingest-{TAG}-"))
    for name in ("CELERY_BROKER_URL", "CELERY_TASK_DEFAULT_QUEUE"):
        os.environ.pop(name, None)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.local",
            "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
            "LOG_LEVEL": "WARNING",
        }
    )
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=os.environ, check=True)
        import django

        django.setup()
        from claims.extraction.nlp import get_nlp

        get_nlp()
        return _submit_and_wait(corpus, window, lambda: [os.getpid()])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


# --- Driver -----------------------------------------------------------------------------------------------------
def run_leg(args: list[str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def report(name: str, result: dict[str, Any], raw: dict[str, Any]) -> bool:
    """Print one leg; True when no worker process grew more than GROWTH_LIMIT."""
    rate = raw["chars"] / result["seconds"]
    raw_rate = raw["chars"] / raw["seconds"]
    ratio = rate / raw_rate
    day = DAY_SENTENCES / (raw["sentences"] / result["seconds"])
    goal = GOALS["postgres" if name.startswith("postgres") else "embedded"]
    print(
        f"{name:<13} {result['seconds']:8.1f}s {rate:>10,.0f} chars/s  ratio {ratio:.2f} (goal >= {goal})  "
        f"300k sentences: {day / 60:.1f} min  articles {result['articles']} (failed {result['failed']}), "
        f"claims {result['claims']} (untriaged {result['untriaged']}), review tasks {result['review_tasks']}"
    )
    # CPU seconds are what a busy machine does not inflate: raw spaCy's against the worker processes'.
    cpu_ratio = raw["cpu"] / result["cpu"] if result["cpu"] else 0.0
    print(f"    CPU: worker processes {result['cpu']:.1f}s, raw spaCy {raw['cpu']:.1f}s: CPU ratio {cpu_ratio:.2f}")
    ok = True
    for pid, last in sorted(result["rss_last_kib"].items()):
        first = result["rss_first_kib"].get(pid)
        peak = result["peak_kib"].get(pid, 0)
        growth = (last - first) / first if first else 0.0
        grew = growth > GROWTH_LIMIT
        ok = ok and not grew
        print(
            f"    worker pid {pid}: peak RSS {peak / 1024:.0f} MiB; RSS after the first window "
            f"{(first or 0) / 1024:.0f} MiB, at the end {last / 1024:.0f} MiB ({growth:+.1%})"
            + ("  FAIL: grew more than 20 %" if grew else "")
        )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (default 2,000: ~5.3 M characters)")
    parser.add_argument("--workers", default="1,2", help="worker processes of the PostgreSQL legs (default 1,2)")
    parser.add_argument("--window", type=int, default=1000, help="articles of the first/last memory window")
    parser.add_argument("--skip-embedded", action="store_true")
    parser.add_argument("--leg", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--concurrency", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    window = min(args.window, max(1, args.articles // 2))

    if args.leg:
        corpus = Path(args.corpus)
        if args.leg == "raw":
            result = leg_raw(corpus)
        elif args.leg == "postgres":
            result = leg_postgres(corpus, args.concurrency, window)
        else:
            result = leg_embedded(corpus, window)
        print(json.dumps(result))
        return

    workdir = Path(tempfile.mkdtemp(prefix=f"bench-ingest-{TAG}-"))
    try:
        corpus = workdir / "corpus.jsonl"
        articles, chars = write_corpus(corpus, args.articles)
        load = os.getloadavg()
        print(
            f"corpus: {articles} articles, {chars:,} characters; load average before "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {os.cpu_count()} cores"
        )
        common = ["--corpus", str(corpus), "--articles", str(args.articles), "--window", str(args.window)]
        raw = run_leg(["--leg", "raw", *common])
        print(
            f"{'raw nlp.pipe':<13} {raw['seconds']:8.1f}s {raw['chars'] / raw['seconds']:>10,.0f} chars/s  "
            f"{raw['sentences']:,} sentences, {raw['cpu']:.1f}s CPU"
        )
        ok = True
        for concurrency in [int(c) for c in args.workers.split(",") if c]:
            result = run_leg(["--leg", "postgres", "--concurrency", str(concurrency), *common])
            ok = report(f"postgres-c{concurrency}", result, raw) and ok
        if not args.skip_embedded:
            ok = report("embedded", run_leg(["--leg", "embedded", *common]), raw) and ok
        load = os.getloadavg()
        print(f"load average after {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
