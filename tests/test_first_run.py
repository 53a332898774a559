"""A newcomer's first run: the README's two set-up commands and how to run commands in the venv; `make demo
PORT=N`, where a busy or invalid port stops the run with one line before any work is done (scripts/port_free.py,
checked when the Makefile is read)."""

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def make_demo(tmp_path: Path, port: str, *flags: str) -> subprocess.CompletedProcess[str]:
    # VENV in tmp_path: had any step run, the venv would exist there.
    # A make of its own, not a sub-make of the `make test` running this suite (which would print its directories).
    env = {name: value for name, value in os.environ.items() if name not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    return subprocess.run(
        ["make", *flags, "demo", f"PORT={port}", f"VENV={tmp_path / 'venv'}", f"PYTHON={sys.executable}"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def held_port():  # type: ignore[no-untyped-def]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def assert_stopped_before_any_work(tmp_path: Path, result: subprocess.CompletedProcess[str], line: str) -> None:
    """Make's exit status 2, ``line`` as make's one error line, and no venv made."""
    assert (result.returncode, result.stdout) == (2, "")
    assert re.fullmatch(rf"Makefile:\d+: \*\*\* make demo: {re.escape(line)}\.  Stop\.\n", result.stderr), result.stderr
    assert not (tmp_path / "venv").exists()


def test_a_busy_port_stops_the_demo_with_one_line_before_any_work(tmp_path, held_port):
    result = make_demo(tmp_path, str(held_port))

    assert_stopped_before_any_work(
        tmp_path,
        result,
        f"port {held_port} on 127.0.0.1 is already in use: stop what listens there or run make demo "
        f"PORT={held_port + 1}",
    )


@pytest.mark.parametrize("port", ["http", "0", "70000"])
def test_a_port_that_is_no_port_stops_the_demo_with_one_line(tmp_path, port):
    result = make_demo(tmp_path, port)

    assert_stopped_before_any_work(
        tmp_path, result, f"PORT must be a whole number from 1 to 65535, not '{port}': e.g. make demo PORT=8001"
    )


def test_a_free_port_is_the_one_the_admin_is_served_on(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    result = make_demo(tmp_path, str(port), "--dry-run")

    assert result.returncode == 0, result.stderr
    python = tmp_path / "venv" / "bin" / "python"
    assert result.stdout.splitlines()[-2:] == [
        f'echo "Admin: http://127.0.0.1:{port}/${{DJANGO_ADMIN_URL:-admin/}}  (Ctrl-C to stop)"',
        f"{python} manage.py runserver 127.0.0.1:{port}",
    ]


def test_the_readme_sets_up_with_two_make_commands_and_says_how_to_use_the_venv():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    setup = readme[readme.index("## Set up") : readme.index("## Other commands")]
    block = setup[setup.index("```sh\n") + 6 :]
    block = block[: block.index("```")]

    assert [line.split("#")[0].strip() for line in block.splitlines()] == ["make demo", "make test"]
    assert "\ndemo: venv\n" in makefile
    assert "\ntest: venv-dev\n" in makefile
    # The venv the Makefile makes, and the two ways to use it, beside the set-up commands.
    assert "\nVENV ?= .venv\n" in makefile
    assert "`.venv/bin/python manage.py ingest examples/*.txt`" in setup
    assert "`source .venv/bin/activate`" in setup
