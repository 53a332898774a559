"""Registry: load_sources (JSON/CSV, idempotent, all-or-nothing errors), the starter registry, reliability history."""

import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from config.errors import ApplicationError
from sources.models import ReliabilityChange, Source, SourceAlias
from sources.selectors import source_find
from sources.services import source_set_reliability

STARTER = Path(__file__).resolve().parents[2] / "sources" / "data" / "starter_registry.json"
pytestmark = pytest.mark.django_db


def _load(path: Path) -> str:
    from io import StringIO

    out = StringIO()
    call_command("load_sources", str(path), stdout=out)
    return out.getvalue().strip()


def _snapshot() -> tuple[list[tuple[str, str, str, str, bool]], list[tuple[str, str]]]:
    sources = sorted(Source.objects.values_list("name", "kind", "homepage_url", "reliability", "reviewed"))
    aliases = sorted(SourceAlias.objects.values_list("alias", "source__name"))
    return sources, aliases


def _found(name: str) -> str:
    source = source_find(name=name)
    assert source is not None, name
    return source.name


def test_starter_registry_loads_and_is_idempotent() -> None:
    entries = json.loads(STARTER.read_text())
    assert _load(STARTER) == f"starter_registry.json: {len(entries)} created, 0 updated, 0 unchanged"
    first = _snapshot()
    assert _load(STARTER) == f"starter_registry.json: 0 created, 0 updated, {len(entries)} unchanged"
    assert _snapshot() == first
    names = {name for name, *_ in first[0]}
    for required in (
        "Malian Armed Forces",
        "Wagner Group",
        "Cadre Stratégique Permanent",
        "MINUSMA",
        "Human Rights Watch",
        "Amnesty International",
        "Malian transitional government",
        "Reuters",
        "Associated Press",
        "Agence France-Presse",
        "International Committee of the Red Cross",
    ):
        assert required in names
    assert _found("hrw") == "Human Rights Watch"
    assert _found("FAMA") == "Malian Armed Forces"
    assert _found("the Malian junta's") == "Malian transitional government"
    assert _found("csp") == "Cadre Stratégique Permanent"
    assert source_find(name="Nobody In Particular") is None


def test_json_upsert_updates_fields_adds_aliases_and_rates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "reg.json"
    path.write_text(json.dumps([{"name": "Example Monitor", "kind": "ngo", "aliases": ["EM"]}]))
    assert _load(path) == "reg.json: 1 created, 0 updated, 0 unchanged"
    path.write_text(
        json.dumps(
            [
                {
                    "name": "example monitor",
                    "kind": "ngo",
                    "aliases": ["EM", "ExMon"],
                    "homepage_url": "https://monitor.example.org/",
                    "reliability": "high",
                }
            ]
        )
    )
    assert _load(path) == "reg.json: 0 created, 1 updated, 0 unchanged"
    assert _snapshot() == (
        [("Example Monitor", "ngo", "https://monitor.example.org/", "high", True)],
        [("EM", "Example Monitor"), ("ExMon", "Example Monitor")],
    )
    change = ReliabilityChange.objects.get()
    assert (change.from_rating, change.to_rating, change.reason, change.changed_by) == (
        "unrated",
        "high",
        "Imported from reg.json (line 1).",
        None,
    )


def test_csv_import(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "reg.csv"
    path.write_text(
        "name,kind,aliases,homepage_url\n"
        "Sahel Watch,ngo,SW;Sahel-Watch,https://sahel.example.org/\n"
        "Kidal Radio,news,,\n"
    )
    assert _load(path) == "reg.csv: 2 created, 0 updated, 0 unchanged"
    assert _snapshot() == (
        [
            ("Kidal Radio", "news", "", "unrated", True),
            ("Sahel Watch", "ngo", "https://sahel.example.org/", "unrated", True),
        ],
        [("SW", "Sahel Watch"), ("Sahel-Watch", "Sahel Watch")],
    )


def test_errors_name_their_lines_and_write_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.json"
    path.write_text(
        "[\n"
        '  {"name": "Good One", "kind": "ngo"},\n'
        '  {"name": "", "kind": "ngo"},\n'
        '  {"name": "Bad Kind", "kind": "blog"},\n'
        '  {"name": "Bad Url", "homepage_url": "ftp://x"},\n'
        '  {"name": "good one"},\n'
        '  {"name": "Other", "aliases": ["GO"], "colour": "red"}\n'
        "]\n"
    )
    with pytest.raises(CommandError) as excinfo:
        _load(path)
    assert str(excinfo.value) == (
        f"{path}: 5 error(s), nothing written:\n"
        "line 3: 'name' is required\n"
        "line 4: unknown kind 'blog' (one of official, ngo, news, social, document, person, armed_group, other)\n"
        "line 5: 'homepage_url' 'ftp://x' is not an http(s) URL\n"
        "line 6: source 'good one' already appears on line 2\n"
        "line 7: unknown field(s) colour"
    )
    assert _snapshot() == ([], [])


def test_invalid_json_and_csv_report_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"name": "A"},\n  {"name": "B",}\n]')
    with pytest.raises(CommandError) as excinfo:
        _load(path)
    assert str(excinfo.value).startswith(f"{path}: 1 error(s), nothing written:\nline 3: invalid JSON")
    csv_path = tmp_path / "broken.csv"
    csv_path.write_text("name,kind\nA,ngo\nB,nonsense\nC,ngo,extra\n")
    with pytest.raises(CommandError) as excinfo:
        _load(csv_path)
    assert str(excinfo.value) == (
        f"{csv_path}: 2 error(s), nothing written:\n"
        "line 3: unknown kind 'nonsense' (one of official, ngo, news, social, document, person, armed_group, other)\n"
        "line 4: more fields than the header has"
    )
    assert _snapshot() == ([], [])


def test_alias_owned_by_another_source_rolls_back_everything(tmp_path) -> None:  # type: ignore[no-untyped-def]
    owner = Source.objects.create(name="Human Rights Watch", kind="ngo")
    SourceAlias.objects.create(source=owner, alias="HRW")
    path = tmp_path / "clash.json"
    path.write_text('[\n{"name": "New Org"},\n{"name": "Hijacker", "aliases": ["hrw"]}\n]')
    before = _snapshot()
    with pytest.raises(CommandError) as excinfo:
        _load(path)
    assert str(excinfo.value) == (
        f"{path}: line 3: alias 'hrw' already belongs to another source (id {owner.pk}). Nothing written."
    )
    assert _snapshot() == before


def test_unknown_extension_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "reg.yaml"
    path.write_text("- name: x")
    with pytest.raises(CommandError) as excinfo:
        _load(path)
    assert str(excinfo.value) == f"{path}: 1 error(s), nothing written:\nreg.yaml: the file must end in .json or .csv"


def test_set_reliability_writes_history() -> None:
    user = get_user_model().objects.create_user(username="editor1", password="unused-password-123")
    source = Source.objects.create(name="Sahel Watch", kind="ngo")
    source_set_reliability(
        source_id=source.pk, rating="mixed", reason="Two retracted reports in 2024.", actor_user=user
    )
    source_set_reliability(source_id=source.pk, rating="mixed", reason="Same again.", actor_user=user)
    source_set_reliability(source_id=source.pk, rating="low", reason="Fabricated casualty figures.", actor_user=None)
    source.refresh_from_db()
    assert source.reliability == "low"
    assert list(
        ReliabilityChange.objects.order_by("id").values_list("from_rating", "to_rating", "reason", "changed_by")
    ) == [
        ("unrated", "mixed", "Two retracted reports in 2024.", user.pk),
        ("mixed", "low", "Fabricated casualty figures.", None),
    ]


@pytest.mark.parametrize(
    ("rating", "reason", "code"), [("great", "x", "invalid_rating"), ("high", "  ", "reason_required")]
)
def test_set_reliability_refuses_bad_input(rating, reason, code) -> None:  # type: ignore[no-untyped-def]
    source = Source.objects.create(name="Sahel Watch", kind="ngo")
    with pytest.raises(ApplicationError) as excinfo:
        source_set_reliability(source_id=source.pk, rating=rating, reason=reason, actor_user=None)
    assert excinfo.value.code == code
    source.refresh_from_db()
    assert source.reliability == "unrated"
    assert not ReliabilityChange.objects.exists()


def test_name_that_is_another_sources_alias_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    owner = Source.objects.create(name="Human Rights Watch", kind="ngo")
    SourceAlias.objects.create(source=owner, alias="HRW")
    path = tmp_path / "clash.json"
    path.write_text('[{"name": "hrw", "kind": "ngo"}]')
    before = _snapshot()
    with pytest.raises(CommandError) as excinfo:
        _load(path)
    assert str(excinfo.value) == (
        f"{path}: line 1: name 'hrw' is an alias of another source (id {owner.pk}). Nothing written."
    )
    assert _snapshot() == before
