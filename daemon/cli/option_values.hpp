#pragma once
// The kinds of value the subcommands' options take, for their Program_options tables
// (command_line.hpp): each reads the word given into its option's target, or refuses it in the
// words every command uses ("\"2025-02-30\" is not a date; expected YYYY-MM-DD"). Program_options'
// own readers would refuse in their own words, and lexical_cast would split a path at a space.
#include <charconv>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/program_options.hpp>

#include "daemon/cli/mistakes.hpp"
#include "planner/model/date.hpp"
#include "planner/schedule/municipal_year.hpp"

namespace agendad::cli {

namespace po = boost::program_options;

// Why a word was refused, worded once Program_options has named the option it was given to.
using Refusal = std::function<std::string(std::string_view option, std::string_view value)>;

// Thrown while reading a word; Program_options adds the option's name on its way out.
class WrongValue : public po::error_with_option_name {
 public:
  WrongValue(Refusal refusal, std::string value);
  std::string message() const;

 private:
  Refusal refusal_;
  std::string value_;
};

// A value `read` makes from the one word given (nullopt: refused), stored as T in `into` (when
// there is one) and passed to the notifier (when there is one). Its own kind of value rather than
// Program_options' typed_value<T>, which would have to read T with lexical_cast, and would refuse
// an option given twice (the last wins: see command_line.cpp).
template <typename T, typename Made = T>
class Reading final : public po::value_semantic_codecvt_helper<char> {
 public:
  using Reader = std::function<std::optional<Made>(std::string_view)>;
  Reading(T* into, const char* name, Reader read, Refusal refusal)
      : into_(into), name_(name), read_(std::move(read)), refusal_(std::move(refusal)) {}

  Reading* required() {
    required_ = true;
    return this;
  }
  Reading* notifier(std::function<void(const T&)> then) {
    then_ = std::move(then);
    return this;
  }

  std::string name() const override { return name_; }
  unsigned min_tokens() const override { return 1; }
  unsigned max_tokens() const override { return 1; }
  bool is_composing() const override { return false; }
  bool is_required() const override { return required_; }
  bool apply_default(boost::any&) const override { return false; }
  void notify(const boost::any& value) const override {
    const T& made = boost::any_cast<const T&>(value);
    if (into_) *into_ = made;
    if (then_) then_(made);
  }

 protected:
  void xparse(boost::any& value, const std::vector<std::string>& words) const override {
    const std::string& word = po::validators::get_single_string(words);
    std::optional<Made> made = read_(word);
    if (!made) throw WrongValue(refusal_, word);
    value = T(std::move(*made));
  }

 private:
  T* into_;
  std::string name_;
  Reader read_;
  Refusal refusal_;
  bool required_ = false;
  std::function<void(const T&)> then_;
};

// The value named `name` (DIR, DATE: what the usage shows) that `read` makes into T.
template <typename T, typename Made = T>
Reading<T, Made>* reading(T* into, const char* name, typename Reading<T, Made>::Reader read, Refusal refusal) {
  return new Reading<T, Made>(into, name, std::move(read), std::move(refusal));
}

// Refused as not `what` the option expects: "\"0\" is not a valid value for --threads; expected a
// number from 1 to 256".
Refusal expected(std::string what);

// Any word: a directory, a file, a committee's id.
template <typename T>
Reading<T, std::string>* word(T* into, const char* name) {
  return reading<T, std::string>(
      into, name, [](std::string_view text) { return std::optional<std::string>(text); }, {});
}

Reading<planner::Date>* date(planner::Date* into);  // YYYY-MM-DD
Reading<std::optional<planner::Date>, planner::Date>* date(std::optional<planner::Date>* into);
Reading<bool>* json_or_text(bool* json);  // text|json, true for json
Reading<std::optional<planner::MunicipalYear>, planner::MunicipalYear>* municipal_year(
    std::optional<planner::MunicipalYear>* into);  // 2025/26
Reading<std::string>* http_url(std::string* into);  // http:// or https://
Reading<unsigned>* threads(unsigned* into);         // 1 to 256

// A whole decimal number in Number's range, or nullopt.
template <typename Number>
std::optional<Number> parse_number(std::string_view text) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// One of `names` ("html|text|md|json"), as `parse` reads them; refused as not one of `listed`.
template <typename E>
Reading<E>* one_of(E* into, const char* names, std::optional<E> (*parse)(std::string_view), std::string listed) {
  return reading<E>(into, names, parse,
                    [listed = std::move(listed)](std::string_view, std::string_view value) {
                      return unknown_format(value, listed);
                    });
}

}  // namespace agendad::cli
