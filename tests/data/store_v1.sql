-- A version-1 store as the code before schema version 2 wrote it (aftersales demo --calls 3,
-- commit 82c1101), dumped with sqlite3 .dump; test_store_homes opens it to check the upgrade.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE counters (
  name TEXT NOT NULL,
  period TEXT NOT NULL,
  last INTEGER NOT NULL CHECK (last >= 0),
  PRIMARY KEY (name, period)
) STRICT, WITHOUT ROWID;
INSERT INTO counters VALUES('voucher','2510',3);
CREATE TABLE customers (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  name TEXT NOT NULL CHECK (name <> ''),
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  created INTEGER NOT NULL
) STRICT;
INSERT INTO customers VALUES(X'019a47df2e0074bc8d265a14b7594e78','customer 363','13810000363','64 Renmin Road',1759650540);
INSERT INTO customers VALUES(X'019a47df2e0074bc8d265a14b7594e7b','customer 1490','13810001490','291 Renmin Road',1761055800);
INSERT INTO customers VALUES(X'019a47df2e0074bc8d265a14b7594e7e','customer 630','13810000630','31 Renmin Road',1761111120);
CREATE TABLE stations (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  region TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;
INSERT INTO stations VALUES('city','');
INSERT INTO stations VALUES('county','');
CREATE TABLE technicians (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  name TEXT NOT NULL DEFAULT '',
  station TEXT REFERENCES stations (code)
) STRICT, WITHOUT ROWID;
INSERT INTO technicians VALUES('T02','',NULL);
INSERT INTO technicians VALUES('T04','',NULL);
INSERT INTO technicians VALUES('T07','',NULL);
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
INSERT INTO units VALUES(X'019a47df2e0074bc8d265a14b7594e79',X'019a47df2e0074bc8d265a14b7594e78','colour_tv','colour_tv-1090','2025-04-27',NULL,NULL,1760003160,0);
INSERT INTO units VALUES(X'019a47df2e0074bc8d265a14b7594e7c',X'019a47df2e0074bc8d265a14b7594e7b','colour_tv','colour_tv-4471','2024-10-26',NULL,NULL,1761107340,0);
INSERT INTO units VALUES(X'019a47df2e0074bc8d265a14b7594e7f',X'019a47df2e0074bc8d265a14b7594e7e','colour_tv','colour_tv-1892','2024-08-14',NULL,NULL,1761201900,0);
CREATE TABLE rules (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO rules VALUES(1,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-04-27: until 2026-04-27');
INSERT INTO rules VALUES(2,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2024-10-26: until 2025-10-27');
INSERT INTO rules VALUES(3,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2024-08-14: until 2025-08-14 (expired)');
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
INSERT INTO calls VALUES(X'019a47df2e0074bc8d265a14b7594e7a','V2510-000001',X'019a47df2e0074bc8d265a14b7594e78',X'019a47df2e0074bc8d265a14b7594e79','county','suburban','64 Renmin Road','13810000363','no picture',NULL,0,1759650540,'free',1,1760000400,'completed','T07',1759973820,1759998720,1760003160,1,1,0,NULL,NULL);
INSERT INTO calls VALUES(X'019a47df2e0074bc8d265a14b7594e7d','V2510-000002',X'019a47df2e0074bc8d265a14b7594e7b',X'019a47df2e0074bc8d265a14b7594e7c','city','urban','291 Renmin Road','13810001490','does not start',NULL,0,1761055800,'free',2,1761120000,'completed','T02',1761095700,1761102240,1761107340,1,1,0,NULL,NULL);
INSERT INTO calls VALUES(X'019a47df2e0074bc8d265a14b7594e80','V2510-000003',X'019a47df2e0074bc8d265a14b7594e7e',X'019a47df2e0074bc8d265a14b7594e7f','city','urban','31 Renmin Road','13810000630','no picture',NULL,0,1761111120,'paid',3,1761199740,'completed','T04',1761129900,1761197100,1761201900,1,1,0,NULL,NULL);
CREATE TABLE pauses (
  id INTEGER PRIMARY KEY,
  call_id BLOB NOT NULL REFERENCES calls (id),
  start INTEGER NOT NULL,
  end INTEGER CHECK (end IS NULL OR end >= start),
  reason TEXT NOT NULL
) STRICT;
INSERT INTO pauses VALUES(1,X'019a47df2e0074bc8d265a14b7594e80',1761117780,1761129900,'customer not at home');
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
INSERT INTO labour_lines VALUES(X'019a47df2e0074bc8d265a14b7594e81',X'019a47df2e0074bc8d265a14b7594e7a','T07','2025-10-09',4440,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0074bc8d265a14b7594e83',X'019a47df2e0074bc8d265a14b7594e7d','T02','2025-10-22',5100,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0074bc8d265a14b7594e85',X'019a47df2e0074bc8d265a14b7594e80','T04','2025-10-23',4800,'paid','repaired on site');
CREATE TABLE parts_lines (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL REFERENCES calls (id),
  part TEXT NOT NULL CHECK (part <> ''),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0)
) STRICT;
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
INSERT INTO surveys VALUES(X'019a47df2e0074bc8d265a14b7594e82',X'019a47df2e0074bc8d265a14b7594e7a',202510,'T07','customer',2,4,4,4,1760179560);
INSERT INTO surveys VALUES(X'019a47df2e0074bc8d265a14b7594e84',X'019a47df2e0074bc8d265a14b7594e7d',202510,'T02','customer',3,4,4,3,1761218940);
INSERT INTO surveys VALUES(X'019a47df2e0074bc8d265a14b7594e86',X'019a47df2e0074bc8d265a14b7594e80',202510,'T04','customer',3,3,3,3,1761381900);
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
CREATE TABLE complaint_steps (
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('advance', 'invalid', 'responsibility')),
  at INTEGER,
  detail TEXT NOT NULL,
  PRIMARY KEY (complaint_id, seq)
) STRICT, WITHOUT ROWID;
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
INSERT INTO penalty_events VALUES(1,'T01','settle','2025-10',376700,NULL,0,0);
INSERT INTO penalty_events VALUES(2,'T02','settle','2025-10',397100,NULL,0,0);
INSERT INTO penalty_events VALUES(3,'T03','settle','2025-10',245700,NULL,0,0);
INSERT INTO penalty_events VALUES(4,'T04','settle','2025-10',162000,NULL,0,0);
INSERT INTO penalty_events VALUES(5,'T05','settle','2025-10',181700,NULL,0,0);
INSERT INTO penalty_events VALUES(6,'T06','settle','2025-10',379800,NULL,0,0);
INSERT INTO penalty_events VALUES(7,'T07','settle','2025-10',222400,NULL,0,0);
INSERT INTO penalty_events VALUES(8,'T08','settle','2025-10',220600,NULL,0,0);
INSERT INTO penalty_events VALUES(9,'T09','settle','2025-10',158800,NULL,0,0);
INSERT INTO penalty_events VALUES(10,'T10','settle','2025-10',253600,NULL,0,0);
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
CREATE TABLE expiry_notices (
  contract_id BLOB PRIMARY KEY REFERENCES contracts (id),
  issued_on TEXT NOT NULL CHECK (length(issued_on) = 10)
) STRICT, WITHOUT ROWID;
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
CREATE TABLE properties (
  name TEXT PRIMARY KEY CHECK (name <> ''),
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO properties VALUES('made_by','aftersales demo');
CREATE UNIQUE INDEX customers_name_phone ON customers (name, phone);
CREATE UNIQUE INDEX units_product_serial ON units (product, serial);
CREATE INDEX calls_received ON calls (received, zone, centre, technician, deadline, arrived, sla_met, completed, state,
                                      revisited, deadline_provisional);
CREATE INDEX calls_unit ON calls (unit_id, received);
CREATE INDEX calls_dispatched ON calls (dispatched, received);
CREATE UNIQUE INDEX calls_external_id ON calls (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX calls_provisional ON calls (deadline_provisional) WHERE deadline_provisional IS NOT NULL;
CREATE INDEX pauses_call ON pauses (call_id);
CREATE INDEX pauses_end ON pauses (end);
CREATE INDEX labour_day ON labour_lines (work_date, technician);
CREATE INDEX parts_call ON parts_lines (call_id);
CREATE INDEX surveys_month ON surveys (month, technician);
CREATE INDEX complaints_open ON complaints (closed);
CREATE INDEX complaints_received ON complaints (received);
CREATE INDEX penalty_person ON penalty_events (person, seq);
CREATE INDEX contracts_unit ON contracts (unit_id);
CREATE TRIGGER contracts_count AFTER INSERT ON contracts BEGIN
  UPDATE units SET contracts = contracts + 1 WHERE id = NEW.unit_id;
END;
CREATE INDEX costs_month ON costs (month, centre);
COMMIT;
PRAGMA application_id = 1632859747;
PRAGMA user_version = 1;
