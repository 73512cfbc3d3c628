// Shared helpers of the black-box CLI tests: run the real `bianmin` binary on a real data directory and
// look at what a technician would see (exit code, stdout, the one stderr line, the SQLite file).
#pragma once

#include "core/residentid.h"

#include <QByteArray>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace clitest {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    bool ok() const { return !crashed && exitCode == 0; }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    /** True when stderr is exactly one non-empty line (the CLI's error contract). */
    bool oneErrorLine() const
    {
        return err.endsWith('\n') && err.count('\n') == 1 && err.trimmed().size() > 0;
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline QString binary()
{
    return QStringLiteral(BIANMIN_CLI);
}

/** Runs `bianmin --data DIR args...`, feeding `input` on stdin. */
inline Run run(const QString &dataDir, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess p;
    QStringList all;
    if (!dataDir.isEmpty())
        all << QStringLiteral("--data") << dataDir;
    all << args;
    p.start(binary(), all);
    Run r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::CrashExit)
        r.crashed = true;
    r.exitCode = p.exitCode();
    return r;
}

/** A well-formed resident ID number with a correct check digit; n varies the sequence digits. */
inline QString idNumber(int n, const QString &birth = QStringLiteral("19580317"))
{
    const QString first17 = QStringLiteral("500242") + birth + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + bianmin::residentIdCheckCharacter(first17);
}

/** The same number with its check digit changed to a wrong one. */
inline QString badCheckDigit(const QString &good)
{
    const QChar right = good.back();
    return good.left(17) + (right == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
}

/** A complete, valid submit file for a shipped service (resources/catalogue/examples/petition_direct.json),
 *  so it stays valid once submissions are checked against the catalogue. */
inline QJsonObject caseObject(const QString &name, const QString &id, const QString &service = QStringLiteral("petition_direct"))
{
    return QJsonObject{{QStringLiteral("service_id"), service},
                       {QStringLiteral("applicant"),
                        QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("id_number"), id},
                                    {QStringLiteral("phone"), QStringLiteral("13812345678")},
                                    {QStringLiteral("address"), QStringLiteral("华田村三组 7 号")}}},
                       {QStringLiteral("fields"),
                        QJsonObject{{QStringLiteral("matter_type"), QStringLiteral("complaint")},
                                    {QStringLiteral("subject"), QStringLiteral("村道路灯损坏三个月未修")},
                                    {QStringLiteral("department"), QStringLiteral("housing")},
                                    {QStringLiteral("occurred_on"), QStringLiteral("2026-08-01")},
                                    {QStringLiteral("location"),
                                     QJsonObject{{QStringLiteral("county"), QStringLiteral("石柱土家族自治县")},
                                                 {QStringLiteral("town"), QStringLiteral("黄水镇")},
                                                 {QStringLiteral("village"), QStringLiteral("华田村")}}},
                                    {QStringLiteral("content"), QStringLiteral("华田村3组到5组的村道路灯从8月起就不亮了，晚上走路很危险。")},
                                    {QStringLiteral("wants_reply"), true},
                                    {QStringLiteral("reply_method"), QStringLiteral("sms")},
                                    {QStringLiteral("confidential"), false}}}};
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** `case list --json` as a sorted list of ids; empty with ok=false if the command failed. */
inline QStringList caseIds(const QString &dataDir, bool *ok = nullptr)
{
    const Run r = run(dataDir, {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list")});
    if (ok)
        *ok = r.ok() && r.json().isArray();
    QStringList ids;
    for (const QJsonValue &v : r.json().array())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    return ids;
}

/** PRAGMA integrity_check through Qt SQL, on a connection of our own; "ok" when SQLite is happy. */
inline QString integrityCheck(const QString &dbPath)
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            result = QStringLiteral("query failed");
        while (q.next())
            result += q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/** Runs one SQL statement on the file directly (tampering, inspection). Returns false if it failed. */
inline bool execSql(const QString &dbPath, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace clitest
