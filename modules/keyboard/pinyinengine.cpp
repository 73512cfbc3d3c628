#include "pinyinengine.h"

#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <pinyinime.h>

namespace bianmin {

namespace {
// libgooglepinyin has a single global decoder; two engines would silently share and corrupt it.
std::atomic_bool g_decoderInUse{false};

constexpr int kMaxSpelling = 64;      // letters kept by the decoder (its own limit is 28 syllables)
constexpr int kMaxCandidateChars = 64;

QString fromChar16(const ime_pinyin::char16 *text)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(text));
}
} // namespace

PinyinEngine::~PinyinEngine()
{
    close();
}

QString PinyinEngine::defaultSystemDictionary()
{
    return QStringLiteral(BIANMIN_PINYIN_DICTIONARY);
}

Status PinyinEngine::open(const QString &systemDictionary, const QString &userDictionary)
{
    if (m_open)
        return {};
    if (!QFile::exists(systemDictionary))
        return Error(QStringLiteral("pinyin.no_dictionary"),
                     QStringLiteral("the Pinyin dictionary %1 is missing (install libgooglepinyin0)").arg(systemDictionary));
    bool expected = false;
    if (!g_decoderInUse.compare_exchange_strong(expected, true))
        return Error(QStringLiteral("pinyin.busy"), QStringLiteral("another Pinyin engine is already open in this process"));
    QString user = userDictionary;
    static QTemporaryDir scratch; // a throwaway user dictionary when the caller does not want learning kept
    if (user.isEmpty())
        user = scratch.filePath(QStringLiteral("pinyin-user.dat"));
    if (!ime_pinyin::im_open_decoder(QFile::encodeName(systemDictionary).constData(), QFile::encodeName(user).constData())) {
        g_decoderInUse = false;
        return Error(QStringLiteral("pinyin.open_failed"),
                     QStringLiteral("cannot open the Pinyin dictionary %1").arg(systemDictionary));
    }
    ime_pinyin::im_set_max_lens(kMaxSpelling, kMaxCandidateChars);
    m_open = true;
    reset();
    return {};
}

void PinyinEngine::close()
{
    if (!m_open)
        return;
    ime_pinyin::im_flush_cache();
    ime_pinyin::im_close_decoder();
    m_open = false;
    g_decoderInUse = false;
}

void PinyinEngine::reset()
{
    m_spelling.clear();
    m_fixedText.clear();
    m_candidateCount = 0;
    if (m_open)
        ime_pinyin::im_reset_search();
}

int PinyinEngine::search(const QString &pinyin)
{
    if (!m_open)
        return 0;
    QByteArray letters;
    for (QChar c : pinyin.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('\''))
            letters.append(char(c.unicode()));
    }
    letters.truncate(kMaxSpelling);
    ime_pinyin::im_reset_search();
    m_fixedText.clear();
    m_spelling = QString::fromLatin1(letters);
    m_candidateCount = letters.isEmpty() ? 0 : int(ime_pinyin::im_search(letters.constData(), size_t(letters.size())));
    return m_candidateCount;
}

int PinyinEngine::backspace()
{
    if (m_spelling.isEmpty())
        return 0;
    return search(m_spelling.left(m_spelling.size() - 1));
}

QStringList PinyinEngine::syllables() const
{
    if (!m_open || m_spelling.isEmpty())
        return {};
    const ime_pinyin::uint16 *starts = nullptr;
    const size_t count = ime_pinyin::im_get_spl_start_pos(starts);
    size_t decodedLength = 0;
    const QString spelling = QString::fromLatin1(ime_pinyin::im_get_sps_str(&decodedLength));
    QStringList out;
    for (size_t i = 0; i < count; ++i)
        out << spelling.mid(starts[i], starts[i + 1] - starts[i]);
    if (qsizetype(decodedLength) < spelling.size())
        out << spelling.mid(qsizetype(decodedLength)); // letters the engine could not parse yet
    return out;
}

QString PinyinEngine::composition() const
{
    if (!m_open || m_spelling.isEmpty())
        return {};
    const ime_pinyin::uint16 *starts = nullptr;
    const size_t count = ime_pinyin::im_get_spl_start_pos(starts);
    const size_t fixed = ime_pinyin::im_get_fixed_len();
    const QStringList parts = syllables();
    QStringList rest;
    for (qsizetype i = qsizetype(fixed); i < parts.size(); ++i)
        rest << parts.at(i);
    Q_UNUSED(count);
    return m_fixedText + rest.join(QLatin1Char(' '));
}

QString PinyinEngine::candidate(int index) const
{
    if (!m_open || index < 0 || index >= m_candidateCount)
        return {};
    ime_pinyin::char16 buffer[kMaxCandidateChars + 1] = {};
    if (!ime_pinyin::im_get_candidate(size_t(index), buffer, kMaxCandidateChars))
        return {};
    QString text = fromChar16(buffer);
    // Once some syllables are fixed, candidate 0 is the whole sentence including the fixed part.
    if (index == 0 && !m_fixedText.isEmpty() && text.startsWith(m_fixedText))
        text = text.mid(m_fixedText.size());
    return text;
}

QStringList PinyinEngine::candidates(int offset, int count) const
{
    QStringList out;
    for (int i = offset; i < offset + count && i < m_candidateCount; ++i)
        out << candidate(i);
    return out;
}

QString PinyinEngine::choose(int index)
{
    if (!m_open || index < 0 || index >= m_candidateCount)
        return {};
    const QString chosen = candidate(index);
    const int remaining = int(ime_pinyin::im_choose(size_t(index)));
    const ime_pinyin::uint16 *starts = nullptr;
    const size_t syllableCount = ime_pinyin::im_get_spl_start_pos(starts);
    if (ime_pinyin::im_get_fixed_len() >= syllableCount) {
        const QString committed = m_fixedText + chosen;
        reset();
        return committed;
    }
    m_fixedText += chosen;
    m_candidateCount = remaining;
    return {};
}

QStringList PinyinEngine::predictions(const QString &history, int max) const
{
    if (!m_open || history.isEmpty())
        return {};
    const QString tail = history.right(ime_pinyin::kMaxPredictSize);
    std::u16string text(reinterpret_cast<const char16_t *>(tail.utf16()), size_t(tail.size()));
    text.push_back(u'\0');
    ime_pinyin::char16 (*predicts)[ime_pinyin::kMaxPredictSize + 1] = nullptr;
    const size_t count = ime_pinyin::im_get_predicts(reinterpret_cast<const ime_pinyin::char16 *>(text.data()), predicts);
    QStringList out;
    for (size_t i = 0; i < count && int(i) < max; ++i)
        out << fromChar16(predicts[i]);
    return out;
}

} // namespace bianmin
