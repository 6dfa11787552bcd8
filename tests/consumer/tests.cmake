# The installed package, used from outside (included from tests/CMakeLists.txt):
#   consumer_clean      remove the scratch prefix and build dir of a previous run
#   consumer_install    cmake --install into <build>/tests/consumer-prefix
#   consumer_configure  configure tests/consumer with find_package(aftersales)
#   consumer_build      build it
#   consumer_cpp, consumer_c   run the programs
#   consumer_pkgconfig  compile and run main.c with pkg-config's flags only
# FIXTURES order them, so `ctest -R consumer_c` also runs the steps before it.
# The library must be built first (ctest does not build).
set(_consumer_prefix "${CMAKE_CURRENT_BINARY_DIR}/consumer-prefix")
set(_consumer_build "${CMAKE_CURRENT_BINARY_DIR}/consumer-build")
set(_consumer_src "${CMAKE_CURRENT_LIST_DIR}")
# The installed package, its headers and its library all say project(VERSION).
string(REPLACE "." "\\." _consumer_version_re "${PROJECT_VERSION}")
get_property(_consumer_multi GLOBAL PROPERTY GENERATOR_IS_MULTI_CONFIG)
set(_consumer_config "")
if(_consumer_multi)
  set(_consumer_config --config $<CONFIG>)
endif()
if(AFTERSALES_BUILD_CAPI)
  set(_consumer_capi ON)
else()
  set(_consumer_capi OFF)
endif()

add_test(NAME consumer_clean
         COMMAND "${CMAKE_COMMAND}" -E rm -rf "${_consumer_prefix}" "${_consumer_build}"
                 "${_consumer_build}-pkgconfig")
add_test(NAME consumer_install
         COMMAND "${CMAKE_COMMAND}" --install "${PROJECT_BINARY_DIR}" --prefix "${_consumer_prefix}"
                 ${_consumer_config})
add_test(NAME consumer_configure
         COMMAND "${CMAKE_COMMAND}" -S "${_consumer_src}" -B "${_consumer_build}"
                 -G "${CMAKE_GENERATOR}" "-DCMAKE_MAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}"
                 "-DCMAKE_C_COMPILER=${CMAKE_C_COMPILER}" "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
                 "-DCMAKE_BUILD_TYPE=$<CONFIG>" "-DCMAKE_PREFIX_PATH=${_consumer_prefix}"
                 "-DCONSUMER_CAPI=${_consumer_capi}" "-DCONSUMER_VERSION=${PROJECT_VERSION}")
add_test(NAME consumer_build COMMAND "${CMAKE_COMMAND}" --build "${_consumer_build}" ${_consumer_config})
set_tests_properties(consumer_clean PROPERTIES FIXTURES_SETUP consumer_clean)
set_tests_properties(consumer_install PROPERTIES FIXTURES_REQUIRED consumer_clean
                                                 FIXTURES_SETUP consumer_prefix)
set_tests_properties(consumer_configure PROPERTIES FIXTURES_REQUIRED consumer_prefix
                                                   FIXTURES_SETUP consumer_configured)
set_tests_properties(consumer_build PROPERTIES FIXTURES_REQUIRED consumer_configured
                                               FIXTURES_SETUP consumer_built)
set_tests_properties(consumer_clean consumer_install consumer_configure consumer_build PROPERTIES
                     TIMEOUT 600)

if(_consumer_multi)
  set(_consumer_bin "${_consumer_build}/$<CONFIG>")
else()
  set(_consumer_bin "${_consumer_build}")
endif()
add_test(NAME consumer_cpp COMMAND "${_consumer_bin}/consumer_cpp")
set_tests_properties(consumer_cpp PROPERTIES FIXTURES_REQUIRED "consumer_built" TIMEOUT 30
  PASS_REGULAR_EXPRESSION
    "aftersales ${_consumer_version_re}\nsuburban deadline 2025-10-09 14:20(:00)?\nunknown zone: not found\n7 days from 2025-09-24 end on 2025-10-09\nok\n")

if(AFTERSALES_BUILD_CAPI)
  add_test(NAME consumer_c COMMAND "${_consumer_bin}/consumer_c")
  set_tests_properties(consumer_c PROPERTIES FIXTURES_REQUIRED "consumer_built" TIMEOUT 30
    ENVIRONMENT "LD_LIBRARY_PATH=${_consumer_prefix}/${CMAKE_INSTALL_LIBDIR}"
    PASS_REGULAR_EXPRESSION
      "libaftersales ${_consumer_version_re} \\(header ${_consumer_version_re}\\)\nsuburban target 25200 s, deadline 20251009 14:20\nunknown zone: [^\n]+\n7 days from 20250924 end on 20251009\nok\n")

  find_program(AFTERSALES_PKG_CONFIG NAMES pkg-config pkgconf)
  if(AFTERSALES_PKG_CONFIG)
    add_test(NAME consumer_pkgconfig
             COMMAND "${CMAKE_COMMAND}" "-DPKG_CONFIG=${AFTERSALES_PKG_CONFIG}" "-DPREFIX=${_consumer_prefix}"
                     "-DLIBDIR=${CMAKE_INSTALL_LIBDIR}" "-DCC=${CMAKE_C_COMPILER}" "-DVERSION=${PROJECT_VERSION}"
                     "-DSRC=${_consumer_src}/main.c" "-DOUT=${_consumer_build}-pkgconfig"
                     -P "${_consumer_src}/pkgconfig_check.cmake")
    set_tests_properties(consumer_pkgconfig PROPERTIES FIXTURES_REQUIRED consumer_prefix TIMEOUT 120)
  else()
    message(STATUS "pkg-config not found: the consumer_pkgconfig test is not registered")
  endif()
endif()
