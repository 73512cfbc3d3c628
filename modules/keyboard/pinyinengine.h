// Pinyin to Chinese characters, on top of Debian's libgooglepinyin (the engine Qt's own Pinyin plugin was
// built on) and its system dictionary. The library keeps one decoder per process, so the engine is a
// plain object the composition root creates once and hands to the input method; it refuses a second open.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace bianmin {

class PinyinEngine
{
public:
    PinyinEngine() = default;
    ~PinyinEngine();
    PinyinEngine(const PinyinEngine &) = delete;
    PinyinEngine &operator=(const PinyinEngine &) = delete;

    /** The system dictionary Debian ships with libgooglepinyin0. */
    static QString defaultSystemDictionary();

    /** Opens the decoder. `userDictionary` is a writable file where the engine learns what this kiosk
     *  types often; empty means an in-memory temporary one. */
    Status open(const QString &systemDictionary = defaultSystemDictionary(), const QString &userDictionary = {});
    bool isOpen() const { return m_open; }
    void close();

    /** Starts a new search for `pinyin` (letters a–z, optionally "'" as a syllable separator); returns how
     *  many candidates there are. Candidate 0 is the whole-sentence guess. */
    int search(const QString &pinyin);
    /** Removes the last letter of the current spelling (backspace) and searches again. */
    int backspace();
    void reset();

    /** The spelling being decoded, as typed. */
    QString spelling() const { return m_spelling; }
    /** The spelling split into syllables as the engine parsed it ("nong jia le"); initials stay single. */
    QStringList syllables() const;
    /** What the pre-edit line shows: the fixed characters chosen so far followed by the rest of the
     *  spelling split into syllables ("农家 le"). */
    QString composition() const;

    int candidateCount() const { return m_candidateCount; }
    QString candidate(int index) const;
    /** One page of candidates, for the candidate bar. */
    QStringList candidates(int offset, int count) const;

    /** Chooses candidate `index`. Returns the committed text when the whole spelling is now decoded
     *  (and resets the search), or an empty string when more syllables remain to be chosen. */
    QString choose(int index);

    /** Next-phrase prediction: likely words to follow `history` (the last committed text). */
    QStringList predictions(const QString &history, int max = 20) const;

private:
    bool m_open = false;
    QString m_spelling;
    int m_candidateCount = 0;
    QString m_fixedText; ///< characters chosen so far for a partly decoded spelling
};

} // namespace bianmin
