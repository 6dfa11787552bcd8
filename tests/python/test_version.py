"""The version is written once, in project(VERSION) of CMakeLists.txt. Every
face says it: the package (__version__ from the compiled core), its metadata
(scikit-build-core reads the same line), the command-line tool and, when the
C library is at hand (CTest passes AFTERSALES_CAPI_LIB), the C ABI."""

from __future__ import annotations

import ctypes
import importlib.metadata
import os
import pathlib
import re
import subprocess

import pytest

import aftersales as af
from aftersales import _cli

ROOT = pathlib.Path(__file__).resolve().parents[2]


def project_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"project\(\s*aftersales\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)", text)
    assert m, "CMakeLists.txt has no project(aftersales VERSION x.y.z ...)"
    return m.group(1)


def test_package_version_is_the_project_version():
    assert af.__version__ == project_version()
    assert af._core.__version__ == project_version()


def test_metadata_version_is_the_project_version():
    assert importlib.metadata.version("aftersales") == project_version()


def test_cli_version_is_the_project_version():
    tool = os.environ.get("AFTERSALES_CLI") or str(_cli.binary())
    out = subprocess.run([tool, "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == f"aftersales {project_version()}\n"


def test_c_library_version_is_the_project_version():
    path = os.environ.get("AFTERSALES_CAPI_LIB")
    if not path:
        pytest.skip("AFTERSALES_CAPI_LIB (the built libaftersales) is not set; CTest sets it")
    lib = ctypes.CDLL(path)
    lib.as_version.restype = ctypes.c_char_p
    lib.as_version_number.restype = ctypes.c_int32
    assert lib.as_version().decode() == project_version()
    major, minor, patch = (int(x) for x in project_version().split("."))
    assert lib.as_version_number() == major * 10000 + minor * 100 + patch
