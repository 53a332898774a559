"""Admin registrations for every app, loaded by the admin's autodiscovery of ``desk.admin``."""

from desk.admin import claims, factchecks, sources, verifier

__all__ = ["claims", "factchecks", "sources", "verifier"]
