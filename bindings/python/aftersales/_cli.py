"""The console command `aftersales` that `pip install .` puts on PATH: it runs
the command-line tool built with the package (aftersales/_bin/aftersales)
with the same arguments, so the CLI is the one program in C++."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys


def binary() -> pathlib.Path:
    """Where the package's copy of the command-line tool lives."""
    name = "aftersales.exe" if os.name == "nt" else "aftersales"
    return pathlib.Path(__file__).resolve().parent / "_bin" / name


def main() -> None:
    exe = binary()
    argv = ["aftersales", *sys.argv[1:]]
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        if os.name == "nt":  # no exec on Windows: run it and pass its exit code on
            sys.exit(subprocess.call([str(exe), *argv[1:]]))
        os.execv(exe, argv)  # replaces this process: signals and exit codes are the tool's own
    except OSError as e:
        sys.stderr.write(f"aftersales: cannot run the command-line tool {exe}: {e.strerror or e}\n"
                         "aftersales: reinstall the package (pip install .) to build it again\n")
        sys.exit(127)  # the shell's "command not found"
