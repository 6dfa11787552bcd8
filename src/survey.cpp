#include <aftersales/error.hpp>
#include <aftersales/survey.hpp>

#include <string>

namespace aftersales {

const char* to_string(SurveyLevel l) noexcept {
  switch (l) {
    case SurveyLevel::dissatisfied: return "dissatisfied";
    case SurveyLevel::fair: return "fair";
    case SurveyLevel::satisfied: return "satisfied";
    case SurveyLevel::very_satisfied: return "very_satisfied";
  }
  return "?";
}

SurveyLevel survey_level(std::int64_t score, std::string_view field) {
  if (score < 1 || score > 4)
    throw Error(ErrorCode::invalid_argument, std::string(field),
                std::to_string(score) + " is not a survey level (1 dissatisfied .. 4 very satisfied)");
  return static_cast<SurveyLevel>(score);
}

SurveyAnswers survey_answers(std::int64_t attitude, std::int64_t skill, std::int64_t arrival, std::int64_t promise) {
  return SurveyAnswers{survey_level(attitude, "attitude"), survey_level(skill, "skill"),
                       survey_level(arrival, "arrival"), survey_level(promise, "promise")};
}

}  // namespace aftersales
