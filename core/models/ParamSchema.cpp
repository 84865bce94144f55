// Validation, the text spelling (--set) and the JSON spelling of parameter values.
#include "models/ParamSchema.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

#include "common/InputError.h"

namespace awb {
namespace {

// The shortest spelling that reads back as the same double; whole numbers without an exponent.
std::string number(double v)
{
    if (std::floor(v) == v && std::abs(v) < 1e18)
        return std::to_string(static_cast<long long>(v));
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, v).ptr;
    return std::string(text, end);
}

[[noreturn]] void bad(const ParamSpec &spec, const std::string &got)
{
    throw InputError("", 0, 0,
                     "The parameter \"" + spec.key + "\" expects " + ParamSchema::rangeText(spec) + ", not " + got + ".");
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

bool parseInteger(const std::string &text, std::int64_t &out)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

bool parseReal(const std::string &text, double &out)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size() && !text.empty() && std::isfinite(out);
}

} // namespace

const ParamSpec *ParamSchema::find(std::string_view key) const
{
    for (const ParamSpec &s : specs_)
        if (s.key == key)
            return &s;
    return nullptr;
}

ParamSet ParamSchema::defaults() const
{
    ParamSet params;
    for (const ParamSpec &s : specs_)
        params[s.key] = s.defaultValue;
    return params;
}

std::string ParamSchema::rangeText(const ParamSpec &s)
{
    switch (s.type) {
    case ParamType::Bool: return "true or false";
    case ParamType::Integer: return "a whole number from " + number(s.min) + " to " + number(s.max);
    case ParamType::Real: return "a number from " + number(s.min) + " to " + number(s.max);
    case ParamType::Choice: {
        std::string text = "one of ";
        for (std::size_t i = 0; i < s.choices.size(); ++i) {
            if (i > 0)
                text += ", ";
            text += s.choices[i];
        }
        return text;
    }
    case ParamType::Size:
        return std::string(s.allowAuto ? "auto, " : "") + "a count from " + number(s.min) + " to " + number(s.max) +
               " or a fraction in (0, 1] written with a point (0.5)";
    case ParamType::IntegerList:
        return "comma-separated whole numbers from " + number(s.min) + " to " + number(s.max);
    }
    return "";
}

std::string ParamSchema::toText(const ParamValue &value)
{
    return std::visit([](const auto &v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>)
            return v ? "true" : "false";
        else if constexpr (std::is_same_v<T, std::int64_t>)
            return std::to_string(v);
        else if constexpr (std::is_same_v<T, double>)
            return number(v);
        else if constexpr (std::is_same_v<T, std::string>)
            return v;
        else if constexpr (std::is_same_v<T, SizeValue>) {
            if (v.kind == SizeValue::Kind::Auto)
                return "auto";
            if (v.kind == SizeValue::Kind::Count)
                return std::to_string(static_cast<std::int64_t>(v.value));
            std::string text = number(v.value);  // a fraction keeps a point or an exponent: not a count
            return text.find_first_of(".e") == std::string::npos ? text + ".0" : text;
        } else {
            std::string text;
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i > 0)
                    text += ',';
                text += std::to_string(v[i]);
            }
            return text;
        }
    }, value);
}

void ParamSchema::validate(const ParamSpec &s, const ParamValue &value) const
{
    const auto inRange = [&](double v) { return v >= s.min && v <= s.max; };
    switch (s.type) {
    case ParamType::Bool:
        if (!std::holds_alternative<bool>(value))
            bad(s, "\"" + toText(value) + "\"");
        return;
    case ParamType::Integer:
        if (!std::holds_alternative<std::int64_t>(value) || !inRange(static_cast<double>(std::get<std::int64_t>(value))))
            bad(s, toText(value));
        return;
    case ParamType::Real:
        if (!std::holds_alternative<double>(value) || !inRange(std::get<double>(value)))
            bad(s, toText(value));
        return;
    case ParamType::Choice:
        if (!std::holds_alternative<std::string>(value) ||
            std::find(s.choices.begin(), s.choices.end(), std::get<std::string>(value)) == s.choices.end())
            bad(s, "\"" + toText(value) + "\"");
        return;
    case ParamType::Size: {
        if (!std::holds_alternative<SizeValue>(value))
            bad(s, toText(value));
        const SizeValue &v = std::get<SizeValue>(value);
        const bool ok = v.kind == SizeValue::Kind::Auto
                            ? s.allowAuto
                            : v.kind == SizeValue::Kind::Count ? inRange(v.value) && v.value == std::floor(v.value)
                                                               : v.value > 0.0 && v.value <= 1.0;
        if (!ok)
            bad(s, toText(value));
        return;
    }
    case ParamType::IntegerList: {
        if (!std::holds_alternative<std::vector<std::int64_t>>(value))
            bad(s, toText(value));
        const auto &list = std::get<std::vector<std::int64_t>>(value);
        if (list.empty())
            bad(s, "an empty list");
        for (const std::int64_t v : list)
            if (!inRange(static_cast<double>(v)))
                bad(s, toText(value));
        return;
    }
    }
}

ParamValue ParamSchema::parseText(const ParamSpec &s, std::string_view raw) const
{
    const std::string text = trimmed(raw);
    ParamValue value;
    switch (s.type) {
    case ParamType::Bool:
        if (text == "true" || text == "1" || text == "yes" || text == "on")
            value = true;
        else if (text == "false" || text == "0" || text == "no" || text == "off")
            value = false;
        else
            bad(s, "\"" + text + "\"");
        break;
    case ParamType::Integer: {
        std::int64_t v = 0;
        if (!parseInteger(text, v))
            bad(s, "\"" + text + "\"");
        value = v;
        break;
    }
    case ParamType::Real: {
        double v = 0;
        if (!parseReal(text, v))
            bad(s, "\"" + text + "\"");
        value = v;
        break;
    }
    case ParamType::Choice:
        value = text;
        break;
    case ParamType::Size: {
        SizeValue v;
        if (text == "auto") {
            v.kind = SizeValue::Kind::Auto;
        } else if (text.find_first_of(".eE") != std::string::npos) {
            v.kind = SizeValue::Kind::Fraction;
            if (!parseReal(text, v.value))
                bad(s, "\"" + text + "\"");
        } else {
            std::int64_t count = 0;
            if (!parseInteger(text, count))
                bad(s, "\"" + text + "\"");
            v.kind = SizeValue::Kind::Count;
            v.value = static_cast<double>(count);
        }
        value = v;
        break;
    }
    case ParamType::IntegerList: {
        std::vector<std::int64_t> list;
        std::string item;
        std::istringstream in(text);
        while (std::getline(in, item, ',')) {
            std::int64_t v = 0;
            if (!parseInteger(trimmed(item), v))
                bad(s, "\"" + text + "\"");
            list.push_back(v);
        }
        value = list;
        break;
    }
    }
    validate(s, value);
    return value;
}

ParamSet ParamSchema::set(ParamSet params, std::string_view key, std::string_view text) const
{
    const ParamSpec *spec = find(key);
    if (!spec) {
        std::string known;
        for (const ParamSpec &s : specs_)
            known += (known.empty() ? "" : ", ") + s.key;
        throw InputError("", 0, 0, "There is no parameter \"" + std::string(key) + "\"; the parameters are " + known + ".");
    }
    params[spec->key] = parseText(*spec, text);
    return params;
}

Json ParamSchema::toJson(const ParamSet &params) const
{
    Json j = Json::object();
    for (const ParamSpec &s : specs_) {
        const auto found = params.find(s.key);
        const ParamValue &v = found == params.end() ? s.defaultValue : found->second;
        std::visit([&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, SizeValue>) {
                if (x.kind == SizeValue::Kind::Auto)
                    j[s.key] = "auto";
                else if (x.kind == SizeValue::Kind::Count)
                    j[s.key] = static_cast<std::int64_t>(x.value);
                else
                    j[s.key] = x.value;  // written as a floating-point number: a fraction
            } else {
                j[s.key] = x;
            }
        }, v);
    }
    return j;
}

ParamSet ParamSchema::fromJson(const Json &json) const
{
    if (!json.is_object())
        throw InputError("", 0, 0, "The parameters are not a JSON object.");
    ParamSet params = defaults();
    for (const auto &[key, j] : json.items()) {
        const ParamSpec *s = find(key);
        if (!s)
            throw InputError("", 0, 0, "There is no parameter \"" + key + "\".");
        ParamValue v;
        switch (s->type) {
        case ParamType::Bool:
            if (!j.is_boolean())
                bad(*s, jsonText(j));
            v = j.get<bool>();
            break;
        case ParamType::Integer:
            if (!j.is_number_integer())
                bad(*s, jsonText(j));
            v = j.get<std::int64_t>();
            break;
        case ParamType::Real:
            if (!j.is_number())
                bad(*s, jsonText(j));
            v = j.get<double>();
            break;
        case ParamType::Choice:
            if (!j.is_string())
                bad(*s, jsonText(j));
            v = j.get<std::string>();
            break;
        case ParamType::Size:
            if (j.is_string() && j.get<std::string>() == "auto")
                v = SizeValue{SizeValue::Kind::Auto, 0.0};
            else if (j.is_number_integer())
                v = SizeValue{SizeValue::Kind::Count, j.get<double>()};
            else if (j.is_number_float())
                v = SizeValue{SizeValue::Kind::Fraction, j.get<double>()};
            else
                bad(*s, jsonText(j));
            break;
        case ParamType::IntegerList: {
            if (!j.is_array())
                bad(*s, jsonText(j));
            std::vector<std::int64_t> list;
            for (const Json &item : j) {
                if (!item.is_number_integer())
                    bad(*s, jsonText(j));
                list.push_back(item.get<std::int64_t>());
            }
            v = list;
            break;
        }
        }
        validate(*s, v);
        params[key] = v;
    }
    return params;
}

} // namespace awb
