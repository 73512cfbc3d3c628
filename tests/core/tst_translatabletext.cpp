// A TranslatableText says itself in English for logs and the command line, and in the language of the
// translator installed at the moment it is read for a screen; its arguments are substituted once.
#include "core/result.h"
#include "core/translatabletext.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace bianmin;

namespace {

/** A stand-in for a loaded .qm: Chinese for the two test sentences of context "test". */
class ChineseTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "test") != 0)
            return {};
        if (qstrcmp(source, "%1: unknown field type \"%2\"") == 0)
            return QStringLiteral("%1：未知的字段类型 \"%2\"");
        if (qstrcmp(source, "county catalogue version %1") == 0)
            return QStringLiteral("县级服务目录第 %1 版");
        return {};
    }
    bool isEmpty() const override { return false; }
};

TranslatableText reason(const QString &type)
{
    return TranslatableText("test", QT_TRANSLATE_NOOP("test", "%1: unknown field type \"%2\""),
                            {TranslatableText("test", QT_TRANSLATE_NOOP("test", "county catalogue version %1"),
                                              {QStringLiteral("4")}),
                             type});
}

} // namespace

class TestTranslatableText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishWithoutATranslator()
    {
        QCOMPARE(reason(QStringLiteral("hologram")).english(),
                 QStringLiteral("county catalogue version 4: unknown field type \"hologram\""));
        QCOMPARE(reason(QStringLiteral("hologram")).translated(), reason(QStringLiteral("hologram")).english());
        QVERIFY(TranslatableText().isEmpty());
        QCOMPARE(TranslatableText(QStringLiteral("as it is")).translated(), QStringLiteral("as it is"));
    }

    void argumentsAreSubstitutedOnce()
    {
        // A value that looks like a placeholder (from a file name, an error string) is shown as it is.
        QCOMPARE(reason(QStringLiteral("%1%2")).english(), QStringLiteral("county catalogue version 4: unknown field type \"%1%2\""));
    }

    void translatedFollowsTheInstalledTranslator()
    {
        const Error error(QStringLiteral("catalogue.invalid"), reason(QStringLiteral("hologram")));
        QCOMPARE(error.message, QStringLiteral("county catalogue version 4: unknown field type \"hologram\""));
        {
            ChineseTranslator zh;
            QVERIFY(QCoreApplication::installTranslator(&zh));
            QCOMPARE(error.translatedMessage(), QStringLiteral("县级服务目录第 4 版：未知的字段类型 \"hologram\""));
            QCOMPARE(error.message, QStringLiteral("county catalogue version 4: unknown field type \"hologram\""));
            QVERIFY(QCoreApplication::removeTranslator(&zh));
        }
        QCOMPARE(error.translatedMessage(), error.message);
        // An error made from a plain message is shown as it is.
        QCOMPARE(Error(QStringLiteral("x"), QStringLiteral("plain")).translatedMessage(), QStringLiteral("plain"));
    }
};

QTEST_GUILESS_MAIN(TestTranslatableText)
#include "tst_translatabletext.moc"
