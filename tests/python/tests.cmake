# The Python package's tests (included from tests/CMakeLists.txt):
#   python   pytest over tests/python against the INSTALLED package
# Install it first with the same interpreter: `python3 -m pip install .`
# (ctest does not build or install it). The interpreter is `python3` on PATH,
# the one `pip` installs into; pass -DPython3_EXECUTABLE=... to choose another.
if(NOT Python3_EXECUTABLE)
  find_program(AFTERSALES_PYTHON3 NAMES python3 python NO_CMAKE_PATH NO_CMAKE_ENVIRONMENT_PATH)
  if(AFTERSALES_PYTHON3)
    set(Python3_EXECUTABLE "${AFTERSALES_PYTHON3}")
  endif()
endif()
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  # Run from the build tree, so the source tree's bindings/python/aftersales
  # can never shadow the installed package.
  set(_python_test_dir "${CMAKE_CURRENT_BINARY_DIR}/python")
  file(MAKE_DIRECTORY "${_python_test_dir}")
  add_test(NAME python
           COMMAND "${Python3_EXECUTABLE}" -m pytest -q -p no:cacheprovider "${CMAKE_CURRENT_LIST_DIR}"
           WORKING_DIRECTORY "${_python_test_dir}")
  set_tests_properties(python PROPERTIES TIMEOUT 600)
  if(TARGET aftersales_capi)
    # test_version.py checks the C library's version through ctypes.
    set_tests_properties(python PROPERTIES ENVIRONMENT "AFTERSALES_CAPI_LIB=$<TARGET_FILE:aftersales_capi>")
  endif()
else()
  message(STATUS "python3 not found: the Python tests are not registered")
endif()
