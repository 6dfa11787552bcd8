// Calls solved by phone or remotely (issue 28 item 2; seeds 003 2.2 遠程協助:
// remote assistance before a visit; 001 电话技术服务: guiding the customer by
// phone through a simple fault). The same judge decides their verdict
// against dispatch.remote (default: first contact within 1 working hour,
// resolution within 4: the company's choice, the seeds give no numbers);
// never an arrival met or breached. Expected instants are worked out by
// hand on the China calendar (Mon-Fri 09:00-12:00, 13:00-18:00,
// Asia/Shanghai; 2025-10-01..08 off, Saturday 10-11 a make-up working day).
#include "store_support.hpp"

#include <nlohmann/json.hpp>


#include <vector>

using namespace aftersales;
using namespace test_support;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

SlaFacts remote_call(Instant received, std::optional<Instant> first, std::optional<Instant> resolved,
                     std::span<const Pause> pauses = {}) {
  SlaFacts f{received, "urban", pauses};
  f.remote = RemoteFacts{first, resolved};
  return f;
}

}  // namespace

TEST_CASE("remote policy: dispatch.remote defaults, round trip, refusals naming the member", "[remote][policy]") {
  const DispatchPolicy& p = policy().dispatch();
  CHECK(p.remote() == RemoteTargets{hours(1), hours(4)});
  const auto doc = nlohmann::json::parse(p.to_json());
  CHECK(doc["dispatch"]["remote"] == nlohmann::json{{"first_response", "1h"}, {"resolution", "4h"}});
  const auto q = DispatchPolicy::from_json(
      R"({"calendar": {"preset": "cn"}, "dispatch": {"remote": {"first_response": "30min", "resolution": "2h"}}})");
  CHECK(q.remote() == RemoteTargets{minutes(30), hours(2)});
  CHECK(q.targets() == p.targets());  // the rest keeps the defaults
  CHECK(DispatchPolicy::from_json(q.to_json()).remote() == q.remote());
  // One member given: the other keeps its default.
  CHECK(DispatchPolicy::from_json(R"({"calendar": {"preset": "cn"}, "dispatch": {"remote": {"resolution": "6h"}}})")
            .remote() == RemoteTargets{hours(1), hours(6)});
  // The whole company policy carries it too (Policy rebuilds its dispatch).
  const Policy whole = Policy::from_json(
      R"({"calendar": {"preset": "cn"}, "dispatch": {"remote": {"first_response": "2h", "resolution": "8h"}}})");
  CHECK(whole.dispatch().remote() == RemoteTargets{hours(2), hours(8)});
  CHECK(Policy::from_json(whole.to_json()).dispatch().remote() == RemoteTargets{hours(2), hours(8)});

  const auto bad = [](const char* remote) {
    return DispatchPolicy::from_json(std::string(R"({"calendar": {"preset": "cn"}, "dispatch": {"remote": )") + remote +
                                     "}}");
  };
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.remote.first_response", "3600", bad(R"({"first_response": 3600})"));
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.remote.resolution", "P1D", bad(R"({"resolution": "P1D"})"));
  CHECK_ERROR(ErrorCode::parse_error, "dispatch.remote.visit", "visit", bad(R"({"visit": "1h"})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "dispatch.remote.resolution", "shorter",
              bad(R"({"first_response": "3h", "resolution": "2h"})"));
  CHECK_ERROR(ErrorCode::invalid_argument, "remote.first_response", "0 s",
              p.with_remote(RemoteTargets{Seconds(0), hours(4)}));
}

TEST_CASE("judge: a remote call against dispatch.remote (003 2.2, 001)", "[remote][judge]") {
  const DispatchPolicy& p = policy().dispatch();
  // Thursday 2025-10-09 10:00: first contact due 11:00; resolution due
  // 10-12 (2 h) + 13-15 (2 h) = 15:00.
  const Instant received = bj(2025, 10, 9, 10);
  SECTION("met, running, breached") {
    CHECK(p.judge(remote_call(received, bj(2025, 10, 9, 10, 40), bj(2025, 10, 9, 14, 30)), bj(2025, 10, 9, 18)) ==
          SlaVerdict{SlaState::remote_met, bj(2025, 10, 9, 15), bj(2025, 10, 9, 11)});
    // Resolved on the deadline: met.
    CHECK(p.judge(remote_call(received, bj(2025, 10, 9, 10, 40), bj(2025, 10, 9, 15)), bj(2025, 10, 9, 18)).state ==
          SlaState::remote_met);
    // At noon: contacted, not solved yet.
    CHECK(p.judge(remote_call(received, bj(2025, 10, 9, 10, 40), std::nullopt), bj(2025, 10, 9, 12)).state ==
          SlaState::remote_running);
    // A resolution after the instant judged has not happened yet.
    CHECK(p.judge(remote_call(received, bj(2025, 10, 9, 10, 40), bj(2025, 10, 9, 14)), bj(2025, 10, 9, 13)).state ==
          SlaState::remote_running);
    // The first contact late (11:01), even if solved in time.
    CHECK(p.judge(remote_call(received, bj(2025, 10, 9, 11, 1), bj(2025, 10, 9, 14)), bj(2025, 10, 9, 18)).state ==
          SlaState::remote_breached);
    // Solved late (15:01).
    CHECK(p.judge(remote_call(received, bj(2025, 10, 9, 10, 5), bj(2025, 10, 9, 15, 1)), bj(2025, 10, 9, 18)).state ==
          SlaState::remote_breached);
    // No contact yet: running at 11:00, breached one second later.
    CHECK(p.judge(remote_call(received, std::nullopt, std::nullopt), bj(2025, 10, 9, 11)).state ==
          SlaState::remote_running);
    CHECK(p.judge(remote_call(received, std::nullopt, std::nullopt), bj(2025, 10, 9, 11) + Seconds(1)).state ==
          SlaState::remote_breached);
    // A resolution without a contact was its own first contact: 10:30.
    CHECK(p.judge(remote_call(received, std::nullopt, bj(2025, 10, 9, 10, 30)), bj(2025, 10, 9, 18)).state ==
          SlaState::remote_met);
  }
  SECTION("never an arrival met or breached; the zone and an arrival are not looked at") {
    SlaFacts f = remote_call(received, bj(2025, 10, 9, 10, 40), bj(2025, 10, 9, 14));
    f.zone = "no-such-zone";
    f.arrival = bj(2025, 10, 9, 20);  // ignored
    const SlaState s = p.judge(f, bj(2025, 10, 9, 18)).state;
    CHECK(s == SlaState::remote_met);
    CHECK(s != SlaState::met);
    CHECK(std::string(to_string(SlaState::remote_breached)) == "remote_breached");
  }
  SECTION("Friday evening: the make-up Saturday counts (2025-10-11)") {
    // Friday 17:30: 30 min that day, then Saturday 10-11 (a working day):
    // first contact due Sat 09:30; resolution 0.5 + 3 (09-12) + 0.5 -> Sat 13:30.
    const Instant fri = bj(2025, 10, 10, 17, 30);
    const SlaVerdict v = p.judge(remote_call(fri, bj(2025, 10, 11, 9, 20), bj(2025, 10, 11, 13, 30)), bj(2025, 10, 13, 9));
    CHECK(v == SlaVerdict{SlaState::remote_met, bj(2025, 10, 11, 13, 30), bj(2025, 10, 11, 9, 30)});
    CHECK(p.judge(remote_call(fri, bj(2025, 10, 11, 9, 31), bj(2025, 10, 11, 10)), bj(2025, 10, 13, 9)).state ==
          SlaState::remote_breached);
  }
  SECTION("pauses stop the remote clock as they stop a visit's") {
    // Customer unreachable 10:15-11:15: both deadlines one working hour later.
    const std::vector<Pause> pauses{Pause{bj(2025, 10, 9, 10, 15), bj(2025, 10, 9, 11, 15)}};
    const SlaVerdict v =
        p.judge(remote_call(received, bj(2025, 10, 9, 11, 50), bj(2025, 10, 9, 15, 30), pauses), bj(2025, 10, 9, 18));
    CHECK(v == SlaVerdict{SlaState::remote_met, bj(2025, 10, 9, 16), bj(2025, 10, 9, 12)});
  }
  SECTION("bad facts name the member") {
    CHECK_ERROR(ErrorCode::invalid_argument, "remote.first_response", "before",
                p.judge(remote_call(received, bj(2025, 10, 9, 9), std::nullopt), bj(2025, 10, 9, 12)));
    CHECK_ERROR(ErrorCode::invalid_argument, "remote.resolved", "before the first response",
                p.judge(remote_call(received, bj(2025, 10, 9, 11), bj(2025, 10, 9, 10, 30)), bj(2025, 10, 9, 12)));
    CHECK_ERROR(ErrorCode::invalid_argument, "now", "before",
                p.judge(remote_call(received, std::nullopt, std::nullopt), bj(2025, 10, 9, 9)));
  }
}

TEST_CASE("store: resolving a call remotely, no dispatch (003 2.2, 001)", "[remote][store]") {
  TempStore t;
  Store& s = t.store;
  const ServiceCall c = s.register_call(intake(bj(2025, 10, 9, 10)));
  CHECK(s.queue(bj(2025, 10, 9, 10, 30)) == std::vector<Id>{c.id});
  s.resolve_remotely(c.id, "T1", RemoteMethod::phone, bj(2025, 10, 9, 10, 40), bj(2025, 10, 9, 14, 30));
  const auto contact = s.remote_contact(c.id);
  REQUIRE(contact);
  CHECK(contact->technician == "T1");
  CHECK(contact->how == RemoteMethod::phone);
  CHECK(contact->first_response == bj(2025, 10, 9, 10, 40));
  CHECK(contact->resolved == bj(2025, 10, 9, 14, 30));
  CHECK(contact->recorded == s.now());
  CHECK(s.call(c.id).state == CallState::resolved_remotely);
  CHECK_FALSE(s.call(c.id).dispatched);
  // The queue: waiting until it was solved, gone from then on.
  CHECK(s.queue(bj(2025, 10, 9, 14)) == std::vector<Id>{c.id});
  CHECK(s.queue(bj(2025, 10, 9, 14, 30)).empty());
  // Once solved: no dispatch, no pause, no second contact.
  CHECK_ERROR(ErrorCode::state, "call", "resolved remotely", s.dispatch(c.id, "T2", bj(2025, 10, 9, 15)));
  CHECK_ERROR(ErrorCode::state, "call", "resolved remotely", s.pause(c.id, bj(2025, 10, 9, 15), "away"));
  CHECK_ERROR(ErrorCode::state, "call", "already contacted",
              s.resolve_remotely(c.id, "T1", RemoteMethod::phone, bj(2025, 10, 9, 15), bj(2025, 10, 9, 16)));
  CHECK_ERROR(ErrorCode::state, "call", "already contacted",
              s.record_remote_attempt(c.id, "T1", RemoteMethod::remote, bj(2025, 10, 9, 15)));
  CHECK(count(t.path, "SELECT count(*) FROM remote_contacts") == 1);
  CHECK(count(t.path, "PRAGMA user_version") == Store::schema_version());
}

TEST_CASE("store: resolve_remotely refusals write nothing", "[remote][store]") {
  TempStore t;
  Store& s = t.store;
  const ServiceCall c = s.register_call(intake(bj(2025, 10, 9, 10)));
  const Instant first = bj(2025, 10, 9, 10, 40), solved = bj(2025, 10, 9, 14);
  CHECK_ERROR(ErrorCode::invalid_argument, "technician", "empty",
              s.resolve_remotely(c.id, "", RemoteMethod::phone, first, solved));
  CHECK_ERROR(ErrorCode::invalid_argument, "how", "7",
              s.resolve_remotely(c.id, "T1", static_cast<RemoteMethod>(7), first, solved));
  CHECK_ERROR(ErrorCode::invalid_argument, "first_response_at", "2025-10-09 09:00",
              s.resolve_remotely(c.id, "T1", RemoteMethod::phone, bj(2025, 10, 9, 9), solved));
  CHECK_ERROR(ErrorCode::invalid_argument, "resolved_at", "before the first response",
              s.resolve_remotely(c.id, "T1", RemoteMethod::phone, first, bj(2025, 10, 9, 10, 30)));
  CHECK_ERROR(ErrorCode::invalid_argument, "resolved_at", "in the future",
              s.resolve_remotely(c.id, "T1", RemoteMethod::phone, first, bj(2026, 1, 1)));
  CHECK_ERROR(ErrorCode::not_found, "call_id", "no call",
              s.resolve_remotely("019a6b2e-54c0-7d3f-9a41-2c6e0f1b7d90", "T1", RemoteMethod::phone, first, solved));
  CHECK(count(t.path, "SELECT count(*) FROM remote_contacts") == 0);
  CHECK(count(t.path, "SELECT count(*) FROM technicians WHERE code = 'T1'") == 0);
  // Once dispatched it is a visit.
  s.dispatch(c.id, "T2", bj(2025, 10, 9, 10, 30));
  CHECK_ERROR(ErrorCode::state, "call", "dispatched", s.resolve_remotely(c.id, "T1", RemoteMethod::phone, first, solved));
  CHECK_ERROR(ErrorCode::state, "call", "dispatched", s.record_remote_attempt(c.id, "T1", RemoteMethod::phone, first));
  CHECK(count(t.path, "SELECT count(*) FROM remote_contacts") == 0);
}

TEST_CASE("store: an open pause ends when the call is solved remotely", "[remote][store]") {
  TempStore t;
  Store& s = t.store;
  const ServiceCall c = s.register_call(intake(bj(2025, 10, 9, 10)));
  s.pause(c.id, bj(2025, 10, 9, 10, 15), "customer not reachable");
  s.resolve_remotely(c.id, "T1", RemoteMethod::remote, bj(2025, 10, 9, 11, 50), bj(2025, 10, 9, 15, 30));
  CHECK(count(t.path, "SELECT count(*) FROM pauses WHERE end IS NULL") == 0);
  // Paused 10:15-15:30 (4.25 working hours): first contact due 16:15,
  // resolution Friday 10:15; both kept. Without the pause the contact
  // (11:50 > 11:00) would have been late.
  CHECK(policy().dispatch().judge(SlaFacts{bj(2025, 10, 9, 10), "urban", {}, {}, {}, RemoteFacts{bj(2025, 10, 9, 11, 50),
                                                                                          bj(2025, 10, 9, 15, 30)}},
                                  bj(2025, 10, 9, 18))
            .state == SlaState::remote_breached);
  const MonthlyReport r = s.monthly_report(YearMonth{2025, 10});
  REQUIRE(r.sla_by_zone.size() == 1);
  CHECK(r.sla_by_zone[0].remote_met == 1);
}

TEST_CASE("store: a phone attempt that fails goes to a visit; the month's report", "[remote][store][report]") {
  TempStore t;
  Store& s = t.store;
  auto in = [](int h, int mi, const char* serial, const char* zone = "urban") {
    return intake(bj(2025, 10, 9, h, mi), zone, serial);
  };
  // A: solved by phone, in time (contact 10:40 <= 11:00, solved 14:30 <= 15:00).
  const Id a = s.register_call(in(10, 0, "SN-A")).id;
  s.resolve_remotely(a, "T1", RemoteMethod::phone, bj(2025, 10, 9, 10, 40), bj(2025, 10, 9, 14, 30));
  // B: solved remotely, contact late (11:30 > 11:00).
  const Id b = s.register_call(in(10, 0, "SN-B", "suburban")).id;
  s.resolve_remotely(b, "T1", RemoteMethod::remote, bj(2025, 10, 9, 11, 30), bj(2025, 10, 9, 13));
  // C: a phone attempt at 10:20 fails; dispatched 11:00, arrived 15:00
  // (due 17:00): a visit met; its first response is the phone contact.
  const Id c = s.register_call(in(10, 0, "SN-C")).id;
  s.record_remote_attempt(c, "T1", RemoteMethod::phone, bj(2025, 10, 9, 10, 20));
  CHECK(s.queue(bj(2025, 10, 9, 10, 30)) == std::vector<Id>{a, c, b});
  s.dispatch(c, "T2", bj(2025, 10, 9, 11));
  s.arrive(c, bj(2025, 10, 9, 15));
  CHECK(s.call(c).sla_met == true);
  CHECK(s.remote_contact(c)->resolved == std::nullopt);
  // D: a visit never arrived: breached.
  const Id d = s.register_call(in(10, 0, "SN-D")).id;
  s.dispatch(d, "T2", bj(2025, 10, 9, 10, 30));

  const MonthlyReport r = s.monthly_report(YearMonth{2025, 10});
  CHECK(r.calls == 4);
  CHECK(r.remote == 2);
  CHECK(r.remote_met == 1);
  CHECK(r.remote_breached == 1);
  CHECK(r.remote_resolved == 2);
  // Visits only in met / breached: compliance means what it meant.
  const auto urban = r.sla_by_zone[1];
  REQUIRE(urban.key == "urban");
  CHECK(urban.calls == 3);
  CHECK(urban.met == 1);       // C
  CHECK(urban.breached == 1);  // D
  CHECK(urban.open == 0);
  CHECK(urban.remote == 1);  // A
  CHECK(urban.remote_met == 1);
  CHECK(urban.compliance() == std::pair<std::int64_t, std::int64_t>{1, 2});
  const auto suburban = r.sla_by_zone[0];
  CHECK(suburban.calls == 1);
  CHECK(suburban.remote_breached == 1);
  CHECK(suburban.met + suburban.breached + suburban.open == 0);
  // Per technician: T1 handled A and B remotely; T2 visited C and D.
  REQUIRE(r.sla_by_technician.size() == 2);
  CHECK(r.sla_by_technician[0].key == "T1");
  CHECK(r.sla_by_technician[0].calls == 2);
  CHECK(r.sla_by_technician[0].remote == 2);
  CHECK(r.sla_by_technician[0].remote_breached == 1);
  CHECK(r.sla_by_technician[1].key == "T2");
  CHECK(r.sla_by_technician[1].met == 1);
  CHECK(r.sla_by_technician[1].breached == 1);
  CHECK(r.sla_by_technician[1].remote == 0);
  // First response: A 40 min, B 90 min, C 20 min (the phone contact, not
  // the 11:00 dispatch), D 30 min: mean 45 min.
  CHECK(r.responded == 4);
  CHECK(r.mean_first_response == Seconds(45 * 60));
  // Nothing waits.
  CHECK(r.queue.empty());
  const auto doc = nlohmann::json::parse(to_json(r));
  CHECK(doc["remote"] == 2);
  CHECK(doc["remote_met"] == 1);
  CHECK(doc["remote_breached"] == 1);
  CHECK(doc["remote_resolved"] == 2);
  CHECK(doc["sla_by_zone"][1]["remote_met"] == 1);
  CHECK(doc["sla_by_zone"][1]["compliance"] == 0.5);

  SECTION("as of an instant: the facts known then") {
    // 12:00: A contacted, not solved yet (running); B contacted late
    // (breached already); C's attempt failed: a visit, dispatched, running.
    const MonthlyReport m = s.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 9, 12));
    CHECK(m.remote == 2);
    CHECK(m.remote_met == 0);
    CHECK(m.remote_breached == 1);
    CHECK(m.remote_resolved == 0);
    CHECK(m.sla_by_zone[1].open == 2);  // C and D
    CHECK(m.sla_by_zone[1].remote == 1);
    // 10:30: only C's phone contact (10:20) has happened of the remote
    // contacts: A and B were still waiting visits. Responded: C (phone),
    // D (dispatch 10:30).
    const MonthlyReport e = s.monthly_report(YearMonth{2025, 10}, bj(2025, 10, 9, 10, 30));
    CHECK(e.remote == 0);
    CHECK(e.sla_by_zone[1].open == 3);
    CHECK(e.responded == 2);
    CHECK(e.mean_first_response == Seconds(25 * 60));
    CHECK(e.queue == std::vector<Id>{a, c, b});  // B suburban: due later (7 h)
  }
}

TEST_CASE("store: an older store gains remote_contacts on open; its figures stand", "[remote][store][open]") {
  const std::string path = v1_store();
  {
    Store st = Store::open(path, policy(), at_clock(bj(2025, 11, 20, 12)));
    CHECK(count(path, "PRAGMA user_version") == Store::schema_version());
    CHECK(count(path, "SELECT count(*) FROM remote_contacts") == 0);
    const MonthlyReport r = st.monthly_report(YearMonth{2025, 10});
    CHECK(r.calls == 3);
    CHECK(r.remote == 0);
    CHECK(r.responded == 3);  // the dispatches, as before
    for (const SlaRow& row : r.sla_by_zone) CHECK(row.met + row.breached + row.open == row.calls);
    // A new call of the upgraded store may be solved by phone.
    const Id c = st.register_call(intake(bj(2025, 11, 3, 10), "urban", "SN-9")).id;
    st.resolve_remotely(c, "T02", RemoteMethod::phone, bj(2025, 11, 3, 10, 10), bj(2025, 11, 3, 10, 30));
    CHECK(st.monthly_report(YearMonth{2025, 11}).remote_met == 1);
  }
  remove_store_files(path);
}
