// The version is written once, in project(VERSION) of CMakeLists.txt; the
// header's numbers (generated from it) and the library's text must say it.
#include <aftersales/version.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

// "x.y.z" from `project(aftersales VERSION x.y.z` in the top CMakeLists.txt,
// read at test time next to this source file.
std::string project_version() {
  const auto path = std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "CMakeLists.txt";
  std::ifstream in(path);
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  const std::string s = text.str();
  const std::string key = "project(aftersales VERSION ";
  const auto at = s.find(key);
  REQUIRE(at != std::string::npos);
  const auto from = at + key.size();
  const auto to = s.find_first_not_of("0123456789.", from);
  return s.substr(from, to - from);
}

}  // namespace

TEST_CASE("version: the header and the library say project(VERSION) of CMakeLists.txt", "[version]") {
  const std::string project = project_version();
  INFO("project(VERSION) " << project);
  CHECK(std::string(aftersales::version_string()) == project);
  const std::string from_header = std::to_string(AFTERSALES_VERSION_MAJOR) + "." +
                                  std::to_string(AFTERSALES_VERSION_MINOR) + "." +
                                  std::to_string(AFTERSALES_VERSION_PATCH);
  CHECK(from_header == project);
  CHECK(aftersales::version_major == AFTERSALES_VERSION_MAJOR);
  CHECK(aftersales::version_minor == AFTERSALES_VERSION_MINOR);
  CHECK(aftersales::version_patch == AFTERSALES_VERSION_PATCH);
}
