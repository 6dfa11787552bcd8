// aftersales._core: the C++ library for Python. Translation only: the rules
// live in the C++ library, the Pythonic faces in the aftersales package.
#include "common.hpp"

#include <aftersales/enum_names.hpp>

namespace py = pybind11;

namespace aftersales::python {
void bind_warranty(py::module_& m);   // bind_warranty.cpp
void bind_penalty(py::module_& m);    // bind_penalty.cpp
void bind_complaint(py::module_& m);  // bind_complaint.cpp
void bind_policy(py::module_& m);     // bind_policy.cpp
void bind_store(py::module_& m);      // bind_store.cpp
}

namespace {

// aftersales::Error -> the aftersales._errors class for its code, carrying
// code, field and message. The classes are defined in Python.
void raise_python_error(const aftersales::Error& e) {
  try {
    py::object make = py::module_::import("aftersales._errors").attr("_from_core");
    py::object exc = make(static_cast<int>(e.code()), e.field(), aftersales::python::bare_message(e));
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
  } catch (py::error_already_set&) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
  }
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "aftersales C++ core (private; use the aftersales package)";
  m.attr("__version__") = aftersales::version_string();
  m.attr("NAT") = aftersales::python::nat;
  // Policy defaults live once, in C++; the Python signatures read them here.
  m.attr("DEFAULT_ZONE") = std::string(aftersales::default_zone);
  m.attr("DEFAULT_MAKEUP_WEEKDAY") = std::string(aftersales::to_string(aftersales::default_makeup_weekday));

  // The enumerations' tables (aftersales/enum_names.hpp): the Python
  // constants are built from them, never spelled again.
  m.def("enumerations", [] {
    py::dict out;
    aftersales::for_each_named_enum([&]<class E>(aftersales::EnumTable<E>) {
      py::list values;
      for (const auto& [value, name] : aftersales::enum_names<E>())
        values.append(py::make_tuple(static_cast<long long>(value), std::string(name)));
      out[py::str(std::string(aftersales::EnumTable<E>::key))] = py::tuple(values);
    });
    return out;
  });
  m.def("enum_names", [](const std::string& key) {
    py::list names;
    aftersales::for_each_named_enum([&]<class E>(aftersales::EnumTable<E>) {
      if (aftersales::EnumTable<E>::key == key)
        for (const auto& n : aftersales::enum_names<E>()) names.append(std::string(n.name));
    });
    if (names.empty()) throw aftersales::Error(aftersales::ErrorCode::not_found, "key", "no enumeration '" + key + "'");
    return py::tuple(names);
  }, py::arg("key"));

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const aftersales::Error& e) {
      raise_python_error(e);
    }
  });

  m.def("parse_duration",
        [](std::string_view text, std::string_view field) { return aftersales::parse_duration(text, field).count(); },
        py::arg("text"), py::arg("field") = "duration");
  m.def("parse_date",
        [](std::string_view text, std::string_view field) { return aftersales::format_date(aftersales::parse_date(text, field)); },
        py::arg("text"), py::arg("field") = "date");

  aftersales::python::bind_calendar(m);
  aftersales::python::bind_period(m);
  aftersales::python::bind_dispatch(m);
  aftersales::python::bind_warranty(m);
  aftersales::python::bind_penalty(m);
  aftersales::python::bind_complaint(m);
  aftersales::python::bind_policy(m);  // after the parts it hands out
  aftersales::python::bind_store(m);
}
