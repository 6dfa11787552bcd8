"""Working calendars: a time zone, weekly shifts and date rules."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Mapping
from typing import Any, List, Optional, Tuple, Union

import numpy as np

from . import _core
from . import _convert as cv
from ._errors import InvalidArgumentError

__all__ = ["Calendar", "add_many", "between_many"]

Shifts = List[Tuple[str, str]]
_WEEKDAYS = _core.enum_names("weekday")


def _fill(
    b: Any,
    *,
    zone: Any,
    week: Any,
    holidays: Any,
    workdays: Any,
    days: Any,
    horizon: Any = None,
    set_horizon: bool = False,
    strict: Any = None,
) -> None:
    """Hands the Python description to the C++ builder, naming each field."""
    if zone is not None:
        b.zone(cv.str_in(zone, "zone"))
    if week is not None:
        if not isinstance(week, Mapping):
            raise TypeError(f"week must be a dict such as {{'mon': [('09:00', '18:00')]}}, not {cv.type_name(week)}")
        seen = {}
        for day, shifts in week.items():
            field = f"week.{cv.str_in(day, 'week key')}"
            index = b.week(day, cv.shifts_in(shifts, field), field)
            if index in seen:
                raise InvalidArgumentError(
                    f"{_WEEKDAYS[index]} is given twice (as {seen[index]!r} and {day!r})", field=field
                )
            seen[index] = day
    if holidays is not None:
        if isinstance(holidays, (str, bytes, _dt.date)) or not isinstance(holidays, Iterable):
            raise TypeError(f"holidays must be an iterable of datetime.date, not {cv.type_name(holidays)}")
        for i, d in enumerate(holidays):
            field = f"holidays[{i}]"
            b.holiday(cv.date_in(d, field), field)
    if workdays is not None:
        if isinstance(workdays, Mapping):
            items = list(workdays.items())
        elif isinstance(workdays, (str, bytes, _dt.date)) or not isinstance(workdays, Iterable):
            raise TypeError(f"workdays must be a dict {{date: 'mon'}} or an iterable of dates, not {cv.type_name(workdays)}")
        else:
            items = [(d, _core.DEFAULT_MAKEUP_WEEKDAY) for d in workdays]
        for d, as_ in items:
            text = cv.date_in(d, "workdays key")
            field = f"workdays.{text}"
            b.workday(text, cv.str_in(_core.DEFAULT_MAKEUP_WEEKDAY if as_ is None else as_, field), field)
    if days is not None:
        if not isinstance(days, Mapping):
            raise TypeError(f"days must be a dict {{date: [(open, close), ...]}}, not {cv.type_name(days)}")
        for d, shifts in days.items():
            text = cv.date_in(d, "days key")
            field = f"days.{text}"
            b.day(text, cv.shifts_in(shifts, field), field)
    if set_horizon:
        b.horizon(None if horizon is None else cv.date_in(horizon, "horizon"))
    if strict is not None:
        b.strict(cv.bool_in(strict, "strict"))


class Calendar:
    """A working calendar: a time zone, weekly shifts and date rules.

    Date rules by precedence: explicit shifts for one date (``days``) >
    holidays > make-up working days (``workdays``, working with the shifts of
    the named weekday) > the weekly pattern (``week``). Shifts are
    ``("HH:MM", "HH:MM")`` pairs, half-open; a close at or before the open runs
    past midnight and belongs to the date it opens on; ``"24:00"`` is a close.

    Instants: a naive ``datetime`` is local civil time of the calendar's zone
    and results come back naive; an aware ``datetime`` is an instant and
    results come back aware in its ``tzinfo``. Immutable and thread-safe.
    """

    __slots__ = ("_core",)

    def __init__(
        self,
        week: Optional[Mapping] = None,
        *,
        zone: str = _core.DEFAULT_ZONE,
        holidays: Iterable[_dt.date] = (),
        workdays: Any = None,
        days: Optional[Mapping] = None,
        horizon: Optional[_dt.date] = None,
        strict: bool = False,
    ) -> None:
        b = _core.CalendarBuilder()
        _fill(b, zone=zone, week=week, holidays=holidays, workdays=workdays, days=days,
              horizon=horizon, set_horizon=True, strict=strict)
        self._core = b.build()

    @classmethod
    def _wrap(cls, core: Any) -> "Calendar":
        obj = cls.__new__(cls)
        obj._core = core
        return obj

    @classmethod
    def china(
        cls,
        hours: Optional[Iterable] = None,
        *,
        zone: str = _core.DEFAULT_ZONE,
        strict: Optional[bool] = None,
        week: Optional[Mapping] = None,
        holidays: Iterable[_dt.date] = (),
        workdays: Any = None,
        days: Optional[Mapping] = None,
        holiday_file: Union[str, "os.PathLike[str]", None] = None,
        past_horizon: Optional[str] = None,
    ) -> "Calendar":
        """The mainland China calendar: ``hours`` Monday to Friday (default
        09:00-12:00 and 13:00-18:00), the State Council's holidays and make-up
        days (which work with Monday's hours), horizon 2026-12-31, strict by
        default. ``week`` replaces the shifts of the weekdays it names (say,
        Saturday service hours); ``holidays``, ``workdays`` and ``days`` add
        company dates (up to the horizon).

        ``holiday_file`` (a path) brings in a notice the library was built
        without, such as next year's: a CSV in the format of
        ``data/cn_holidays.csv`` (``date,kind,name``; kind ``holiday`` or
        ``workday``; a name with a comma is quoted). Its rows for the
        built-in years must repeat the table (except in its last December,
        where the next notice may add days); each later year must be a whole
        notice, with at least a holiday row for every day the law fixes on a
        Gregorian date (国务院令第795号 art. 2: 1 January, 1-2 May, 1-3
        October; the lunar festivals cannot be checked, so the file must
        carry them too); the horizon becomes the 31 December of the file's
        latest year. A missing file raises NotFoundError, a bad line
        ParseError or InvalidArgumentError naming ``FILE:LINE``, the column
        and the value; a year lacking one of those days InvalidArgumentError
        naming the file and the row (``no row '2027-05-01,holiday,...'``).

        ``past_horizon`` says what happens past the horizon: ``"refuse"``
        (the default; ``strict=True``) raises OutOfRangeError, ``"weekly"``
        (``strict=False``) follows the weekly pattern alone, ``"statutory"``
        puts the statutory holidays of the law in force there (全国年节及纪念
        日放假办法, 国务院令第795号 art. 2) with a substitute day off (补假,
        art. 6) for each on a weekend, no make-up working days, through
        2100 (later dates are refused). Those dates are provisional (see
        ``provisional``); a holiday file's years replace them wholly. An
        unknown word, or one that contradicts ``strict``, raises
        InvalidArgumentError naming ``past_horizon``."""
        core_hours = None if hours is None else cv.shifts_in(hours, "hours")
        path = None
        if holiday_file is not None:
            if not isinstance(holiday_file, (str, os.PathLike)):
                raise TypeError(f"holiday_file must be a str or os.PathLike, not {cv.type_name(holiday_file)}")
            path = os.fsdecode(holiday_file)
        b = _core.CalendarBuilder.china(core_hours, cv.str_in(zone, "zone"),
                                        None if strict is None else cv.bool_in(strict, "strict"), path,
                                        None if past_horizon is None else cv.str_in(past_horizon, "past_horizon"))
        _fill(b, zone=None, week=week, holidays=holidays, workdays=workdays, days=days)
        return cls._wrap(b.build())

    @classmethod
    def from_json(cls, text: str) -> "Calendar":
        """A calendar document (or a policy document's "calendar" member)."""
        return cls._wrap(_core.Calendar.from_json(cv.str_in(text, "text")))

    def to_json(self) -> str:
        return self._core.to_json()

    # ------------------------------------------------------------ properties

    @property
    def zone(self) -> str:
        """The IANA name or POSIX TZ rule of the calendar's zone."""
        return self._core.zone

    @property
    def horizon(self) -> Optional[_dt.date]:
        """The last date the calendar's date rules are known for, or None."""
        h = self._core.horizon
        return None if h is None else cv.date_out(h)

    @property
    def strict(self) -> bool:
        """Whether a computation needing dates past the horizon is an error."""
        return self._core.strict

    @property
    def past_horizon(self) -> str:
        """``"refuse"``, ``"weekly"`` or ``"statutory"``: what the calendar
        does with dates past its horizon."""
        return self._core.past_horizon

    @property
    def provisional_until(self) -> Optional[_dt.date]:
        """The last provisional date (statutory mode: 2100-12-31), or None."""
        u = self._core.provisional_until
        return None if u is None else cv.date_out(u)

    def provisional(self, d: _dt.date) -> bool:
        """Whether ``d`` is provisional: past the horizon in statutory mode,
        with the statutory holidays only (the make-up days are not yet
        published)."""
        return self._core.provisional(cv.date_in(d, "date"))

    def provisional_year_in(self, a: _dt.datetime, b: _dt.datetime) -> Optional[int]:
        """The first provisional year among the local dates of [a, b], or
        None: a verdict over that span leans on statutory holidays only."""
        ua, _ = cv.instant_in(self._core, a, "a")
        ub, _ = cv.instant_in(self._core, b, "b")
        return self._core.provisional_year_in(ua, ub)

    # ------------------------------------------------------------ working time

    def add(self, t: _dt.datetime, d: _dt.timedelta) -> _dt.datetime:
        """The earliest t' >= t with exactly ``d`` working time in [t, t');
        for d < 0 the latest t' <= t with |d| working time in [t', t)."""
        utc, style = cv.instant_in(self._core, t, "t")
        return cv.instant_out(self._core, self._core.add(utc, cv.duration_in(d, "d")), style)

    def between(self, a: _dt.datetime, b: _dt.datetime) -> _dt.timedelta:
        """Working time in [a, b); negative when b < a."""
        ua, _ = cv.instant_in(self._core, a, "a")
        ub, _ = cv.instant_in(self._core, b, "b")
        return cv.duration_out(self._core.between(ua, ub))

    def is_working(self, t: _dt.datetime) -> bool:
        utc, _ = cv.instant_in(self._core, t, "t")
        return self._core.is_working(utc)

    def next_working(self, t: _dt.datetime) -> _dt.datetime:
        """``t`` if it is working time, else the next instant a shift opens."""
        utc, style = cv.instant_in(self._core, t, "t")
        return cv.instant_out(self._core, self._core.next_working(utc), style)

    def working_date(self, t: _dt.datetime) -> _dt.date:
        """The date whose shift holds the next working moment at or after t."""
        utc, _ = cv.instant_in(self._core, t, "t")
        return cv.date_out(self._core.working_date(utc))

    def local_date(self, t: _dt.datetime) -> _dt.date:
        """The local civil date of ``t`` in the calendar's zone."""
        utc, _ = cv.instant_in(self._core, t, "t")
        return cv.date_out(self._core.local_date(utc))

    def to_utc(self, t: _dt.datetime) -> _dt.datetime:
        """``t`` as an aware UTC datetime (naive ``t`` is local civil time:
        a spring-gap time moves forward by the gap, an ambiguous one takes the
        earlier instant)."""
        utc, _ = cv.instant_in(self._core, t, "t")
        return cv.instant_out(self._core, utc, _dt.timezone.utc)

    def to_local(self, t: _dt.datetime) -> _dt.datetime:
        """``t`` as a naive local civil time of the calendar's zone."""
        utc, _ = cv.instant_in(self._core, t, "t")
        return cv.instant_out(self._core, utc, None)

    # ------------------------------------------------------------ days

    def is_business_day(self, d: _dt.date) -> bool:
        """Whether the date has any working time."""
        return self._core.is_business_day(cv.date_in(d, "d"))

    def advance(self, d: _dt.date, n: int) -> _dt.date:
        """``n`` business days later (earlier when n < 0); ``advance(d, 0)``
        is d if it is a business day, else the next one."""
        return cv.date_out(self._core.advance(cv.date_in(d, "d"), cv.int_in(n, "n")))

    def business_days_between(self, d1: _dt.date, d2: _dt.date) -> int:
        """Business days in [d1, d2); negative when d2 < d1."""
        return self._core.business_days_between(cv.date_in(d1, "d1"), cv.date_in(d2, "d2"))

    def shifts_on(self, d: _dt.date) -> Shifts:
        """The shifts opening on ``d`` after all date rules, as text pairs
        such as ``[("09:00", "12:00"), ("13:00", "18:00")]``."""
        return cv.shifts_out(self._core.shifts_on(cv.date_in(d, "d")))

    # ------------------------------------------------------------ batch

    def add_many(self, t: Any, d: Any, *, errors: str = "raise") -> np.ndarray:
        """Vectorised :meth:`add`: ``t`` a datetime64 array of local civil
        times (any unit), ``d`` a timedelta64 array or one timedelta;
        broadcast together. Returns datetime64[s] local civil times. NaT in
        gives NaT out; ``errors="coerce"`` turns failures into NaT. Runs in
        C++ without the GIL."""
        coerce = cv.errors_in(errors)
        ta, da = cv.broadcast_int64(cv.datetime_array_in(t, "t"), cv.timedelta_array_in(d, "d"))
        return cv.datetime_array_out(self._core.add_many(ta, da, coerce=coerce))

    def between_many(self, a: Any, b: Any, *, errors: str = "raise") -> np.ndarray:
        """Vectorised :meth:`between` over datetime64 arrays of local civil
        times; returns timedelta64[s]. NaT in gives NaT out."""
        coerce = cv.errors_in(errors)
        aa, ba = cv.broadcast_int64(cv.datetime_array_in(a, "a"), cv.datetime_array_in(b, "b"))
        return cv.timedelta_array_out(self._core.between_many(aa, ba, coerce=coerce))

    # ------------------------------------------------------------ python protocol

    def __repr__(self) -> str:
        h = self._core.horizon
        return f"<aftersales.Calendar zone={self.zone!r} horizon={h or None} strict={self.strict}>"

    def __reduce__(self):  # pickles as its JSON document (multiprocessing, Dask)
        return (Calendar.from_json, (self.to_json(),))


def add_many(calendar: Calendar, t: Any, d: Any, *, errors: str = "raise") -> np.ndarray:
    """Same as ``calendar.add_many(t, d)``."""
    _check_calendar(calendar)
    return calendar.add_many(t, d, errors=errors)


def between_many(calendar: Calendar, a: Any, b: Any, *, errors: str = "raise") -> np.ndarray:
    """Same as ``calendar.between_many(a, b)``."""
    _check_calendar(calendar)
    return calendar.between_many(a, b, errors=errors)


def _check_calendar(calendar: Any, name: str = "calendar") -> None:
    if not isinstance(calendar, Calendar):
        raise TypeError(f"{name} must be an aftersales.Calendar, not {cv.type_name(calendar)}")
