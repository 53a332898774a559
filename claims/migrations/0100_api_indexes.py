"""Indexes for the REST API's claim list (owned by the API; see docs/api.md).

* ``claim_status_type_created_idx``: the list filtered by status and claim type, newest first, and its COUNT
  (index-only scan);
* ``claim_text_search_idx``: GIN over ``to_tsvector('english', text)``, the expression the ``q`` search builds;
* ``claim_claimers_gin_idx``: GIN (jsonb_path_ops) for the ``claimer`` filter (``claimers @> '["name"]'``).

PostgreSQL only (the embedded SQLite default has no such index types); written as SQL so the model state is
unchanged and ``makemigrations`` stays clean.
"""

from django.db import migrations

INDEXES = {
    "claim_status_type_created_idx": (
        "CREATE INDEX IF NOT EXISTS claim_status_type_created_idx "
        'ON claims_claim (status, claim_type, created_at DESC, id DESC)'
    ),
    "claim_text_search_idx": (
        "CREATE INDEX IF NOT EXISTS claim_text_search_idx "
        "ON claims_claim USING gin (to_tsvector('english'::regconfig, COALESCE(text, '')))"
    ),
    "claim_claimers_gin_idx": (
        "CREATE INDEX IF NOT EXISTS claim_claimers_gin_idx ON claims_claim USING gin (claimers jsonb_path_ops)"
    ),
}


def create(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in INDEXES.values():
        schema_editor.execute(sql)


def drop(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_claim_actors"),
    ]

    operations = [migrations.RunPython(create, drop)]
