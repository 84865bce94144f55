// Parsing with positions a user can act on: nlohmann reports a byte offset; we count lines.
#include "common/Json.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include "common/InputError.h"

namespace awb {

std::string jsonText(const Json &j, int indent)
{
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Json parseJson(const std::string &text, const std::string &fileName)
{
    try {
        return Json::parse(text);
    } catch (const Json::parse_error &e) {
        const std::size_t offset = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        std::uint64_t line = 1, column = 1;
        for (std::size_t i = 0; i < offset; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        std::string why = e.what();
        if (const auto colon = why.rfind(": "); colon != std::string::npos)
            why = why.substr(colon + 2);
        throw InputError(fileName, line, column, "This is not valid JSON (" + why + ").");
    } catch (const Json::out_of_range &) {  // a number beyond double's range
        throw InputError(fileName, 0, 0, "This is not valid JSON (a number is out of range).");
    }
}

Json readJsonFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "Cannot open the file.");
    std::ostringstream text;
    text << in.rdbuf();
    return parseJson(text.str(), path);
}

Json numberOrNull(double value)
{
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

double numberFrom(const Json &value)
{
    return value.is_number() ? value.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace awb
