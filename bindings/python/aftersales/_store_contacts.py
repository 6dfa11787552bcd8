"""The complaining customer told and visited, and administrative penalties
on record (issue 29). seeds/002 家電 (二十六): 情節重大者…將處理情況函告該客戶;
其屬一般性質者…以書面或電話通知該客戶; (二十八): 對抱怨的客戶, 無論其情節大小, 均應由服務主任
親自或專門派員前往處理. 客戶投訴行政處罰準則 (五): 警告一次, 罰扣400元以上; 小過一次,
以每基數罰扣800元以上; 大過以上者, 當月效益獎金全額罰扣; 投訴 (十二)1: 人事公布單.
Money is ``decimal.Decimal`` yuan, exact to the fen."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, List, NamedTuple, Optional, Tuple

from . import _convert as cv
from . import _core
from .penalty import _month_in

# The library's tables (aftersales/enum_names.hpp), never spelled again.
CONTACT_KINDS = _core.enum_names("contact_kind")
CONTACT_METHODS = _core.enum_names("contact_method")


class ComplaintContact(NamedTuple):
    """A contact with a complaint's customer: ``kind`` "notification" (the
    result told, (二十六)) or "visit" ((二十八)); ``how`` "letter", "phone" or
    "visit"; ``by`` who; ``at`` when (naive local, or aware as given);
    ``amount`` the amount a notification told (Decimal yuan), if any."""

    id: str
    number: str
    kind: str
    how: str
    by: str
    at: _dt.datetime
    note: str
    recorded: _dt.datetime
    amount: Optional[Decimal] = None  # a notification's amount told (yuan), if any


class AdminPenaltyRecord(NamedTuple):
    """An administrative penalty on record: ``kind`` "warning", "minor" or
    "major"; ``amount`` the deduction decided (None for a major demerit: the
    month's whole bonus at the settlement); the 人事公布單's number and date;
    ``month`` ("YYYY-MM") whose bonus it takes, whole; ``due`` the day the
    notice is published by ((十二)1: the statistics day of the month after
    the closing), ``late`` when dated after it (still valid)."""

    id: str
    person: str
    case_number: str
    offence: str
    kind: str
    count: int
    amount: Optional[Decimal]
    notice_number: str
    notice_date: _dt.date
    month: str
    recorded: _dt.datetime
    due: Optional[_dt.date] = None
    late: bool = False


class ContactStatistics(NamedTuple):
    """The month's complaints (closed in it) whose customer was not visited
    (when the routing asks for a visit) or not told the result, by number,
    and the administrative penalties on them as (person, month, case, kind,
    count, amount) tuples (amount 0 for a major demerit)."""

    unvisited: List[str]
    unnotified: List[str]
    admin_penalties: List[Tuple[str, str, str, str, int, Decimal]]


class _ContactOps:
    """The contact and administrative-penalty operations of :class:`Store`
    (a mixin: ``self._core``, ``self._cal``, ``self._at``)."""

    _core: Any
    _cal: Any
    _at: Any

    def record_contact(self, number: str, kind: str, how: str, by: str, at: Any, note: str = "",
                       amount: Optional[Any] = None) -> str:
        """Records a contact with complaint ``number``'s customer; returns its
        id. A visit is in person (how "visit"), from the complaint's receipt
        (InvalidArgumentError naming "at" before it); a notification tells
        the result by a method the policy gives for the case's severity
        (complaints.routing.notify_by: by default a serious case's by letter
        only, 函告; InvalidArgumentError naming "how"), once the complaint is
        closed (StateError naming "complaint" while open). ``amount``
        (Decimal yuan): what a notification tells the customer, at most what
        the approval committed (seeds/002 (九)11; InvalidArgumentError naming
        "amount")."""
        fen = None if amount is None else cv.money_in(amount, "amount")
        return self._core.record_contact(cv.str_in(number, "number"), cv.str_in(kind, "kind"),
                                         cv.str_in(how, "how"), cv.str_in(by, "by"), self._at(at),
                                         cv.str_in(note, "note"), fen)

    def contacts(self, number: str) -> List[ComplaintContact]:
        """Complaint ``number``'s contacts by time (NotFoundError naming "number")."""
        return [ComplaintContact(i, n, k, h, b, cv.instant_out(self._cal, at, None), note,
                                 cv.instant_out(self._cal, rec, None), None if fen is None else cv.money_out(fen))
                for (i, n, k, h, b, at, note, rec, fen) in self._core.contacts(cv.str_in(number, "number"))]

    def record_admin_penalty(self, person: str, case_number: str, offence: str, kind: str, month: Any,
                             notice_number: str, notice_date: Any, count: int = 1,
                             amount: Optional[Any] = None) -> str:
        """Records an administrative penalty on the closed complaint ``case_number``
        (行政處罰準則 (四)-(六)): ``offence`` one of the policy's offences,
        ``kind`` "warning" / "minor" / "major", ``count`` times, ``amount``
        (Decimal yuan) at least the policy's minimum per count for a warning
        or minor demerit (default that minimum), none for a major demerit;
        published on 人事公布單 ``notice_number`` on ``notice_date``; taken
        whole from ``month``'s bonus (first, outside the 50 % cap of the
        complaint deductions). Returns its id."""
        fen = None if amount is None else cv.money_in(amount, "amount")
        return self._core.record_admin_penalty(
            cv.str_in(person, "person"), cv.str_in(case_number, "case_number"), cv.str_in(offence, "offence"),
            cv.str_in(kind, "kind"), cv.int_in(count, "count"), fen, cv.str_in(notice_number, "notice_number"),
            cv.date_in(notice_date, "notice_date"), _month_in(month))

    def admin_penalties(self, person: Optional[str] = None) -> List[AdminPenaltyRecord]:
        """The administrative penalties on record, of ``person`` or everyone, by month."""
        rows = self._core.admin_penalties(None if person is None else cv.str_in(person, "person"))
        return [AdminPenaltyRecord(i, p, c, o, k, n, None if a is None else cv.money_out(a), nn,
                                   _dt.date.fromisoformat(nd), m, cv.instant_out(self._cal, rec, None),
                                   _dt.date.fromisoformat(due), late)
                for (i, p, c, o, k, n, a, nn, nd, m, rec, due, late) in rows]

    def contact_statistics(self, month: Any) -> ContactStatistics:
        """The contacts and administrative penalties of ``month``'s complaint
        statistics (the complaints closed in it)."""
        unvisited, unnotified, penalties = self._core.contact_statistics(_month_in(month))
        return ContactStatistics(list(unvisited), list(unnotified),
                                 [(p, m, c, k, n, cv.money_out(a)) for (p, m, c, k, n, a) in penalties])
