#include <aftersales/enum_names.hpp>
#include <aftersales/error.hpp>
#include <aftersales/survey.hpp>

#include <string>

namespace aftersales {

const char* to_string(SurveyLevel l) noexcept { return enum_name(l); }

SurveyLevel survey_level(std::int64_t score, std::string_view field) {
  if (const auto level = enum_from_int<SurveyLevel>(score)) return *level;
  throw Error(ErrorCode::invalid_argument, std::string(field),
              std::to_string(score) + " is not a survey level (" + enum_codes_text<SurveyLevel>() + ")");
}

SurveyAnswers survey_answers(std::int64_t attitude, std::int64_t skill, std::int64_t arrival, std::int64_t promise) {
  return SurveyAnswers{survey_level(attitude, "attitude"), survey_level(skill, "skill"),
                       survey_level(arrival, "arrival"), survey_level(promise, "promise")};
}

}  // namespace aftersales
