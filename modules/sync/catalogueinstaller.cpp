#include "catalogueinstaller.h"

#include "forms/catalogue.h"
#include "store/datastore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace bianmin {

namespace {

const QString kSubject = QStringLiteral("catalogue");
const QString kInstall = QStringLiteral("catalogue.install");
const QString kRefuse = QStringLiteral("catalogue.refuse");

int versionInForce(const QString &dataDir)
{
    const Result<Catalogue> current = Catalogue::loadForDataDir(dataDir);
    return current ? current->version() : 0;
}

/** True when the newest catalogue entry is this very refusal: nothing happened since that needs saying again. */
bool alreadyRefused(AuditLog &audit, const QJsonObject &details)
{
    const auto entries = audit.entriesFor(kSubject);
    return entries && !entries->isEmpty() && entries->last().action == kRefuse && entries->last().details == details;
}

} // namespace

CatalogueOrigin CatalogueOrigin::county(const QUrl &countyUrl)
{
    return {QStringLiteral("system"), QStringLiteral("sync"), countyUrl.toString()};
}

CatalogueOrigin CatalogueOrigin::importedFile(const QString &path)
{
    return {QStringLiteral("cli"), QStringLiteral("import"), QFileInfo(path).absoluteFilePath()};
}

Result<Catalogue> installCatalogue(DataStore *store, const QString &dataDir, const Result<Catalogue> &offered,
                                   int offeredVersion, const CatalogueOrigin &origin)
{
    if (offered && !store)
        return Catalogue::install(*offered, dataDir);
    const int inForce = versionInForce(dataDir);
    Error refused = offered ? Error() : offered.error();
    if (offered) {
        // The entry and the new file stand or fall together: the entry is appended first and the file replaced
        // inside the same transaction; a refusal by the install rolls the entry back.
        std::optional<Result<Catalogue>> written;
        const Status done = store->database().transaction([&]() -> Status {
            const QJsonObject details{{QStringLiteral("version"), offered->version()},
                                      {QStringLiteral("services"), int(offered->services().size())},
                                      {QStringLiteral("replaced"), inForce},
                                      {QStringLiteral("via"), origin.via},
                                      {QStringLiteral("from"), origin.from}};
            if (Status s = store->audit().append(origin.actor, kInstall, kSubject, details); !s)
                return s;
            written = Catalogue::install(*offered, dataDir);
            return *written ? Status() : Status(written->error());
        });
        if (done)
            return *written;
        if (!written) // the audit log could not be written: nothing was installed
            return done.error();
        if (*written) // in place, but the commit of its entry failed (disk full): said, not hidden
            return Error(QStringLiteral("catalogue.unaudited"),
                         QStringLiteral("catalogue version %1 was installed, but its audit entry was not written: %2")
                             .arg(written->value().version())
                             .arg(done.error().message));
        refused = written->error();
    }

    QJsonObject refusal{{QStringLiteral("in_force"), inForce},
                        {QStringLiteral("code"), refused.code},
                        {QStringLiteral("reason"), refused.message},
                        {QStringLiteral("via"), origin.via},
                        {QStringLiteral("from"), origin.from}};
    if (offeredVersion > 0)
        refusal.insert(QStringLiteral("version"), offeredVersion);
    if (store) {
        const Status audited = store->database().transaction([&]() -> Status {
            if (alreadyRefused(store->audit(), refusal))
                return {};
            return store->audit().append(origin.actor, kRefuse, kSubject, refusal);
        });
        if (!audited)
            qWarning("catalogue: the refusal could not be audited: %s", qPrintable(audited.error().message));
    }
    return refused;
}

Result<Catalogue> installCountyCatalogue(DataStore &store, const QJsonObject &document, const QUrl &countyUrl)
{
    const QString dataDir = store.dataDir().root();
    return installCatalogue(&store, dataDir, Catalogue::fromJson(document, Catalogue::countySource(document)),
                            document.value(QLatin1String("version")).toInt(), CatalogueOrigin::county(countyUrl));
}

Result<Catalogue> importCatalogueFile(DataStore *store, const QString &dataDir, const QString &path)
{
    // The version the file claims, for the entry of a file refused before it could be read as a catalogue.
    int claimed = 0;
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        claimed = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("version")).toInt();
    return installCatalogue(store, dataDir, Catalogue::loadFile(path), claimed, CatalogueOrigin::importedFile(path));
}

SyncClient::CatalogueInstaller catalogueInstaller()
{
    return [](DataStore &store, const QJsonObject &catalogue, const QUrl &countyUrl) -> Status {
        auto installed = installCountyCatalogue(store, catalogue, countyUrl);
        if (!installed)
            return installed.error();
        return {};
    };
}

} // namespace bianmin
