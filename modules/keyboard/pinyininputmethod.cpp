#include "pinyininputmethod.h"

#include "pinyinengine.h"

#include <QtVirtualKeyboard/QVirtualKeyboardInputContext>

#include <mutex>

namespace bianmin {

namespace {
// The keyboard re-creates its layout (and so this input method) on every layout switch, while
// libgooglepinyin holds one decoder per process: instances share one engine, opened once.
std::shared_ptr<PinyinEngine> sharedEngine(QString *error)
{
    static std::mutex mutex;
    static std::weak_ptr<PinyinEngine> current;
    std::lock_guard lock(mutex);
    if (auto engine = current.lock())
        return engine;
    auto engine = std::make_shared<PinyinEngine>();
    const Status opened = engine->open(PinyinEngine::defaultSystemDictionary(),
                                       qEnvironmentVariable("BIANMIN_PINYIN_USER_DICTIONARY"));
    if (!opened) {
        *error = opened.error().message;
        return nullptr;
    }
    current = engine;
    return engine;
}

bool isPinyinLetter(const QString &text)
{
    return text.size() == 1 && text.at(0).toLower() >= QLatin1Char('a') && text.at(0).toLower() <= QLatin1Char('z');
}
} // namespace

PinyinInputMethod::PinyinInputMethod(QObject *parent)
    : QVirtualKeyboardAbstractInputMethod(parent), m_engine(sharedEngine(&m_engineError))
{
    if (m_engine)
        m_engine->reset();
    else
        qWarning("Chinese Pinyin input is unavailable: %s", qPrintable(m_engineError));
}

PinyinInputMethod::~PinyinInputMethod() = default;

QList<QVirtualKeyboardInputEngine::InputMode> PinyinInputMethod::inputModes(const QString &)
{
    if (!m_engine)
        return {QVirtualKeyboardInputEngine::InputMode::Latin};
    return {QVirtualKeyboardInputEngine::InputMode::Pinyin, QVirtualKeyboardInputEngine::InputMode::Latin};
}

bool PinyinInputMethod::setInputMode(const QString &, QVirtualKeyboardInputEngine::InputMode inputMode)
{
    reset();
    m_mode = inputMode;
    return true;
}

bool PinyinInputMethod::setTextCase(QVirtualKeyboardInputEngine::TextCase)
{
    return true;
}

bool PinyinInputMethod::keyEvent(Qt::Key key, const QString &text, Qt::KeyboardModifiers)
{
    if (!m_engine || m_mode != QVirtualKeyboardInputEngine::InputMode::Pinyin)
        return false; // Latin mode: the keyboard types the letters as they are

    const bool composing = !m_engine->spelling().isEmpty();
    if (isPinyinLetter(text) || (composing && text == QLatin1String("'"))) {
        clearPredictions();
        m_engine->search(m_engine->spelling() + text.toLower());
        refresh();
        return true;
    }
    if (!composing) {
        if (key == Qt::Key_Backspace || !text.isEmpty())
            clearPredictions();
        return false;
    }
    switch (key) {
    case Qt::Key_Backspace:
        m_engine->backspace();
        refresh();
        return true;
    case Qt::Key_Space:
        if (m_engine->candidateCount() > 0) {
            selectionListItemSelected(QVirtualKeyboardSelectionListModel::Type::WordCandidateList, 0);
            return true;
        }
        [[fallthrough]];
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // Enter keeps the letters as typed: a villager's name in pinyin, an English word.
        const QString letters = m_engine->spelling();
        m_engine->reset();
        inputContext()->commit(letters);
        refresh();
        return true;
    }
    default:
        // Any other key (a digit, punctuation) first settles what is being composed.
        if (m_engine->candidateCount() > 0) {
            QString committed;
            while (committed.isEmpty() && m_engine->candidateCount() > 0)
                committed = m_engine->choose(0);
            inputContext()->commit(committed);
        }
        m_engine->reset();
        refresh();
        return false;
    }
}

QList<QVirtualKeyboardSelectionListModel::Type> PinyinInputMethod::selectionLists()
{
    return {QVirtualKeyboardSelectionListModel::Type::WordCandidateList};
}

int PinyinInputMethod::selectionListItemCount(QVirtualKeyboardSelectionListModel::Type)
{
    if (!m_engine)
        return 0;
    return m_engine->spelling().isEmpty() ? int(m_predictions.size()) : m_engine->candidateCount();
}

QVariant PinyinInputMethod::selectionListData(QVirtualKeyboardSelectionListModel::Type type, int index,
                                              QVirtualKeyboardSelectionListModel::Role role)
{
    if (!m_engine)
        return {};
    switch (role) {
    case QVirtualKeyboardSelectionListModel::Role::Display:
        if (m_engine->spelling().isEmpty())
            return m_predictions.value(index);
        return m_engine->candidate(index);
    case QVirtualKeyboardSelectionListModel::Role::WordCompletionLength:
        return 0;
    default:
        return QVirtualKeyboardAbstractInputMethod::selectionListData(type, index, role);
    }
}

void PinyinInputMethod::selectionListItemSelected(QVirtualKeyboardSelectionListModel::Type, int index)
{
    if (!m_engine)
        return;
    if (m_engine->spelling().isEmpty()) {
        const QString predicted = m_predictions.value(index);
        if (!predicted.isEmpty())
            commit(predicted);
        return;
    }
    const QString committed = m_engine->choose(index);
    if (!committed.isEmpty())
        commit(committed);
    else
        refresh();
}

void PinyinInputMethod::reset()
{
    if (m_engine)
        m_engine->reset();
    m_predictions.clear();
    refresh();
}

void PinyinInputMethod::update()
{
    // Focus moved or the field changed under us: keep what was typed rather than lose it.
    if (m_engine && !m_engine->spelling().isEmpty()) {
        const QString letters = m_engine->composition().remove(QLatin1Char(' '));
        m_engine->reset();
        if (inputContext())
            inputContext()->commit(letters);
    }
    m_predictions.clear();
    refresh();
}

void PinyinInputMethod::refresh()
{
    if (QVirtualKeyboardInputContext *context = inputContext())
        context->setPreeditText(m_engine ? m_engine->composition() : QString());
    emit selectionListChanged(QVirtualKeyboardSelectionListModel::Type::WordCandidateList);
    emit selectionListActiveItemChanged(QVirtualKeyboardSelectionListModel::Type::WordCandidateList,
                                        selectionListItemCount(QVirtualKeyboardSelectionListModel::Type::WordCandidateList) > 0 ? 0 : -1);
}

void PinyinInputMethod::commit(const QString &text)
{
    if (QVirtualKeyboardInputContext *context = inputContext())
        context->commit(text);
    m_predictions = m_engine->predictions(text);
    refresh();
}

void PinyinInputMethod::clearPredictions()
{
    m_predictions.clear();
}

} // namespace bianmin
