"""Create the workflow roles as Django groups (see verifier/roles.py)."""

from django.db import migrations

ROLES = ("viewer", "fact-checker", "editor")


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)


def delete_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=ROLES, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("verifier", "0002_workflow_review_data_and_rechecks"),
    ]

    operations = [migrations.RunPython(create_roles, delete_roles)]
