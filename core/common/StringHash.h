// A transparent string hash: unordered containers keyed by std::string that are searched with a
// std::string_view, so a lookup of a value already present allocates nothing.
#pragma once

#include <functional>
#include <string_view>

namespace awb {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

} // namespace awb
