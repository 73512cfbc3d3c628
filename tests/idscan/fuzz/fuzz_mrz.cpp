// libFuzzer target: the ICAO 9303 MRZ parser on arbitrary text. Beyond "no crash, no UB": an accepted MRZ
// has the check digits of its format, and firstFailure() agrees with allChecksOk().
#include "idscan/mrz.h"

#include <cstdlib>

using namespace bianmin::idscan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto doc = parseMrz(text, QDate(2026, 11, 23));
    if (!doc)
        return 0;
    const qsizetype expected = doc->format == MrzDocument::Format::TD1 ? 4 : 5;
    if (doc->checks.size() != expected || doc->allChecksOk() != (doc->firstFailure() == nullptr))
        std::abort();
    return 0;
}
