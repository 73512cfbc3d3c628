#include "escposreceipt.h"

#include "escpos.h"

namespace bianmin {

namespace {

bool isClosingPunctuation(QChar c)
{
    static const QString closing = QStringLiteral("，。、；：！？）》」』】,.;:!?)");
    return closing.contains(c);
}

bool isOpeningPunctuation(QChar c)
{
    static const QString opening = QStringLiteral("（《「『【(");
    return opening.contains(c);
}

/** Splits into pieces that may not be broken: an ASCII word (split after '-'), or one other character. */
QStringList tokens(const QString &text)
{
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            out << word;
        word.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 0x80 && c != QLatin1Char(' ')) {
            word += c;
            if (c == QLatin1Char('-'))
                flush();
        } else {
            flush();
            out << QString(c);
        }
    }
    flush();
    return out;
}

} // namespace

PaperGeometry paperGeometry(PaperWidth width)
{
    return width == PaperWidth::Mm58 ? PaperGeometry{32, 384, 6} : PaperGeometry{48, 576, 8};
}

QStringList wrapColumns(const QString &text, int width)
{
    QStringList lines;
    QString current;
    int used = 0;
    auto push = [&] {
        while (current.endsWith(QLatin1Char(' ')))
            current.chop(1);
        lines << current;
        current.clear();
        used = 0;
    };
    for (QString token : tokens(text)) {
        if (token == QLatin1String(" ") && used == 0 && !lines.isEmpty())
            continue; // no leading blanks on continuation lines
        int cols = EscPos::columns(token);
        if (used + cols > width && used > 0) {
            if (token.size() == 1 && isClosingPunctuation(token.at(0)) && current.size() > 1) {
                // Carry the last character down with the punctuation (Chinese line-breaking rule).
                const QChar last = current.back();
                current.chop(1);
                push();
                current = QString(last);
                used = EscPos::columns(last);
            } else if (current.size() > 1 && isOpeningPunctuation(current.back())) {
                // An opening bracket goes down with what it opens.
                const QChar last = current.back();
                current.chop(1);
                push();
                current = QString(last);
                used = EscPos::columns(last);
            } else {
                push();
                if (token == QLatin1String(" "))
                    continue;
            }
        }
        while (cols > width) { // a word longer than a whole line: hard split
            QString head;
            int headCols = 0;
            while (!token.isEmpty() && headCols + EscPos::columns(token.front()) <= width - used) {
                headCols += EscPos::columns(token.front());
                head += token.front();
                token.remove(0, 1);
            }
            current += head;
            push();
            cols = EscPos::columns(token);
        }
        current += token;
        used += cols;
    }
    if (!current.isEmpty() || lines.isEmpty())
        push();
    return lines;
}

QByteArray escPosReceipt(const ReceiptData &data, PaperWidth width)
{
    const PaperGeometry paper = paperGeometry(width);
    const int cols = paper.columns;
    const QList<ReceiptBlock> blocks = receiptBlocks(data);

    int labelCols = 0; // one label column for all fields, so the values line up
    for (const ReceiptBlock &b : blocks) {
        if (b.type == ReceiptBlock::Field || b.type == ReceiptBlock::Highlight)
            labelCols = qMax(labelCols, EscPos::columns(b.label));
    }
    const QString separator = data.language == QLatin1String("en") ? QStringLiteral(": ") : QStringLiteral("：");
    labelCols += EscPos::columns(separator);

    EscPos p;
    p.initialize();
    for (const ReceiptBlock &b : blocks) {
        switch (b.type) {
        case ReceiptBlock::Title:
        case ReceiptBlock::Heading: {
            // Double size where the line fits, else double height only: a long center name stays on one line.
            const bool wide = EscPos::columns(b.text) * 2 <= cols;
            p.align(EscPos::Align::Center).bold(true).size(wide ? 2 : 1, 2);
            for (const QString &l : wrapColumns(b.text, wide ? cols / 2 : cols))
                p.line(l);
            p.size(1, 1).bold(false);
            break;
        }
        case ReceiptBlock::Mark:
            p.align(EscPos::Align::Center).size(2, 2).reverse(true).text(QLatin1Char(' ') + b.text + QLatin1Char(' '))
                .reverse(false).size(1, 1).newline();
            break;
        case ReceiptBlock::Field:
        case ReceiptBlock::Highlight: {
            const bool high = b.type == ReceiptBlock::Highlight;
            const QString label = b.label + separator;
            // A continuation line too long for the value column takes the whole width rather than wrap a
            // word or two onto a line of its own.
            const int indentCols = b.label.isEmpty() && EscPos::columns(b.text) > cols - labelCols ? 0 : labelCols;
            const QString indent(indentCols, QLatin1Char(' '));
            p.align(EscPos::Align::Left);
            const QStringList lines = wrapColumns(b.text, cols - indentCols);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                p.text(i == 0 && !b.label.isEmpty() ? label + QString(labelCols - EscPos::columns(label), QLatin1Char(' '))
                                                    : indent);
                if (high)
                    p.bold(true).size(1, 2);
                p.text(lines.at(i));
                if (high)
                    p.size(1, 1).bold(false);
                p.newline();
            }
            break;
        }
        case ReceiptBlock::Rule:
            p.align(EscPos::Align::Left).line(QString(cols, QLatin1Char('-')));
            break;
        case ReceiptBlock::Paragraph:
            p.align(EscPos::Align::Left);
            if (!b.label.isEmpty())
                p.bold(true).line(b.label + separator).bold(false);
            for (const QString &l : wrapColumns(b.text, cols))
                p.line(l);
            break;
        case ReceiptBlock::Qr:
            p.align(EscPos::Align::Center).qrCode(b.text.toLatin1(), paper.qrModule).newline();
            break;
        case ReceiptBlock::Caption:
            p.align(EscPos::Align::Center);
            for (const QString &l : wrapColumns(b.text, cols))
                p.line(l);
            break;
        }
    }
    p.align(EscPos::Align::Left).feed(2).partialCut();
    return p.bytes();
}

} // namespace bianmin
