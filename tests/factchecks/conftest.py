import pytest

from claims.retrieval import encoder


@pytest.fixture
def lexical_only():  # type: ignore[no-untyped-def]
    """The matcher as it runs without the encoder extra installed."""
    encoder.disable_for_tests(True)
    yield
    encoder.disable_for_tests(False)


@pytest.fixture
def with_encoder():  # type: ignore[no-untyped-def]
    if not encoder.available():
        pytest.skip("the sentence encoder extra is not installed (make venv-encoder)")
