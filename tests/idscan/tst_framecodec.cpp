// The reader protocol's frames: what the host sends is byte-exact, and whatever the wire delivers
// (pieces, junk, broken frames) the decoder recovers the good frames and names the bad ones.
#include "idscan/framecodec.h"

#include <QtTest>

using namespace bianmin::idscan;

class TestFrameCodec : public QObject
{
    Q_OBJECT
private slots:
    void commandsAreByteExact_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<QByteArray>("wire");
        // Checksums by hand: XOR of 00 03 and the two command bytes.
        QTest::newRow("find") << int(Command::FindCard) << QByteArray::fromHex("aaaaaa9669000320 0122");
        QTest::newRow("select") << int(Command::SelectCard) << QByteArray::fromHex("aaaaaa9669000320 0221");
        QTest::newRow("read") << int(Command::ReadTextAndPhoto)
                              << QByteArray::fromHex("aaaaaa9669000330 0132");
        QTest::newRow("sam status") << int(Command::SamStatus)
                                    << QByteArray::fromHex("aaaaaa966900031 1ffed");
        QTest::newRow("sam id") << int(Command::SamId) << QByteArray::fromHex("aaaaaa966900031 2ffee");
        QTest::newRow("reset") << int(Command::Reset) << QByteArray::fromHex("aaaaaa966900031 0ffec");
    }
    void commandsAreByteExact()
    {
        QFETCH(int, command);
        QFETCH(QByteArray, wire);
        QCOMPARE(encodeCommand(Command(command)).toHex(), wire.toHex());
    }

    void responseRoundTrip()
    {
        const ReaderResponse r { 0, 0, 0x90, QByteArray("hello") };
        const QByteArray wire = encodeResponse(r);
        QCOMPARE(wire.left(7).toHex(), QByteArray("aaaaaa96690009")); // 3 status + 5 data + checksum
        FrameDecoder d;
        const auto items = d.feed(wire);
        QCOMPARE(items.size(), 1);
        QVERIFY(items[0].ok());
        const auto parsed = parseResponse(items[0].value());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->sw3, quint8(0x90));
        QCOMPARE(parsed->data, QByteArray("hello"));
        QCOMPARE(d.discardedBytes(), 0);
    }

    void byteByByte()
    {
        const QByteArray wire = encodeResponse({ 0, 0, 0x9F, QByteArray(4, '\0') });
        FrameDecoder d;
        int frames = 0;
        for (qsizetype i = 0; i < wire.size(); ++i) {
            const auto items = d.feed(wire.mid(i, 1));
            if (i + 1 < wire.size()) {
                QVERIFY(items.isEmpty());
                if (i >= 4)
                    QVERIFY2(d.midFrame(), qPrintable(QString::number(i)));
            }
            frames += int(items.size());
        }
        QCOMPARE(frames, 1);
        QVERIFY(!d.midFrame());
    }

    void garbageBeforeAndBetween()
    {
        const QByteArray a = encodeResponse({ 0, 0, 0x90, QByteArray("one") });
        const QByteArray b = encodeResponse({ 0, 0, 0x80, {} });
        // The junk holds partial preambles, which must not swallow the real one.
        const QByteArray wire = QByteArray::fromHex("0102aaaa96aaaaaa96") + a + QByteArray("zz\xAA\xAA") + b;
        FrameDecoder d;
        const auto items = d.feed(wire);
        QCOMPARE(items.size(), 2);
        QVERIFY(items[0].ok() && items[1].ok());
        QCOMPARE(parseResponse(items[0].value())->data, QByteArray("one"));
        QCOMPARE(parseResponse(items[1].value())->sw3, quint8(0x80));
        QVERIFY(d.discardedBytes() >= 13);
    }

    void preambleSplitAcrossReads()
    {
        const QByteArray wire = QByteArray("junk") + encodeResponse({ 0, 0, 0x90, QByteArray("x") });
        FrameDecoder d;
        QVERIFY(d.feed(wire.left(7)).isEmpty()); // "junk" + AA AA AA
        const auto items = d.feed(wire.mid(7));
        QCOMPARE(items.size(), 1);
        QCOMPARE(parseResponse(items[0].value())->data, QByteArray("x"));
    }

    void wrongChecksumThenGoodFrame()
    {
        QByteArray bad = encodeResponse({ 0, 0, 0x90, QByteArray("bad") });
        bad.back() = char(bad.back() ^ 1);
        const QByteArray good = encodeResponse({ 0, 0, 0x90, QByteArray("good") });
        FrameDecoder d;
        const auto items = d.feed(bad + good);
        QCOMPARE(items.size(), 2);
        QVERIFY(!items[0].ok());
        QCOMPARE(items[0].error().code, QStringLiteral("idscan.checksum"));
        QVERIFY(items[1].ok());
        QCOMPARE(parseResponse(items[1].value())->data, QByteArray("good"));
    }

    void impossibleLengthThenGoodFrame_data()
    {
        QTest::addColumn<QByteArray>("length");
        QTest::newRow("zero") << QByteArray::fromHex("0000");
        QTest::newRow("one") << QByteArray::fromHex("0001");
        QTest::newRow("huge") << QByteArray::fromHex("ffff");
    }
    void impossibleLengthThenGoodFrame()
    {
        QFETCH(QByteArray, length);
        QByteArray bad = encodeResponse({ 0, 0, 0x90, QByteArray("bad") });
        bad.replace(5, 2, length);
        const QByteArray good = encodeResponse({ 0, 0, 0x90, QByteArray("good") });
        FrameDecoder d;
        const auto items = d.feed(bad + good);
        QVERIFY(items.size() >= 2);
        QCOMPARE(items.first().error().code, QStringLiteral("idscan.length"));
        QVERIFY(items.last().ok());
        QCOMPARE(parseResponse(items.last().value())->data, QByteArray("good"));
    }

    void lengthTooLargeForItsBytes()
    {
        // The length claims more than arrives: the decoder waits (the driver's timeout ends the wait),
        // and a later good frame is still found once the bogus frame's checksum fails.
        QByteArray bad = encodeResponse({ 0, 0, 0x90, QByteArray("abc") });
        bad[6] = char(0x40);
        FrameDecoder d;
        QVERIFY(d.feed(bad).isEmpty());
        QVERIFY(d.midFrame());
        QCOMPARE(d.expectedBytes(), 7 + 0x40);
        QList<FrameDecoder::Item> items;
        for (int i = 0; i < 10 && (items.isEmpty() || !items.last().ok()); ++i)
            items += d.feed(encodeResponse({ 0, 0, 0x90, QByteArray("good") }));
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().error().code, QStringLiteral("idscan.checksum"));
        QVERIFY(items.last().ok());
    }

    void responseTooShortForStatus()
    {
        FrameDecoder d;
        const auto items = d.feed(encodeFrame(QByteArray("\x00\x00", 2)));
        QCOMPARE(items.size(), 1);
        QVERIFY(items[0].ok());
        const auto r = parseResponse(items[0].value());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("idscan.length"));
    }

    void everyStatusHasBothLanguages()
    {
        const QList<int> codes { 0x90, 0x9F, 0x80, 0x81, 0x41, 0x10, 0x11, 0x21, 0x31, 0x32, 0x33, 0x40, 0x60,
            0x66 };
        QSet<QString> english;
        for (int c : codes) {
            const StatusText t = statusText(quint8(c));
            QVERIFY2(t.code.startsWith(QLatin1String("idscan."))
                    && t.code != QLatin1String("idscan.status_unknown"),
                qPrintable(QString::number(c, 16)));
            QVERIFY(!t.english.isEmpty());
            QVERIFY(t.chinese.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
            english.insert(t.english);
        }
        QCOMPARE(english.size(), codes.size()); // each code says something different
        QCOMPARE(statusText(0x80).code, QStringLiteral("idscan.no_card"));
        QCOMPARE(statusText(0x41).code, QStringLiteral("idscan.read_failed"));
        QCOMPARE(statusText(0x66).code, QStringLiteral("idscan.not_authorised"));
        QCOMPARE(statusText(0x77).code, QStringLiteral("idscan.status_unknown"));
        QVERIFY(statusText(0x77).english.contains(QLatin1String("77")));
        QVERIFY(statusIsSuccess(0x90) && statusIsSuccess(0x9F) && !statusIsSuccess(0x80));
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
