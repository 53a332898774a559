"""The WSGI entry point loads the whole URLconf before serving and keeps what it loaded out of the collector."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = """
import gc, json, sys
import config.wsgi
print(json.dumps({"frozen": gc.get_freeze_count(), "urlconf": "api.urls" in sys.modules}))
"""


def test_the_wsgi_app_loads_the_urlconf_and_freezes_the_loaded_objects():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}

    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.splitlines()[-1])
    assert out["urlconf"] is True
    # Without the freeze the count is 0; with it, the loaded project (well over 50,000 objects).
    assert out["frozen"] > 50_000
