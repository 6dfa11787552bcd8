"""README example: an urban repair call on the eve of the National Day break."""

from datetime import date, datetime, timedelta

import aftersales as af

cal = af.Calendar.china()        # Mon-Fri 09-12 and 13-18, State Council holidays and make-up days
policy = af.DispatchPolicy(cal)  # urban 6 h, suburban 7 h of working time from call to arrival

# Tuesday 2025-09-30, 15:20. A naive datetime is local time of the calendar's
# zone (Asia/Shanghai). 2 h 40 min of work are left before the break (10-01..10-08).
call = datetime(2025, 9, 30, 15, 20)
deadline = policy.deadline(call, "urban")
print(f"deadline {deadline}")

# Lunchtime on the first day back: 20 working minutes left, so the call is at risk.
s = policy.status(call, "urban", now=datetime(2025, 10, 9, 12, 30))
print(f"status   {s.state}, {s.remaining} left, at risk: {s.at_risk}, changes at {s.next_change}")

# A 7-day return window from 2025-09-24: its last day, 10-01, is a holiday.
print(f"returns  accepted until {af.period_end(date(2025, 9, 24), days=7, calendar=cal)}")

assert deadline == datetime(2025, 10, 9, 13, 20)
assert (s.state, s.remaining, s.at_risk) == ("running", timedelta(minutes=20), True)
