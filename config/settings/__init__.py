"""Settings modules: base (shared), local (the embedded default), production, test, bench. See base.py."""
