// Drives the real KioskApp offscreen as a person would, for every kiosk UI test (the walk-throughs, ID card
// step, "where is my case?", sync queue, screen modes): start it on a data directory, find items by
// objectName, touch them, type, draw, read every text on screen, and save screenshots under
// <build>/screenshots/<group>/ (normal, large text, high contrast).
#pragma once

#include "core/config.h"
#include "core/datadir.h"
#include "forms/qml/formcontroller.h"
#include "kioskapp.h"
#include "store/datastore.h"

#include <QDir>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <cmath>
#include <memory>

namespace kioskdriver {

/** A new kiosk data directory, as `bianmin init` makes it, with these config keys set; returns why not,
 *  empty when done. */
inline QString initDataDir(const QString &dir, const QList<QPair<QString, QString>> &config = {})
{
    const bianmin::DataDir data(dir);
    if (bianmin::Status s = bianmin::DataStore::initialize(data); !s)
        return s.error().message;
    auto loaded = bianmin::Config::load(data.configPath());
    if (!loaded)
        return loaded.error().message;
    for (const auto &[key, value] : config)
        loaded->setValue(key, value);
    if (bianmin::Status s = loaded->save(data.configPath()); !s)
        return s.error().message;
    return {};
}

/** Starts the real kiosk as bianmin-kiosk does (KioskApp::start) and waits until its window is shown;
 *  returns why not, empty when it runs. */
inline QString startKiosk(std::unique_ptr<bianmin::KioskApp> &app, const bianmin::KioskOptions &options)
{
    app = std::make_unique<bianmin::KioskApp>(options);
    if (const bianmin::Status started = app->start(); !started)
        return started.error().message;
    if (!QTest::qWaitForWindowExposed(app->window()))
        return QStringLiteral("the kiosk's window was not shown");
    return {};
}

/** The first QML warning or error since the kiosk started, empty when there was none: every UI test
 *  ends by checking it. */
inline QString firstQmlWarning(const bianmin::KioskApp *app)
{
    return app && !app->qmlWarnings().isEmpty() ? app->qmlWarnings().first().toString() : QString();
}

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

    /** Touches `input`, waits for it to take the focus and types `text` there; false when it could not. */
    bool typeInto(QQuickItem *input, const QString &text) const
    {
        if (!tap(input) || !QTest::qWaitFor([input] { return input->hasActiveFocus(); }))
            return false;
        type(text);
        return true;
    }

    /** The field types answerFixed() answers. */
    static bool hasFixedAnswer(const QString &type)
    {
        static const QStringList types{QStringLiteral("single_choice"), QStringLiteral("multiple_choice"),
                                       QStringLiteral("yes_no"), QStringLiteral("address"),
                                       QStringLiteral("attachment"), QStringLiteral("signature")};
        return types.contains(type);
    }

    /** Answers a form field (FormFieldModel row `field`, on screen as `delegate`) the way every walk-through
     *  does: the first option of a choice ("male" for sex), "yes", a village address in Shizhu county,
     *  "I will bring the paper", a signature drawn and kept. False when a touch or the typing failed. */
    bool answerFixed(const QVariantMap &field, QQuickItem *delegate) const
    {
        const QString type = field.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("single_choice") || type == QLatin1String("multiple_choice")) {
            const QVariantList options = field.value(QStringLiteral("options")).toList();
            if (options.isEmpty())
                return false;
            QString value = options.first().toMap().value(QStringLiteral("value")).toString();
            if (field.value(QStringLiteral("fieldId")).toString() == QLatin1String("sex"))
                value = QStringLiteral("male");
            return tap(QStringLiteral("option_") + value, delegate);
        }
        if (type == QLatin1String("yes_no"))
            return tap(QStringLiteral("yes"), delegate);
        if (type == QLatin1String("address")) {
            const QStringList parts{QStringLiteral("重庆市"), QStringLiteral("重庆市"), QStringLiteral("石柱县"),
                                    QStringLiteral("华溪乡"), QStringLiteral("华溪村"), QStringLiteral("3组12号")};
            const QStringList levels{QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("county"),
                                     QStringLiteral("town"), QStringLiteral("village"), QStringLiteral("detail")};
            for (int i = 0; i < levels.size(); ++i) {
                if (!typeInto(item(QStringLiteral("input_") + levels[i], delegate), parts[i]))
                    return false;
            }
            return true;
        }
        if (type == QLatin1String("attachment"))
            return tap(QStringLiteral("bringPaper"), delegate);
        if (type == QLatin1String("signature"))
            return drawSignature(item(QStringLiteral("signaturePad"), delegate))
                   && tap(QStringLiteral("keepSignature"), delegate);
        return false;
    }

    /** Draws a wavy stroke across a signature pad with the finger (mouse); false when there is no pad. */
    bool drawSignature(QQuickItem *pad) const
    {
        if (!pad)
            return false;
        reveal(pad);
        QWindow *w = window();
        auto at = [pad](double fx, double fy) {
            return pad->mapToScene(QPointF(pad->width() * fx, pad->height() * fy)).toPoint();
        };
        QTest::mousePress(w, Qt::LeftButton, {}, at(0.15, 0.6));
        for (int i = 1; i <= 12; ++i)
            QTest::mouseMove(w, at(0.15 + 0.05 * i, 0.6 - 0.3 * std::sin(i / 2.0)));
        QTest::mouseRelease(w, Qt::LeftButton, {}, at(0.75, 0.5));
        settle();
        return true;
    }

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

/** The shipped petition_direct form's own answers (a suggestion about street lights), for tests that need
 *  a valid application without touching every field: the applicant step is left to the test. */
inline void answerPetition(bianmin::FormController *form)
{
    form->setAnswer(QStringLiteral("matter_type"), QStringLiteral("suggestion"));
    form->setAnswer(QStringLiteral("subject"), QStringLiteral("村道路灯"));
    form->setAnswer(QStringLiteral("department"), QStringLiteral("transport"));
    form->setAnswer(QStringLiteral("content"), QStringLiteral("村口到学校的路没有路灯，晚上孩子回家不安全。"));
    form->setAnswer(QStringLiteral("wants_reply"), false);
    form->setAnswer(QStringLiteral("confidential"), false);
}

/** startKiosk() and a Driver for it in `ui`. */
inline QString startKiosk(std::unique_ptr<bianmin::KioskApp> &app, std::unique_ptr<Driver> &ui,
                          const bianmin::KioskOptions &options)
{
    ui.reset();
    if (QString why = startKiosk(app, options); !why.isEmpty())
        return why;
    ui = std::make_unique<Driver>(app.get());
    return {};
}

/** Closes the kiosk and its driver; returns its first QML warning (firstQmlWarning), empty when none. */
inline QString stopKiosk(std::unique_ptr<bianmin::KioskApp> &app, std::unique_ptr<Driver> &ui)
{
    const QString warning = firstQmlWarning(app.get());
    ui.reset();
    app.reset();
    return warning;
}

inline QString screenshotDir(const QString &group)
{
    return qEnvironmentVariable("BIANMIN_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots/") + group;
}

} // namespace kioskdriver
