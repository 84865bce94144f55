// A detector's parameters described once: for each its key, type, default, range or choices and a
// one-sentence help text with the trade-off. The CLI's options and help, the GUI's forms, the JSON
// documents and the validation all read this; a detector binds the keys to the fields of its own
// plain parameter struct (ParamBinding), whose default values are the defaults here.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/Json.h"

namespace awb {

// A row count or share: "auto", a count (a whole number) or a fraction of the rows (0 < f <= 1).
struct SizeValue {
    enum class Kind { Auto, Count, Fraction };
    Kind kind = Kind::Auto;
    double value = 0.0;
    bool operator==(const SizeValue &) const = default;
};

enum class ParamType { Bool, Integer, Real, Choice, Size, IntegerList };

using ParamValue = std::variant<bool, std::int64_t, double, std::string, SizeValue, std::vector<std::int64_t>>;
using ParamSet = std::map<std::string, ParamValue>;

struct ParamSpec {
    std::string key;    // spelled as in JSON and in --set DETECTOR.KEY=VALUE
    std::string label;  // the form's label (English; front ends translate it)
    std::string help;   // what it does and what it trades off, in one or two sentences
    ParamType type = ParamType::Real;
    double min = 0.0, max = 0.0;        // Integer, Real, Size counts and IntegerList items
    std::vector<std::string> choices;   // Choice
    bool allowAuto = false;             // Size: "auto" allowed
    int decimals = 3;                   // Real: decimals a form shows
    ParamValue defaultValue;
};

class ParamSchema {
public:
    ParamSchema() = default;
    explicit ParamSchema(std::vector<ParamSpec> specs) : specs_(std::move(specs)) {}

    const std::vector<ParamSpec> &specs() const { return specs_; }
    const ParamSpec *find(std::string_view key) const;
    ParamSet defaults() const;

    // Each throws InputError with a sentence naming the parameter and its allowed values.
    void validate(const ParamSpec &spec, const ParamValue &value) const;
    ParamValue parseText(const ParamSpec &spec, std::string_view text) const;  // "auto", "0.5", "32,16,8"
    ParamSet set(ParamSet params, std::string_view key, std::string_view text) const;
    // Missing keys take their defaults; unknown keys and bad values are errors.
    ParamSet fromJson(const Json &json) const;
    Json toJson(const ParamSet &params) const;

    static std::string toText(const ParamValue &value);  // the --set spelling
    static std::string rangeText(const ParamSpec &spec); // "1 to 100000", "relu, tanh", ...

private:
    std::vector<ParamSpec> specs_;
};

// Binds schema keys to the fields of a detector's parameter struct P. Defaults are read from a
// default-constructed P, so they are written once, in the struct.
template <typename P>
class ParamBinding {
public:
    template <typename T>
    ParamBinding &integer(std::string key, std::string label, std::string help, T P::*field, double min, double max)
    {
        add({std::move(key), std::move(label), std::move(help), ParamType::Integer, min, max, {}, false, 0, {}},
            [field](const P &p) { return ParamValue(static_cast<std::int64_t>(p.*field)); },
            [field](P &p, const ParamValue &v) { p.*field = static_cast<T>(std::get<std::int64_t>(v)); });
        return *this;
    }
    ParamBinding &real(std::string key, std::string label, std::string help, double P::*field, double min, double max,
                       int decimals)
    {
        add({std::move(key), std::move(label), std::move(help), ParamType::Real, min, max, {}, false, decimals, {}},
            [field](const P &p) { return ParamValue(p.*field); },
            [field](P &p, const ParamValue &v) { p.*field = std::get<double>(v); });
        return *this;
    }
    ParamBinding &boolean(std::string key, std::string label, std::string help, bool P::*field)
    {
        add({std::move(key), std::move(label), std::move(help), ParamType::Bool, 0, 1, {}, false, 0, {}},
            [field](const P &p) { return ParamValue(p.*field); },
            [field](P &p, const ParamValue &v) { p.*field = std::get<bool>(v); });
        return *this;
    }
    template <typename E>
    ParamBinding &choice(std::string key, std::string label, std::string help, E P::*field,
                         std::vector<std::pair<std::string, E>> names)
    {
        std::vector<std::string> choices;
        for (const auto &n : names)
            choices.push_back(n.first);
        add({std::move(key), std::move(label), std::move(help), ParamType::Choice, 0, 0, choices, false, 0, {}},
            [field, names](const P &p) {
                for (const auto &[name, value] : names)
                    if (value == p.*field)
                        return ParamValue(name);
                return ParamValue(names.front().first);
            },
            [field, names](P &p, const ParamValue &v) {
                for (const auto &[name, value] : names)
                    if (name == std::get<std::string>(v))
                        p.*field = value;
            });
        return *this;
    }
    ParamBinding &size(std::string key, std::string label, std::string help, SizeValue P::*field, double maxCount,
                       bool allowAuto)
    {
        add({std::move(key), std::move(label), std::move(help), ParamType::Size, 1, maxCount, {}, allowAuto, 3, {}},
            [field](const P &p) { return ParamValue(p.*field); },
            [field](P &p, const ParamValue &v) { p.*field = std::get<SizeValue>(v); });
        return *this;
    }
    ParamBinding &integerList(std::string key, std::string label, std::string help, std::vector<int> P::*field,
                              double min, double max)
    {
        add({std::move(key), std::move(label), std::move(help), ParamType::IntegerList, min, max, {}, false, 0, {}},
            [field](const P &p) { return ParamValue(std::vector<std::int64_t>((p.*field).begin(), (p.*field).end())); },
            [field](P &p, const ParamValue &v) {
                const auto &list = std::get<std::vector<std::int64_t>>(v);
                (p.*field).assign(list.begin(), list.end());
            });
        return *this;
    }

    ParamSchema schema() const { return ParamSchema(specs_); }

    // The typed struct from a parameter set (validated against the schema first).
    P read(const ParamSet &params) const
    {
        const ParamSchema s = schema();
        P p;
        for (std::size_t i = 0; i < specs_.size(); ++i) {
            const auto found = params.find(specs_[i].key);
            if (found == params.end())
                continue;
            s.validate(specs_[i], found->second);
            setters_[i](p, found->second);
        }
        return p;
    }
    ParamSet write(const P &p) const
    {
        ParamSet params;
        for (std::size_t i = 0; i < specs_.size(); ++i)
            params[specs_[i].key] = getters_[i](p);
        return params;
    }

private:
    void add(ParamSpec spec, std::function<ParamValue(const P &)> get, std::function<void(P &, const ParamValue &)> set)
    {
        spec.defaultValue = get(P{});
        specs_.push_back(std::move(spec));
        getters_.push_back(std::move(get));
        setters_.push_back(std::move(set));
    }

    std::vector<ParamSpec> specs_;
    std::vector<std::function<ParamValue(const P &)>> getters_;
    std::vector<std::function<void(P &, const ParamValue &)>> setters_;
};

} // namespace awb
