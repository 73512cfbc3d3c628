#include "cataloguemodel.h"

namespace bianmin {

CatalogueModel::CatalogueModel(QObject *parent) : QAbstractListModel(parent)
{
    reload();
}

void CatalogueModel::setCatalogue(std::shared_ptr<const Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    m_error.clear();
    refilter();
    emit catalogueChanged();
}

bool CatalogueModel::reload()
{
    Result<Catalogue> loaded = Catalogue::loadForDataDir(m_dataDir);
    if (!loaded) {
        // Keep serving the catalogue in force: a broken file must not empty the kiosk's home page.
        m_error = loaded.error().message;
        emit catalogueChanged();
        return m_catalogue != nullptr;
    }
    setCatalogue(std::make_shared<const Catalogue>(std::move(loaded).value()));
    return true;
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return roleData(*m_rows.at(index.row()), role);
}

QVariant CatalogueModel::roleData(const ServiceDefinition &s, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name.text(m_language);
    case ServiceIdRole:
        return s.id;
    case NameZhRole:
        return s.name.zh;
    case NameEnRole:
        return s.name.en;
    case DescriptionRole:
        return s.description.text(m_language);
    case CategoryRole:
        return s.category;
    case CategoryNameRole: {
        const Category *c = m_catalogue->category(s.category);
        return c ? c->name.text(m_language) : s.category;
    }
    case TagsRole:
        return s.tags;
    case TagLabelsRole: {
        QStringList labels;
        for (const QString &t : s.tags)
            labels << serviceTagLabel(t).text(m_language);
        return labels;
    }
    case PromisedDaysRole:
        return s.promisedDays;
    case AgentAllowedRole:
        return s.agentAllowed;
    case MaterialsRole: {
        QStringList materials;
        for (const LocalizedText &m : s.materials)
            materials << m.text(m_language);
        return materials;
    }
    case ApprovalChainRole: {
        QVariantList chain;
        for (const ApprovalStep &a : s.approvalChain)
            chain << QVariantMap{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("role"), a.role},
                                 {QStringLiteral("name"), a.name.text(m_language)}};
        return chain;
    }
    case FormVersionRole:
        return s.form.version;
    }
    return {};
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    return {{ServiceIdRole, "serviceId"},     {NameRole, "name"},
            {NameZhRole, "nameZh"},           {NameEnRole, "nameEn"},
            {DescriptionRole, "description"}, {CategoryRole, "category"},
            {CategoryNameRole, "categoryName"}, {TagsRole, "tags"},
            {TagLabelsRole, "tagLabels"},     {PromisedDaysRole, "promisedDays"},
            {AgentAllowedRole, "agentAllowed"}, {MaterialsRole, "materials"},
            {ApprovalChainRole, "approvalChain"}, {FormVersionRole, "formVersion"}};
}

QVariantMap CatalogueModel::describe(const ServiceDefinition &service) const
{
    QVariantMap map;
    const QHash<int, QByteArray> roles = roleNames();
    // Described through the same roles as the list, so the service page and the list never disagree.
    for (auto it = roles.begin(); it != roles.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), roleData(service, it.key()));
    map.insert(QStringLiteral("stepCount"), int(service.form.steps.size()));
    return map;
}

QVariantMap CatalogueModel::service(const QString &serviceId) const
{
    const ServiceDefinition *s = m_catalogue ? m_catalogue->service(serviceId) : nullptr;
    return s ? describe(*s) : QVariantMap();
}

QVariantMap CatalogueModel::get(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return describe(*m_rows.at(row));
}

void CatalogueModel::setDataDir(const QString &dir)
{
    if (dir == m_dataDir)
        return;
    m_dataDir = dir;
    emit dataDirChanged();
    reload();
}

void CatalogueModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit catalogueChanged(); // category names
}

void CatalogueModel::setCategoryFilter(const QString &category)
{
    if (category == m_categoryFilter)
        return;
    m_categoryFilter = category;
    emit categoryFilterChanged();
    refilter();
}

void CatalogueModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    emit searchTextChanged();
    refilter();
}

QVariantList CatalogueModel::categories() const
{
    QVariantList list;
    if (!m_catalogue)
        return list;
    for (const Category &c : m_catalogue->categories()) {
        const auto n = std::count_if(m_catalogue->services().begin(), m_catalogue->services().end(),
                                     [&](const ServiceDefinition &s) { return s.category == c.id; });
        if (n > 0)
            list << QVariantMap{{QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name.text(m_language)},
                                {QStringLiteral("count"), int(n)}};
    }
    return list;
}

void CatalogueModel::refilter()
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows.clear();
    if (m_catalogue) {
        for (const ServiceDefinition &s : m_catalogue->services()) {
            if ((m_categoryFilter.isEmpty() || s.category == m_categoryFilter) && serviceMatches(s, m_searchText))
                m_rows.append(&s);
        }
    }
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

} // namespace bianmin
