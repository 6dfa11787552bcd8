#pragma once
// The default stage list before issue 29 (acceptance, quality, manufacturing,
// R&D always, negotiation, consolidation, approval), as the "stages" member of
// a complaints section: the tests of the workflow's mechanics written for it
// pin it, and schema 9 gives it to the complaints stored before (a complaint
// keeps the list it was opened under).
namespace test_support {
inline constexpr const char* stages_before_29 =
    R"("stages": [{"name": "acceptance", "department": "general_manager_office", "days": 0.5},
                  {"name": "quality_investigation", "department": "quality_management", "days": 1},
                  {"name": "manufacturing", "department": "manufacturing", "days": 1},
                  {"name": "rnd", "department": "rnd", "days": 1},
                  {"name": "negotiation", "department": "sales", "days": {"domestic": 5, "foreign": 12}},
                  {"name": "consolidation", "department": "general_manager_office", "days": 0.5},
                  {"name": "approval", "department": "management", "days": null}])";
}  // namespace test_support
