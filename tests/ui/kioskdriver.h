// Drives the real KioskApp offscreen as a person would, for the villager-page tests (ID card step,
// "where is my case?", sync queue): find items by objectName, touch them, type, read every text on screen,
// and save screenshots under <build>/screenshots/<group>/ (normal, large text, high contrast).
#pragma once

#include "kioskapp.h"

#include <QDir>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQuickTest/quicktest.h>

namespace kioskdriver {

inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (!child->isVisible())
            continue;
        if (child->objectName() == name)
            return child;
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

/** Every text a person can see (visible Text items, text fields, buttons' labels). */
inline void collectTexts(QQuickItem *root, QStringList &out)
{
    if (!root || !root->isVisible())
        return;
    for (const char *property : {"text", "placeholderText"}) {
        const QVariant v = root->property(property);
        if (v.metaType().id() == QMetaType::QString && !v.toString().isEmpty())
            out << v.toString();
    }
    for (QQuickItem *child : root->childItems())
        collectTexts(child, out);
}

class Driver
{
public:
    explicit Driver(bianmin::KioskApp *app) : m_app(app) {}

    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *page() const { return window()->property("currentPage").value<QQuickItem *>(); }
    QString pageName() const { return page() ? page()->objectName() : QString(); }
    QQuickItem *item(const QString &name, QQuickItem *within = nullptr) const
    {
        return findItem(within ? within : window()->contentItem(), name);
    }
    QString textOf(const QString &name, QQuickItem *within = nullptr) const
    {
        QQuickItem *i = item(name, within);
        return i ? i->property("text").toString() : QString();
    }
    QStringList screenTexts() const
    {
        QStringList out;
        collectTexts(window()->contentItem(), out);
        return out;
    }

    void settle() const
    {
        QCoreApplication::processEvents();
        window()->requestUpdate();
        QTest::qWait(10);
        // Under load a frame can take longer than the wait: a button that just appeared in a layout
        // still has its old position until the next polish, and a tap there lands on its neighbour.
        QQuickTest::qWaitForPolish(window(), 2000);
    }

    void reveal(QQuickItem *target) const
    {
        QQuickItem *p = page();
        auto *flick = p ? p->property("flickable").value<QQuickItem *>() : nullptr;
        if (!flick || !flick->isAncestorOf(target))
            return;
        const QRectF inView = target->mapRectToItem(flick, QRectF(0, 0, target->width(), target->height()));
        if (inView.top() >= 0 && inView.bottom() <= flick->height())
            return;
        QMetaObject::invokeMethod(p, "reveal", Q_ARG(QVariant, QVariant::fromValue(target)));
        settle();
    }

    /** Touches the middle of `target`; false when it is missing, off screen or smaller than 72 px. */
    bool tap(QQuickItem *target) const
    {
        if (!target)
            return false;
        reveal(target);
        QQuickTest::qWaitForPolish(window(), 2000);
        if (target->height() < 72 || target->width() < 72) {
            qWarning() << "touch target too small:" << target->objectName() << target->size();
            return false;
        }
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        if (!QRectF(QPointF(0, 0), window()->size()).contains(centre)) {
            qWarning() << "off screen:" << target->objectName() << centre;
            return false;
        }
        QTest::mouseClick(window(), Qt::LeftButton, {}, centre.toPoint());
        settle();
        return true;
    }
    bool tap(const QString &name, QQuickItem *within = nullptr) const { return tap(item(name, within)); }

    /** Types into the focused item: ASCII as key presses, anything else as an input-method commit. */
    void type(const QString &text) const
    {
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::sendKeyEvent(QTest::Click, window(), Qt::Key_unknown, QString(c), Qt::NoModifier);
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QCoreApplication::sendEvent(window()->activeFocusItem(), &commit);
            }
        }
        settle();
    }

    /** Saves the screen as <dir>/<name>[-large|-contrast]-1280x800.png; `modes` adds the two other looks. */
    bool shoot(const QString &dir, const QString &name, bool modes = false) const
    {
        QDir().mkpath(dir);
        const QList<QPair<QString, QPair<bool, bool>>> looks{{QString(), {false, false}},
                                                             {QStringLiteral("-large"), {true, false}},
                                                             {QStringLiteral("-contrast"), {false, true}}};
        bool ok = true;
        for (int i = 0; i < (modes ? 3 : 1); ++i) {
            window()->setProperty("largeText", looks[i].second.first);
            window()->setProperty("highContrast", looks[i].second.second);
            settle();
            const QImage frame = m_app->grab();
            ok = ok && !frame.isNull()
                 && frame.save(dir + QLatin1Char('/') + name + looks[i].first + QStringLiteral("-1280x800.png"));
        }
        window()->setProperty("largeText", false);
        window()->setProperty("highContrast", false);
        settle();
        return ok;
    }

private:
    bianmin::KioskApp *m_app;
};

/** Sends one request to a staff controller (AuthController, ApprovalController: the kiosk runs them on
 *  its staff thread) and waits for the one finished(…, ok) it ends with; returns that ok. */
template<typename Controller, typename Request>
bool finishedOk(Controller *controller, Request request)
{
    QSignalSpy finished(controller, &Controller::finished);
    request();
    if (finished.isEmpty() && !finished.wait(10000))
        return false;
    return finished.size() == 1 && finished.first().constLast().toBool();
}

inline QString screenshotDir(const QString &group)
{
    return qEnvironmentVariable("BIANMIN_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots/") + group;
}

} // namespace kioskdriver
