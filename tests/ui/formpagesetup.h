// What the kiosk hands its form page, for the Qt Quick Tests that load FormPage on its own (tests/ui
// tst_formpage, tests/voice tst_voiceform): the CJK font and the software renderer (as KioskApp sets them
// offscreen), and the context objects `catalogue` (the shipped catalogue), `form` (a real FormController),
// `kiosk` (a KioskSession without a data directory: autosave is a no-op there), `idcard` null (no reader
// configured) and `voice` (null, as the kiosk has until its speech engine has started, or a VoiceGuide).
#pragma once

#include "forms/catalogue.h"
#include "forms/qml/cataloguemodel.h"
#include "forms/qml/formcontroller.h"
#include "kiosksession.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace formpagesetup {

/** From the test setup's applicationAvailable(). */
inline void prepareApplication()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(24);
    QGuiApplication::setFont(font);
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

/** From the test setup's qmlEngineAvailable(): the context objects, owned by the engine. */
inline void publishContext(QQmlEngine *engine, QObject *voice = nullptr)
{
    engine->addImportPath(QStringLiteral("qrc:/"));
    auto *catalogue = new bianmin::CatalogueModel(engine);
    if (auto loaded = bianmin::Catalogue::loadBuiltin())
        catalogue->setCatalogue(std::make_shared<const bianmin::Catalogue>(std::move(*loaded)));
    auto *form = new bianmin::FormController(engine);
    form->setCatalogue(catalogue);
    form->setLanguage(QStringLiteral("zh_CN"));
    auto *session = new bianmin::KioskSession(engine, QString(), QStringLiteral("zh_CN"), engine);
    session->setLanguage(QStringLiteral("zh_CN"));
    QQmlContext *context = engine->rootContext();
    context->setContextProperty(QStringLiteral("catalogue"), catalogue);
    context->setContextProperty(QStringLiteral("form"), form);
    context->setContextProperty(QStringLiteral("kiosk"), session);
    context->setContextProperty(QStringLiteral("idcard"), QVariant::fromValue<QObject *>(nullptr));
    context->setContextProperty(QStringLiteral("voice"), QVariant::fromValue<QObject *>(voice));
}

} // namespace formpagesetup
