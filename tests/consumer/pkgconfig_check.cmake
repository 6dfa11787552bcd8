cmake_minimum_required(VERSION 3.25)
# cmake -DPKG_CONFIG=... -DPREFIX=... -DLIBDIR=lib -DCC=cc -DSRC=main.c -DOUT=dir
#       -P pkgconfig_check.cmake
# The C program built from `pkg-config --cflags --libs aftersales` alone, with
# PKG_CONFIG_PATH pointing into the install prefix, as a Makefile user would:
# the flags must point into that prefix, the header must compile as strict
# C99 and the program must run against the installed libaftersales.
foreach(var PKG_CONFIG PREFIX LIBDIR CC SRC OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "pkgconfig_check.cmake: -D${var}=... is required")
  endif()
endforeach()

set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${LIBDIR}/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG}" --cflags --libs aftersales
                OUTPUT_VARIABLE flags ERROR_VARIABLE err RESULT_VARIABLE rc
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags --libs aftersales failed (${rc}): ${err}")
endif()
message(STATUS "pkg-config --cflags --libs aftersales: ${flags}")
# VERSION (optional): project(VERSION), which the .pc, the header and the
# library must all say.
if(DEFINED VERSION)
  execute_process(COMMAND "${PKG_CONFIG}" --modversion aftersales OUTPUT_VARIABLE pc_version
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT pc_version STREQUAL VERSION)
    message(FATAL_ERROR "pkg-config --modversion aftersales says '${pc_version}', the project '${VERSION}'")
  endif()
endif()
separate_arguments(flag_list UNIX_COMMAND "${flags}")
# The -I and -L directories must be the prefix's (compared after resolving
# "..", so a relocatable .pc using ${pcfiledir} passes too).
set(dirs "")
foreach(flag IN LISTS flag_list)
  if(flag MATCHES "^-[IL](.+)$")
    file(REAL_PATH "${CMAKE_MATCH_1}" dir)
    list(APPEND dirs "${dir}")
  endif()
endforeach()
file(REAL_PATH "${PREFIX}/include" want_include)
file(REAL_PATH "${PREFIX}/${LIBDIR}" want_lib)
foreach(expected IN ITEMS "${want_include}" "${want_lib}")
  if(NOT expected IN_LIST dirs)
    message(FATAL_ERROR "pkg-config flags '${flags}' do not point to '${expected}' "
                        "(the .pc must point into the prefix the package was installed to)")
  endif()
endforeach()
if(NOT "-laftersales" IN_LIST flag_list)
  message(FATAL_ERROR "pkg-config flags '${flags}' lack -laftersales")
endif()

file(MAKE_DIRECTORY "${OUT}")
set(exe "${OUT}/consumer_c_pkgconfig")
execute_process(COMMAND "${CC}" -std=c99 -Wall -Wextra -Wpedantic -Werror "${SRC}" -o "${exe}" ${flag_list}
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling ${SRC} with the pkg-config flags failed:\n${out}${err}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "LD_LIBRARY_PATH=${PREFIX}/${LIBDIR}"
                        "DYLD_LIBRARY_PATH=${PREFIX}/${LIBDIR}" "${exe}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "deadline 20251009 14:20\n.*\nok\n$")
  message(FATAL_ERROR "consumer_c_pkgconfig failed (${rc}):\n${err}")
endif()
if(DEFINED VERSION AND NOT out MATCHES "^libaftersales ${VERSION} \\(header ${VERSION}\\)\n")
  message(FATAL_ERROR "consumer_c_pkgconfig: the library or header is not version ${VERSION}:\n${out}")
endif()
