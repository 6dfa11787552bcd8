"""Translation between Python values and the int64 / text forms of ``_core``.

Time rules of the package:

* a naive ``datetime`` is a local civil time of the calendar's zone; it is
  turned into an instant by the calendar (a time in a spring gap moves forward
  by the gap, an ambiguous autumn time takes the earlier instant) and results
  come back naive, in local civil time;
* an aware ``datetime`` (any ``tzinfo``) is an instant; results come back
  aware, in the ``tzinfo`` of the (first) input;
* the library counts whole seconds: sub-second parts are dropped (floored).
"""

from __future__ import annotations

import datetime as _dt
import decimal
import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, List, Optional, Tuple

import numpy as np

from ._errors import InvalidArgumentError

_EPOCH_NAIVE = _dt.datetime(1970, 1, 1)
_EPOCH_UTC = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_SECOND = _dt.timedelta(seconds=1)
_INT32 = (-(2**31), 2**31 - 1)
_INT64_MAX = 2**63 - 1
_INT64 = (-(2**63) + 1, 2**63 - 1)  # -2**63 is NaT

# The style of a result: None for naive local time, else the tzinfo to use.
Style = Optional[_dt.tzinfo]


def type_name(value: Any) -> str:
    t = type(value)
    return t.__name__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"


def _is_aware(t: _dt.datetime) -> bool:
    return t.tzinfo is not None and t.utcoffset() is not None


def instant_in(core_cal: Any, t: Any, name: str) -> Tuple[int, Style]:
    """datetime -> (UTC seconds, style of the result)."""
    if not isinstance(t, _dt.datetime):
        raise TypeError(f"{name} must be a datetime.datetime, not {type_name(t)}")
    if _is_aware(t):
        return (t - _EPOCH_UTC) // _SECOND, t.tzinfo
    local = (t.replace(tzinfo=None) - _EPOCH_NAIVE) // _SECOND
    return core_cal.to_utc(local), None


def optional_instant_in(core_cal: Any, t: Any, name: str) -> Optional[int]:
    if t is None:
        return None
    return instant_in(core_cal, t, name)[0]


def instant_out(core_cal: Any, utc: int, style: Style) -> _dt.datetime:
    """UTC seconds -> datetime in `style` (naive local civil time or aware)."""
    if style is None:
        return _EPOCH_NAIVE + _dt.timedelta(seconds=core_cal.to_local(utc))
    return (_EPOCH_UTC + _dt.timedelta(seconds=utc)).astimezone(style)


def duration_in(d: Any, name: str) -> int:
    """timedelta (or numpy.timedelta64) -> whole seconds (floored)."""
    if isinstance(d, _dt.timedelta):
        return d // _SECOND
    if isinstance(d, np.timedelta64):
        if np.isnat(d):
            raise InvalidArgumentError("NaT is not a duration", field=name)
        return int(timedelta_array_in(d, name))
    raise TypeError(f"{name} must be a datetime.timedelta, not {type_name(d)}")


def duration_out(seconds: int) -> _dt.timedelta:
    return _dt.timedelta(seconds=seconds)


def duration_or_text_in(core: Any, d: Any, name: str) -> int:
    """A timedelta, or working time as text ("PT6H", "1h30min") parsed by the library."""
    if isinstance(d, str):
        return core.parse_duration(d, name)
    return duration_in(d, name)


def date_in(d: Any, name: str) -> str:
    """date -> "YYYY-MM-DD" (datetime is refused: it is not a date)."""
    if isinstance(d, _dt.datetime):
        raise TypeError(f"{name} must be a datetime.date, not a datetime.datetime (use .date())")
    if not isinstance(d, _dt.date):
        raise TypeError(f"{name} must be a datetime.date, not {type_name(d)}")
    return d.isoformat()


def date_out(text: str) -> _dt.date:
    return _dt.date.fromisoformat(text)


def int_in(n: Any, name: str, bounds: Tuple[int, int] = _INT32) -> int:
    if isinstance(n, (bool, np.bool_)):
        raise TypeError(f"{name} must be an int, not bool")
    try:
        v = operator.index(n)
    except TypeError:
        raise TypeError(f"{name} must be an int, not {type_name(n)}") from None
    if not bounds[0] <= v <= bounds[1]:
        raise InvalidArgumentError(f"{v} is out of range ({bounds[0]}..{bounds[1]})", field=name)
    return v


def bool_in(b: Any, name: str) -> bool:
    if not isinstance(b, (bool, np.bool_)):
        raise TypeError(f"{name} must be a bool, not {type_name(b)}")
    return bool(b)


def str_in(s: Any, name: str) -> str:
    if not isinstance(s, str):
        raise TypeError(f"{name} must be a str, not {type_name(s)}")
    return s


def _time_text(v: Any, name: str) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, _dt.time):
        if v.tzinfo is not None or v.microsecond:
            raise InvalidArgumentError(
                f"{v.isoformat()} is not a whole-second local time of day", field=name
            )
        return v.strftime("%H:%M:%S")
    raise TypeError(f"{name} must be a str 'HH:MM' or a datetime.time, not {type_name(v)}")


def shifts_in(shifts: Any, name: str) -> List[Tuple[str, str]]:
    """[(open, close), ...] with "HH:MM[:SS]" text or datetime.time -> text pairs."""
    if isinstance(shifts, (str, bytes)) or not isinstance(shifts, Iterable):
        raise TypeError(f"{name} must be a list of (open, close) pairs, not {type_name(shifts)}")
    out = []
    for i, pair in enumerate(shifts):
        where = f"{name}[{i}]"
        if isinstance(pair, (str, bytes)) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise TypeError(f"{where} must be an (open, close) pair such as ('09:00', '12:00'), got {pair!r}")
        out.append((_time_text(pair[0], where + ".open"), _time_text(pair[1], where + ".close")))
    return out


def shifts_out(pairs: Iterable[Tuple[str, str]]) -> List[Tuple[str, str]]:
    return [(o, c) for o, c in pairs]


# ---------------------------------------------------------------- arrays


def errors_in(errors: Any) -> bool:
    """errors="raise" | "coerce" -> coerce flag."""
    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', not {errors!r}")
    return errors == "coerce"


def _to_seconds_array(a: np.ndarray, name: str, kind: str) -> np.ndarray:
    unit = "datetime64[s]" if kind == "M" else "timedelta64[s]"
    try:
        return a.astype(unit).view(np.int64)
    except (TypeError, ValueError) as e:
        raise TypeError(f"{name}: cannot convert {a.dtype} to {unit}: {e}") from None


def datetime_array_in(x: Any, name: str) -> np.ndarray:
    """datetime64 array (any unit) of local civil times -> int64 local seconds."""
    if isinstance(x, _dt.datetime) and _is_aware(x):
        raise TypeError(f"{name}: batch functions take local civil times (datetime64 or naive datetime)")
    a = np.asarray(x)
    if a.dtype.kind != "M":
        if a.dtype.kind not in "OUS":
            raise TypeError(f"{name} must be a datetime64 array of local civil times, not {a.dtype}")
        try:
            a = a.astype("datetime64[s]")
        except (TypeError, ValueError) as e:
            raise TypeError(f"{name} must be a datetime64 array of local civil times: {e}") from None
    return _to_seconds_array(a, name, "M")


def timedelta_array_in(x: Any, name: str) -> np.ndarray:
    """timedelta64 array (any fixed unit) or a timedelta scalar -> int64 seconds."""
    if isinstance(x, _dt.timedelta):
        return np.asarray(x // _SECOND, dtype=np.int64)
    a = np.asarray(x)
    if a.dtype.kind != "m":
        raise TypeError(f"{name} must be a timedelta64 array or a datetime.timedelta, not {a.dtype}")
    if np.datetime_data(a.dtype)[0] in ("Y", "M"):
        raise TypeError(f"{name}: {a.dtype} is not a fixed length of time (use h, m, s, ...)")
    return _to_seconds_array(a, name, "m")


def broadcast_int64(*arrays: np.ndarray) -> List[np.ndarray]:
    # np.asarray keeps 0-d arrays 0-d (np.ascontiguousarray would make them 1-d).
    return [np.asarray(a, dtype=np.int64, order="C") for a in np.broadcast_arrays(*arrays)]


def datetime_array_out(a: np.ndarray) -> np.ndarray:
    return a.view("datetime64[s]")


def timedelta_array_out(a: np.ndarray) -> np.ndarray:
    return a.view("timedelta64[s]")


# ---------------------------------------------------------------- exact decimals


def scaled_in(value: Any, name: str, places: int, unit: str) -> int:
    """Decimal / int / str -> int of 10**-places units, exactly; never through
    a float (money: places=2, fen; a fraction: places=6, millionths)."""
    if isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{name} must be a Decimal amount of {unit}, not bool")
    if isinstance(value, (float, np.floating)):
        raise TypeError(f"{name} must be a Decimal amount of {unit}, not a float (use Decimal({str(value)!r}))")
    if isinstance(value, (int, np.integer)):
        d = decimal.Decimal(int(value))
    elif isinstance(value, decimal.Decimal):
        d = value
    elif isinstance(value, str):
        try:
            d = decimal.Decimal(value.strip())
        except decimal.InvalidOperation:
            raise InvalidArgumentError(f"{value!r} is not an amount of {unit}", field=name) from None
    else:
        raise TypeError(f"{name} must be a Decimal amount of {unit}, not {type_name(value)}")
    if not d.is_finite():
        raise InvalidArgumentError(f"{value} is not a finite amount", field=name)
    sign, digits, exponent = d.as_tuple()
    coefficient = int("".join(map(str, digits)) or "0")
    shift = int(exponent) + places
    if coefficient and len(digits) + shift > 19:
        raise InvalidArgumentError(f"{value} {unit} is too large", field=name)
    if shift >= 0:
        units = coefficient * 10**shift
    else:
        units, rest = divmod(coefficient, 10**-shift)
        if rest:
            raise InvalidArgumentError(f"{value} {unit} has a part below {decimal.Decimal(1).scaleb(-places)}", field=name)
    units = -units if sign else units
    if not -_INT64_MAX <= units <= _INT64_MAX:
        raise InvalidArgumentError(f"{value} {unit} is too large", field=name)
    return units


def ratios_in(ratios: Any, name: str = "ratios") -> List[Tuple[str, int]]:
    """{party: percent} -> [(party, hundredths of a percent)], in order, exactly."""
    if not isinstance(ratios, Mapping):
        raise TypeError(f"{name} must be a mapping of party -> percent, not {type_name(ratios)}")
    return [(str_in(k, f"{name} key"), scaled_in(v, f"{name}.{k}", 2, "percent")) for k, v in ratios.items()]


def money_in(value: Any, name: str) -> int:
    """Decimal / int / str yuan -> int fen, exactly."""
    return scaled_in(value, name, 2, "yuan")


def money_out(fen: int) -> decimal.Decimal:
    """int fen -> Decimal yuan with two places (exact)."""
    return decimal.Decimal(fen).scaleb(-2)
