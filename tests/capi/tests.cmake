# The C API tests: plain C99 programs against libaftersales (aftersales::capi),
# the exported-symbol check and the README's C example. Included from
# tests/CMakeLists.txt, so paths are relative to tests/.
if(NOT TARGET aftersales_capi)
  return()
endif()

set(_capi_dir "${CMAKE_CURRENT_SOURCE_DIR}/capi")
# The tests are C, and strict C: the header must stay C99 without extensions.
set(_capi_c_flags -std=c99 -Wall -Wextra -Werror -pedantic)
find_package(Threads REQUIRED)

foreach(_name status calendar china period dispatch warranty penalty complaint store threads extremes overflow callbacks
               preset_sanbao housing extended_replacement rest_day complaint_number car_2021
               store_homes report_as_of counter remote billing meanings call_state numbering complaint_form approval contacts
               complaint_deciding ledger_admin complaint_statistics)
  add_executable(capi_test_${_name} "${_capi_dir}/test_${_name}.c")
  set_target_properties(capi_test_${_name} PROPERTIES C_STANDARD 99 C_EXTENSIONS OFF)
  target_compile_options(capi_test_${_name} PRIVATE ${_capi_c_flags})
  target_link_libraries(capi_test_${_name} PRIVATE aftersales::capi)
  add_test(NAME capi.${_name} COMMAND capi_test_${_name})
  set_tests_properties(capi.${_name} PROPERTIES LABELS capi)
endforeach()
target_link_libraries(capi_test_threads PRIVATE Threads::Threads)
target_link_libraries(capi_test_callbacks PRIVATE Threads::Threads)
# The version the header and the library must both say: project(VERSION).
target_compile_definitions(capi_test_status PRIVATE "AS_TEST_PROJECT_VERSION=\"${PROJECT_VERSION}\"")


# Only as_* symbols leave libaftersales, and every function the header
# declares is exported.
add_test(NAME capi.exported_symbols
  COMMAND "${CMAKE_COMMAND}" -DNM=${CMAKE_NM} -DLIB=$<TARGET_FILE:aftersales_capi>
          -DHEADER=${PROJECT_SOURCE_DIR}/capi/include/aftersales.h
          -P "${_capi_dir}/check_symbols.cmake")
set_tests_properties(capi.exported_symbols PROPERTIES LABELS capi)

# Every function of the header follows the conventions its opening block
# writes (an error out parameter last on every fallible function, ...).
add_test(NAME capi.conventions
  COMMAND "${CMAKE_COMMAND}" -DHEADER=${PROJECT_SOURCE_DIR}/capi/include/aftersales.h
          -P "${_capi_dir}/check_conventions.cmake")
set_tests_properties(capi.conventions PROPERTIES LABELS capi)

# The example the README quotes verbatim must build and print what it says.
add_executable(capi_readme_example "${PROJECT_SOURCE_DIR}/examples/c/readme_example.c")
set_target_properties(capi_readme_example PROPERTIES C_STANDARD 99 C_EXTENSIONS OFF)
target_compile_options(capi_readme_example PRIVATE ${_capi_c_flags})
target_link_libraries(capi_readme_example PRIVATE aftersales::capi)
add_test(NAME capi.readme_example COMMAND capi_readme_example)
set_tests_properties(capi.readme_example PROPERTIES LABELS capi
  PASS_REGULAR_EXPRESSION "deadline: 2025-09-28 14:00 \\(Asia/Shanghai\\)[\r\n]+status: running, 30 min left, at risk[\r\n]+rule: dispatch\\.target\\.urban = 6h[^\r\n]*[\r\n]+error 2 \\(not found\\): service_zone: unknown service zone 'rural'")
