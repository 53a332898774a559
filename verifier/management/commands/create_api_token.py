"""python manage.py create_api_token USERNAME [--scope read|write]: print a new API token (shown once)."""

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from knox.settings import knox_settings

from verifier.models import TokenScope
from verifier.tokens import api_token_create


class Command(BaseCommand):
    help = "Create an API token for an existing user and print it. Only its hash is stored."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--scope", choices=TokenScope.values, default=TokenScope.READ)
        parser.add_argument("--name", default="", help="What the token is for, e.g. 'CMS production'.")
        parser.add_argument(
            "--days", type=int, default=None, help=f"Days until expiry (default {knox_settings.TOKEN_TTL.days})."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from django.contrib.auth import get_user_model

        try:
            user = get_user_model().objects.get_by_natural_key(options["username"])
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"No user named {options['username']!r}.") from exc
        if options["days"] is not None and options["days"] <= 0:
            raise CommandError("--days must be positive.")
        expiry = timedelta(days=options["days"]) if options["days"] is not None else None
        _, secret = api_token_create(user=user, scope=options["scope"], name=options["name"], expiry=expiry)
        self.stdout.write(secret)
