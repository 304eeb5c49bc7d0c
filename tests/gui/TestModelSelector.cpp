// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The model selector keeps one width however many models it lists, paints as QComboBox does,
// and elides a name that does not fit, with the whole name in its tooltip.
#include "ModelSelector.h"

#include <QApplication>
#include <QHelpEvent>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>
#include <QToolTip>

namespace {

QIcon dot()
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::darkGreen);
    return QIcon(pixmap);
}

const QString kShort = QStringLiteral("Groq · llama-3.1-8b-instant");
const QString kLong = QStringLiteral("OpenRouter · nousresearch/hermes-3-llama-3.1-405b-instruct:extended");

// A selector and a plain combo box with the same items, size and policy, side by side.
struct Pair
{
    ModelSelector ours;
    QComboBox theirs;

    explicit Pair(const QStringList &items)
    {
        theirs.setSizeAdjustPolicy(ours.sizeAdjustPolicy());
        theirs.setMinimumContentsLength(ours.minimumContentsLength());
        for (const QString &text : items) {
            ours.addItem(dot(), text);
            theirs.addItem(dot(), text);
        }
        const QSize size = ours.sizeHint();
        ours.resize(size);
        theirs.resize(size);
    }
};

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

} // namespace

class TestModelSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widthDoesNotFollowTheItems()
    {
        ModelSelector few;
        few.addItem(dot(), kShort);
        ModelSelector many;
        for (int i = 0; i < 400; ++i)
            many.addItem(dot(), kLong + QString::number(i));
        QCOMPARE(many.sizeHint(), few.sizeHint());
        QCOMPARE(many.minimumSizeHint(), few.minimumSizeHint());
        // Also once shown, and after more items come in (a model list that was refreshed).
        many.show();
        QVERIFY(QTest::qWaitForWindowExposed(&many));
        many.addItem(dot(), kLong + kLong);
        QCOMPARE(many.sizeHint(), few.sizeHint());
        // A combo box that adjusted to its contents would have grown: the long names are wider.
        QVERIFY(many.fontMetrics().horizontalAdvance(kLong) > few.sizeHint().width());
    }

    void paintsAFittingNameAsQComboBox()
    {
        Pair pair({kShort, kLong});
        pair.ours.setCurrentIndex(0);
        pair.theirs.setCurrentIndex(0);
        QCOMPARE(pair.ours.displayedText(), kShort);
        QCOMPARE(differingPixels(pair.ours.grab().toImage(), pair.theirs.grab().toImage()), 0);
    }

    void elidesALongNameAtTheEnd()
    {
        Pair pair({kShort, kLong});
        pair.ours.setCurrentIndex(1);
        const QString shown = pair.ours.displayedText();
        QVERIFY2(shown != kLong && shown.contains(QChar(0x2026)), qPrintable(shown));
        // The provider and the start of the model's name stay.
        QVERIFY2(shown.startsWith(QStringLiteral("OpenRouter · nous")), qPrintable(shown));
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        // It is painted as a combo box showing exactly that text would paint it.
        pair.theirs.setItemText(1, shown);
        pair.theirs.setCurrentIndex(1);
        QCOMPARE(differingPixels(pair.ours.grab().toImage(), pair.theirs.grab().toImage()), 0);
        // And unelided, Qt would have painted something else (the name cut off at the edge).
        pair.theirs.setItemText(1, kLong);
        QVERIFY(differingPixels(pair.ours.grab().toImage(), pair.theirs.grab().toImage()) > 0);
    }

    void tooltipShowsTheWholeNameAndTheHealth()
    {
        ModelSelector selector;
        selector.addItem(dot(), kLong);
        selector.setItemData(0, QStringLiteral("Online, answered in 120 ms."), Qt::ToolTipRole);
        selector.resize(selector.sizeHint());
        selector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selector));
        QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), selector.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&selector, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), kLong + QStringLiteral("\nOnline, answered in 120 ms."));
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestModelSelector)
#include "TestModelSelector.moc"
