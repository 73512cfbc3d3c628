// Qt Quick Test of the kiosk's form page and the Bianmin.Ui field delegates, driven like a villager would:
// the setup hands QML a real FormController on the shipped catalogue (`form`) and a KioskSession without a
// data directory (`kiosk`: autosave is a no-op there), exactly the context objects the kiosk gives.
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
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Bianmin_UiPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_FormsPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_IdScanPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(24);
        QGuiApplication::setFont(font);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto *catalogue = new bianmin::CatalogueModel(engine);
        auto loaded = bianmin::Catalogue::loadBuiltin();
        if (loaded)
            catalogue->setCatalogue(std::make_shared<const bianmin::Catalogue>(std::move(*loaded)));
        auto *form = new bianmin::FormController(engine);
        form->setCatalogue(catalogue);
        auto *session = new bianmin::KioskSession(engine, QString(), QStringLiteral("zh_CN"), engine);
        session->setLanguage(QStringLiteral("zh_CN"));
        engine->rootContext()->setContextProperty(QStringLiteral("catalogue"), catalogue);
        engine->rootContext()->setContextProperty(QStringLiteral("form"), form);
        engine->rootContext()->setContextProperty(QStringLiteral("kiosk"), session);
        // No speech here (tests/voice has it): null, as the kiosk has until its engine has started.
        // No card reader either (tst_idcardstep has one): null, as on a kiosk without `idcard.device`.
        engine->rootContext()->setContextProperty(QStringLiteral("idcard"), QVariant::fromValue<QObject *>(nullptr));
        engine->rootContext()->setContextProperty(QStringLiteral("voice"), QVariant::fromValue<QObject *>(nullptr));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(formpage, Setup)
#include "tst_formpage.moc"
