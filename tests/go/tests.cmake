# The Go client of the C ABI (cgo): each call's error is its own, read after
# the goroutine may have moved to another OS thread (issue 26). Go comes from
# Debian's golang-go (tools/setup-deps.sh); nothing is downloaded: the module
# has no dependencies, GOPROXY=off, GOTOOLCHAIN=local.
find_program(GO_EXECUTABLE go)
if(GO_EXECUTABLE)
  set(_go_dir "${CMAKE_CURRENT_LIST_DIR}")
  add_test(NAME go.errors
    COMMAND "${CMAKE_COMMAND}" -E env
            "CGO_CFLAGS=-I${PROJECT_SOURCE_DIR}/capi/include -I${AFTERSALES_GENERATED_INCLUDE}"
            "CGO_LDFLAGS=-L$<TARGET_FILE_DIR:aftersales_capi> -laftersales -Wl,-rpath,$<TARGET_FILE_DIR:aftersales_capi>"
            CGO_ENABLED=1 GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-count=1 "GOCACHE=${CMAKE_BINARY_DIR}/go-cache"
            "GOPATH=${CMAKE_BINARY_DIR}/go-path"
            "${GO_EXECUTABLE}" test ./...
    WORKING_DIRECTORY "${_go_dir}")
  set_tests_properties(go.errors PROPERTIES LABELS "client")
else()
  message(WARNING "go not found: the Go client test of the C ABI is not run (tools/setup-deps.sh installs golang-go)")
endif()
