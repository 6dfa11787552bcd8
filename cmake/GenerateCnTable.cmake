# cmake -DIN=data/cn_holidays.csv -DOUT=cn_table.cpp -P GenerateCnTable.cmake
# Turns the holiday CSV (date,kind,name) into a sorted C++ table; a malformed
# row stops the build, so the table can never silently lose a date.
file(STRINGS "${IN}" lines ENCODING UTF-8)
list(POP_FRONT lines header)
if(NOT header STREQUAL "date,kind,name")
  message(FATAL_ERROR "${IN}: expected header 'date,kind,name', got '${header}'")
endif()
set(rows "")
set(prev 0)
set(n 0)
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  if(NOT line MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9]),(holiday|workday),(.+)$")
    message(FATAL_ERROR "${IN}: malformed row '${line}'")
  endif()
  set(ymd "${CMAKE_MATCH_1}${CMAKE_MATCH_2}${CMAKE_MATCH_3}")
  if(NOT ymd GREATER prev)
    message(FATAL_ERROR "${IN}: rows must be in strictly increasing date order at '${line}'")
  endif()
  set(prev ${ymd})
  if(CMAKE_MATCH_4 STREQUAL "workday")
    set(work true)
  else()
    set(work false)
  endif()
  string(REPLACE "\\" "\\\\" name "${CMAKE_MATCH_5}")
  string(REPLACE "\"" "\\\"" name "${name}")
  string(APPEND rows "    {${ymd}, ${work}, \"${name}\"},\n")
  math(EXPR n "${n} + 1")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from data/cn_holidays.csv by cmake/GenerateCnTable.cmake. Do not edit.
#include <aftersales/calendars/cn.hpp>

namespace aftersales::calendars::generated {
extern const CnDay cn_table[];
extern const std::size_t cn_table_size;
const CnDay cn_table[] = {
${rows}};
const std::size_t cn_table_size = ${n};
}  // namespace aftersales::calendars::generated
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
