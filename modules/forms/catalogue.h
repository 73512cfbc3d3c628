// The service catalogue: loading and checking it (a bad definition is refused at load, naming the file,
// the service and the field), the built-in default compiled into the program as a Qt resource, and the
// imported one in the data directory (DIR/catalogue.json, replaced atomically).
#pragma once

#include "core/result.h"
#include "servicedefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bianmin {

class Catalogue
{
public:
    /** Where the built-in catalogue lives in the resources (catalogue.json + services/ *.json). */
    static QString builtinPath();
    /** DIR/catalogue.json: the imported catalogue of a data directory. */
    static QString importedPath(const QString &dataDir);

    /** Loads and checks a catalogue file. `services` entries are objects or file names relative to the
     *  file. Errors: catalogue.unreadable, catalogue.syntax, catalogue.invalid (message names the file,
     *  the service and the field). */
    static Result<Catalogue> loadFile(const QString &path);
    /** Loads and checks a single JSON document (the county's GET /api/v1/catalogue body). An error's
     *  `text` says it in the language of the screen that shows it (Error::translatedMessage). */
    static Result<Catalogue> fromJson(const QJsonObject &document, const TranslatableText &sourceName);
    /** The built-in catalogue. */
    static Result<Catalogue> loadBuiltin();
    /** DIR/catalogue.json when it exists (an error if it is broken), else the built-in one. */
    static Result<Catalogue> loadForDataDir(const QString &dataDir);

    /** Checks `path` fully, then writes it as one self-contained document to DIR/catalogue.json with
     *  QSaveFile: on any error the catalogue in force is untouched. Returns the installed catalogue. */
    static Result<Catalogue> importFile(const QString &path, const QString &dataDir);
    /** The same for a catalogue document as the county sends it (GET /api/v1/catalogue). Safe on any
     *  thread (the kiosk's sync thread installs while the screens show the old one). */
    static Result<Catalogue> importJson(const QJsonObject &document, const QString &dataDir);
    /** The second half of both: a loaded catalogue checked against the one in force (a changed form needs
     *  a new version), then written atomically. For callers that need the catalogue before it is installed
     *  (modules/sync's installer audits it in the same transaction). */
    static Result<Catalogue> install(const Catalogue &incoming, const QString &dataDir);
    /** The name a county's catalogue goes by in messages ("county catalogue version 4"). */
    static TranslatableText countySource(const QJsonObject &document);

    int version() const { return m_version; }
    QString source() const { return m_source; } ///< the file it was loaded from
    const QList<Category> &categories() const { return m_categories; }
    const QList<ServiceDefinition> &services() const { return m_services; }
    const ServiceDefinition *service(const QString &id) const;
    const Category *category(const QString &id) const;
    /** What the county tells villagers on the idle screen ("announcements": [{"zh", "en"}], optional). */
    const QList<LocalizedText> &announcements() const { return m_announcements; }

    /** One self-contained JSON document (every service inline), as imported and as the county serves it. */
    QJsonObject toJson() const;

private:
    int m_version = 0;
    QString m_source;
    TranslatableText m_sourceName; // m_source, for messages in the language of the screen
    QList<Category> m_categories;
    QList<ServiceDefinition> m_services;
    QList<QJsonObject> m_serviceJson; // as read, for toJson()
    QList<LocalizedText> m_announcements;
};

/** The human labels of the catalogue's tags ("最多跑一次" / "Run at most once"). */
LocalizedText serviceTagLabel(const QString &tag);

/** Case-insensitive search: Chinese or English name, id, or a search key (pinyin initials such as "ylbx")
 *  containing `query`. An empty query matches everything. */
bool serviceMatches(const ServiceDefinition &service, const QString &query);

} // namespace bianmin
