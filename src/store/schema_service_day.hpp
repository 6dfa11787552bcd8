// The schema's migrations of the service centre's day (issue 28): version 3
// bills, 4 remote contacts, 5 carry-in controls and surveys, 6 counters per
// centre, 7 the remote call state and the derived columns kept by triggers,
// 8 contracts' own charges.
// Included by schema.cpp only, whose migrations[] lists them in order.
#pragma once

namespace aftersales::store {

// Version 5 (issue 28 items 3 and 4, seeds/002 (十二)(十四)(二十三)(二十四)):
// carry-in controls and surveys of every call. A supervisor (服務主任) is a
// technician appointed at a service station; the carry-in gains the
// supervisor's inspection (驗訖: who, when) and the receipt's voiding at the
// return. Surveys are rebuilt: the technician may be NULL (a survey of a
// call not dispatched, or solved by phone, has none), a free-text comment,
// and the complaint opened from it; the complaint knows its survey. Kept
// portable: UUIDs as 16 bytes, instants Unix seconds UTC, no rowid meaning.
inline constexpr const char* schema_v5 = R"sql(
CREATE TABLE supervisors (
  centre TEXT NOT NULL REFERENCES stations (code),
  technician TEXT NOT NULL REFERENCES technicians (code),
  appointed INTEGER NOT NULL,
  PRIMARY KEY (centre, technician)
) STRICT, WITHOUT ROWID;

ALTER TABLE carry_ins ADD COLUMN inspected_by TEXT REFERENCES technicians (code);
ALTER TABLE carry_ins ADD COLUMN inspected INTEGER;
ALTER TABLE carry_ins ADD COLUMN voided INTEGER;  -- the receipt voided (taken back) at the return
-- The supervisor's overdue list reads the goods not returned.
CREATE INDEX carry_ins_open ON carry_ins (promised) WHERE returned IS NULL;

CREATE TABLE surveys_v5 (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL UNIQUE REFERENCES calls (id),
  month INTEGER NOT NULL,
  technician TEXT REFERENCES technicians (code),
  respondent TEXT NOT NULL CHECK (respondent <> ''),
  attitude INTEGER NOT NULL CHECK (attitude BETWEEN 1 AND 4),
  skill INTEGER NOT NULL CHECK (skill BETWEEN 1 AND 4),
  arrival INTEGER NOT NULL CHECK (arrival BETWEEN 1 AND 4),
  promise INTEGER NOT NULL CHECK (promise BETWEEN 1 AND 4),
  recorded INTEGER NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  complaint_id BLOB REFERENCES complaints (id),
  CHECK (technician IS NULL OR respondent <> technician)
) STRICT;
INSERT INTO surveys_v5 (id, call_id, month, technician, respondent, attitude, skill, arrival, promise, recorded)
  SELECT id, call_id, month, technician, respondent, attitude, skill, arrival, promise, recorded FROM surveys;
DROP TABLE surveys;
ALTER TABLE surveys_v5 RENAME TO surveys;
CREATE INDEX surveys_month ON surveys (month, technician);
CREATE INDEX surveys_recorded ON surveys (recorded);

ALTER TABLE complaints ADD COLUMN survey_id BLOB REFERENCES surveys (id);

-- When the call's survey was recorded (Unix seconds UTC; NULL: none), and
-- the dispatch, in the covering index the monthly report scans, so the
-- survey coverage (calls surveyed by as_of, per centre and per technician
-- dispatched by then) reads the index alone.
ALTER TABLE calls ADD COLUMN surveyed_at INTEGER;
UPDATE calls SET surveyed_at = (SELECT s.recorded FROM surveys s WHERE s.call_id = calls.id)
  WHERE id IN (SELECT call_id FROM surveys);
DROP INDEX calls_received;
CREATE INDEX calls_received ON calls (received, zone, centre, technician, deadline, arrived, sla_met, completed, state,
                                      revisited_at, deadline_provisional, dispatched, surveyed_at);
)sql";

// Version 4: calls handled by phone or remotely (issue 28; seeds 003 2.2
// 遠程協助, 001 电话技术服务). One row per call: the first contact, and its
// resolution (NULL: the attempt did not solve it and the call went on to a
// visit, judged as a visit). `received` repeats the call's, so a month's
// report finds its rows by index. Portable: UUID 16 bytes, instants Unix
// seconds UTC, the method as checked text.
inline constexpr const char* schema_v4 = R"sql(
CREATE TABLE remote_contacts (
  call_id BLOB PRIMARY KEY REFERENCES calls (id) CHECK (length(call_id) = 16),
  received INTEGER NOT NULL,
  technician TEXT NOT NULL REFERENCES technicians (code),
  method TEXT NOT NULL CHECK (method IN ('phone', 'remote')),
  first_response INTEGER NOT NULL CHECK (first_response >= received),
  resolved INTEGER CHECK (resolved IS NULL OR resolved >= first_response),
  recorded INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX remote_contacts_received ON remote_contacts (received);
)sql";

// Version 3: bills, their lines and payments (issue 28; seeds/002 (十),
// (十三), 第三篇). One bill per call (UNIQUE call_id), made once from the
// call's labour and parts lines and the policy's fee schedule, its lines
// copied so the bill never changes with the schedule; a bill's total and
// value are the sums of its lines (charged ones for the total). Portable for
// a second engine and a sync between stores: UUIDs as 16 bytes, civil dates
// "YYYY-MM-DD", instants Unix seconds UTC, money integer fen, enumerations
// as text with CHECK, no rowid meaning; what is owed is total minus the
// payments, never stored.
inline constexpr const char* schema_v3 = R"sql(
CREATE TABLE bills (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL UNIQUE REFERENCES calls (id),
  category TEXT NOT NULL CHECK (category IN ('paid', 'contract', 'free', 'internal')),
  billed_at INTEGER NOT NULL,
  -- (十): none (nothing charged), collected on the spot, or an invoice due
  -- on due_on (the completion's or, (十三), the goods' return's local date).
  settlement TEXT NOT NULL CHECK (settlement IN ('none', 'on_the_spot', 'invoice')),
  due_on TEXT CHECK (length(due_on) = 10),
  total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
  value_fen INTEGER NOT NULL CHECK (value_fen >= total_fen),
  invoice_number TEXT UNIQUE CHECK (invoice_number <> ''),
  invoiced_on TEXT CHECK (length(invoiced_on) = 10),
  invoiced_at INTEGER,
  CHECK ((settlement = 'invoice') = (due_on IS NOT NULL)),
  CHECK ((invoice_number IS NULL) = (invoiced_on IS NULL) AND (invoice_number IS NULL) = (invoiced_at IS NULL))
) STRICT;
CREATE INDEX bills_billed ON bills (billed_at);
CREATE INDEX bills_invoiced ON bills (invoiced_at) WHERE invoiced_at IS NOT NULL;

CREATE TABLE bill_lines (
  bill_id BLOB NOT NULL REFERENCES bills (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('call_out', 'labour', 'part')),
  description TEXT NOT NULL,
  source_id BLOB CHECK (length(source_id) = 16),  -- the labour or parts line copied; NULL: call-out, a job's labour
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  seconds INTEGER CHECK (seconds > 0),             -- labour worked
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),  -- per hour, per job, per part, per visit
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  charged INTEGER NOT NULL CHECK (charged IN (0, 1)),  -- billed to the customer (else valued only)
  PRIMARY KEY (bill_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE payments (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  bill_id BLOB NOT NULL REFERENCES bills (id),
  method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'transfer')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  paid_at INTEGER NOT NULL,
  recorded INTEGER NOT NULL
) STRICT;
CREATE INDEX payments_bill ON payments (bill_id, paid_at);
CREATE INDEX payments_paid ON payments (paid_at);
)sql";

// Version 6 (issue 28; DESIGN.md: "numbers carry the centre or are given
// centrally"): the counters are kept per centre, so two offline tills never
// give the same voucher, receipt or invoice number and a sync carries them
// unchanged (the numbers spell the centre: policy service.numbering). The
// counters of versions 1..5 stay as centre '': the numbers they gave stay as
// they were, and complaint numbers (given centrally, seeds/002 客戶投訴 (八))
// go on counting there. Portable: text and integers only, no rowid meaning.
inline constexpr const char* schema_v6 = R"sql(
CREATE TABLE counters_by_centre (
  name TEXT NOT NULL,
  centre TEXT NOT NULL,  -- '' for numbers given centrally and the counters of versions 1..5
  period TEXT NOT NULL,
  last INTEGER NOT NULL CHECK (last >= 0),
  PRIMARY KEY (name, centre, period)
) STRICT, WITHOUT ROWID;
INSERT INTO counters_by_centre (name, centre, period, last) SELECT name, '', period, last FROM counters;
DROP TABLE counters;
ALTER TABLE counters_by_centre RENAME TO counters;
)sql";

// Version 7 (issue 28 review §6, §7): a call solved by phone or remotely
// gets its own state, and the facts stored twice are kept by the schema,
// not by each engine's code, so a second engine (PostgreSQL: the same
// triggers in PL/pgSQL) or a sync that writes rows directly cannot leave
// them stale:
// - calls.state gains 'resolved_remotely' (a CHECK cannot be altered in
//   SQLite: calls is rebuilt, the 12-step way; migrate() turns foreign keys
//   off around it and runs foreign_key_check before the commit). A call
//   with a resolved remote contact takes the state.
// - calls.surveyed_at is KEPT (the report's coverage reads it from the
//   covering index calls_received in its one pass) and written only by the
//   triggers on surveys below; the copy sets it from surveys.recorded.
// - remote_contacts.received is KEPT (the report finds a month's contacts by
//   the index remote_contacts_received) and written only by triggers from
//   calls.received (the engine inserts NULL; the trigger fills it).
// - carry_ins.voided is DROPPED: the receipt is voided at the return, so it
//   is carry_ins.returned (the queries read that).
// calls_remote: the report's pass reads a month's remotely solved calls
// (few) apart, joined to their contacts by call id.
inline constexpr const char* schema_v7 = R"sql(
CREATE TABLE calls_v7 (
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
  -- One line: tests/unit/test_enum_names.cpp finds the list as EnumTable<CallState> spells it.
  state TEXT NOT NULL CHECK (state IN ('registered', 'dispatched', 'on_site', 'completed', 'carried_in', 'returned', 'resolved_remotely')),
  technician TEXT REFERENCES technicians (code),
  dispatched INTEGER,
  arrived INTEGER,
  completed INTEGER,
  sla_met INTEGER CHECK (sla_met IN (0, 1)),
  signed_off INTEGER CHECK (signed_off IN (0, 1)),
  revisited INTEGER NOT NULL DEFAULT 0 CHECK (revisited IN (0, 1)),
  external_id TEXT CHECK (external_id <> ''),  -- the record's id in the system it was imported from
  -- The provisional year the deadline was counted over (version 1).
  deadline_provisional INTEGER CHECK (deadline_provisional BETWEEN 1970 AND 2199),
  revisited_at INTEGER CHECK ((revisited = 1) = (revisited_at IS NOT NULL)),  -- version 2
  surveyed_at INTEGER,  -- = surveys.recorded of the call's survey: kept by the triggers surveys_surveyed_at*
  CHECK (dispatched IS NULL OR dispatched >= received),
  CHECK (arrived IS NULL OR arrived >= dispatched),
  CHECK (completed IS NULL OR completed >= arrived)
) STRICT;
INSERT INTO calls_v7 (id, voucher, customer_id, unit_id, centre, zone, address, phone, fault, cause, internal, received,
                      category, category_rule, deadline, state, technician, dispatched, arrived, completed, sla_met,
                      signed_off, revisited, external_id, deadline_provisional, revisited_at, surveyed_at)
  SELECT c.id, c.voucher, c.customer_id, c.unit_id, c.centre, c.zone, c.address, c.phone, c.fault, c.cause, c.internal,
         c.received, c.category, c.category_rule, c.deadline,
         CASE WHEN c.state = 'registered' AND EXISTS (SELECT 1 FROM remote_contacts r
                                                      WHERE r.call_id = c.id AND r.resolved IS NOT NULL)
              THEN 'resolved_remotely' ELSE c.state END,
         c.technician, c.dispatched, c.arrived, c.completed, c.sla_met, c.signed_off, c.revisited, c.external_id,
         c.deadline_provisional, c.revisited_at, (SELECT s.recorded FROM surveys s WHERE s.call_id = c.id)
  FROM calls c;
DROP TABLE calls;
ALTER TABLE calls_v7 RENAME TO calls;
CREATE INDEX calls_received ON calls (received, zone, centre, technician, deadline, arrived, sla_met, completed, state,
                                      revisited_at, deadline_provisional, dispatched, surveyed_at);
CREATE INDEX calls_unit ON calls (unit_id, received);
CREATE INDEX calls_dispatched ON calls (dispatched, received);
CREATE UNIQUE INDEX calls_external_id ON calls (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX calls_provisional ON calls (deadline_provisional) WHERE deadline_provisional IS NOT NULL;
CREATE INDEX calls_remote ON calls (received) WHERE state = 'resolved_remotely';

CREATE TABLE remote_contacts_v7 (
  call_id BLOB PRIMARY KEY REFERENCES calls (id) CHECK (length(call_id) = 16),
  received INTEGER,  -- = calls.received: kept by the triggers remote_contacts_received*, calls_received_kept
  technician TEXT NOT NULL REFERENCES technicians (code),
  method TEXT NOT NULL CHECK (method IN ('phone', 'remote')),
  first_response INTEGER NOT NULL CHECK (first_response >= received),
  resolved INTEGER CHECK (resolved IS NULL OR resolved >= first_response),
  recorded INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO remote_contacts_v7 (call_id, received, technician, method, first_response, resolved, recorded)
  SELECT r.call_id, (SELECT c.received FROM calls c WHERE c.id = r.call_id), r.technician, r.method, r.first_response,
         r.resolved, r.recorded
  FROM remote_contacts r;
DROP TABLE remote_contacts;
ALTER TABLE remote_contacts_v7 RENAME TO remote_contacts;
CREATE INDEX remote_contacts_received ON remote_contacts (received);

ALTER TABLE carry_ins DROP COLUMN voided;

-- Surveys of calls solved by phone before version 7 rated nobody: they rate
-- the remote contact's technician now, as new ones do (never the respondent).
UPDATE surveys SET technician = (SELECT r.technician FROM remote_contacts r WHERE r.call_id = surveys.call_id)
  WHERE technician IS NULL AND EXISTS (SELECT 1 FROM remote_contacts r WHERE r.call_id = surveys.call_id
                                       AND r.resolved IS NOT NULL AND r.technician <> surveys.respondent);

CREATE TRIGGER surveys_surveyed_at AFTER INSERT ON surveys BEGIN
  UPDATE calls SET surveyed_at = NEW.recorded WHERE id = NEW.call_id;
END;
CREATE TRIGGER surveys_surveyed_at_update AFTER UPDATE OF call_id, recorded ON surveys BEGIN
  UPDATE calls SET surveyed_at = NULL WHERE id = OLD.call_id;
  UPDATE calls SET surveyed_at = NEW.recorded WHERE id = NEW.call_id;
END;
CREATE TRIGGER surveys_surveyed_at_delete AFTER DELETE ON surveys BEGIN
  UPDATE calls SET surveyed_at = NULL WHERE id = OLD.call_id;
END;
-- A calls row written with another surveyed_at (a sync's upsert) takes its survey's back.
CREATE TRIGGER calls_surveyed_at_kept AFTER UPDATE OF surveyed_at ON calls
  WHEN NEW.surveyed_at IS NOT (SELECT s.recorded FROM surveys s WHERE s.call_id = NEW.id) BEGIN
  UPDATE calls SET surveyed_at = (SELECT s.recorded FROM surveys s WHERE s.call_id = NEW.id) WHERE id = NEW.id;
END;
-- An insert is checked too: a sync's INSERT OR REPLACE of a call whose
-- survey exists (one lookup in the survey's call_id index).
CREATE TRIGGER calls_surveyed_at_insert AFTER INSERT ON calls
  WHEN NEW.surveyed_at IS NOT (SELECT s.recorded FROM surveys s WHERE s.call_id = NEW.id) BEGIN
  UPDATE calls SET surveyed_at = (SELECT s.recorded FROM surveys s WHERE s.call_id = NEW.id) WHERE id = NEW.id;
END;
-- Each trigger below writes only when the copy differs, so none fires
-- itself again (PostgreSQL, unlike SQLite by default, runs triggers
-- recursively).
CREATE TRIGGER remote_contacts_received AFTER INSERT ON remote_contacts
  WHEN NEW.received IS NOT (SELECT c.received FROM calls c WHERE c.id = NEW.call_id) BEGIN
  UPDATE remote_contacts SET received = (SELECT c.received FROM calls c WHERE c.id = NEW.call_id)
    WHERE call_id = NEW.call_id;
END;
CREATE TRIGGER remote_contacts_received_kept AFTER UPDATE OF call_id, received ON remote_contacts
  WHEN NEW.received IS NOT (SELECT c.received FROM calls c WHERE c.id = NEW.call_id) BEGIN
  UPDATE remote_contacts SET received = (SELECT c.received FROM calls c WHERE c.id = NEW.call_id)
    WHERE call_id = NEW.call_id;
END;
CREATE TRIGGER calls_received_kept AFTER UPDATE OF received ON calls BEGIN
  UPDATE remote_contacts SET received = NEW.received WHERE call_id = NEW.id AND received IS NOT NEW.received;
END;
CREATE TRIGGER calls_received_inserted AFTER INSERT ON calls BEGIN
  UPDATE remote_contacts SET received = NEW.received WHERE call_id = NEW.id AND received IS NOT NEW.received;
END;
-- The technician a survey rates did the job: once the call is dispatched,
-- the visit's (before it, the store wrote the remote contact's or none).
CREATE TRIGGER calls_technician_rated AFTER UPDATE OF technician ON calls WHEN NEW.technician IS NOT NULL BEGIN
  UPDATE surveys SET technician = NEW.technician WHERE call_id = NEW.id AND technician IS NOT NEW.technician;
END;
)sql";

// Version 8 (issue 28: contract work billed per its contract, seeds/002
// (六) B 依…商品保養合同書的規定…收取服務費用): a maintenance contract may
// say what its customer pays, a JSON list of "call_out", "labour", "parts"
// like extra_causes; NULL: the policy's service.billing.contract.
inline constexpr const char* schema_v8 = R"sql(
ALTER TABLE contracts ADD COLUMN customer_pays TEXT CHECK (customer_pays IS NULL OR kind = 'maintenance');
)sql";

}  // namespace aftersales::store
