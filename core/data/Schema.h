// What each column of a table is and how the user wants it used. Inferred by the reader from a
// sample of the file; every role can be overridden before the data is encoded.
#pragma once

#include <string>
#include <vector>

namespace awb {

// AttackType: a second target (UNSW-NB15's attack_cat) kept for recall per attack type, never a
// feature; the label still decides normal or anomaly.
enum class ColumnRole { NumericFeature, CategoricalFeature, Label, Ignored, AttackType };

struct ColumnInfo {
    std::string name;           // header name with surrounding spaces trimmed, or "column_<i>"
    ColumnRole role = ColumnRole::NumericFeature;
    bool looksNumeric = true;   // its sampled values are numbers (see inferColumn for stray words)
    bool identifierLike = false;  // nearly every sampled value distinct (IPs, flow IDs, timestamps)
    std::size_t distinctInSample = 0;
    // Why the reader proposes the column's role (ignored, the attack type) or, for a feature, what
    // it noticed (it alone tells the label); empty when it has nothing to say.
    std::string proposedBecause;
    // Non-negative in the sample and spanning three decades above its median (bytes, packets,
    // durations): the columns a log transform helps.
    bool heavyTailed = false;
    float sampledMin = 0.0f;  // its smallest sampled number (log1p reads negative ones as 0)
};

struct Schema {
    std::vector<ColumnInfo> columns;
    int labelColumn = -1;  // index into columns, -1 when unlabelled

    std::size_t countRole(ColumnRole role) const
    {
        std::size_t n = 0;
        for (const auto &c : columns)
            n += c.role == role;
        return n;
    }
    std::vector<std::string> names() const
    {
        std::vector<std::string> out;
        for (const auto &c : columns)
            out.push_back(c.name);
        return out;
    }
};

const char *nameOf(ColumnRole role);

} // namespace awb
