// Package cabi calls libaftersales through cgo as a Go program would: the
// client test of the C ABI's error convention (issue 26). cgo cannot be used
// in _test.go files, so the calls live here.
package cabi

/*
#include <stdlib.h>
#include <aftersales.h>
*/
import "C"

import "unsafe"

// Policy is the default dispatch policy on the China calendar.
type Policy struct {
	calendar *C.as_calendar
	policy   *C.as_dispatch_policy
}

// Error is one call's error, read whenever the caller likes.
type Error struct {
	e *C.as_error
}

// Code is the AS_E_* code.
func (e *Error) Code() int { return int(C.as_error_code(e.e)) }

// Message is "argument: what is wrong".
func (e *Error) Message() string { return C.GoString(C.as_error_message(e.e)) }

// Field is the argument the error names.
func (e *Error) Field() string { return C.GoString(C.as_error_field(e.e)) }

// Free releases the error.
func (e *Error) Free() { C.as_error_free(e.e) }

func (e *Error) Error() string { return e.Message() }

// NewChinaPolicy makes the seeds' default policy on the China calendar.
func NewChinaPolicy() (*Policy, error) {
	var p Policy
	var e *C.as_error
	if C.as_calendar_china(nil, 0, nil, 1, &p.calendar, &e) != C.AS_OK {
		return nil, &Error{e}
	}
	if C.as_dispatch_policy_create(p.calendar, &p.policy, &e) != C.AS_OK {
		C.as_calendar_destroy(p.calendar)
		return nil, &Error{e}
	}
	return &p, nil
}

// Close releases the policy.
func (p *Policy) Close() {
	C.as_dispatch_policy_destroy(p.policy)
	C.as_calendar_destroy(p.calendar)
}

// Deadline is as_dispatch_deadline without pauses; a failure comes back as
// an *Error the caller frees.
func (p *Policy) Deadline(callUnix int64, zone string) (int64, *Error) {
	cz := C.CString(zone)
	defer C.free(unsafe.Pointer(cz))
	var out C.int64_t
	var e *C.as_error
	if C.as_dispatch_deadline(p.policy, C.int64_t(callUnix), cz, nil, 0, &out, &e) != C.AS_OK {
		return 0, &Error{e}
	}
	if e != nil {
		return 0, &Error{e}
	}
	return int64(out), nil
}

// LastError is as_last_error() of whatever OS thread the goroutine runs on now.
func LastError() string { return C.GoString(C.as_last_error()) }
