"""Legal periods counted in days, months and years (PRC Civil Code arts. 200-204)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from . import _core
from . import _convert as cv
from .calendar import Calendar, _check_calendar

__all__ = ["period_end", "period_deadline"]


def _core_calendar(calendar: Optional[Calendar]):
    if calendar is None:
        return None
    _check_calendar(calendar)
    return calendar._core


def period_end(
    start: _dt.date,
    *,
    days: int = 0,
    months: int = 0,
    years: int = 0,
    calendar: Optional[Calendar] = None,
    count_start_day: bool = False,
    extend_past_rest: bool = True,
) -> _dt.date:
    """The last day of a period starting on ``start``.

    The start day is not counted (art. 201; ``count_start_day=True`` departs
    from it). Months and years end on the corresponding day of the last
    month, or on its last day when it has no such day (art. 202:
    2024-01-31 + 1 month = 2024-02-29). A last day that is not a business day
    of ``calendar`` moves to the next business day (art. 203;
    ``extend_past_rest=False`` departs from it). Without a calendar there is
    no extension.
    """
    text = _core.period_end(
        cv.date_in(start, "start"),
        cv.int_in(days, "days"),
        cv.int_in(months, "months"),
        cv.int_in(years, "years"),
        _core_calendar(calendar),
        cv.bool_in(count_start_day, "count_start_day"),
        cv.bool_in(extend_past_rest, "extend_past_rest"),
    )
    return cv.date_out(text)


def period_deadline(
    start: _dt.date,
    *,
    days: int = 0,
    months: int = 0,
    years: int = 0,
    calendar: Calendar,
    count_start_day: bool = False,
    extend_past_rest: bool = True,
    tzinfo: Optional[_dt.tzinfo] = None,
) -> _dt.datetime:
    """The moment the period ends: the close of the last shift on its last
    day, or 24:00 of that day when it has no business hours. Naive local civil
    time of the calendar's zone, or aware in ``tzinfo`` when given."""
    _check_calendar(calendar)
    utc = _core.period_deadline(
        cv.date_in(start, "start"),
        calendar._core,
        cv.int_in(days, "days"),
        cv.int_in(months, "months"),
        cv.int_in(years, "years"),
        cv.bool_in(count_start_day, "count_start_day"),
        cv.bool_in(extend_past_rest, "extend_past_rest"),
    )
    if tzinfo is not None and not isinstance(tzinfo, _dt.tzinfo):
        raise TypeError(f"tzinfo must be a datetime.tzinfo, not {cv.type_name(tzinfo)}")
    return cv.instant_out(calendar._core, utc, tzinfo)
