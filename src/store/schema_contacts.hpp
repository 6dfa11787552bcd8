// The schema's migration of issue 29 items 5 and 6: version 11.
// Included by schema.cpp only, whose migrations[] lists it in order.
#pragma once

namespace aftersales::store {

// Version 11 (issue 29 items 5 and 6): the complaining customer told and
// visited (seeds/002 家電 (二十六), (二十八)) and the administrative
// penalties on record (客戶投訴行政處罰準則 (四)-(六), 投訴 (十二)1). Both
// are kept for a second engine and a sync between stores: UUID ids as 16
// bytes, the complaint by its id, instants Unix seconds UTC, civil dates
// and months as text, money integer fen, enumerations text with CHECK
// lists (aftersales/enum_names.hpp), no rowid meaning (unlike
// penalty_events.seq, which is not sync-safe: not extended here).
inline constexpr const char* schema_v11 = R"sql(
CREATE TABLE complaint_contacts (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  kind TEXT NOT NULL CHECK (kind IN ('notification', 'visit')),
  how TEXT NOT NULL CHECK (how IN ('letter', 'phone', 'visit')),
  by_person TEXT NOT NULL CHECK (by_person <> ''),
  at INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  recorded INTEGER NOT NULL,
  CHECK ((kind = 'visit') = (how = 'visit'))
) STRICT;
CREATE INDEX complaint_contacts_complaint ON complaint_contacts (complaint_id, at);

CREATE TABLE admin_penalties (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  person TEXT NOT NULL CHECK (person <> ''),
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  offence TEXT NOT NULL CHECK (offence <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('warning', 'minor', 'major')),
  count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 1000),
  amount_fen INTEGER CHECK (amount_fen >= 0),
  notice_number TEXT NOT NULL CHECK (notice_number <> ''),
  notice_date TEXT NOT NULL CHECK (length(notice_date) = 10),
  month TEXT NOT NULL CHECK (length(month) = 7),
  recorded INTEGER NOT NULL,
  CHECK ((kind = 'major') = (amount_fen IS NULL))
) STRICT;
CREATE INDEX admin_penalties_person ON admin_penalties (person, month);
CREATE INDEX admin_penalties_complaint ON admin_penalties (complaint_id);
)sql";

// Version 12: a notification's amount told to the customer (fen; NULL:
// none), at most what the approval committed (seeds/002 (九)11).
inline constexpr const char* schema_v12 = R"sql(
ALTER TABLE complaint_contacts ADD COLUMN amount_fen INTEGER CHECK (amount_fen IS NULL OR (amount_fen >= 0 AND kind = 'notification'));
)sql";

}  // namespace aftersales::store
