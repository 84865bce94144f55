// Marks the core's user-visible English texts (detector names, parameter labels and help) for
// translation: lupdate extracts QT_TRANSLATE_NOOP("awb", ...) from the core's sources, and the
// front ends translate them with QCoreApplication::translate("awb", text). The core itself needs
// no Qt: the macro is Qt's own definition, spelled identically.
#pragma once

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif
