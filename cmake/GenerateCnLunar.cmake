# cmake -DIN=data/cn_lunar.csv -DOUT=cn_lunar.cpp -P GenerateCnLunar.cmake
# Turns the lunar table (made by tools/generate_cn_lunar.py) into a constexpr
# C++ array behind src/calendars/cn_lunar.hpp. Lines starting with '#' are the
# file's comments. A malformed row, a missing or repeated year stops the build,
# so a lookup by year can never land on the wrong row.
file(STRINGS "${IN}" lines ENCODING UTF-8)
list(FILTER lines EXCLUDE REGEX "^#")
list(POP_FRONT lines header)
set(expected_header "year,spring_festival,qingming,dragon_boat,mid_autumn")
if(NOT header STREQUAL expected_header)
  message(FATAL_ERROR "${IN}: expected header '${expected_header}', got '${header}'")
endif()
set(date "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]")  # CMake regexes hold at most 9 groups
set(rows "")
set(first "")
set(prev "")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  if(NOT line MATCHES "^[0-9][0-9][0-9][0-9],${date},${date},${date},${date}$")
    message(FATAL_ERROR "${IN}: malformed row '${line}'")
  endif()
  string(REPLACE "," ";" cells "${line}")
  list(POP_FRONT cells year)
  if(NOT prev STREQUAL "")
    math(EXPR next "${prev} + 1")
    if(NOT year EQUAL next)
      message(FATAL_ERROR "${IN}: years must be consecutive: ${year} follows ${prev}")
    endif()
  else()
    set(first ${year})
  endif()
  set(prev ${year})
  set(fields "")
  foreach(cell IN LISTS cells)
    if(NOT cell MATCHES "^${year}-")
      message(FATAL_ERROR "${IN}: row '${line}' has a date outside ${year}")
    endif()
    string(REPLACE "-" "" ymd "${cell}")
    string(APPEND fields ", ${ymd}")
  endforeach()
  string(APPEND rows "    {${year}${fields}},\n")
endforeach()
if(first STREQUAL "")
  message(FATAL_ERROR "${IN}: no rows")
endif()
file(WRITE "${OUT}.tmp" "// Generated from data/cn_lunar.csv by cmake/GenerateCnLunar.cmake. Do not edit.
#include \"calendars/cn_lunar.hpp\"

namespace aftersales::calendars {
namespace {
constexpr CnLunarYear rows[] = {
${rows}};
constexpr int first_year = ${first};
constexpr int last_year = ${prev};
static_assert(sizeof(rows) / sizeof(rows[0]) == static_cast<unsigned>(last_year - first_year + 1));
}  // namespace

std::span<const CnLunarYear> cn_lunar_table() noexcept { return rows; }

const CnLunarYear* cn_lunar_year(int year) noexcept {
  if (year < first_year || year > last_year) return nullptr;
  return &rows[year - first_year];
}
}  // namespace aftersales::calendars
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
