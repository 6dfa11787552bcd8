// The monthly report (RULES.md §6 KPIs): one pass over the month's calls
// (the covering index calls_received) for the SLA rows, completions,
// first-time fixes and repair times as of the report's instant; the
// complaints, penalties, queue and satisfaction beside it. The figures
// counted as of the instant beside the SLA rows: report_kpis.cpp.
#include "store/impl.hpp"
#include "store/service_day.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace aftersales {

namespace {

void check_month(YearMonth month) {
  if (month.month < 1 || month.month > 12 || month.year < min_year || month.year > max_year)
    throw Error(ErrorCode::invalid_argument, "month", format_year_month(month) + " is not a month of 1970..2199");
}

}  // namespace

Instant Store::monthly_as_of(YearMonth month) const {
  Impl::Lock lock(*impl_);
  check_month(month);
  return std::min(impl_->month_end(month) + Seconds(1), impl_->now());
}

MonthlyReport Store::monthly_report(YearMonth month, std::optional<Instant> as_of) const {
  Impl::Lock lock(*impl_);
  check_month(month);
  MonthlyReport r;
  r.month = month;
  r.as_of = as_of ? *as_of : std::min(impl_->month_end(month) + Seconds(1), impl_->now());
  const std::int64_t key = std::int64_t{month.year} * 100 + month.month;
  const std::int64_t at = secs(r.as_of);

  // One pass over the month's calls: SLA outcome at as_of per zone, centre
  // and technician; completions, first-time fixes and repair times. Hashed
  // groups (a million rows, three lookups each), sorted by key at the end.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  using Groups = std::unordered_map<std::string, SlaRow, Hash, std::equal_to<>>;
  Groups zones, centres, technicians;
  std::int64_t repair_seconds = 0, on_site_seconds = 0;
  // The survey coverage (seeds/002 (二十三)) counted in the same pass: per
  // centre, and per technician dispatched by as_of (columns 12, 13).
  using CoverageGroups = std::unordered_map<std::string, SurveyCoverageRow, Hash, std::equal_to<>>;
  CoverageGroups covered_centres, covered_technicians;
  const auto cover = [](CoverageGroups& rows, std::string_view group, bool surveyed) {
    auto it = rows.find(group);
    if (it == rows.end()) it = rows.emplace(std::string(group), SurveyCoverageRow{std::string(group)}).first;
    ++it->second.calls;
    it->second.surveyed += surveyed;
  };
  {
    // One call counted: its zone, centre and technician (columns 0..2), its
    // completion by as_of (5), first-time fix (6), repair time (7), on site
    // (10: completed there by as_of, 11: arrived -> completed), and
    // its SLA verdict at as_of, which the judge gives (nullopt: the calendar
    // cannot count it, so it is not decided).
    // A remote verdict (issue 28) counts apart, against the technician who
    // handled it remotely (remote_tech).
    const std::string* remote_tech = nullptr;
    const auto count = [&](const store::Statement& q, std::optional<SlaState> verdict) {
      const bool met = verdict == SlaState::met, breached = verdict == SlaState::breached;
      const bool remote = verdict == SlaState::remote_running || verdict == SlaState::remote_met ||
                          verdict == SlaState::remote_breached;
      for (const auto& [rows, key_col] : {std::pair{&zones, 0}, std::pair{&centres, 1}, std::pair{&technicians, 2}}) {
        const std::string_view k = key_col == 2 && remote && remote_tech ? std::string_view(*remote_tech) : q.text_view(key_col);
        if (key_col == 2 && k.empty()) continue;  // not dispatched: no technician to count it against
        auto it = rows->find(k);
        if (it == rows->end()) it = rows->emplace(std::string(k), SlaRow{}).first;
        SlaRow& row = it->second;
        ++row.calls;
        row.met += met;
        row.breached += breached;
        row.open += !met && !breached && !remote;
        row.remote += remote;
        row.remote_met += verdict == SlaState::remote_met;
        row.remote_breached += verdict == SlaState::remote_breached;
      }
      if (remote) {
        ++r.remote;
        r.remote_met += verdict == SlaState::remote_met;
        r.remote_breached += verdict == SlaState::remote_breached;
      }
      ++r.calls;
      const bool surveyed = q.integer(13) == 1;
      ++r.survey_coverage.calls;
      r.survey_coverage.surveyed += surveyed;
      cover(covered_centres, q.text_view(1), surveyed);
      if (q.integer(12) == 1 && !q.text_view(2).empty())
        cover(covered_technicians, q.text_view(2), surveyed);
      else if (remote && remote_tech)  // phone work counts against its technician (review §6)
        cover(covered_technicians, *remote_tech, surveyed);
      if (q.integer(5) == 1) {  // completed by as_of
        ++r.completed;
        repair_seconds += q.integer(7);
        r.first_time_fixed += q.integer(6);  // completed on the first visit, no revisit received by as_of
        r.completed_on_site += q.integer(10);  // on site, not a carry-in
        on_site_seconds += q.integer(10) * q.integer(11);
      }
    };
    const std::int64_t from = secs(impl_->month_start(month)), to = secs(impl_->month_end(month)) + 1;
    const int through = impl_->published_through();
    // The calls whose pauses had not all ended by as_of (one open then, or
    // one ended or started after it; few: the index pauses_end): their
    // stored deadline counts pauses as they are now, so the judge gets their
    // pauses. Every other call's stored deadline is its deadline at as_of.
    const auto unsettled = impl_->unsettled_at(r.as_of, from, to);
    std::vector<Pause> pauses;  // reused: the loop allocates nothing
    const DispatchPolicy& judge = impl_->policy.dispatch();
    // The verdict at as_of of the row's call (columns: zone 0, rowid 8,
    // received 9, arrived 4) given its deadline with every pause ended.
    // A call solved by phone or remotely (issue 28; its row read apart,
    // joined to its contact by call id): judged against dispatch.remote on
    // its contact as known at as_of.
    const auto verdict = [&](const store::Statement& q, Instant deadline,
                             const RemoteRow* remote) -> std::optional<SlaState> {
      SlaFacts facts{instant(q.integer(9)), q.text_view(0), {}, optional_instant(q.optional_integer(4)), deadline};
      remote_tech = nullptr;
      if (remote && remote->facts) {
        remote_tech = &remote->technician;
        facts.remote = remote->facts;
        if (remote->has_pauses) {
          impl_->pauses_into(remote->call_id, pauses, r.as_of);
          facts.pauses = pauses;
        }
        try {
          return judge.judge(facts, r.as_of).state;
        } catch (const Error& e) {
          if (e.code() != ErrorCode::out_of_range) throw;
          return std::nullopt;
        }
      }
      if (!unsettled.empty()) {
        if (const Id* id = unsettled.find(q.integer(8))) {
          impl_->check_zone(facts.zone);
          impl_->pauses_into(*id, pauses, r.as_of);
          facts.pauses = pauses;
          facts.deadline.reset();
          try {
            return judge.judge(facts, r.as_of).state;
          } catch (const Error& e) {
            if (e.code() != ErrorCode::out_of_range) throw;
            return std::nullopt;  // past the calendar's horizon in refuse mode
          }
        }
      }
      return judge.judge(facts, r.as_of).state;
    };
    // Calls received by as_of only: a call received later did not exist then.
    // The statement cache is keyed by the text's address: static texts. (The
    // first query reads the covering index calls_received alone: no id.)
    static const std::string columns =
        "SELECT zone, centre, ifnull(technician, ''), deadline, arrived, ifnull(completed <= ?3, 0), "
        "state = 'completed' AND (revisited_at IS NULL OR revisited_at > ?3), ifnull(completed - received, 0), rowid, "
        "received, state = 'completed', "
        "ifnull(completed - arrived, 0), ifnull(dispatched <= ?3, 0), ifnull(surveyed_at <= ?3, 0)";
    static const std::string rows = " FROM calls WHERE received >= ?1 AND received < ?2 AND received <= ?3 ";
    // The calls solved remotely are read by the last query (index calls_remote).
    static const std::string visits = rows + "AND state <> 'resolved_remotely' ";
    static const std::string published = columns + visits + "AND NOT ifnull(deadline_provisional <= ?4, 0)";
    static const std::string flagged = columns + ", id" + visits + "AND deadline_provisional <= ?4";
    // Their contact joined by call id (columns 14..18: id, technician,
    // first_response, resolved, has pauses).
    static const std::string remote_calls =
        columns + ", id, (SELECT r.technician FROM remote_contacts r WHERE r.call_id = calls.id), "
                  "(SELECT r.first_response FROM remote_contacts r WHERE r.call_id = calls.id), "
                  "(SELECT r.resolved FROM remote_contacts r WHERE r.call_id = calls.id), "
                  "EXISTS (SELECT 1 FROM pauses p WHERE p.call_id = calls.id)" +
        rows + "AND state = 'resolved_remotely'";
    {
      // The rows flagged with a provisional year the calendar now publishes
      // (?4) are left to the next query.
      auto q = impl_->db.use(published.c_str());
      q->bind(1, from).bind(2, to).bind(3, at).bind(4, through);
      while (q->step()) count(*q, verdict(*q, instant(q->integer(3)), nullptr));
    }
    if (through != 0) {
      // Those rows' deadlines counted again with the calendar
      // (src/store/provisional.cpp), not written; the stored one when the
      // calendar cannot count it.
      auto q = impl_->db.use(flagged.c_str());
      q->bind(1, from).bind(2, to).bind(3, at).bind(4, through);
      while (q->step()) {
        const auto j = impl_->judge_for_read(q->id(14), instant(q->integer(9)), q->text(0),
                                             optional_instant(q->optional_integer(4)));
        count(*q, verdict(*q, j ? j->deadline : instant(q->integer(3)), nullptr));
      }
    }
    {
      auto q = impl_->db.use(remote_calls.c_str());
      q->bind(1, from).bind(2, to).bind(3, at);
      while (q->step()) {
        const RemoteRow row = store_remote_row(*q, 14, at);
        count(*q, verdict(*q, instant(q->integer(3)), &row));
      }
    }
  }
  for (const auto& [rows, out] : {std::pair{&zones, &r.sla_by_zone}, std::pair{&centres, &r.sla_by_centre},
                                  std::pair{&technicians, &r.sla_by_technician}}) {
    for (auto& [k, row] : *rows) {
      row.key = k;
      out->push_back(row);
    }
    std::sort(out->begin(), out->end(), [](const SlaRow& a, const SlaRow& b) { return a.key < b.key; });
  }
  {
    auto q = impl_->db.use("SELECT count(*) FROM complaints WHERE received >= ?1 AND received <= ?2");
    q->bind(1, secs(impl_->month_start(month))).bind(2, secs(impl_->month_end(month)));
    q->step();
    r.complaints = q->integer(0);
  }
  if (r.calls > 0) r.complaints_per_1000_calls = (r.complaints * 1000000 + r.calls / 2) / r.calls;
  // Issue 29's lists (improvements, contacts, administrative penalties) as
  // Store::complaint_statistics gives them, as of the report's as_of: one
  // answer per month (the statistics due by the 10th, with that month's
  // 人事公布單, (十二)1: the report as of the due day, or complaint_statistics).
  r.complaint_statistics = store_complaint_statistics(*impl_, month, r.as_of);
  {
    auto q = impl_->db.use(
        "SELECT person, amount_fen, deducted_fen, carried_fen FROM penalty_events WHERE kind = 'settle' "
        "AND month = ?1 ORDER BY person");
    q->bind(1, format_year_month(month));
    while (q->step()) r.penalties.push_back(PenaltyRow{q->text(0), q->integer(1), q->integer(2), q->integer(3)});
  }
  r.queue_at = std::min(r.as_of, impl_->month_end(month));
  r.queue = impl_->queue_at(r.queue_at);
  if (r.completed > 0) r.mean_time_to_repair = Seconds((repair_seconds + r.completed / 2) / r.completed);
  const std::int64_t first_response_seconds = store_report_as_of(*impl_, r, on_site_seconds);
  store_report_remote(*impl_, r, secs(impl_->month_start(month)), secs(impl_->month_end(month)) + 1,
                      first_response_seconds);
  store_report_billing(*impl_, r);

  {
    auto q = impl_->db.use(
        "SELECT technician, count(*), sum(attitude), sum(skill), sum(arrival), sum(promise) FROM surveys "
        "WHERE month = ?1 AND recorded <= ?2 AND technician IS NOT NULL GROUP BY technician ORDER BY technician");
    q->bind(1, key).bind(2, at);
    while (q->step()) {
      SatisfactionRow s;
      s.technician = q->text(0);
      s.surveys = q->integer(1);
      const auto mean = [&](std::int64_t sum, std::int64_t n) { return (sum * 100 + n / 2) / n; };
      s.attitude = mean(q->integer(2), s.surveys);
      s.skill = mean(q->integer(3), s.surveys);
      s.arrival = mean(q->integer(4), s.surveys);
      s.promise = mean(q->integer(5), s.surveys);
      s.overall = mean(q->integer(2) + q->integer(3) + q->integer(4) + q->integer(5), 4 * s.surveys);
      r.satisfaction.push_back(std::move(s));
    }
  }
  r.survey_coverage.period = format_year_month(month);
  r.survey_coverage.as_of = r.as_of;
  for (const auto& [rows, out] : {std::pair{&covered_centres, &r.survey_coverage.by_centre},
                                  std::pair{&covered_technicians, &r.survey_coverage.by_technician}}) {
    for (auto& [k, row] : *rows) out->push_back(row);
    std::sort(out->begin(), out->end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  }
  return r;
}

}  // namespace aftersales
