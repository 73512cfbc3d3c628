// The catalogue a running kiosk works from, replaced whole when the county sends a new one. Readers on any
// thread (the workflow's policies, the receipt's service names) take a snapshot that stays valid while they
// use it, so a reader never sees half of an old catalogue and half of a new one.
#pragma once

#include "catalogue.h"

#include <QMutex>

#include <memory>

namespace bianmin {

class CatalogueInForce
{
public:
    explicit CatalogueInForce(std::shared_ptr<const Catalogue> catalogue = {}) : m_catalogue(std::move(catalogue)) {}

    std::shared_ptr<const Catalogue> get() const
    {
        QMutexLocker lock(&m_mutex);
        return m_catalogue;
    }
    void set(std::shared_ptr<const Catalogue> catalogue)
    {
        QMutexLocker lock(&m_mutex);
        m_catalogue = std::move(catalogue);
    }

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const Catalogue> m_catalogue;
};

} // namespace bianmin
