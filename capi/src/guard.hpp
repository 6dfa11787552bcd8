#pragma once
// The one place where C++ exceptions become C status codes. Every exported
// function body runs inside guard(), so no exception ever crosses the ABI.
#include <aftersales.h>
#include <aftersales/error.hpp>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <new>
#include <string>
#include <string_view>
#include <utility>

// An error handed to the caller through `as_error** error`.
struct as_error {
  as_status code;
  std::string message;  // "field: what is wrong"
  std::string field;
};

namespace aftersales::capi {

// The calling thread's last error message (as_last_error). Recording it must
// never throw: if the copy itself runs out of memory a static text is kept.
// The message is `prefix` followed by `message`.
void set_last_error(std::string_view prefix, std::string_view message = {}) noexcept;
void clear_last_error() noexcept;

// A failed call: records the message for as_last_error and, when the caller
// wants it (`error` not NULL, *error NULL), makes *error. Returns `code`.
// Never throws: without memory for the error, *error is a static one.
as_status fail(as_error** error, as_status code, std::string_view field, std::string_view prefix,
               std::string_view message = {}) noexcept;

// Throws Error(invalid_argument) naming `name` when `p` is NULL.
template <class T>
void require(const T* p, const char* name) {
  if (p == nullptr) throw Error(ErrorCode::invalid_argument, name, "must not be NULL");
}

// Runs `body` (which writes its outputs last, after everything that can
// throw) and maps what it throws:
//   aftersales::Error -> its code, std::bad_alloc -> AS_E_NO_MEMORY,
//   anything else     -> AS_E_INTERNAL.
// The error goes to the caller through `error` (and as_last_error), so the
// message read is the one of this call, whatever thread reads it and when.
template <class F>
as_status guard(as_error** error, F&& body) noexcept {
  try {
    body();
    clear_last_error();
    return AS_OK;
  } catch (const Error& e) {
    const auto code = static_cast<as_status>(e.code());
    // An Error must never read as success.
    return fail(error, code == AS_OK ? AS_E_INTERNAL : code, e.field(), e.what());
  } catch (const std::bad_alloc&) {
    return fail(error, AS_E_NO_MEMORY, {}, "out of memory");
  } catch (const std::exception& e) {
    return fail(error, AS_E_INTERNAL, {}, "internal error: ", e.what());
  } catch (...) {
    return fail(error, AS_E_INTERNAL, {}, "internal error: unknown exception");
  }
}

// C++ field -> C argument names, for renaming().
using Names = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// Runs `f`; an Error naming a C++ field (exactly `from`) is rethrown naming
// the C field instead ("product" -> "unit.product", "at" -> "at_unix_s"), so
// the message points at what the C caller passed.
template <class F>
auto renaming(Names names, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    for (const auto& [from, to] : names)
      if (e.field() == from) throw Error(e.code(), std::string(to), e.message());
    throw;
  }
}

// Runs `f`; an Error naming a member of the struct parameter `param`
// ("customer", as the C++ core names it) is rethrown naming it as the C
// caller reaches it ("intake.customer"). A field that is one of the
// function's other parameters (`others`), or already starts with `param`, is
// left as it is.
template <class F>
void members_of(std::string_view param, std::initializer_list<std::string_view> others, F&& f) {
  try {
    f();
  } catch (const Error& e) {
    const std::string& field = e.field();
    const bool own = field.empty() || field.rfind(std::string(param), 0) == 0 ||
                     std::find(others.begin(), others.end(), std::string_view(field)) != others.end();
    if (own) throw;
    throw Error(e.code(), std::string(param) + "." + field, e.message());
  }
}

// A versioned struct's `size`: version 1 of the struct is the smallest a
// caller can have.
inline void check_size(size_t size, size_t v1, const char* field, const char* type, const char* init) {
  if (size < v1)
    throw Error(ErrorCode::invalid_argument, field,
                std::to_string(size) + " is smaller than sizeof(" + type + ") = " + std::to_string(v1) +
                    " (initialise with " + init + ")");
}

// Element i of an array of sized structs, read at the caller's stride (the
// size of element 0, which every element repeats): an array built against an
// older, smaller header gets the fields it lacks from `defaults` (the *_INIT
// values), one from a newer, larger header has its later fields ignored.
// Throws Error(invalid_argument) naming `array`[i].size for a size that is
// not the stride or too small to hold `size` itself.
template <class T>
T sized_element(const T* base, size_t i, const char* array, const T& defaults) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(base);
  const size_t stride = base[0].size;
  const std::string field = std::string(array) + "[" + std::to_string(i) + "].size";
  if (stride < sizeof(size_t))
    throw Error(ErrorCode::invalid_argument, field,
                std::to_string(stride) + " cannot hold the size itself (initialise the struct with its *_INIT macro)");
  size_t size = 0;
  std::memcpy(&size, bytes + i * stride, sizeof size);
  if (size != stride)
    throw Error(ErrorCode::invalid_argument, field,
                std::to_string(size) + " differs from element 0's " + std::to_string(stride) +
                    " (every element of an array has the size of the struct it was built with)");
  T out = defaults;
  std::memcpy(&out, bytes + i * stride, stride < sizeof(T) ? stride : sizeof(T));
  out.size = sizeof(T);
  return out;
}

// A single sized input struct, read the same way (element 0 of an array of one).
template <class T>
T sized_input(const T* p, const char* name, const T& defaults) {
  try {
    return sized_element(p, 0, name, defaults);
  } catch (const Error& e) {
    throw Error(e.code(), std::string(name) + ".size", e.message());
  }
}

// Copies `text` into a caller buffer: NUL-terminated, truncated to cap - 1
// bytes (buf may be NULL when cap == 0); *out_needed, if not NULL, receives
// the size needed including the NUL. Never throws.
void copy_text(const std::string& text, char* buf, size_t cap, size_t* out_needed) noexcept;

// Copies `s` into a buffer from malloc (released by as_free).
char* malloc_string(const std::string& s);

}  // namespace aftersales::capi
