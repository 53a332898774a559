"""Drop the stored claim-list JSON of migration 0101 (PostgreSQL only; nothing to do elsewhere).

The API renders the claim list in Python from the declared claim fields (``api.serializers.CLAIM_FIELDS``), so the
column ``claims_claim.api_json_tail``, its two triggers and their functions go: 0101's own backward statements.
Reversing runs 0101's forward statements again (they re-render every row).
"""

import importlib

from django.conf import settings
from django.db import migrations

# A module name that starts with a digit is imported by name.
stored_json = importlib.import_module("claims.migrations.0101_claim_api_json")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0101_claim_api_json"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(stored_json._run(stored_json.BACKWARD), stored_json._run(stored_json.FORWARD)),
    ]
