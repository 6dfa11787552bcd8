"""Calls solved by phone or remotely (issue 28; seeds 003 2.2 遠程協助: remote
assistance before a visit; 001 电话技术服务: guiding the customer by phone
through a simple fault): the Store's operations (a mixin of Store) and the
contact as :meth:`Store.remote_contact` returns it."""

from __future__ import annotations

import datetime as _dt
from typing import Any, NamedTuple, Optional

from . import _convert as cv
from . import _core

#: How a call was handled without a visit: "phone" (电话技术服务) or
#: "remote" (遠程協助, a remote session).
REMOTE_METHODS = _core.enum_names("remote_method")


class RemoteContact(NamedTuple):
    """A call's contact by phone or remotely: ``technician`` first contacted
    the customer at ``first_response`` and solved the call at ``resolved``
    (None: the attempt did not solve it and the call went on to a visit);
    ``recorded`` is when the store took it. Times naive local."""

    call_id: str
    technician: str
    how: str
    first_response: _dt.datetime
    resolved: Optional[_dt.datetime]
    recorded: _dt.datetime


class _RemoteOps:
    """Store methods for calls solved by phone or remotely."""

    __slots__ = ()

    def resolve_remotely(
        self, call_id: str, technician: str, how: str, first_response: _dt.datetime, resolved: _dt.datetime
    ) -> None:
        """The call was solved without a visit: ``technician`` first
        contacted the customer at ``first_response`` and solved it at
        ``resolved`` (received <= first_response <= resolved, none in the
        future); ``how`` is "phone" or "remote". No dispatch: the call
        leaves the queue, a later :meth:`dispatch` raises StateError, and it
        is judged against the policy's dispatch.remote targets (first
        contact, resolution; working time from the call), counted apart in
        the monthly report (``remote``, ``remote_met``, ``remote_breached``),
        never as an arrival met or breached. StateError naming "call" once
        dispatched or already contacted remotely; InvalidArgumentError
        naming "how", "technician", "first_response_at", "resolved_at"."""
        self._core.resolve_remotely(
            cv.str_in(call_id, "call_id"), cv.str_in(technician, "technician"), cv.str_in(how, "how"),
            self._at(first_response, "first_response_at"), self._at(resolved, "resolved_at"),
        )

    def record_remote_attempt(self, call_id: str, technician: str, how: str, at: _dt.datetime) -> None:
        """A phone or remote attempt at ``at`` that did not solve the call:
        recorded as its first response (the report's first response counts
        it); the call stays in the queue for a normal dispatch and is judged
        as a visit. Errors as :meth:`resolve_remotely` ("at")."""
        self._core.record_remote_attempt(
            cv.str_in(call_id, "call_id"), cv.str_in(technician, "technician"), cv.str_in(how, "how"),
            self._at(at),
        )

    def remote_contact(self, call_id: str) -> Optional[RemoteContact]:
        """The call's remote contact, or None; NotFoundError naming "call_id"."""
        t: Any = self._core.remote_contact(cv.str_in(call_id, "call_id"))
        if t is None:
            return None
        cid, technician, how, first, resolved, recorded = t
        cal = self._cal
        return RemoteContact(
            cid, technician, how, cv.instant_out(cal, first, None),
            None if resolved is None else cv.instant_out(cal, resolved, None), cv.instant_out(cal, recorded, None),
        )
