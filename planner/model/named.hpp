#pragma once
// One table of names per enum: the word the configuration and the JSON use (`name`), and the
// words a sentence uses where they differ (`words`: "verbal update" for verbal_update). The
// loader reads by the table; to_string and the renderers write by it.
#include <span>
#include <string_view>

namespace agendad::planner {

template <typename E>
struct Named {
  std::string_view name;
  E value;
  std::string_view words = {};  // empty: as `name`
};

template <typename E>
constexpr const Named<E>* find_named(std::span<const Named<E>> names, E value) {
  for (const Named<E>& named : names)
    if (named.value == value) return &named;
  return nullptr;
}

// The configuration's word for `value`; empty if the table lacks it.
template <typename E>
constexpr std::string_view name_of(std::span<const Named<E>> names, E value) {
  const Named<E>* named = find_named(names, value);
  return named ? named->name : std::string_view{};
}

// The words a sentence uses for `value`.
template <typename E>
constexpr std::string_view words_of(std::span<const Named<E>> names, E value) {
  const Named<E>* named = find_named(names, value);
  return !named ? std::string_view{} : named->words.empty() ? named->name : named->words;
}

}  // namespace agendad::planner
