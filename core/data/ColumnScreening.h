// Columns that would mislead a detector, proposed as ignored with the reason: numeric identifiers
// (row numbers, integer timestamps: strictly increasing) and columns named like an identifier, an
// address, a source port or a time; and label leakage, a text or two-valued column whose values
// nearly determine the label, the first text one proposed as the attack type (a second target such
// as UNSW-NB15's attack_cat). A counter that determines the label stays a feature, with a note.
// Judged on the same sample of rows as the schema. A column whose role the user chose is left as
// it is.
#pragma once

#include <string_view>

#include "data/LoadOptions.h"
#include "data/Schema.h"
#include "data/SchemaInference.h"

namespace awb {

void screenColumns(Schema &schema, const CellSample &sample, const LoadOptions &options);

// True when the column's name (spaces, case and punctuation aside) says it identifies a row or a
// flow, or holds an address, a source port or a time: "Flow ID", "Src IP", "sport", "Timestamp".
bool nameLooksLikeIdentifier(std::string_view name);

} // namespace awb
