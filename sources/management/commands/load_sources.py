"""python manage.py load_sources FILE.json|csv: upsert a source registry file (idempotent, all or nothing)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from config.errors import ApplicationError
from sources.registry import RegistryFileError, registry_parse
from sources.services import sources_load


class Command(BaseCommand):
    help = "Import a source registry (JSON list or CSV with a header). Re-running the same file changes nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", metavar="FILE")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"])
        try:
            rows = registry_parse(path)
            result = sources_load(rows=rows, origin=path.name)
        except RegistryFileError as exc:
            raise CommandError(
                f"{path}: {len(exc.errors)} error(s), nothing written:\n" + "\n".join(exc.errors)
            ) from exc
        except ApplicationError as exc:
            raise CommandError(f"{path}: {exc.message} Nothing written.") from exc
        self.stdout.write(
            f"{path.name}: {result.created} created, {result.updated} updated, {result.unchanged} unchanged"
        )
