# Generates a C++ file with one function returning a data file's text, so the
# data needs no file at run time.
# Usage: cmake -DIN=<file> -DOUT=<file.cpp> -DFUNCTION=<qualified name> -P EmbedText.cmake
file(READ "${IN}" text)
string(FIND "${text}" ")text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )text\"")
endif()
string(REGEX MATCH "^(.*)::([A-Za-z_0-9]+)$" _ "${FUNCTION}")
set(ns "${CMAKE_MATCH_1}")
set(fn "${CMAKE_MATCH_2}")
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by cmake/EmbedText.cmake. Do not edit.
#include <string_view>

namespace ${ns} {
std::string_view ${fn}() noexcept;
std::string_view ${fn}() noexcept { return R\"text(${text})text\"; }
}  // namespace ${ns}
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
