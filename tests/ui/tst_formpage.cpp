// Qt Quick Test of the kiosk's form page and the Bianmin.Ui field delegates, driven like a villager would:
// the setup hands QML a real FormController on the shipped catalogue (`form`) and a KioskSession without a
// data directory (`kiosk`: autosave is a no-op there), exactly the context objects the kiosk gives.
#include "formpagesetup.h"

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
    void applicationAvailable() { formpagesetup::prepareApplication(); }
    // No speech here (tests/voice has it), no card reader either (tst_idcardstep has one).
    void qmlEngineAvailable(QQmlEngine *engine) { formpagesetup::publishContext(engine); }
};

QUICK_TEST_MAIN_WITH_SETUP(formpage, Setup)
#include "tst_formpage.moc"
