"""Exception classes of aftersales.

Every error the C++ library raises carries a code; ``_core`` turns it into
the class below for that code, so callers can catch either the aftersales
class or the matching built-in (``ValueError``, ``KeyError``, ...).
"""

from __future__ import annotations

import enum
from typing import Dict, Optional, Type

__all__ = [
    "ErrorCode",
    "Error",
    "InvalidArgumentError",
    "NotFoundError",
    "OutOfRangeError",
    "ParseError",
    "StateError",
    "StorageError",
    "NoMemoryError",
    "InternalError",
]


class ErrorCode(enum.IntEnum):
    """The library's error codes (pinned; the C API returns the same numbers)."""

    INVALID_ARGUMENT = 1
    NOT_FOUND = 2
    OUT_OF_RANGE = 3
    PARSE_ERROR = 4
    STATE = 5
    STORAGE = 6
    NO_MEMORY = 7
    INTERNAL = 8


class Error(Exception):
    """Base class of every aftersales error.

    ``code`` is an :class:`ErrorCode`, ``field`` names the input that was
    wrong (``"week.mon[1].open"``, ``"zone"``; empty when no single input is
    to blame) and ``message`` says what was wrong with it. ``str(e)`` is
    ``"field: message"``.
    """

    default_code = ErrorCode.INTERNAL

    def __init__(self, message: str, *, field: str = "", code: Optional[int] = None) -> None:
        self.code = ErrorCode(code) if code is not None else type(self).default_code
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)

    def __str__(self) -> str:
        # KeyError would quote the text; every aftersales error reads the same.
        return str(self.args[0]) if self.args else ""

    def __reduce__(self):  # keep code and field through pickling (multiprocessing, Dask)
        return (_rebuild, (type(self), self.message, self.field, int(self.code)))


def _rebuild(cls: Type[Error], message: str, field: str, code: int) -> Error:
    return cls(message, field=field, code=code)


class InvalidArgumentError(Error, ValueError):
    """A value that breaks a rule (overlapping shifts, a negative count)."""

    default_code = ErrorCode.INVALID_ARGUMENT


class NotFoundError(Error, KeyError):
    """A name that is not known (time zone, service zone)."""

    default_code = ErrorCode.NOT_FOUND


class OutOfRangeError(Error, ValueError):
    """A date outside 1970..2199 or past a strict calendar's horizon."""

    default_code = ErrorCode.OUT_OF_RANGE


class ParseError(Error, ValueError):
    """Malformed text (JSON, "25:00", "2025-13-01")."""

    default_code = ErrorCode.PARSE_ERROR


class StateError(Error, RuntimeError):
    """An operation the record's state does not allow."""

    default_code = ErrorCode.STATE


class StorageError(Error, OSError):
    """A database failure."""

    default_code = ErrorCode.STORAGE


class NoMemoryError(Error, MemoryError):
    """The library ran out of memory."""

    default_code = ErrorCode.NO_MEMORY


class InternalError(Error, RuntimeError):
    """A broken invariant inside the library (a bug: please report it)."""

    default_code = ErrorCode.INTERNAL


_BY_CODE: Dict[int, Type[Error]] = {
    cls.default_code: cls
    for cls in (
        InvalidArgumentError,
        NotFoundError,
        OutOfRangeError,
        ParseError,
        StateError,
        StorageError,
        NoMemoryError,
        InternalError,
    )
}


def _from_core(code: int, field: str, message: str) -> Error:
    """Called by ``_core``'s exception translator for every C++ error."""
    cls = _BY_CODE.get(code, InternalError)
    return cls(message, field=field, code=code if code in _BY_CODE else ErrorCode.INTERNAL)
