from datetime import datetime

import aftersales as af

call = datetime(2026, 12, 31, 16, 0)  # a city call, Asia/Shanghai, on the last published day

# refuse (the default): the 2027 notice is not in the table, so no deadline.
try:
    af.DispatchPolicy(af.Calendar.china()).deadline(call, "urban")
except af.OutOfRangeError as e:
    print("refuse   ", e.field, "past the horizon", af.Calendar.china().horizon)

# weekly: plain weeks past the horizon; 1 January counts as a working day.
weekly = af.DispatchPolicy(af.Calendar.china(past_horizon="weekly"))
print("weekly   ", weekly.deadline(call, "urban"))

# statutory: the law's holidays (元旦 on Friday 1 January), no make-up days.
statutory = af.DispatchPolicy(af.Calendar.china(past_horizon="statutory"))
status = statutory.status(call, "urban", now=call)
print("statutory", status.deadline)
print("rule     ", status.rule)
