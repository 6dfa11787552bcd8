// Store: calls solved by phone or remotely (issue 28; seeds 003 2.2 遠程協助,
// 001 电话技术服务). Instants Unix seconds; how "phone" | "remote"; a contact
// as (call_id, technician, how, first_response, resolved or None, recorded).
#include "bind_store.hpp"

#include <aftersales/enum_names.hpp>

using namespace pybind11::literals;

namespace aftersales::python {

void bind_store_remote(py::class_<StoreHandle>& store) {
  store
      .def(
          "resolve_remotely",
          [](StoreHandle& h, const std::string& call_id, const std::string& technician, const std::string& how,
             std::int64_t first_response, std::int64_t resolved) {
            const auto s = h.get();
            const RemoteMethod m = parse_enum<RemoteMethod>(how, "how");
            py::gil_scoped_release release;
            s->resolve_remotely(call_id, technician, m, instant(first_response), instant(resolved));
          },
          "call_id"_a, "technician"_a, "how"_a, "first_response"_a, "resolved"_a)
      .def(
          "record_remote_attempt",
          [](StoreHandle& h, const std::string& call_id, const std::string& technician, const std::string& how,
             std::int64_t at) {
            const auto s = h.get();
            const RemoteMethod m = parse_enum<RemoteMethod>(how, "how");
            py::gil_scoped_release release;
            s->record_remote_attempt(call_id, technician, m, instant(at));
          },
          "call_id"_a, "technician"_a, "how"_a, "at"_a)
      .def(
          "remote_contact",
          [](StoreHandle& h, const std::string& call_id) -> py::object {
            const auto s = h.get();
            std::optional<RemoteContact> c;
            {
              py::gil_scoped_release release;
              c = s->remote_contact(call_id);
            }
            if (!c) return py::none();
            return py::make_tuple(c->call_id, c->technician, to_string(c->how), secs(c->first_response),
                                  optional_secs(c->resolved), secs(c->recorded));
          },
          "call_id"_a);
}

}  // namespace aftersales::python
