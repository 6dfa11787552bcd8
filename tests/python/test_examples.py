"""The README's Python example runs and prints what the README quotes."""

from __future__ import annotations

import pathlib
import subprocess
import sys

EXAMPLE = pathlib.Path(__file__).resolve().parents[2] / "examples" / "python" / "readme_example.py"


def test_readme_example(tmp_path):
    # Run from a scratch directory so only the installed package can be imported.
    out = subprocess.run([sys.executable, str(EXAMPLE)], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == (
        "deadline 2025-10-09 13:20:00\n"
        "status   running, 0:20:00 left, at risk: True, changes at 2025-10-09 13:20:01\n"
        "returns  accepted until 2025-10-09\n"
    )
