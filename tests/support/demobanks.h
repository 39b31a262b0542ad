#pragma once
// The demo banks the build made (build/demo-banks), opened the way a station opens them: real files,
// the demo publisher's signature, the demo centre key.

#include "banks/bankreader.h"

namespace exam::test {

QStringList builtDemoModules();
banks::OpenedBank openDemoBank(const QString& module);

} // namespace exam::test
