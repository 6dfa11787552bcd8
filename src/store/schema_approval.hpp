// The schema's migration of issue 29 items 3 and 4: version 10, approval by
// authority level and improvement actions. Included by schema.cpp only.
#pragma once

namespace aftersales::store {

// Version 10 (seeds/002 (九)6 依核決權限, (九)11, (七)3(5) 改善案…效果確認,
// (九)7 人為疏忽免列案追蹤). Portable records for a second engine and a
// sync: UUID ids (16 bytes), the complaint referenced by id, instants Unix
// seconds UTC, civil dates "YYYY-MM-DD", money integer fen, names TEXT with
// CHECK from the enumerations' tables, no rowid meaning.
// - complaint_approvals: one per complaint (its approval closes the approval
//   stage, a complaint_steps 'advance' at the same instant): the level that
//   signed, the level the amount needed, who, when, the amount committed;
//   its lines (compensation, allowance, returned goods at price).
// - returns.approval_id: the approval a return or allowance carries out.
// - tracking_exemptions: a case whose improvement is not tracked.
// - improvements: open -> confirmed | ineffective; an ineffective one is
//   replaced by a new one that `reopens` it (at most one).
inline constexpr const char* schema_v10 = R"sql(
CREATE TABLE complaint_approvals (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  complaint_id BLOB NOT NULL UNIQUE REFERENCES complaints (id),
  level TEXT NOT NULL CHECK (level <> ''),
  required_level TEXT NOT NULL CHECK (required_level <> ''),
  approver TEXT NOT NULL CHECK (approver <> ''),
  at INTEGER NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0)
) STRICT;

CREATE TABLE complaint_approval_lines (
  approval_id BLOB NOT NULL REFERENCES complaint_approvals (id),
  line INTEGER NOT NULL CHECK (line >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('compensation', 'allowance', 'returned_goods')),
  quantity INTEGER NOT NULL CHECK (quantity >= 1),
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
  PRIMARY KEY (approval_id, line)
) STRICT, WITHOUT ROWID;

ALTER TABLE returns ADD COLUMN approval_id BLOB REFERENCES complaint_approvals (id);

CREATE TABLE tracking_exemptions (
  complaint_id BLOB PRIMARY KEY REFERENCES complaints (id),
  reason TEXT NOT NULL CHECK (reason IN ('human_negligence')),
  decided_by TEXT NOT NULL CHECK (decided_by <> ''),
  at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE improvements (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  action TEXT NOT NULL CHECK (action <> ''),
  owner TEXT NOT NULL CHECK (owner <> ''),
  due TEXT NOT NULL CHECK (length(due) = 10),
  opened INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'confirmed', 'ineffective')),
  closed INTEGER,
  closed_by TEXT,
  reopens BLOB UNIQUE REFERENCES improvements (id),
  CHECK ((state = 'open') = (closed IS NULL)),
  CHECK ((closed IS NULL) = (closed_by IS NULL)),
  CHECK (closed IS NULL OR closed >= opened)
) STRICT;
CREATE INDEX improvements_complaint ON improvements (complaint_id, opened);
CREATE INDEX improvements_due ON improvements (due, opened);
)sql";

}  // namespace aftersales::store
