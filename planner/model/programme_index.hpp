#pragma once
// Programme's lookups, answered from maps built in one pass over the programme. Scanning the
// vectors for every question costs meetings x items across a council: 300 committees took
// seconds to render, one agenda and one feed entry at a time. The answers are those of the scan:
// the first value with an id, and lists in the programme's own order.
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace agendad::planner {

struct Programme;
struct Committee;
struct Venue;
struct Body;
struct Meeting;
struct Item;
struct Action;

class ProgrammeIndex {
 public:
  explicit ProgrammeIndex(const Programme& programme);

  // Whether this index was built from these vectors, as they are laid out now (see IndexCache).
  bool built_from(const Programme& programme) const;

  const Committee* committee(std::string_view id) const;
  const Venue* venue(std::string_view id) const;
  const Body* body(std::string_view id) const;
  const Meeting* meeting(std::string_view id) const;
  const Item* item(std::string_view id) const;

  // A committee's meetings, its joint ones included, in the programme's order.
  const std::vector<const Meeting*>& meetings_of(std::string_view committee) const;
  const std::vector<const Item*>& items_of(std::string_view committee) const;
  const std::vector<const Action*>& actions_of(std::string_view committee) const;
  // Items whose current state is booked on or taken at the meeting, in configuration order.
  const std::vector<const Item*>& items_on(std::string_view meeting) const;

 private:
  // Keys are copies, not views of the programme's strings: an id edited in place must not leave
  // a dangling key behind.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };
  template <typename T>
  using By = std::unordered_map<std::string, T, Hash, std::equal_to<>>;
  template <typename T>
  static const T* find(const By<const T*>& map, std::string_view id);
  template <typename T>
  static const std::vector<const T*>& list(const By<std::vector<const T*>>& map, std::string_view key);

  struct Layout {  // where each vector's elements lived when the index was built
    const void* data;
    std::size_t size;
    bool operator==(const Layout&) const = default;
  };
  static std::vector<Layout> layout_of(const Programme& programme);

  std::vector<Layout> layout_;
  By<const Committee*> committees_;
  By<const Venue*> venues_;
  By<const Body*> bodies_;
  By<const Meeting*> meetings_;
  By<const Item*> items_;
  By<std::vector<const Meeting*>> meetings_of_;
  By<std::vector<const Item*>> items_of_;
  By<std::vector<const Item*>> items_on_;
  By<std::vector<const Action*>> actions_of_;
};

// The index a Programme builds on its first lookup and keeps. It is built again when one of the
// programme's vectors has another size or other storage than when it was built, so values may be
// added and removed at any time (the daemon adds the planner's proposed meetings after loading).
// An edit in place after a lookup is not seen: a changed id, owner or current state of an item,
// a re-sort, or a vector assigned the same number of values (which reuses its storage). Make such
// edits before the programme is first asked, or on a copy: a copy starts with no index. Safe to
// share between threads that only read the programme.
class IndexCache {
 public:
  IndexCache() = default;
  IndexCache(const IndexCache&) noexcept {}
  IndexCache& operator=(const IndexCache&);

  std::shared_ptr<const ProgrammeIndex> of(const Programme& programme) const;

 private:
  mutable std::mutex mutex_;
  mutable std::shared_ptr<const ProgrammeIndex> index_;
};

}  // namespace agendad::planner
