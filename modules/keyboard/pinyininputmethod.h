// The Chinese Pinyin input method for Qt Virtual Keyboard. Debian's Virtual Keyboard ships without a
// Pinyin plugin, so our keyboard layouts (layouts/zh_CN/main.qml) name this class as their input
// method: letters build a spelling, the candidate bar offers characters and phrases (paged by the
// bar's scrolling, fetched lazily), and after each commit it predicts the next phrase.
#pragma once

#include <QtVirtualKeyboard/QVirtualKeyboardAbstractInputMethod>

#include <QStringList>
#include <memory>

namespace bianmin {

class PinyinEngine;

class PinyinInputMethod : public QVirtualKeyboardAbstractInputMethod
{
    Q_OBJECT
    QML_ELEMENT
    /** Empty when the engine works; otherwise why Chinese input is unavailable (shown to staff). */
    Q_PROPERTY(QString engineError READ engineError CONSTANT)

public:
    explicit PinyinInputMethod(QObject *parent = nullptr);
    ~PinyinInputMethod() override;

    QString engineError() const { return m_engineError; }

    QList<QVirtualKeyboardInputEngine::InputMode> inputModes(const QString &locale) override;
    bool setInputMode(const QString &locale, QVirtualKeyboardInputEngine::InputMode inputMode) override;
    bool setTextCase(QVirtualKeyboardInputEngine::TextCase textCase) override;
    bool keyEvent(Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers) override;

    QList<QVirtualKeyboardSelectionListModel::Type> selectionLists() override;
    int selectionListItemCount(QVirtualKeyboardSelectionListModel::Type type) override;
    QVariant selectionListData(QVirtualKeyboardSelectionListModel::Type type, int index,
                               QVirtualKeyboardSelectionListModel::Role role) override;
    void selectionListItemSelected(QVirtualKeyboardSelectionListModel::Type type, int index) override;

public slots:
    void reset() override;
    void update() override;

private:
    void refresh();                        // pre-edit text and candidate bar from the engine
    void commit(const QString &text);      // text to the field, then next-phrase predictions
    void clearPredictions();

    std::shared_ptr<PinyinEngine> m_engine;
    QString m_engineError;
    QVirtualKeyboardInputEngine::InputMode m_mode = QVirtualKeyboardInputEngine::InputMode::Pinyin;
    QStringList m_predictions;             // shown in the candidate bar after a commit
};

} // namespace bianmin
