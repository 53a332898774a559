"""Claim extraction: pure Python over spaCy, no ORM. Returns dataclasses; ``claims.services`` saves them."""
