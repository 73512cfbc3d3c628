// content_hash must be identical on every kiosk and county platform, so the canonical form is pinned
// byte for byte here.
#include "core/canonicaljson.h"
#include "core/casedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

#include <cstring>

using namespace bianmin;

namespace {

// Generated values for canonicalBytesWithout: strings and keys from characters where byte order, code point
// order and UTF-16 order disagree (é, 村, fullwidth ｚ U+FF5A, private use U+E000 above the surrogates, 😀
// as a surrogate pair), every kind of escape, and numbers on both sides of each formatting rule.
class ValueMaker
{
public:
    explicit ValueMaker(quint32 seed) : m_random(seed) {}

    QString text(int maxLength)
    {
        static const QStringList pieces{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("Z"), QStringLiteral("_"),
                                        QStringLiteral("0"), QStringLiteral(" "), QStringLiteral("\""), QStringLiteral("\\"),
                                        QStringLiteral("/"), QStringLiteral("\n"), QStringLiteral("\t"), QStringLiteral("\b"),
                                        QStringLiteral("\f"), QStringLiteral("\r"), QString(QChar(0)), QString(QChar(0x1f)),
                                        QString(QChar(0x01)), QString(QChar(0x7f)), QStringLiteral("é"), QStringLiteral("村"),
                                        QStringLiteral("ｚ"), QString(QChar(0xe000)), QStringLiteral("😀"), QString(QChar(0xfffd)),
                                        QStringLiteral("content_hash")};
        QString s;
        const int length = int(m_random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i)
            s += pieces.at(int(m_random.bounded(int(pieces.size()))));
        return s;
    }

    double number()
    {
        static const double fixed[] = {0, -0.0, 1, -1, 3, -12, 0.5, 2.5, 0.1, -0.1, 1.5e-7, 1e-4, 1e21, 1e20, 1e16,
                                        9007199254740991.0, 9007199254740992.0, -9007199254740992.0, 9007199254740994.0,
                                        1e15, 999999999999999.0, 1e15 + 0.5, 123456789012345680.0, 5e-324,
                                        1.7976931348623157e308, -2.2250738585072014e-308, 1234567.125};
        switch (m_random.bounded(4)) {
        case 0: return fixed[m_random.bounded(int(std::size(fixed)))];
        case 1: return double(qint64(m_random.generate64()) >> m_random.bounded(64));
        case 2: return double(int(m_random.bounded(2000000)) - 1000000) / double(1 << m_random.bounded(12));
        default: {
            double d;
            do {
                const quint64 bits = m_random.generate64();
                std::memcpy(&d, &bits, sizeof d);
            } while (!std::isfinite(d));
            return d;
        }
        }
    }

    QJsonValue value(int depth)
    {
        switch (m_random.bounded(depth > 0 ? 7 : 5)) {
        case 0: return QJsonValue::Null;
        case 1: return m_random.bounded(2) == 0;
        case 2: return number();
        case 3:
        case 4: return text(6);
        case 5: {
            QJsonArray a;
            for (int i = int(m_random.bounded(4)); i > 0; --i)
                a.append(value(depth - 1));
            return a;
        }
        default: return object(depth - 1);
        }
    }

    QJsonObject object(int depth)
    {
        QJsonObject o;
        for (int i = int(m_random.bounded(6)); i > 0; --i)
            o.insert(text(3), value(depth));
        if (m_random.bounded(3) == 0)
            o.insert(QStringLiteral("content_hash"), value(depth));
        return o;
    }

    QRandomGenerator &random() { return m_random; }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private slots:
    void sortsKeysAndDropsWhitespace()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({ "b": 1, "a": {"z": [1, 2.5, "x"], "c": null}, "A": true })").object();
        QCOMPARE(canonicalJson(o), QByteArray(R"({"A":true,"a":{"c":null,"z":[1,2.5,"x"]},"b":1})"));
    }

    void keysAreInUtf16OrderWhateverTheInput()
    {
        // Non-ASCII, mixed case and prefixes, parsed from text and inserted by hand in another order: the
        // members always come out in QString (UTF-16 code unit) order, which is what other platforms implement.
        QStringList keys{QStringLiteral("中文"), QStringLiteral("b"), QStringLiteral("é"), QStringLiteral("aa"),
                         QStringLiteral("Z"), QStringLiteral("_"), QStringLiteral("a"), QStringLiteral("😀"),
                         QStringLiteral("ｚ"), QStringLiteral("B")};
        QJsonObject inserted;
        for (qsizetype i = keys.size() - 1; i >= 0; --i)
            inserted.insert(keys.at(i), static_cast<int>(i));
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QByteArray expected = "{";
        for (const QString &k : sorted)
            expected += (expected.size() > 1 ? ",\"" : "\"") + k.toUtf8() + "\":" + QByteArray::number(keys.indexOf(k));
        expected += '}';
        QCOMPARE(canonicalJson(inserted), expected);
        const QJsonObject parsed = QJsonDocument::fromJson(QJsonDocument(inserted).toJson()).object();
        QCOMPARE(canonicalJson(parsed), expected);
        // QJsonDocument stores parsed keys in its own order, in which QJsonObject::value() misses "😀\f" next
        // to "ｚ"; the values must not get lost on the way to UTF-16 order.
        const QByteArray mixed("{\"\xF0\x9F\x98\x80\\f\":3,\"\xEF\xBD\x9A\":4}");
        QCOMPARE(canonicalJson(QJsonDocument::fromJson(mixed).object()), mixed);
        // Without a top-level member: only that one goes, the same name deeper down stays.
        QJsonObject nested{{QStringLiteral("content_hash"), 1},
                           {QStringLiteral("x"), QJsonObject{{QStringLiteral("content_hash"), 2}}}};
        QCOMPARE(canonicalJsonWithout(nested, u"content_hash"), QByteArray(R"({"x":{"content_hash":2}})"));
    }

    void writesUtf8AndEscapesOnlyWhatItMust()
    {
        const QJsonObject o{{QStringLiteral("名"), QStringLiteral("张三 \"/\\\n\x01")}};
        QCOMPARE(canonicalJson(o), QByteArray("{\"名\":\"张三 \\\"/\\\\\\n\\u0001\"}"));
    }

    void integersHaveNoFraction()
    {
        QCOMPARE(canonicalJson(QJsonArray{3.0, -12.0, 0.1, 1e21}), QByteArray("[3,-12,0.1,1e+21]"));
    }

    void contentHashIgnoresItsOwnMember()
    {
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("x")}};
        const QString h = contentHash(o);
        o.insert(QStringLiteral("content_hash"), QStringLiteral("anything"));
        QCOMPARE(contentHash(o), h);
        QCOMPARE(h.size(), 64);
        // sha256 of {"id":"x"}
        QCOMPARE(h, QString::fromLatin1(QCryptographicHash::hash("{\"id\":\"x\"}", QCryptographicHash::Sha256).toHex()));
    }

    void envelopeRoundTrips()
    {
        CaseRecord c;
        c.id = QStringLiteral("0b6c1d0e-1111-4222-8333-444455556666");
        c.kioskId = QStringLiteral("500242-huatian-01");
        c.serviceId = QStringLiteral("temporary_assistance");
        c.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600);
        c.submittedAt = c.createdAt;
        c.applicant.name = QStringLiteral("张三");
        c.applicant.idNumber = QStringLiteral("500242198001010032");
        c.fields.insert(QStringLiteral("amount"), 1200);
        const QJsonObject env = c.toEnvelope();
        QCOMPARE(env.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-23T09:30:00.000+08:00"));
        auto back = CaseRecord::fromJson(env);
        QVERIFY(back.ok());
        QCOMPARE(back->toEnvelope(), env);
        QCOMPARE(env.value(QStringLiteral("content_hash")).toString(), contentHash(env));
    }

    void canonicalEnvelopeIsCanonicalJsonOfTheEnvelope()
    {
        // Written member by member for speed: it must be byte for byte what the county hashes.
        CaseRecord c;
        c.id = QStringLiteral("0b6c1d0e-1111-4222-8333-444455556666");
        c.kioskId = QStringLiteral("500242-huatian-01");
        c.serviceId = QStringLiteral("temporary_assistance");
        c.formVersion = 7;
        c.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600);
        c.submittedAt = c.createdAt.addSecs(90);
        c.channel = QStringLiteral("agent");
        c.agent.staffId = QStringLiteral("clerk \"7\"");
        c.agent.consent = Consent{QStringLiteral("id_card"), c.createdAt, QString()};
        c.applicant.name = QStringLiteral("张三\n\t\\");
        c.applicant.idNumber = QStringLiteral("500242198001010032");
        c.applicant.address = QString(QChar(0x01)) + QStringLiteral("/村😀");
        c.fields.insert(QStringLiteral("amount"), 1200.5);
        c.fields.insert(QStringLiteral("Zeta"), QJsonArray{1, true, QJsonValue::Null, QStringLiteral("é")});
        c.approvals.append(Approval{QStringLiteral("village"), QStringLiteral("cadre-02"), QStringLiteral("approve"),
                                    c.submittedAt, QStringLiteral("同意")});
        c.approvals.append(Approval{QStringLiteral("town"), QStringLiteral("t-1"), QStringLiteral("reject"),
                                    c.submittedAt, QString()});
        c.attachments.append(Attachment{QString(64, QLatin1Char('c')), QStringLiteral("id_photo"),
                                        QStringLiteral("image/jpeg"), 20480});
        c.attachments.append(Attachment{QString(64, QLatin1Char('d')), QStringLiteral("document"),
                                        QStringLiteral("application/pdf"), 0});
        QString hash;
        QCOMPARE(c.canonicalEnvelope(&hash), canonicalJson(c.toEnvelope()));
        QCOMPARE(hash, c.toEnvelope().value(QStringLiteral("content_hash")).toString());
        c.channel = QStringLiteral("self");
        c.agent.consent.blob = QString(64, QLatin1Char('e'));
        QCOMPARE(c.canonicalEnvelope(), canonicalJson(c.toEnvelope()));
        QCOMPARE(c.blobHashes(), (QStringList{QString(64, QLatin1Char('c')), QString(64, QLatin1Char('d'))}));
    }

    void bytesAsSentAgreeWithCanonicalJson()
    {
        // Whatever canonicalJson writes is recognised as canonical, and what comes back is byte for byte what
        // the county would get by parsing and re-serialising without content_hash.
        ValueMaker make(20261123);
        for (int i = 0; i < 3000; ++i) {
            const QJsonObject o = make.object(4);
            const QByteArray bytes = canonicalJson(o);
            const auto fast = canonicalBytesWithout(bytes, QLatin1StringView("content_hash"));
            QVERIFY2(fast.has_value(), bytes.constData());
            QCOMPARE(*fast, canonicalJsonWithout(o, u"content_hash"));
            const QJsonObject parsed = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(canonicalJsonWithout(parsed, u"content_hash"), *fast);
        }
    }

    void bytesAsSentOmitOnlyTheTopLevelMember()
    {
        const auto without = [](const char *json) {
            return canonicalBytesWithout(QByteArrayView(json), QLatin1StringView("content_hash")).value_or("nullopt");
        };
        QCOMPARE(without(R"({"content_hash":"h"})"), QByteArray("{}"));
        QCOMPARE(without(R"({"a":1,"content_hash":"h"})"), QByteArray(R"({"a":1})"));
        QCOMPARE(without(R"({"content_hash":"h","id":1})"), QByteArray(R"({"id":1})"));
        QCOMPARE(without(R"({"a":1,"content_hash":[{"x":2}],"id":1})"), QByteArray(R"({"a":1,"id":1})"));
        QCOMPARE(without(R"({"a":{"content_hash":"h"},"content_hash2":1,"content_has":2})"),
                 QByteArray("nullopt")); // unsorted: content_has < content_hash2
        QCOMPARE(without(R"({"a":{"content_hash":"h"},"content_has":2,"content_hash2":1})"),
                 QByteArray(R"({"a":{"content_hash":"h"},"content_has":2,"content_hash2":1})"));
        QCOMPARE(without(R"({})"), QByteArray("{}"));
    }

    void bytesAsSentRejectEveryOtherForm_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("space after colon") << QByteArray(R"({"a": 1})");
        QTest::newRow("space after brace") << QByteArray(R"({ "a":1})");
        QTest::newRow("newline in array") << QByteArray("{\"a\":[1,\n2]}");
        QTest::newRow("leading space") << QByteArray(R"( {"a":1})");
        QTest::newRow("trailing space") << QByteArray(R"({"a":1} )");
        QTest::newRow("trailing newline") << QByteArray("{\"a\":1}\n");
        QTest::newRow("keys unsorted") << QByteArray(R"({"b":1,"a":2})");
        QTest::newRow("keys unsorted inside") << QByteArray(R"({"a":{"y":1,"x":2}})");
        QTest::newRow("key repeated") << QByteArray(R"({"a":1,"a":1})");
        QTest::newRow("content_hash repeated") << QByteArray(R"({"content_hash":"h","content_hash":"h"})");
        QTest::newRow("keys in byte order, not UTF-16") << QByteArray(R"({"ｚ":1,"😀":2})");
        QTest::newRow("accented key before ASCII") << QByteArray(R"({"é":1,"z":2})");
        QTest::newRow("escaped key out of order") << QByteArray(R"({"b":1,"a\n":2})");
        QTest::newRow("escaped solidus") << QByteArray(R"({"a":"\/"})");
        QTest::newRow("unicode escape of a letter") << QByteArray(R"({"a":"\u0041"})");
        QTest::newRow("unicode escape of non-ASCII") << QByteArray(R"({"a":"\u00e9"})");
        QTest::newRow("surrogate pair escape") << QByteArray(R"({"a":"\ud83d\ude00"})");
        QTest::newRow("uppercase hex escape") << QByteArray(R"({"a":"\u001F"})");
        QTest::newRow("newline as unicode escape") << QByteArray(R"({"a":"\u000a"})");
        QTest::newRow("backspace as unicode escape") << QByteArray(R"({"a":"\u0008"})");
        QTest::newRow("short unicode escape") << QByteArray(R"({"a":"\u01"})");
        QTest::newRow("unknown escape") << QByteArray(R"({"a":"\x41"})");
        QTest::newRow("raw control character") << QByteArray("{\"a\":\"\x01\"}");
        QTest::newRow("raw tab") << QByteArray("{\"a\":\"\t\"}");
        QTest::newRow("raw newline in key") << QByteArray("{\"a\n\":1}");
        QTest::newRow("lone continuation byte") << QByteArray("{\"a\":\"\x80\"}");
        QTest::newRow("overlong slash") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("overlong three bytes") << QByteArray("{\"a\":\"\xe0\x80\x80\"}");
        QTest::newRow("encoded surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
        QTest::newRow("above U+10FFFF") << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}");
        QTest::newRow("byte F5") << QByteArray("{\"a\":\"\xf5\x80\x80\x80\"}");
        QTest::newRow("truncated sequence") << QByteArray("{\"a\":\"\xe6\x9d\"}");
        QTest::newRow("minus zero") << QByteArray(R"({"a":-0})");
        QTest::newRow("minus zero fraction") << QByteArray(R"({"a":-0.0})");
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
        QTest::newRow("plus sign") << QByteArray(R"({"a":+1})");
        QTest::newRow("integral fraction") << QByteArray(R"({"a":3.0})");
        QTest::newRow("trailing zero") << QByteArray(R"({"a":2.50})");
        QTest::newRow("exponent for an integer") << QByteArray(R"({"a":1e2})");
        QTest::newRow("uppercase exponent") << QByteArray(R"({"a":1E+21})");
        QTest::newRow("exponent without sign") << QByteArray(R"({"a":1e21})");
        QTest::newRow("one-digit exponent") << QByteArray(R"({"a":1.5e-7})");
        QTest::newRow("not shortest") << QByteArray(R"({"a":0.10000000000000001})");
        QTest::newRow("2^53 + 1 rounds") << QByteArray(R"({"a":9007199254740993})");
        QTest::newRow("large integer plainly") << QByteArray(R"({"a":10000000000000000})");
        QTest::newRow("bare fraction") << QByteArray(R"({"a":.5})");
        QTest::newRow("bare point") << QByteArray(R"({"a":1.})");
        QTest::newRow("overflow") << QByteArray(R"({"a":1e400})");
        QTest::newRow("minus alone") << QByteArray(R"({"a":-})");
        QTest::newRow("bytes after the object") << QByteArray(R"({"a":1}x)");
        QTest::newRow("second object") << QByteArray(R"({"a":1}{})");
        QTest::newRow("nul after the object") << QByteArray("{\"a\":1}\0", 8);
        QTest::newRow("array at top level") << QByteArray(R"([1])");
        QTest::newRow("string at top level") << QByteArray(R"("x")");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unterminated object") << QByteArray("{\"a\":1"); // (not a raw string: moc counts its brace)
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"x");
        QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})");
        QTest::newRow("trailing comma in array") << QByteArray(R"({"a":[1,]})");
        QTest::newRow("missing colon") << QByteArray(R"({"a"1})");
        QTest::newRow("bare key") << QByteArray(R"({a:1})");
        QTest::newRow("truncated literal") << QByteArray(R"({"a":tru})");
        QTest::newRow("capitalised literal") << QByteArray(R"({"a":True})");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"a\":1}");
        QTest::newRow("too deep") << QByteArray(300, '[').prepend("{\"a\":").append(QByteArray(300, ']')).append('}');
    }

    void bytesAsSentRejectEveryOtherForm()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!canonicalBytesWithout(json, QLatin1StringView("content_hash")).has_value());
    }

    void bytesAsSentCheckEveryByteOfAString()
    {
        // Each byte value at each place of strings of every length up to past two 8-byte words, ASCII and
        // Chinese and mixed: the bytes stand for themselves exactly when they are well-formed UTF-8 (they survive
        // a round trip through QString) without '"', '\\' or control characters.
        const QList<QByteArray> alphabets{QByteArray("x"), QStringLiteral("村").toUtf8(), QStringLiteral("a村😀é").toUtf8()};
        for (const QByteArray &alphabet : alphabets) {
            for (int length = 1; length <= 20; ++length) {
                const QByteArray original = alphabet.repeated(length).left(length * 3);
                for (int at = 0; at < original.size(); ++at) {
                    for (int byte = 0; byte < 256; ++byte) {
                        QByteArray text = original;
                        text[at] = char(byte);
                        const bool asIs = QString::fromUtf8(text).toUtf8() == text
                            && std::none_of(text.cbegin(), text.cend(),
                                            [](char c) { return uchar(c) < 0x20 || c == '"' || c == '\\'; });
                        const QByteArray json = "{\"a\":\"" + text + "\"}";
                        QVERIFY2(canonicalBytesWithout(json, QLatin1StringView("content_hash")).has_value() == asIs,
                                 qPrintable(QStringLiteral("byte %1 at %2 of %3").arg(byte).arg(at).arg(QString::fromUtf8(original))));
                    }
                }
            }
        }
    }

    void bytesAsSentAcceptNothingButCanonicalForms()
    {
        // Damage canonical documents a byte at a time: whatever is still accepted must be valid JSON whose
        // canonical form is exactly those bytes (most damage is refused, some happens to stay canonical).
        ValueMaker make(7);
        static const char bytes[] = {' ', '\n', '"', '\\', ',', ':', '{', '}', '[', ']', '0', '1', '-', '.', 'e', '+',
                                     'E', 'u', 'n', '/', 'a', '\x01', '\x80', '\xc3', '\xe6', '\xf0'};
        int accepted = 0;
        for (int i = 0; i < 4000; ++i) {
            QByteArray json = canonicalJson(make.object(3));
            const qsizetype at = qsizetype(make.random().bounded(int(json.size())));
            const char byte = bytes[make.random().bounded(int(std::size(bytes)))];
            switch (make.random().bounded(3)) {
            case 0: json.insert(at, byte); break;
            case 1: json.remove(at, 1); break;
            default: json[at] = byte; break;
            }
            const auto fast = canonicalBytesWithout(json, QLatin1StringView("content_hash"));
            if (!fast)
                continue;
            ++accepted;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), json.constData());
            QCOMPARE(canonicalJson(doc.object()), json);
            QCOMPARE(*fast, canonicalJsonWithout(doc.object(), u"content_hash"));
        }
        QVERIFY(accepted > 0); // some damage lands inside strings and stays canonical
    }

    void refusesCaseWithoutService()
    {
        auto r = CaseRecord::fromJson(QJsonObject{{QStringLiteral("applicant"), QJsonObject{}}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("case.missing_service"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
