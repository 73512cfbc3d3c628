// QML module Bianmin.Forms 1.0: the service catalogue as a list model for the kiosk's catalogue page.
// Names and texts follow `language`; the list is filtered by category and by a search that matches the
// Chinese or English name or the pinyin initials the catalogue author wrote ("ylbx" finds 医疗保险).
//
//   import Bianmin.Forms
//   CatalogueModel { id: catalogue; dataDir: kiosk.dataDir; language: "zh_CN" }
//   ListView { model: catalogue; delegate: ServiceDelegate { required property string name ... } }
//   Repeater { model: catalogue.categories }          // [{id, name, count}], "" = all
//   catalogue.categoryFilter = "social_assistance";   catalogue.searchText = "ylbx"
//   catalogue.service("medical_assistance")           // the service page: see service() below
//
// The composition root may instead hand it a catalogue from C++ with setCatalogue().
#pragma once

#include "forms/catalogue.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace bianmin {

class CatalogueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** The data directory: DIR/catalogue.json is used when present, else the built-in catalogue.
     *  Empty (the default): the built-in catalogue. Setting it (re)loads. */
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY dataDirChanged)
    /** "zh_CN" (default) or "en": the language of every name and text the model returns. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** Only services of this category id; "" = all. */
    Q_PROPERTY(QString categoryFilter READ categoryFilter WRITE setCategoryFilter NOTIFY categoryFilterChanged)
    /** Chinese/English name substring, id, or pinyin initials; "" = all. Case and surrounding spaces ignored. */
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    /** [{id, name, count}] for every category that has services, in catalogue order (count ignores the
     *  filters). */
    Q_PROPERTY(QVariantList categories READ categories NOTIFY catalogueChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)       ///< rows after filtering
    Q_PROPERTY(int catalogueVersion READ catalogueVersion NOTIFY catalogueChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY catalogueChanged)
    /** Why the catalogue could not be loaded (names file, service, field); "" when loaded. */
    Q_PROPERTY(QString errorString READ errorString NOTIFY catalogueChanged)

public:
    enum Role {
        ServiceIdRole = Qt::UserRole + 1, ///< "serviceId": string
        NameRole,          ///< "name": in `language`
        NameZhRole,        ///< "nameZh"
        NameEnRole,        ///< "nameEn"
        DescriptionRole,   ///< "description"
        CategoryRole,      ///< "category": id
        CategoryNameRole,  ///< "categoryName"
        TagsRole,          ///< "tags": ["run_at_most_once", ...]
        TagLabelsRole,     ///< "tagLabels": ["最多跑一次", ...]
        PromisedDaysRole,  ///< "promisedDays": int (0 = on the spot)
        AgentAllowedRole,  ///< "agentAllowed": bool
        MaterialsRole,     ///< "materials": [string]
        ApprovalChainRole, ///< "approvalChain": [{id, role, name}]
        FormVersionRole,   ///< "formVersion": int
    };
    Q_ENUM(Role)

    explicit CatalogueModel(QObject *parent = nullptr);

    /** From C++ (composition root, tests): use this catalogue instead of loading one. */
    void setCatalogue(std::shared_ptr<const Catalogue> catalogue);
    std::shared_ptr<const Catalogue> catalogue() const { return m_catalogue; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Everything the service page shows, in `language`: {serviceId, name, description, category,
     *  categoryName, tags, tagLabels, promisedDays, agentAllowed, materials, approvalChain, formVersion,
     *  stepCount}. An empty map for an unknown id. */
    Q_INVOKABLE QVariantMap service(const QString &serviceId) const;
    /** The same for a row of the filtered list. */
    Q_INVOKABLE QVariantMap get(int row) const;
    /** Reloads from dataDir (after a catalogue import or a county update). Returns loaded. */
    Q_INVOKABLE bool reload();

    QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString categoryFilter() const { return m_categoryFilter; }
    void setCategoryFilter(const QString &category);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QVariantList categories() const;
    int catalogueVersion() const { return m_catalogue ? m_catalogue->version() : 0; }
    bool loaded() const { return m_catalogue != nullptr; }
    QString errorString() const { return m_error; }

signals:
    void dataDirChanged();
    void languageChanged();
    void categoryFilterChanged();
    void searchTextChanged();
    void catalogueChanged();
    void countChanged();

private:
    void refilter();
    QVariantMap describe(const ServiceDefinition &service) const;
    QVariant roleData(const ServiceDefinition &service, int role) const;

    std::shared_ptr<const Catalogue> m_catalogue;
    QList<const ServiceDefinition *> m_rows;
    QString m_dataDir;
    QString m_language = QStringLiteral("zh_CN");
    QString m_categoryFilter;
    QString m_searchText;
    QString m_error;
};

} // namespace bianmin
