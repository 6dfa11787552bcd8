"""The command-line tool as a newcomer meets it (issue 23): nothing destroyed,
nothing invented, imports that can be repeated, one answer per month, help
that helps. It runs the tool the package installed (the same program
`cmake --install` puts in bin/)."""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import re
import sqlite3
import subprocess
from zoneinfo import ZoneInfo

import pytest

import aftersales as af
from aftersales import _cli

HEADER = "customer,phone,address,zone,product,serial,purchased,received,centre,fault,technician,dispatched,arrived,completed\n"
ROWS = [
    'Wang Fang,13800000001,"1 Renmin Road, Flat 2",urban,colour_tv,TV-0001,2025-03-01,2025-10-09 10:00,city,no picture,T01,2025-10-09 10:20,2025-10-09 15:00,2025-10-09 16:00\n',
    'Li Lei,13800000002,8 Jiefang Road,suburban,bicycle,BK-0042,2025-08-15,2025-10-10 09:30,county,"brake ""squeaks""",T07,2025-10-10 10:00,,\n',
    "Zhao Min,13800000003,3 Xinhua Street,urban,colour_tv,TV-0002,2023-01-05,2025-10-13 14:00,city,does not start,,,,\n",
]


# The package's tool, or the one named (a build tree's, while developing).
TOOL = os.environ.get("AFTERSALES_CLI") or str(_cli.binary())


def run(*args: str, cwd: pathlib.Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([TOOL, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd)


def files(folder: pathlib.Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def calls_in(db: pathlib.Path) -> int:
    # immutable: a read-only SQLite connection would leave -wal/-shm files behind
    with sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True) as con:
        return con.execute("SELECT count(*) FROM calls").fetchone()[0]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> tuple[pathlib.Path, str]:
    """A demo store of 300 calls and what the demo printed."""
    folder = tmp_path_factory.mktemp("demo")
    out = run("demo", "--db", folder / "demo.db", "--calls", "300", "--seed", "7")
    assert out.returncode == 0, out.stderr
    return folder / "demo.db", out.stdout


@pytest.fixture
def store(tmp_path) -> pathlib.Path:
    """A store holding the three calls of ROWS."""
    csv = tmp_path / "calls.csv"
    csv.write_text(HEADER + "".join(ROWS), encoding="utf-8")
    out = run("import-calls", "--db", tmp_path / "calls.db", "--create", csv)
    assert out.returncode == 0, out.stderr
    return tmp_path / "calls.db"


# ---- help, version, options


def test_help_lists_the_commands():
    out = run("--help")
    assert out.returncode == 0
    for command in ("demo", "report", "import-calls", "help"):
        assert re.search(rf"^  {command} ", out.stdout, re.M), command


@pytest.mark.parametrize("way", [("help", "report"), ("report", "--help"), ("report", "-h")])
def test_a_commands_help_lists_every_option(way):
    out = run(*way)
    assert out.returncode == 0, out.stderr
    for option in ("--db FILE", "--month YYYY-MM", "--as-of TIME", "--json", "--policy FILE", "--holidays FILE"):
        assert option in out.stdout


def test_version():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"aftersales {af.__version__}"


@pytest.mark.parametrize(
    "args, said",
    [
        (("frobnicate",), "unknown command 'frobnicate'"),
        (("--frobnicate",), "unknown option '--frobnicate'"),
        (("help", "frobnicate"), "unknown command 'frobnicate'"),
        (("report", "--db", "x.db", "--month", "2025-10", "--colour"), "unknown option '--colour'"),
        (("report", "--month", "2025-10"), "--db FILE is required"),
        (("report", "--db"), "--db needs a value (FILE)"),
        (("demo", "--calls", "0"), "--calls 0 is not in 1..100000"),
        (("demo", "--seed", "x"), "--seed 'x' is not a non-negative integer"),
        (("demo", "--force=yes"), "--force takes no value"),
        ((), "no command given"),
    ],
)
def test_a_bad_command_line_is_named(tmp_path, args, said):
    out = run(*args, cwd=tmp_path)
    assert out.returncode == 2
    assert said in out.stderr
    assert files(tmp_path) == set()  # and nothing written


def test_an_option_takes_its_value_after_an_equals_sign(demo_db):
    db, _ = demo_db
    out = run("report", f"--db={db}", "--month=2025-10", "--json")
    assert out.returncode == 0, out.stderr
    assert '"month": "2025-10"' in out.stdout


# ---- nothing destroyed


def test_demo_refuses_an_existing_file(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("my notes\n")
    out = run("demo", "--db", text)
    assert out.returncode == 1
    assert "'" + str(text) + "' exists" in out.stderr
    assert text.read_text() == "my notes\n"
    assert files(tmp_path) == {"notes.txt"}


@pytest.mark.parametrize("content", ["text", "store"])
def test_demo_force_never_replaces_what_the_demo_did_not_write(tmp_path, store, content):
    target = store if content == "store" else tmp_path / "notes.txt"
    if content == "text":
        target.write_text("my notes\n")
    before = target.read_bytes()
    out = run("demo", "--db", target, "--force", "--calls", "10")
    assert out.returncode == 1
    assert "left as it was" in out.stderr
    assert target.read_bytes() == before
    if content == "store":
        assert calls_in(target) == 3


def test_demo_force_replaces_a_demo_store(tmp_path):
    db = tmp_path / "demo.db"
    assert run("demo", "--db", db, "--calls", "20").returncode == 0
    out = run("demo", "--db", db, "--calls", "30", "--force")
    assert out.returncode == 0, out.stderr
    assert calls_in(db) == 30
    assert files(tmp_path) == {"demo.db"}


def test_a_failed_demo_leaves_nothing(tmp_path):
    target = tmp_path / "no-such-folder" / "demo.db"
    out = run("demo", "--db", target, "--calls", "10")
    assert out.returncode == 1
    assert f"'{target}' cannot be created: the directory" in out.stderr
    assert files(tmp_path) == set()


def test_demo_force_keeps_a_demo_store_that_took_imported_calls(tmp_path):
    db = tmp_path / "demo.db"
    assert run("demo", "--db", db, "--calls", "20").returncode == 0
    csv = tmp_path / "calls.csv"
    csv.write_text(HEADER + ROWS[2])
    assert run("import-calls", "--db", db, csv).returncode == 0
    out = run("demo", "--db", db, "--calls", "20", "--force")
    assert out.returncode == 1 and "left as it was" in out.stderr
    assert calls_in(db) == 21


# ---- nothing invented


def test_report_on_a_missing_file_creates_nothing(tmp_path):
    out = run("report", "--db", tmp_path / "dmoe.db", "--month", "2025-10")
    assert out.returncode == 1
    assert "dmoe.db" in out.stderr and "does not exist" in out.stderr
    assert files(tmp_path) == set()


def test_report_leaves_the_folder_as_it_was(demo_db):
    db, _ = demo_db
    before = files(db.parent), db.read_bytes()
    assert run("report", "--db", db, "--month", "2025-10").returncode == 0
    assert (files(db.parent), db.read_bytes()) == before


def test_report_on_a_text_file_says_so_in_plain_words(tmp_path):
    text = tmp_path / "calls.csv"
    text.write_text(HEADER + ROWS[0])
    out = run("report", "--db", text, "--month", "2025-10")
    assert out.returncode == 1
    assert str(text) in out.stderr and "not a database file" in out.stderr
    assert "preparing a statement" not in out.stderr
    assert files(tmp_path) == {"calls.csv"}


def test_import_into_a_missing_store_needs_create(tmp_path):
    csv = tmp_path / "calls.csv"
    csv.write_text(HEADER + "".join(ROWS))
    out = run("import-calls", "--db", tmp_path / "calsl.db", csv)
    assert out.returncode == 1
    assert "does not exist" in out.stderr
    assert files(tmp_path) == {"calls.csv"}


def test_import_of_a_missing_csv_creates_nothing(tmp_path):
    out = run("import-calls", "--db", tmp_path / "calls.db", "--create", tmp_path / "nope.csv")
    assert out.returncode == 1
    assert "nope.csv" in out.stderr
    assert files(tmp_path) == set()


def test_a_failed_import_never_removes_what_it_did_not_create(tmp_path):
    csv = tmp_path / "calls.csv"
    csv.write_text(HEADER + "".join(ROWS))
    (tmp_path / "dangling.db").symlink_to(tmp_path / "nowhere.db")
    (tmp_path / "orphan.db-wal").write_bytes(b"not mine")
    for db in ("dangling.db", "orphan.db"):
        out = run("import-calls", "--db", tmp_path / db, csv)
        assert out.returncode == 1
    assert files(tmp_path) == {"calls.csv", "dangling.db", "orphan.db-wal"}
    assert (tmp_path / "orphan.db-wal").read_bytes() == b"not mine"


def test_rejects_never_overwrites_a_file(tmp_path, store):
    csv = tmp_path / "bad.csv"
    csv.write_text(HEADER + "".join(BAD))
    before = store.read_bytes(), csv.read_bytes()
    for target in (store, csv):
        out = run("import-calls", "--db", store, "--skip-bad", "--rejects", target, csv)
        assert out.returncode == 1 and "exists; --rejects writes a new file" in out.stderr
    assert (store.read_bytes(), csv.read_bytes()) == before
    assert calls_in(store) == 3


def test_a_failed_import_removes_the_store_it_created(tmp_path):
    csv = tmp_path / "calls.csv"
    csv.write_text(HEADER + ROWS[0].replace(",urban,", ",rural,"))
    out = run("import-calls", "--db", tmp_path / "calls.db", "--create", csv)
    assert out.returncode == 1
    assert files(tmp_path) == {"calls.csv"}


# ---- repeatable imports


def test_importing_the_same_file_twice_imports_it_once(tmp_path, store):
    csv = tmp_path / "calls.csv"
    out = run("import-calls", "--db", store, csv)
    assert out.returncode == 0, out.stderr
    assert "imported 0 calls, skipped 3 already in the store" in out.stdout
    assert calls_in(store) == 3


def test_a_spreadsheets_csv_utf8_with_iso_times_and_spaces(tmp_path):
    csv = tmp_path / "excel.csv"
    rows = [
        " Wang Fang , 13800000001 ,1 Renmin Road,urban,colour_tv,TV-0001,2025-03-01, 2025-10-09T10:00:00+08:00 ,city,no picture,,,,\n",
        "Li Lei,13800000002,8 Jiefang Road,suburban,bicycle,BK-0042,2025-08-15,2025-10-10 01:30:00Z,county,,,,,\n",
        "Zhao Min,13800000003,3 Xinhua Street,urban,colour_tv,TV-0002,2023-01-05,2025-10-13T14:00:05,city,,,,,\n",
    ]
    csv.write_bytes(b"\xef\xbb\xbf" + (HEADER + "".join(rows)).replace("\n", "\r\n").encode())
    out = run("import-calls", "--db", tmp_path / "x.db", "--create", csv)
    assert out.returncode == 0, out.stderr
    assert "imported 3 calls" in out.stdout
    with sqlite3.connect(tmp_path / "x.db") as con:
        got = con.execute("SELECT c.received, u.name FROM calls c JOIN customers u ON u.id = c.customer_id "
                          "ORDER BY c.received").fetchall()
    shanghai = ZoneInfo("Asia/Shanghai")
    want = [dt.datetime(2025, 10, 9, 10, 0, tzinfo=shanghai), dt.datetime(2025, 10, 10, 9, 30, tzinfo=shanghai),
            dt.datetime(2025, 10, 13, 14, 0, 5, tzinfo=shanghai)]
    assert [r[0] for r in got] == [int(w.timestamp()) for w in want]
    assert [r[1] for r in got] == ["Wang Fang", "Li Lei", "Zhao Min"]


BAD = [
    ROWS[0],
    ROWS[1].replace("2025-10-10 09:30", "2025-10-10 9h30"),         # line 3: a bad time
    "Sun Li,13800000004,9 Road,urban,colour_tv\n",                    # line 4: short
    ROWS[2].replace(",urban,", ",rural,").replace("TV-0002", "TV-0003"),  # line 5: a zone the policy lacks
    ROWS[2].replace("2023-01-05", "2023-02-30").replace("TV-0002", "TV-0009"),  # line 6: no such date
    'Qian,1380,"open quote,urban,colour_tv,TV-7,2024-01-01,2025-10-13 14:00,city,,,,,\n',  # line 7: never closed
]


def test_every_bad_line_is_named_in_order_and_nothing_is_imported(tmp_path, store):
    csv = tmp_path / "bad.csv"
    csv.write_text(HEADER + "".join(BAD))
    out = run("import-calls", "--db", store, csv)
    assert out.returncode == 1
    lines = [l for l in out.stderr.splitlines() if l.startswith(str(csv))]
    assert [int(l.split(":")[1]) for l in lines] == [3, 4, 5, 6, 7]
    assert "column received: '2025-10-10 9h30' is not a time" in lines[0]
    assert "5 fields where the header has 14" in lines[1]
    assert "column zone" in lines[2] and "'rural'" in lines[2]
    assert "column purchased" in lines[3] and "2023-02-30" in lines[3]
    assert "never closed" in lines[4]
    assert "5 bad lines; nothing imported" in out.stderr
    assert calls_in(store) == 3


def test_skip_bad_imports_the_rest_and_writes_the_rejects(tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text(HEADER + "".join(BAD))
    rejects = tmp_path / "rejects.csv"
    out = run("import-calls", "--db", tmp_path / "x.db", "--create", "--skip-bad", "--rejects", rejects, csv)
    assert out.returncode == 0, out.stderr
    assert "imported 1 calls" in out.stdout and "rejected 5 bad lines" in out.stdout
    assert calls_in(tmp_path / "x.db") == 1
    import csv as csvmod

    got = list(csvmod.DictReader(rejects.open(encoding="utf-8")))
    assert [r["line"] for r in got] == ["3", "4", "5", "6", "7"]
    assert got[0]["record"] == BAD[1].rstrip("\n")
    assert got[4]["record"].rstrip("\n") == BAD[5].rstrip("\n")  # the unclosed quote swallowed the rest


def test_a_line_with_two_problems_is_one_bad_line(tmp_path, store):
    csv = tmp_path / "bad.csv"
    csv.write_text(HEADER + ROWS[0].replace("2025-03-01", "2025-03-32").replace("2025-10-09 10:00,", "later,", 1))
    out = run("import-calls", "--db", store, csv)
    assert out.returncode == 1
    assert "column purchased" in out.stderr and "column received" in out.stderr
    assert "1 bad line; nothing imported" in out.stderr


# ---- one answer per month


def test_the_demo_and_report_give_the_same_month(demo_db):
    db, printed = demo_db
    out = run("report", "--db", db, "--month", "2025-10")
    assert out.returncode == 0, out.stderr
    assert "calls judged as of 2025-11-01 00:00 (Asia/Shanghai)" in out.stdout
    assert printed[printed.index("report    "):] == out.stdout


def test_report_as_of(demo_db):
    db, _ = demo_db
    default = run("report", "--db", db, "--month", "2025-10", "--json").stdout
    same = run("report", "--db", db, "--month", "2025-10", "--json", "--as-of", "2025-10-31T16:00:00Z").stdout
    assert default == same
    earlier = run("report", "--db", db, "--month", "2025-10", "--as-of", "2025-10-20 12:00")
    assert earlier.returncode == 0, earlier.stderr
    assert "calls judged as of 2025-10-20 12:00 (Asia/Shanghai)" in earlier.stdout
    bad = run("report", "--db", db, "--month", "2025-10", "--as-of", "yesterday")
    assert bad.returncode == 1 and "as-of: 'yesterday' is not a time" in bad.stderr


# ---- the holiday horizon


def test_the_calendar_horizon_warning(demo_db):
    db, _ = demo_db
    out = run("report", "--db", db, "--month", "2025-10")
    today = dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()
    horizon = dt.date(2026, 12, 31)
    warned = "warning: the calendar's holidays are known until 2026-12-31" in out.stderr
    assert warned == ((horizon - today).days <= 60)


# Hypothetical test data, not the 2027 notice (unpublished): the days the law
# fixes on Gregorian dates, which a whole year of the file must hold.
HYPOTHETICAL_2027 = "".join(f"2027-{d},holiday,statutory day (hypothetical test row)\n"
                            for d in ("01-01", "05-01", "05-02", "10-01", "10-02", "10-03"))


def test_a_holiday_file_moves_the_horizon(demo_db, tmp_path):
    db, _ = demo_db
    holidays = tmp_path / "2027.csv"
    holidays.write_text("date,kind,name\n" + HYPOTHETICAL_2027)
    out = run("report", "--db", db, "--month", "2025-10", "--holidays", holidays)
    assert out.returncode == 0, out.stderr
    today = dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()
    warned = "warning: the calendar's holidays are known until 2027-12-31" in out.stderr
    assert warned == ((dt.date(2027, 12, 31) - today).days <= 60)
    assert "2026-12-31" not in out.stderr
    only_new_year = tmp_path / "partial.csv"
    only_new_year.write_text("date,kind,name\n2027-01-01,holiday,New Year (hypothetical test row)\n")
    out = run("report", "--db", db, "--month", "2025-10", "--holidays", only_new_year)
    assert out.returncode == 1 and "2027-05-01" in out.stderr


def test_a_holiday_file_that_cannot_be_read_is_named(demo_db, tmp_path):
    db, _ = demo_db
    out = run("report", "--db", db, "--month", "2025-10", "--holidays", tmp_path / "2027.csv")
    assert out.returncode == 1
    assert "2027.csv" in out.stderr


# ---- a store an older aftersales wrote


def old_store(tmp_path) -> pathlib.Path:
    """The version-5 store of tests/data/store_v5.sql (a 60-call demo of the code at 6f4cd94)."""
    db = tmp_path / "old.db"
    sql = (pathlib.Path(__file__).parent.parent / "data" / "store_v5.sql").read_text(encoding="utf-8")
    con = sqlite3.connect(db)
    con.executescript(sql)
    con.close()
    return db


def test_reading_commands_refuse_an_older_store_and_name_the_upgrade(tmp_path):
    db = old_store(tmp_path)
    before = files(tmp_path), db.read_bytes()
    for args in (("report", "--month", "2025-10"), ("surveys", "--month", "2025-10"),
                 ("overdue-repairs", "--as-of", "2025-10-31"), ("receivables",)):
        out = run(args[0], "--db", db, *args[1:])
        assert out.returncode == 1, args
        assert "schema version 5" in out.stderr and "aftersales upgrade --db" in out.stderr, out.stderr
    out = run("demo", "--db", db, "--force")
    assert out.returncode == 1 and "aftersales upgrade --db FILE, then --force" in out.stderr, out.stderr
    assert (files(tmp_path), db.read_bytes()) == before  # nothing written, nothing beside it


def test_upgrade_brings_an_older_store_up_to_date_once(tmp_path):
    db = old_store(tmp_path)
    out = run("upgrade", "--db", db)
    assert out.returncode == 0, out.stderr
    assert f"schema version {af.Store.schema_version()}" in out.stdout
    with sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == af.Store.schema_version()
    assert calls_in(db) == 60
    report = run("report", "--db", db, "--month", "2025-10", "--json")
    assert report.returncode == 0, report.stderr
    assert '"calls": 60' in report.stdout
    again = run("upgrade", "--db", db)  # already current: nothing to do, nothing lost
    assert again.returncode == 0 and calls_in(db) == 60
    assert run("demo", "--db", db, "--force", "--calls", "50").returncode == 0  # an upgraded demo store is still the demo's


def test_upgrade_never_creates_a_file(tmp_path):
    out = run("upgrade", "--db", tmp_path / "nope.db")
    assert out.returncode == 1 and "does not exist" in out.stderr
    assert files(tmp_path) == set()
