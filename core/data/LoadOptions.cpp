// Names of the loading options as the CLI, the JSON documents and the GUI spell them.
#include "data/LoadOptions.h"

#include <algorithm>
#include <cctype>

#include "data/CellParser.h"

namespace awb {

ColumnRef ColumnRef::parse(const std::string &given)
{
    // Names are matched as the reader keeps them, without surrounding spaces (CICIDS2017's " Label").
    const std::string text(trimSpaces(given));
    ColumnRef ref;
    const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) {
        return std::isdigit(c) != 0;
    });
    if (digits && text.size() < 10)
        ref.index = std::stoi(text);
    else
        ref.name = text;
    return ref;
}

bool ColumnRef::matches(int columnIndex, const std::string &columnName) const
{
    return index >= 0 ? index == columnIndex : name == columnName;
}

const char *nameOf(ColumnRole role)
{
    switch (role) {
    case ColumnRole::NumericFeature: return "numeric";
    case ColumnRole::CategoricalFeature: return "categorical";
    case ColumnRole::Label: return "label";
    case ColumnRole::Ignored: return "ignored";
    case ColumnRole::AttackType: return "attack type";
    }
    return "";
}

const char *nameOf(MissingPolicy policy)
{
    switch (policy) {
    case MissingPolicy::Impute: return "impute";
    case MissingPolicy::DropRow: return "drop";
    case MissingPolicy::Fail: return "fail";
    }
    return "";
}

const char *nameOf(Scaling scaling)
{
    switch (scaling) {
    case Scaling::MinMax: return "minmax";
    case Scaling::Standard: return "standard";
    case Scaling::None: return "none";
    case Scaling::Robust: return "robust";
    }
    return "";
}

const char *nameOf(LogTransform log)
{
    return log == LogTransform::HeavyTailed ? "heavy-tailed" : "off";
}

} // namespace awb
