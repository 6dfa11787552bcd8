#pragma once
// A column whose elements may have no value (README "No value"): the values
// and, beside them, a validity mask, as Apache Arrow and pandas' nullable
// arrays keep them. valid[i] == 1: values[i] holds element i; valid[i] ==
// 0: element i has no value and values[i] is T{} (unspecified: read it only
// through the mask). The library's column results use it for every column
// that can lack a value; a column that always has one is a plain vector.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

namespace aftersales {

template <class T>
struct Nullable {
  std::vector<T> values;
  std::vector<std::uint8_t> valid;  // 1: a value, 0: none (one byte each, so it crosses to NumPy as is)

  Nullable() = default;
  // {2027, std::nullopt, ...}: each element a value or none.
  Nullable(std::initializer_list<std::optional<T>> elements) {
    reserve(elements.size());
    for (const std::optional<T>& e : elements) push_back(e);
  }

  std::size_t size() const noexcept { return values.size(); }
  bool empty() const noexcept { return values.empty(); }
  void reserve(std::size_t n) {
    values.reserve(n);
    valid.reserve(n);
  }
  void push_back(std::optional<T> v) {
    valid.push_back(v ? 1 : 0);
    values.push_back(v ? std::move(*v) : T{});
  }
  // Element i's value, or none; std::out_of_range past the end.
  std::optional<T> at(std::size_t i) const {
    if (i >= values.size()) throw std::out_of_range("Nullable::at");
    return valid[i] ? std::optional<T>(values[i]) : std::nullopt;
  }
  bool has_value(std::size_t i) const noexcept { return valid[i] != 0; }
  // Replaces element i (a value, or none).
  void set(std::size_t i, std::optional<T> v) {
    valid[i] = v ? 1 : 0;
    values[i] = v ? std::move(*v) : T{};
  }
  // Equal when the same elements have values and those values are equal.
  friend bool operator==(const Nullable& a, const Nullable& b) {
    if (a.valid != b.valid) return false;
    for (std::size_t i = 0; i < a.values.size(); ++i)
      if (a.valid[i] && !(a.values[i] == b.values[i])) return false;
    return true;
  }
};

}  // namespace aftersales
