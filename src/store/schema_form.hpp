// The schema's migration of the complaint form (issue 29 items 1 and 2,
// seeds/002 客戶投訴 (九)1-6, (七)4(2)): version 9.
// Included by schema.cpp only, whose migrations[] lists it in order.
#pragma once

namespace aftersales::store {

// Version 9: a complaint keeps the stage list it was opened under (JSON in
// the policy document's layout, copied at open like a bill copies its
// lines). The complaints stored before get, in the same transaction, the
// list they were opened under: the store's own stages when its policy gives
// them, and when it takes the library's defaults, the defaults before issue
// 29 (pre_29_stage_list), never the new ones (migrate's stage_list_before).
// The form's facts (九)1 one row per complaint; the entries made along the
// way (九)3-5, (七)4(2) with who, when, what. Kept portable: UUIDs as 16
// bytes, the complaint by id, instants Unix seconds UTC, civil dates
// "YYYY-MM-DD", enumerations as TEXT with CHECK, no rowid meaning.
// data/policies/complaints.json's stages before issue 29.
inline constexpr const char* pre_29_stage_list =
    R"json([{"name":"acceptance","department":"general_manager_office","days":0.5},)json"
    R"json({"name":"quality_investigation","department":"quality_management","days":1},)json"
    R"json({"name":"manufacturing","department":"manufacturing","days":1},{"name":"rnd","department":"rnd","days":1},)json"
    R"json({"name":"negotiation","department":"sales","days":{"domestic":5,"foreign":12}},)json"
    R"json({"name":"consolidation","department":"general_manager_office","days":0.5},)json"
    R"json({"name":"approval","department":"management","days":null}])json";

inline constexpr const char* schema_v9 = R"sql(
ALTER TABLE complaints ADD COLUMN stage_list TEXT;

CREATE TABLE complaint_forms (
  complaint_id BLOB PRIMARY KEY REFERENCES complaints (id) CHECK (length(complaint_id) = 16),
  customer TEXT,
  order_number TEXT,
  part_number TEXT,
  shipped TEXT CHECK (shipped IS NULL OR shipped GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),
  defective_quantity INTEGER CHECK (defective_quantity IS NULL OR defective_quantity >= 0),
  customer_request TEXT,
  request_pending INTEGER NOT NULL CHECK (request_pending IN (0, 1)),
  sample_sent INTEGER NOT NULL CHECK (sample_sent IN (0, 1)),
  recorded_by TEXT NOT NULL,
  recorded INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE complaint_entries (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  stage TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('cause', 'responsibility', 'countermeasure', 'production_unit',
                                       'machine_shift', 'operator', 'production_date', 'opinion', 'check',
                                       'handling_proposal', 'result', 'customer_reaction', 'supervisor_review',
                                       'consolidation', 'call_for')),
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX complaint_entries_complaint ON complaint_entries (complaint_id, at);
)sql";

}  // namespace aftersales::store
