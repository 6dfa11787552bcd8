# Generates a C++ file that holds the preset policy documents of
# data/policies/*.json, so presets are data yet need no file at run time.
# Usage: cmake -DOUT=<file.cpp> -DFILES=<a.json|b.json> -P EmbedPolicies.cmake
string(REPLACE "|" ";" FILES "${FILES}")
set(body "// Generated from data/policies/*.json by cmake/EmbedPolicies.cmake. Do not edit.\n")
string(APPEND body "#include <string_view>\n\nnamespace aftersales::generated {\n\n")
string(APPEND body "std::string_view policy_document(std::string_view name) noexcept {\n")
foreach(file IN LISTS FILES)
  get_filename_component(name "${file}" NAME_WE)
  file(READ "${file}" text)
  string(FIND "${text}" ")json\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter )json\"")
  endif()
  string(APPEND body "  if (name == \"${name}\") return R\"json(${text})json\";\n")
endforeach()
string(APPEND body "  return {};\n}\n\n}  // namespace aftersales::generated\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
