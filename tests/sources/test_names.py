"""sources.names.source_key: the one normal form of source, claimer and entity names, and the lookups using it."""

from pathlib import Path

import pytest

from sources.models import Source, SourceAlias
from sources.names import source_key
from sources.registry import RegistryFileError, registry_parse
from sources.selectors import source_find, source_ids_by_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Reuters", "reuters"),
        ("  Human   Rights\tWatch ", "human rights watch"),
        ("The Sahel Monitoring Group", "sahel monitoring group"),
        ("the UN", "un"),
        ("An Nahar", "nahar"),
        ("Amnesty International's", "amnesty international"),
        ("Amnesty International’", "amnesty international"),
        ('"HRW".', "hrw"),
        ("Straße Zeitung", "strasse zeitung"),
        ("Theatre Guild", "theatre guild"),  # "The" only as a word
        ("", ""),
        ("  ", ""),
    ],
)
def test_source_key(name, key):
    assert source_key(name) == key


@pytest.mark.django_db
def test_lookups_match_names_stored_with_an_article_or_other_spacing():
    sahel = Source.objects.create(name="The Sahel Monitor")
    hrw = Source.objects.create(name="Human Rights Watch")
    SourceAlias.objects.create(source=hrw, alias="HRW")

    assert source_ids_by_key(names=["the sahel monitor", "Sahel Monitor's", "hrw.", "Nobody"]) == {
        "sahel monitor": sahel.pk,
        "hrw": hrw.pk,
    }
    assert source_ids_by_key(names=["The  Sahel Monitor"]) == {"sahel monitor": sahel.pk}
    assert source_find(name="THE SAHEL MONITOR") == sahel
    assert source_find(name="Human  Rights Watch") == hrw
    assert source_find(name="  ") is None


def test_the_registry_file_refuses_two_names_with_one_key(tmp_path: Path):
    path = tmp_path / "registry.json"
    lines = ['{"name": "The Guardian"},', '{"name": "Guardian"},', '{"name": "X", "aliases": ["the  guardian"]}']
    path.write_text("[\n" + "\n".join(lines) + "\n]")

    with pytest.raises(RegistryFileError) as exc:
        registry_parse(path)

    assert exc.value.errors == [
        "line 3: source 'Guardian' already appears on line 2",
        "line 4: alias 'the guardian' is already used on line 2",
        "line 2: name 'The Guardian' is an alias on line 4",
    ]
