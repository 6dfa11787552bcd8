#pragma once
// Umbrella header: the whole public C++ API.
#include <aftersales/version.hpp>
#include <aftersales/error.hpp>
#include <aftersales/types.hpp>
#include <aftersales/calendar.hpp>
#include <aftersales/calendars/cn.hpp>
#include <aftersales/time_text.hpp>
#include <aftersales/period.hpp>
#include <aftersales/dispatch.hpp>
#include <aftersales/warranty.hpp>
#include <aftersales/penalty.hpp>
#include <aftersales/complaint.hpp>
#include <aftersales/policy.hpp>
#include <aftersales/survey.hpp>
#include <aftersales/store.hpp>
