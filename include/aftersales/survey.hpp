#pragma once
// Customer surveys (RULES.md §6, 家電售后服務管理辦法 (二十五)): one per call,
// the technician rated on attitude, skill, arrival time and keeping promises,
// four levels each.
#include <cstdint>
#include <string_view>

namespace aftersales {

// The four levels of the survey form, worst to best; the value is the score.
enum class SurveyLevel : std::uint8_t { dissatisfied = 1, fair = 2, satisfied = 3, very_satisfied = 4 };
const char* to_string(SurveyLevel l) noexcept;  // "dissatisfied", "fair", "satisfied", "very_satisfied"
// A level from its score 1..4; throws Error(invalid_argument) naming `field`
// and the value otherwise.
SurveyLevel survey_level(std::int64_t score, std::string_view field = "level");

// One customer's answers about one job.
struct SurveyAnswers {
  SurveyLevel attitude = SurveyLevel::satisfied;
  SurveyLevel skill = SurveyLevel::satisfied;
  SurveyLevel arrival = SurveyLevel::satisfied;  // arrival time
  SurveyLevel promise = SurveyLevel::satisfied;  // promises kept
  // The sum of the four scores, 4..16.
  int total() const noexcept {
    return static_cast<int>(attitude) + static_cast<int>(skill) + static_cast<int>(arrival) +
           static_cast<int>(promise);
  }
  friend bool operator==(const SurveyAnswers&, const SurveyAnswers&) = default;
};

// The answers from four scores 1..4; throws Error naming "attitude", "skill",
// "arrival" or "promise" with the value.
SurveyAnswers survey_answers(std::int64_t attitude, std::int64_t skill, std::int64_t arrival, std::int64_t promise);

}  // namespace aftersales
