// libFuzzer target: the 256-byte text block and the read answer around it. Beyond "no crash, no UB":
// a block it accepts, written back with the encoder, decodes to the same person.
#include "idscan/idcard.h"

#include <cstdlib>

using namespace bianmin::idscan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)decodeReadData(bytes);
    if (bytes.size() < kTextBlockSize)
        return 0;
    const auto card = decodeTextBlock(bytes.first(kTextBlockSize));
    if (!card)
        return 0;
    (void)checkCard(card.value(), QDate(2026, 11, 23));
    const QChar flag
        = card->cardType == CardType::HkMacauTaiwanResidence ? QLatin1Char('J') : QLatin1Char(' ');
    const auto again = decodeTextBlock(encodeTextBlock(card.value(), flag));
    if (!again || again->name != card->name || again->idNumber != card->idNumber
        || again->address != card->address || again->birthDate != card->birthDate
        || again->validUntil != card->validUntil || again->longTerm != card->longTerm
        || again->sex != card->sex || again->cardType != card->cardType)
        std::abort();
    return 0;
}
