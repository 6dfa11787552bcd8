// Version, status codes, the per-thread error message and as_free.
#include <aftersales.h>
#include <aftersales/error.hpp>
#include <aftersales/version.hpp>

#include "guard.hpp"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

static_assert(AS_VERSION_MAJOR == AFTERSALES_VERSION_MAJOR && AS_VERSION_MINOR == AFTERSALES_VERSION_MINOR &&
                  AS_VERSION_PATCH == AFTERSALES_VERSION_PATCH,
              "aftersales.h and aftersales/version.hpp disagree on the version");

// The C codes are pinned to ErrorCode in enum_codes.cpp.
using aftersales::ErrorCode;

namespace aftersales::capi {

namespace {
thread_local std::string last_error;
// Set instead of last_error when copying the message failed.
thread_local const char* last_error_static = nullptr;
}  // namespace

void set_last_error(std::string_view prefix, std::string_view message) noexcept {
  try {
    last_error.assign(prefix);
    last_error.append(message);
    last_error_static = nullptr;
  } catch (...) {
    last_error.clear();
    last_error_static = "out of memory (while recording an error message)";
  }
}

void clear_last_error() noexcept {
  last_error.clear();  // keeps its capacity: no allocation
  last_error_static = nullptr;
}

namespace {
// Handed out when there is no memory for an error of the caller's own.
as_error out_of_memory_error{AS_E_NO_MEMORY, "", ""};
}  // namespace

as_status fail(as_error** error, as_status code, std::string_view field, std::string_view prefix,
               std::string_view message) noexcept {
  set_last_error(prefix, message);
  if (error != nullptr && *error == nullptr) {
    try {
      auto made = std::make_unique<as_error>();
      made->code = code;
      made->message.assign(prefix).append(message);
      made->field.assign(field);
      *error = made.release();
    } catch (...) {
      *error = &out_of_memory_error;
    }
  }
  return code;
}

void copy_text(const std::string& text, char* buf, size_t cap, size_t* out_needed) noexcept {
  if (cap > 0) {
    const size_t n = text.size() < cap ? text.size() : cap - 1;
    std::memcpy(buf, text.data(), n);
    buf[n] = '\0';
  }
  if (out_needed != nullptr) *out_needed = text.size() + 1;
}

char* malloc_string(const std::string& s) {
  auto* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p == nullptr) throw std::bad_alloc();
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

}  // namespace aftersales::capi

extern "C" {

const char* as_version(void) { return aftersales::version_string(); }

int32_t as_version_number(void) { return AS_VERSION_NUMBER; }

const char* as_status_str(as_status status) {
  switch (status) {
    case AS_OK: return "ok";
    case AS_E_INVALID_ARGUMENT: return "invalid argument";
    case AS_E_NOT_FOUND: return "not found";
    case AS_E_OUT_OF_RANGE: return "out of range";
    case AS_E_PARSE: return "parse error";
    case AS_E_STATE: return "invalid state";
    case AS_E_STORAGE: return "storage error";
    case AS_E_NO_MEMORY: return "out of memory";
    case AS_E_INTERNAL: return "internal error";
    default: return "unknown status";
  }
}

as_status as_error_code(const as_error* error) { return error != nullptr ? error->code : AS_OK; }

const char* as_error_message(const as_error* error) {
  if (error == nullptr) return "";
  if (error == &aftersales::capi::out_of_memory_error) return "out of memory (while recording an error)";
  return error->message.c_str();
}

const char* as_error_field(const as_error* error) { return error != nullptr ? error->field.c_str() : ""; }

void as_error_free(as_error* error) {
  if (error != &aftersales::capi::out_of_memory_error) delete error;
}

const char* as_last_error(void) {
  using namespace aftersales::capi;
  return last_error_static != nullptr ? last_error_static : last_error.c_str();
}

void as_free(void* p) { std::free(p); }

}  // extern "C"
