// libFuzzer target: the streaming frame decoder and the read-answer decoder fed arbitrary bytes in
// arbitrary pieces. Beyond "no crash, no UB": every frame it accepts re-encodes to a frame it decodes the
// same.
#include "idscan/framecodec.h"
#include "idscan/idcard.h"

#include <cstdlib>

using namespace bianmin::idscan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the piece size, as a serial port delivers bytes in whatever chunks it likes.
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    FrameDecoder decoder;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        for (const FrameDecoder::Item &item :
            decoder.feed(bytes.sliced(at, qMin(piece, bytes.size() - at)))) {
            if (!item)
                continue;
            FrameDecoder again;
            const auto items = again.feed(encodeFrame(item->payload));
            if (items.size() != 1 || !items[0] || items[0]->payload != item->payload)
                std::abort();
            const auto response = parseResponse(item.value());
            if (response) {
                (void)statusText(response->sw3);
                (void)decodeReadData(response->data);
            }
        }
    }
    (void)decoder.midFrame();
    (void)decoder.expectedBytes();
    return 0;
}
