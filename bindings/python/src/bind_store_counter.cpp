// Store: carry-in controls and surveys of every call (issue 28; seeds/002
// (十二)(十四)(二十三)(二十四)). The records cross as the core's JSON text,
// read into named tuples by aftersales/_store_counter.py.
#include "bind_store.hpp"

using namespace pybind11::literals;

namespace aftersales::python {

namespace {

std::optional<Instant> optional_instant_in(const OptSecs& s) {
  return s ? std::optional<Instant>(instant(*s)) : std::nullopt;
}

}  // namespace

void bind_store_counter(py::class_<StoreHandle>& store) {
  store
      .def(
          "appoint_supervisor",
          [](StoreHandle& h, const std::string& centre, const std::string& person) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->appoint_supervisor(centre, person);
          },
          "centre"_a, "person"_a)
      .def(
          "supervisors",
          [](StoreHandle& h, const std::string& centre) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->supervisors(centre);
          },
          "centre"_a)
      .def(
          "inspect_repair",
          [](StoreHandle& h, const std::string& id, const std::string& supervisor, std::int64_t at) {
            const auto s = h.get();
            py::gil_scoped_release release;
            s->inspect_repair(id, supervisor, instant(at));
          },
          "call_id"_a, "supervisor"_a, "at"_a)
      .def(
          "carry_in_record",
          [](StoreHandle& h, const std::string& id) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return to_json(s->carry_in_record(id));
          },
          "call_id"_a)
      .def(
          "call_for_receipt",
          [](StoreHandle& h, const std::string& receipt) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->call_for_receipt(receipt);
          },
          "receipt"_a)
      .def(
          "overdue_repairs",
          [](StoreHandle& h, const std::string& as_of, const OptText& centre) {
            const Date d = parse_date(as_of, "as_of");
            const auto s = h.get();
            py::gil_scoped_release release;
            const auto rows = s->overdue_repairs(d, centre ? std::optional<std::string_view>(*centre) : std::nullopt);
            return to_json(std::span<const OverdueRepair>(rows));
          },
          "as_of"_a, "centre"_a = py::none())
      .def(
          "record_survey_comment",
          [](StoreHandle& h, const std::string& id, std::int64_t attitude, std::int64_t skill, std::int64_t arrival,
             std::int64_t promise, const std::string& respondent, std::int64_t at, const std::string& comment) {
            const auto s = h.get();
            const SurveyAnswers answers = survey_answers(attitude, skill, arrival, promise);
            py::gil_scoped_release release;
            s->record_survey(id, answers, respondent, instant(at), comment);
          },
          "call_id"_a, "attitude"_a, "skill"_a, "arrival"_a, "promise"_a, "respondent"_a, "at"_a, "comment"_a)
      .def(
          "survey",
          [](StoreHandle& h, const std::string& id) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return to_json(s->survey(id));
          },
          "call_id"_a)
      .def(
          "survey_coverage_day",
          [](StoreHandle& h, const std::string& day, const OptSecs& as_of) {
            const Date d = parse_date(day, "day");
            const auto s = h.get();
            py::gil_scoped_release release;
            return to_json(s->survey_coverage(d, optional_instant_in(as_of)));
          },
          "day"_a, "as_of"_a = py::none())
      .def(
          "survey_coverage_month",
          [](StoreHandle& h, const std::string& month, const OptSecs& as_of) {
            const YearMonth ym = parse_year_month(month, "month");
            const auto s = h.get();
            py::gil_scoped_release release;
            return to_json(s->survey_coverage(ym, optional_instant_in(as_of)));
          },
          "month"_a, "as_of"_a = py::none())
      .def(
          "unsurveyed_calls",
          [](StoreHandle& h, const std::string& day, const OptText& centre) {
            const Date d = parse_date(day, "day");
            const auto s = h.get();
            py::gil_scoped_release release;
            const auto rows = s->unsurveyed_calls(d, centre ? std::optional<std::string_view>(*centre) : std::nullopt);
            return to_json(std::span<const UnsurveyedCall>(rows));
          },
          "day"_a, "centre"_a = py::none())
      .def(
          "open_survey_complaint",
          [](StoreHandle& h, const std::string& id, std::int64_t at) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->open_survey_complaint(id, instant(at));
          },
          "call_id"_a, "at"_a);
}

}  // namespace aftersales::python
