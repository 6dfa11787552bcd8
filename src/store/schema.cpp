#include "store/schema.hpp"

#include "store/schema_service_day.hpp"
#include "store/schema_form.hpp"
#include "store/schema_approval.hpp"
#include "store/schema_contacts.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace aftersales::store {

namespace {

// Version 1. Instants are Unix seconds; civil dates "YYYY-MM-DD"; money fen;
// ids UUIDs as 16 bytes (their text form only at the API). The calls row carries its visit (dispatch, arrival,
// completion) so that a month's SLA and repair figures come from one table;
// units.last_completed (the latest completion of the unit's calls) lets an
// intake skip the revisit check in the common case. surveys.month (YYYYMM of
// the call's local date) groups the satisfaction figures.
constexpr const char* schema_v1 = R"sql(
CREATE TABLE counters (
  name TEXT NOT NULL,
  period TEXT NOT NULL,
  last INTEGER NOT NULL CHECK (last >= 0),
  PRIMARY KEY (name, period)
) STRICT, WITHOUT ROWID;

CREATE TABLE customers (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  name TEXT NOT NULL CHECK (name <> ''),
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  created INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX customers_name_phone ON customers (name, phone);

CREATE TABLE stations (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  region TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

CREATE TABLE technicians (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  name TEXT NOT NULL DEFAULT '',
  station TEXT REFERENCES stations (code)
) STRICT, WITHOUT ROWID;

CREATE TABLE units (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  customer_id BLOB NOT NULL REFERENCES customers (id),
  product TEXT NOT NULL CHECK (product <> ''),
  serial TEXT NOT NULL CHECK (serial <> ''),
  purchased TEXT NOT NULL CHECK (length(purchased) = 10),
  delivered TEXT CHECK (length(delivered) = 10),
  installed TEXT CHECK (length(installed) = 10),
  last_completed INTEGER,
  contracts INTEGER NOT NULL DEFAULT 0 CHECK (contracts >= 0)  -- kept by contracts_count: an intake skips the lookup at 0
) STRICT;
CREATE UNIQUE INDEX units_product_serial ON units (product, serial);

-- The rules that decided intakes' categories, each text once (a month of
-- calls shares a few hundred).
CREATE TABLE rules (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE calls (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  voucher TEXT NOT NULL UNIQUE,
  customer_id BLOB NOT NULL REFERENCES customers (id),
  unit_id BLOB NOT NULL REFERENCES units (id),
  centre TEXT NOT NULL REFERENCES stations (code),
  zone TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL,
  fault TEXT NOT NULL,
  cause TEXT,
  internal INTEGER NOT NULL CHECK (internal IN (0, 1)),
  received INTEGER NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('paid', 'contract', 'free', 'internal')),
  category_rule INTEGER NOT NULL REFERENCES rules (id),
  deadline INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('registered', 'dispatched', 'on_site', 'completed', 'carried_in', 'returned')),
  technician TEXT REFERENCES technicians (code),
  dispatched INTEGER,
  arrived INTEGER,
  completed INTEGER,
  sla_met INTEGER CHECK (sla_met IN (0, 1)),
  signed_off INTEGER CHECK (signed_off IN (0, 1)),
  revisited INTEGER NOT NULL DEFAULT 0 CHECK (revisited IN (0, 1)),
  external_id TEXT CHECK (external_id <> ''),  -- the record's id in the system it was imported from
  -- The provisional year (statutory holidays only, make-up days not yet
  -- published) the deadline was counted over, and so the SLA verdict
  -- (arrived <= deadline) too; NULL when it leaned on published dates only.
  -- A store opened with a calendar that publishes that year recomputes the row.
  deadline_provisional INTEGER CHECK (deadline_provisional BETWEEN 1970 AND 2199),
  CHECK (dispatched IS NULL OR dispatched >= received),
  CHECK (arrived IS NULL OR arrived >= dispatched),
  CHECK (completed IS NULL OR completed >= arrived)
) STRICT;
-- By received time, carrying every column the monthly report reads, so a
-- month's report scans this index alone (no lookup into the wide rows).
CREATE INDEX calls_received ON calls (received, zone, centre, technician, deadline, arrived, sla_met, completed, state,
                                      revisited, deadline_provisional);
CREATE INDEX calls_unit ON calls (unit_id, received);
CREATE INDEX calls_dispatched ON calls (dispatched, received);
-- An import finds a record imported before by its external id.
CREATE UNIQUE INDEX calls_external_id ON calls (external_id) WHERE external_id IS NOT NULL;
-- An open finds the provisional years its calendar may have published (few rows).
CREATE INDEX calls_provisional ON calls (deadline_provisional) WHERE deadline_provisional IS NOT NULL;

CREATE TABLE pauses (
  id INTEGER PRIMARY KEY,
  call_id BLOB NOT NULL REFERENCES calls (id),
  start INTEGER NOT NULL,
  end INTEGER CHECK (end IS NULL OR end >= start),
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX pauses_call ON pauses (call_id);
-- A report as of an instant finds the pauses not ended by then (few).
CREATE INDEX pauses_end ON pauses (end);

CREATE TABLE carry_ins (
  call_id BLOB PRIMARY KEY REFERENCES calls (id),
  receipt TEXT NOT NULL UNIQUE,
  taken INTEGER NOT NULL,
  promised TEXT NOT NULL CHECK (length(promised) = 10),
  returned INTEGER CHECK (returned IS NULL OR returned >= taken),
  signed_off INTEGER CHECK (signed_off IN (0, 1))
) STRICT, WITHOUT ROWID;

CREATE TABLE goods_log (
  id INTEGER PRIMARY KEY,
  call_id BLOB NOT NULL REFERENCES carry_ins (call_id),
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  at INTEGER NOT NULL
) STRICT;

CREATE TABLE labour_lines (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL REFERENCES calls (id),
  technician TEXT NOT NULL REFERENCES technicians (code),
  work_date TEXT NOT NULL CHECK (length(work_date) = 10),
  seconds INTEGER NOT NULL CHECK (seconds > 0),
  category TEXT NOT NULL,
  description TEXT NOT NULL
) STRICT;
CREATE INDEX labour_day ON labour_lines (work_date, technician);

CREATE TABLE parts_lines (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL REFERENCES calls (id),
  part TEXT NOT NULL CHECK (part <> ''),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0)
) STRICT;
CREATE INDEX parts_call ON parts_lines (call_id);

CREATE TABLE surveys (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL UNIQUE REFERENCES calls (id),
  month INTEGER NOT NULL,
  technician TEXT NOT NULL REFERENCES technicians (code),
  respondent TEXT NOT NULL CHECK (respondent <> ''),
  attitude INTEGER NOT NULL CHECK (attitude BETWEEN 1 AND 4),
  skill INTEGER NOT NULL CHECK (skill BETWEEN 1 AND 4),
  arrival INTEGER NOT NULL CHECK (arrival BETWEEN 1 AND 4),
  promise INTEGER NOT NULL CHECK (promise BETWEEN 1 AND 4),
  recorded INTEGER NOT NULL,
  CHECK (respondent <> technician)
) STRICT;
CREATE INDEX surveys_month ON surveys (month, technician);

-- The complaint form (客戶抱怨處理表): its opening facts, then each step in
-- order; the value is rebuilt by replaying them with the policy. The cached
-- columns (stage, closed) serve the queries.
CREATE TABLE complaints (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  number TEXT NOT NULL UNIQUE,
  original_number TEXT REFERENCES complaints (number),
  call_id BLOB REFERENCES calls (id),
  kind TEXT NOT NULL CHECK (kind IN ('quality', 'non_quality', 'service', 'suggestion')),
  severity TEXT NOT NULL CHECK (severity IN ('serious', 'general')),
  market TEXT NOT NULL CHECK (market IN ('domestic', 'foreign')),
  dispute TEXT,
  received INTEGER NOT NULL,
  accepted INTEGER NOT NULL CHECK (accepted >= received),
  stage TEXT NOT NULL,
  closed INTEGER,
  invalid INTEGER NOT NULL DEFAULT 0 CHECK (invalid IN (0, 1))
) STRICT;
CREATE INDEX complaints_open ON complaints (closed);
CREATE INDEX complaints_received ON complaints (received);

CREATE TABLE complaint_steps (
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('advance', 'invalid', 'responsibility')),
  at INTEGER,
  detail TEXT NOT NULL,
  PRIMARY KEY (complaint_id, seq)
) STRICT, WITHOUT ROWID;

-- Returns and allowances (退貨及折讓) decided on a complaint.
CREATE TABLE returns (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  kind TEXT NOT NULL CHECK (kind IN ('allowance', 'compensation', 'return', 'rework')),
  approved INTEGER NOT NULL CHECK (approved >= 0),
  actual INTEGER NOT NULL CHECK (actual >= 0),
  tolerance_ppm INTEGER,
  decision TEXT NOT NULL CHECK (decision IN ('accept', 'flag')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  recorded INTEGER NOT NULL
) STRICT;

-- The penalty ledger as the operations that made it, in order: charges and
-- settlements per person; a person's ledger is their replay.
CREATE TABLE penalty_events (
  seq INTEGER PRIMARY KEY,
  person TEXT NOT NULL CHECK (person <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('charge', 'settle')),
  month TEXT NOT NULL CHECK (length(month) = 7),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  case_number TEXT,
  deducted_fen INTEGER,
  carried_fen INTEGER,
  CHECK ((kind = 'charge') = (case_number IS NOT NULL))
) STRICT;
CREATE INDEX penalty_person ON penalty_events (person, seq);

-- Maintenance contracts (合同服務) and extended warranties (延保) on units;
-- the intake's service category looks at them.
CREATE TABLE contracts (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  number TEXT NOT NULL UNIQUE CHECK (number <> ''),
  unit_id BLOB NOT NULL REFERENCES units (id),
  kind TEXT NOT NULL CHECK (kind IN ('maintenance', 'extended')),
  start TEXT CHECK (length(start) = 10),
  end TEXT CHECK (length(end) = 10),
  years INTEGER CHECK (years BETWEEN 1 AND 100),
  extra_causes TEXT NOT NULL DEFAULT '[]',
  successor TEXT REFERENCES contracts (number),
  CHECK ((kind = 'maintenance') = (start IS NOT NULL AND end IS NOT NULL AND years IS NULL))
) STRICT;
CREATE INDEX contracts_unit ON contracts (unit_id);
CREATE TRIGGER contracts_count AFTER INSERT ON contracts BEGIN
  UPDATE units SET contracts = contracts + 1 WHERE id = NEW.unit_id;
END;

-- The expiry notices (保養到期通知書) issued, one per contract.
CREATE TABLE expiry_notices (
  contract_id BLOB PRIMARY KEY REFERENCES contracts (id),
  issued_on TEXT NOT NULL CHECK (length(issued_on) = 10)
) STRICT, WITHOUT ROWID;

-- Budgets and costs per service station and month, in the policy's cost kinds.
CREATE TABLE budgets (
  centre TEXT NOT NULL REFERENCES stations (code),
  month TEXT NOT NULL CHECK (length(month) = 7),
  kind TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  PRIMARY KEY (centre, month, kind)
) STRICT, WITHOUT ROWID;

CREATE TABLE costs (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  centre TEXT NOT NULL REFERENCES stations (code),
  month TEXT NOT NULL CHECK (length(month) = 7),
  kind TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  note TEXT NOT NULL,
  recorded INTEGER NOT NULL
) STRICT;
CREATE INDEX costs_month ON costs (month, centre);

-- Named texts about the store itself ("made_by", a node id).
CREATE TABLE properties (
  name TEXT PRIMARY KEY CHECK (name <> ''),
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
)sql";

// Version 2: homes and their guarantee-expiry notices (issue 27; seed 001
// (五): 公告住房保修期届满的业主). A home is a unit (product: the housing terms,
// serial: the home's identifier, purchased: completion acceptance,
// delivered: handover); `homes` adds what its 住宅质量保证书 gives. Kept
// portable for a second engine and a sync between stores: UUIDs as 16
// bytes, civil dates "YYYY-MM-DD", instants Unix seconds UTC, no rowid or
// other SQLite-only meaning; NULL repairer: none named (the developer).
constexpr const char* schema_v2 = R"sql(
CREATE TABLE homes (
  unit_id BLOB PRIMARY KEY REFERENCES units (id) CHECK (length(unit_id) = 16),
  design_life_years INTEGER CHECK (design_life_years BETWEEN 1 AND 100),
  repairer TEXT CHECK (repairer <> ''),
  recorded INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- One notice per home and part, ever (UNIQUE): issued once.
CREATE TABLE housing_notices (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  unit_id BLOB NOT NULL REFERENCES homes (unit_id),
  part TEXT NOT NULL CHECK (part <> ''),
  ends TEXT NOT NULL CHECK (length(ends) = 10),
  guarantee TEXT NOT NULL CHECK (guarantee IN ('owner', 'contractor')),
  issued_on TEXT NOT NULL CHECK (length(issued_on) = 10),
  issued_at INTEGER NOT NULL,
  UNIQUE (unit_id, part)
) STRICT;
CREATE INDEX housing_notices_issued ON housing_notices (issued_on);

-- The receipt of the first later call that made a call a revisit (Unix
-- seconds UTC; NULL: not revisited), so that a report as of an earlier
-- instant counts the job a first-time fix from the index alone. SQLite
-- tests an added column's CHECK against the rows already there, so the
-- flagged rows are set aside and flagged again with their time: the first
-- later call for the unit received at or after the completion (the call
-- that flagged it was one, within the window then in force). No such call
-- (a row no version of this library wrote): the completion.
DROP INDEX calls_received;
CREATE TEMP TABLE v2_revisited AS SELECT id FROM calls WHERE revisited = 1;
UPDATE calls SET revisited = 0 WHERE revisited = 1;
ALTER TABLE calls ADD COLUMN revisited_at INTEGER CHECK ((revisited = 1) = (revisited_at IS NOT NULL));
UPDATE calls SET revisited = 1, revisited_at = coalesce((SELECT min(o.received) FROM calls o
    WHERE o.unit_id = calls.unit_id AND o.id <> calls.id AND o.received >= calls.completed), completed, received)
  WHERE id IN (SELECT id FROM temp.v2_revisited);
DROP TABLE temp.v2_revisited;
-- calls_received of version 1 with revisited_at in place of revisited: the
-- monthly report still scans this index alone.
CREATE INDEX calls_received ON calls (received, zone, centre, technician, deadline, arrived, sla_met, completed, state,
                                      revisited_at, deadline_provisional);
)sql";

struct Migration {
  int version;
  const char* sql;
  // Rebuilds a table others reference (SQLite's 12-step ALTER): foreign
  // keys off during it, checked before the commit.
  bool rebuilds = false;
};

constexpr Migration migrations[] = {{1, schema_v1}, {2, schema_v2}, {3, schema_v3}, {4, schema_v4}, {5, schema_v5},
                                    {6, schema_v6}, {7, schema_v7, true}, {8, schema_v8},
                                    {9, schema_v9}, {10, schema_v10}, {11, schema_v11}, {12, schema_v12}};

// The stage list the complaints stored before version 9 were opened under:
// the store's own when its policy gives stages, else the library's defaults
// as they were then (the defaults changed in version 9).
std::string stage_list_before_9(const ComplaintPolicy& complaints) {
  const std::vector<ComplaintStage>& stages = complaints.rules().stages;
  if (stages == ComplaintPolicy::default_policy(complaints.calendar()).rules().stages) return pre_29_stage_list;
  return complaint_stages_json(stages);
}

int user_version(Db& db) {
  auto q = db.use("PRAGMA user_version");
  q->step();
  return static_cast<int>(q->integer(0));
}

std::int64_t app_id(Db& db) {
  auto q = db.use("PRAGMA application_id");
  q->step();
  return q->integer(0);
}

}  // namespace

int current_schema_version() noexcept { return migrations[std::size(migrations) - 1].version; }

namespace {

std::string quoted(const std::string& path) { return "'" + path + "'"; }

// The refusals of a file that is not ours or not for this library, read
// without writing. `fresh`: an empty file may become a store.
void check_kind(Db& db, const std::string& path, bool fresh) {
  const int version = user_version(db);
  const std::int64_t id = app_id(db);
  if (version > current_schema_version())
    throw Error(ErrorCode::state, "schema",
                quoted(path) + " is a store of schema version " + std::to_string(version) +
                    ", newer than this library's " + std::to_string(current_schema_version()) +
                    ": use a newer aftersales; the file is left as it is");
  if (id == application_id) return;
  if (id != 0 || version != 0)
    throw Error(ErrorCode::storage, "path", quoted(path) + " is not an aftersales store: an SQLite file of another application");
  auto tables = db.use("SELECT count(*) FROM sqlite_schema");
  tables->step();
  if (tables->integer(0) != 0)
    throw Error(ErrorCode::storage, "path", quoted(path) + " is not an aftersales store: an SQLite file of another application");
  if (!fresh)
    throw Error(ErrorCode::storage, "path", quoted(path) + " is not an aftersales store: an empty database file");
}

}  // namespace

void check_store(Db& db, const std::string& path, bool fresh) { check_kind(db, path, fresh); }

void check_current(Db& db, const std::string& path) {
  check_kind(db, path, false);
  const int version = user_version(db);
  if (version < current_schema_version())
    throw Error(ErrorCode::state, "schema",
                quoted(path) + " is a store of schema version " + std::to_string(version) + ", older than this library's " +
                    std::to_string(current_schema_version()) +
                    ": a query-only open does not bring it up to date; open it once in create or must_exist mode");
}

// Every pending migration in one transaction: an upgrade that fails (a
// dangling reference found by a rebuild, a full disk) leaves the file at
// the version it had, never half-way.
void migrate(Db& db, const std::string& path, bool fresh, const ComplaintPolicy& complaints) {
  const int before = user_version(db);
  if (before >= current_schema_version()) return check_kind(db, path, fresh);
  // PRAGMA foreign_keys is a no-op inside a transaction: set before it,
  // restored (on) after it whatever happens.
  struct ForeignKeysOff {
    Db* db = nullptr;
    ~ForeignKeysOff() {
      try {
        if (db) db->exec("PRAGMA foreign_keys = ON");
      } catch (...) {  // never thrown from a destructor; the next open sets it again
      }
    }
  } keys_off;
  const auto pending = [](const Migration& m, int version) { return m.version > version; };
  if (std::any_of(std::begin(migrations), std::end(migrations),
                  [&](const Migration& m) { return m.rebuilds && pending(m, before); })) {
    db.exec("PRAGMA foreign_keys = OFF");
    keys_off.db = &db;
  }
  Transaction tx(db);
  // Read inside the transaction: another connection may have migrated meanwhile.
  check_kind(db, path, fresh);
  const int from = user_version(db);
  bool rebuilt = false;
  for (const Migration& m : migrations) {
    if (!pending(m, from)) continue;
    db.exec(m.sql);
    rebuilt = rebuilt || m.rebuilds;
    if (m.version == 9) {
      auto u = db.use("UPDATE complaints SET stage_list = ?1 WHERE stage_list IS NULL");
      u->bind(1, stage_list_before_9(complaints));
      u->run();
    }
  }
  if (rebuilt) {
    auto fk = db.use("PRAGMA foreign_key_check");
    if (fk->step())
      throw Error(ErrorCode::storage, "schema",
                  quoted(path) + ": upgrading from schema version " + std::to_string(from) + " to " +
                      std::to_string(current_schema_version()) + " found a row of table " + fk->text(0) +
                      " whose reference to " + fk->text(2) + " has no row; the file is left as it was");
  }
  db.exec(("PRAGMA application_id = " + std::to_string(application_id)).c_str());
  db.exec(("PRAGMA user_version = " + std::to_string(current_schema_version())).c_str());
  tx.commit();
}

}  // namespace aftersales::store
