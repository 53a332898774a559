"""Before ``evidence_unique_url_link`` (0004): merge evidence rows linking the same URL to the same claim in the
same role (retried adds), keeping the oldest row of each group.

Nothing references evidence rows, so the later duplicates are deleted. Irreversible data-wise: going back keeps
the merged rows.
"""

from django.db import migrations
from django.db.models import Count, Min


def merge_duplicates(apps, schema_editor):  # type: ignore[no-untyped-def]
    Evidence = apps.get_model("sources", "Evidence")
    groups = (
        Evidence.objects.exclude(url="")
        .order_by()
        .values("claim_id", "url", "role")
        .annotate(keep=Min("id"), rows=Count("id"))
        .filter(rows__gt=1)
    )
    for group in list(groups):
        Evidence.objects.filter(claim_id=group["claim_id"], url=group["url"], role=group["role"]).exclude(
            pk=group["keep"]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0002_watchedurl_last_text_sha256"),
    ]

    operations = [migrations.RunPython(merge_duplicates, migrations.RunPython.noop)]
