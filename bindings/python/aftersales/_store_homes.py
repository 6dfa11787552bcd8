"""The guarantee-expiry notice to a home's owner (issue 27; seed 001 (五):
公告住房保修期届满的业主, 及时检查发现问题), as Store.issue_housing_expiry_notices
returns it."""

from __future__ import annotations

import datetime as _dt
from typing import Any, NamedTuple, Optional, Tuple

_EPOCH_UTC = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


class HousingNotice(NamedTuple):
    """A notice about one ``part`` of a home (its unit ``unit_id``, the home's
    identifier ``serial``): its guarantee ends on ``ends`` (the last day
    covered); ``guarantee`` says whose end applies, "owner" (from handover,
    1998 art. 5) or "contractor" (from completion acceptance, 建设工程质量管理条例
    art. 40), the later of the two (商品房销售管理办法 art. 33). ``issued_on`` is
    the day asked for, ``issued_at`` when it was recorded (UTC);
    ``repairer`` the repairer the 住宅质量保证书 names, else None."""

    id: str
    unit_id: str
    product: str
    serial: str
    owner: str
    phone: str
    part: str
    ends: _dt.date
    guarantee: str
    issued_on: _dt.date
    issued_at: _dt.datetime
    repairer: Optional[str]


def _housing_notice(t: Tuple[Any, ...]) -> HousingNotice:
    (id_, unit_id, product, serial, owner, phone, part, ends, guarantee, issued_on, issued_at, repairer) = t
    return HousingNotice(
        id_, unit_id, product, serial, owner, phone, part, _dt.date.fromisoformat(ends), guarantee,
        _dt.date.fromisoformat(issued_on), _EPOCH_UTC + _dt.timedelta(seconds=issued_at), repairer,
    )
