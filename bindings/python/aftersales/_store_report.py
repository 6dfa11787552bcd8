"""The month's management report (RULES.md §6) as DataFrames: the Store's
monthly_report (a mixin of Store), split from store.py."""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any, Dict, Optional

import numpy as np

from . import _convert as cv
from . import _core
from ._complaint_records import _statistics_out
from ._store_counter import _coverage
from ._store_queries import _nan_if_none, _sla_frame, _text, _times
from ._store_records import _pandas
from .penalty import _month_in


class _ReportOps:
    """Store's monthly report."""

    __slots__ = ()

    def monthly_report(self, month: Any, as_of: Optional[_dt.datetime] = None) -> Dict[str, Any]:
        """The management report of ``month`` ("2025-10", or a date in it):
        the calls received that month (local month of the calendar) by
        ``as_of`` (a call received later is not counted), each judged by the
        library's one SLA judge on its facts as known then (a pause begun
        later unknown, one ended later still open: a paused call is open,
        never breached while its pause lasts). Default: the first instant of the next
        month in the calendar's zone, or the store's clock when that is
        earlier, so a past month gives the same answer whenever it is asked
        (the moment used is the summary's ``as_of``). A dict of DataFrames:

        * ``"sla_by_zone"``, ``"sla_by_centre"``, ``"sla_by_technician"``:
          the key column ("zone", "centre", "technician"), ``calls``,
          ``met``, ``breached`` (late, or not arrived and past the
          deadline), ``open`` and ``compliance`` = met / (met + breached)
          (NaN when none is decided), then ``remote`` (calls handled by
          phone or remotely: none of met, breached, open), ``remote_met``,
          ``remote_breached`` (against dispatch.remote);
        * ``"summary"``, one row: ``month``, ``calls``, ``completed``,
          ``first_time_fixed``, ``first_time_fix_rate``,
          ``mean_time_to_repair`` (timedelta64, NaT when none completed),
          ``responded`` (calls dispatched by as_of), ``mean_first_response``
          (received -> dispatched), ``completed_on_site`` (completed on site
          by as_of), ``mean_on_site`` (arrived -> completed): wall time,
          timedelta64, NaT over no calls (RULES §6 names these figures
          without defining them; this is the library's reading);
          ``as_of``, ``queue_at`` (the month's last second, or as_of when
          earlier); then ``remote``, ``remote_met``, ``remote_breached``,
          ``remote_resolved`` (calls solved by phone or remotely; a remote
          first contact is the call's first response in ``responded`` and
          ``mean_first_response``);
        * ``"satisfaction"``: per technician ``surveys`` and the mean
          ``attitude``, ``skill``, ``arrival``, ``promise`` and ``overall``
          (1..4, to the hundredth);
        * ``"queue"``: ``call_id`` of the dispatch queue at ``queue_at``, in order;
        * ``"complaints"``, one row: ``received`` (complaints received in the
          month), ``per_1000_calls`` (NaN without calls), and of those closed
          in the month ``closed``, ``on_time``, ``on_time_ratio``,
          ``invalid``, ``unconfirmed``;
        * ``"complaints_by_department"``: ``department``, ``closed``;
        * ``"penalties"``: the month's settlements, ``person``, ``bonus``,
          ``deducted``, ``carried`` (Decimal);
        * ``"survey_coverage"`` (issue 28, seeds/002 (二十三)), one row:
          ``calls``, ``surveyed`` (surveys recorded by as_of);
          ``"survey_coverage_by_centre"``, ``"survey_coverage_by_technician"``:
          ``key``, ``calls``, ``surveyed`` (exact counts) and ``share``
          (surveyed / calls as a float, NaN without calls).
        * ``"billing"`` (issue 28): per ``centre``, ``revenue`` (charged on
          the bills made in the month), ``invoiced`` (bills invoiced in the
          month), ``collected`` (payments received in the month),
          ``receivable`` (owed at as_of on every bill made by then) and
          ``not_charged`` (the value of the month's free, internal and
          contract-covered work), Decimal, as of ``as_of`` (a payment after
          it has not happened).

        And one entry that is not a frame: ``"complaint_statistics"``, the
        :class:`ComplaintStatistics` of the complaints closed in the month
        as :meth:`complaint_statistics` gives them, but as of ``as_of``
        (issue 29: the customers not visited or not told, the
        administrative penalties, the open and overdue improvements).

        Times are naive local, or aware in the tzinfo of an aware ``as_of``."""
        pd = _pandas()
        style: cv.Style = None
        as_of_s = None
        if as_of is not None:
            as_of_s, style = cv.instant_in(self._cal, as_of, "as_of")
        r = self._core.monthly_report(_month_in(month), as_of_s)
        frames: Dict[str, Any] = {}
        for name, key in (("sla_by_zone", "zone"), ("sla_by_centre", "centre"), ("sla_by_technician", "technician")):
            frames[name] = _sla_frame(pd, r[name], key)
        completed = r["completed"]
        frames["summary"] = pd.DataFrame({
            "month": _text(pd, [r["month"]]),
            "calls": np.array([r["calls"]], dtype=np.int64),
            "completed": np.array([completed], dtype=np.int64),
            "first_time_fixed": np.array([r["first_time_fixed"]], dtype=np.int64),
            "first_time_fix_rate": np.array([_nan_if_none(r["first_time_fix_rate"])]),
            "mean_time_to_repair": np.array(
                [r["mean_time_to_repair"] if completed else _core.NAT], dtype=np.int64
            ).view("timedelta64[s]"),
            "responded": np.array([r["responded"]], dtype=np.int64),
            "mean_first_response": np.array([r["mean_first_response"]], dtype=np.int64).view("timedelta64[s]"),
            "completed_on_site": np.array([r["completed_on_site"]], dtype=np.int64),
            "mean_on_site": np.array([r["mean_on_site"]], dtype=np.int64).view("timedelta64[s]"),
            "as_of": _times(pd, np.array([r["as_of"]], dtype=np.int64), self._cal, style),
            "queue_at": _times(pd, np.array([r["queue_at"]], dtype=np.int64), self._cal, style),
            "remote": np.array([r["remote"]], dtype=np.int64),
            "remote_met": np.array([r["remote_met"]], dtype=np.int64),
            "remote_breached": np.array([r["remote_breached"]], dtype=np.int64),
            "remote_resolved": np.array([r["remote_resolved"]], dtype=np.int64),
        })
        sat = r["satisfaction"]
        satisfaction = {"technician": _text(pd, [s[0] for s in sat]),
                        "surveys": np.array([s[1] for s in sat], dtype=np.int64)}
        for i, name in enumerate(("attitude", "skill", "arrival", "promise", "overall")):
            satisfaction[name] = np.array([s[2 + i] for s in sat], dtype=np.int64) / 100.0
        frames["satisfaction"] = pd.DataFrame(satisfaction)
        frames["queue"] = pd.DataFrame({"call_id": _text(pd, r["queue"])})
        st = r["complaint_statistics"]
        frames["complaint_statistics"] = _statistics_out(st, self._cal, style)
        frames["complaints"] = pd.DataFrame({
            "received": np.array([r["complaints"]], dtype=np.int64),
            # The core's figure, in thousandths.
            "per_1000_calls": np.array([math.nan if r["complaints_per_1000_calls"] is None
                                        else r["complaints_per_1000_calls"] / 1000.0]),
            "closed": np.array([st["total"]], dtype=np.int64),
            "on_time": np.array([st["on_time"]], dtype=np.int64),
            "on_time_ratio": np.array([_nan_if_none(st["on_time_ratio"])]),
            "invalid": np.array([st["invalid"]], dtype=np.int64),
            "unconfirmed": np.array([st["unconfirmed"]], dtype=np.int64),
        })
        departments = sorted(st["by_department"].items())
        frames["complaints_by_department"] = pd.DataFrame({
            "department": _text(pd, [d for d, _ in departments]),
            "closed": np.array([n for _, n in departments], dtype=np.int64),
        })
        pen = r["penalties"]
        frames["penalties"] = pd.DataFrame({
            "person": _text(pd, [p[0] for p in pen]),
            "bonus": pd.Series([cv.money_out(p[1]) for p in pen], dtype=object),
            "deducted": pd.Series([cv.money_out(p[2]) for p in pen], dtype=object),
            "carried": pd.Series([cv.money_out(p[3]) for p in pen], dtype=object),
        })
        cov = _coverage(self._cal, r["survey_coverage"], style)
        frames["survey_coverage"] = pd.DataFrame({
            "calls": np.array([cov.calls], dtype=np.int64),
            "surveyed": np.array([cov.surveyed], dtype=np.int64),
        })
        for name, rows in (("survey_coverage_by_centre", cov.by_centre),
                           ("survey_coverage_by_technician", cov.by_technician)):
            frames[name] = pd.DataFrame({
                "key": _text(pd, [x.key for x in rows]),
                "calls": np.array([x.calls for x in rows], dtype=np.int64),
                "surveyed": np.array([x.surveyed for x in rows], dtype=np.int64),
                # The row's exact share (the core's share(): surveyed / calls), as a float.
                "share": np.array([math.nan if x.share is None else float(x.share) for x in rows], dtype=np.float64),
            })
        bil = r["billing_by_centre"]
        frames["billing"] = pd.DataFrame({
            "centre": _text(pd, [b[0] for b in bil]),
            **{name: pd.Series([cv.money_out(b[1 + i]) for b in bil], dtype=object)
               for i, name in enumerate(("revenue", "invoiced", "collected", "receivable", "not_charged"))},
        })
        return frames
