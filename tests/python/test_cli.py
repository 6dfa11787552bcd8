"""The console command `aftersales` that `pip install .` installs: it runs
the command-line tool built into the package."""

from __future__ import annotations

import shutil
import subprocess
import sysconfig

import pytest

from aftersales import _cli


def installed_command() -> str:
    """The `aftersales` script pip put beside this interpreter's own scripts."""
    found = shutil.which("aftersales", path=sysconfig.get_path("scripts"))
    assert found, f"no 'aftersales' command in {sysconfig.get_path('scripts')}"
    return found


def test_the_tool_is_inside_the_package():
    assert _cli.binary().is_file()


def test_help_runs_the_tool():
    out = subprocess.run([installed_command(), "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert (out.stdout + out.stderr).strip()


def test_the_tool_exit_code_is_passed_on():
    out = subprocess.run([installed_command(), "no-such-command"], capture_output=True, text=True, timeout=60)
    assert out.returncode != 0
    assert out.stderr.strip()


def test_a_missing_tool_is_named(monkeypatch, tmp_path, capsys):
    missing = tmp_path / "_bin" / "aftersales"
    monkeypatch.setattr(_cli, "binary", lambda: missing)
    monkeypatch.setattr("sys.argv", ["aftersales", "--help"])
    with pytest.raises(SystemExit) as stop:
        _cli.main()
    assert stop.value.code == 127
    assert str(missing) in capsys.readouterr().err
