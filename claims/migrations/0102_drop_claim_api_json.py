"""Drop the stored claim-list JSON of migration 0101 (PostgreSQL only; nothing to do elsewhere).

The API renders the claim list in Python from the declared claim fields (``api.serializers.CLAIM_FIELDS``), so the
column ``claims_claim.api_json_tail``, its two triggers and their functions go. Reversing runs 0101's statements
again (they re-render every row).
"""

import importlib

from django.conf import settings
from django.db import migrations

DROP = [
    "DROP TRIGGER IF EXISTS claims_claim_assignee_username ON {user_table}",
    "DROP FUNCTION IF EXISTS claims_claim_assignee_username()",
    "DROP TRIGGER IF EXISTS claims_claim_api_json ON claims_claim",
    "DROP FUNCTION IF EXISTS claims_claim_api_json()",
    "ALTER TABLE claims_claim DROP COLUMN IF EXISTS api_json_tail",
]


def _run(statements):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        if schema_editor.connection.vendor != "postgresql":
            return
        user_model = apps.get_model(settings.AUTH_USER_MODEL)
        user_table = schema_editor.quote_name(user_model._meta.db_table)
        for sql in statements:
            schema_editor.execute(sql.replace("{user_table}", user_table))

    return run


def _restore(apps, schema_editor):  # type: ignore[no-untyped-def]
    stored_json = importlib.import_module("claims.migrations.0101_claim_api_json")
    _run(stored_json.FORWARD)(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0101_claim_api_json"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(_run(DROP), _restore)]
