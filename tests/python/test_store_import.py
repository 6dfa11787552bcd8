"""Store.import_calls with skip_bad and dry_run: every bad record reported
with its error, the good ones imported (or nothing written)."""

from __future__ import annotations

import aftersales as af
from conftest import at, count, intake


def test_skip_bad_imports_the_good_and_reports_each_bad_record(st, db):
    batch = [
        intake(at(2025, 10, 9, 10), serial="A"),
        intake(at(2025, 10, 9, 11), serial="B", zone="moon"),
        intake(at(2025, 10, 9, 12), serial="C"),
        intake(at(2025, 10, 9, 13), serial="D", arrived=at(2025, 10, 9, 14)),
    ]
    r = st.import_calls(batch, skip_bad=True)
    assert len(r.imported) == 2 and r.skipped == []
    assert [x.index for x in r.rejected] == [1, 3]
    assert isinstance(r.rejected[0].error, af.Error)
    assert r.rejected[0].error.field == "calls[1].zone" and "moon" in r.rejected[0].error.message
    assert r.rejected[1].error.field == "calls[3].arrived"
    assert count(db, "SELECT count(*) FROM calls") == 2


def test_dry_run_writes_nothing_and_says_what_an_import_would(st, db):
    batch = [intake(at(2025, 10, 9, 10), serial="A"), intake(at(2025, 10, 9, 11), serial="B", zone="moon")]
    dry = st.import_calls(batch, skip_bad=True, dry_run=True)
    assert count(db, "SELECT count(*) FROM calls") == 0
    real = st.import_calls(batch, skip_bad=True)
    assert (len(dry.imported), dry.skipped, [x.index for x in dry.rejected]) == (
        len(real.imported), real.skipped, [x.index for x in real.rejected])
    assert count(db, "SELECT count(*) FROM calls") == 1


def test_without_skip_bad_the_first_bad_record_refuses_the_batch(st, db):
    import pytest

    with pytest.raises(af.NotFoundError, match="moon"):
        st.import_calls([intake(at(2025, 10, 9, 10), serial="A"), intake(at(2025, 10, 9, 11), serial="B", zone="moon")])
    assert count(db, "SELECT count(*) FROM calls") == 0
