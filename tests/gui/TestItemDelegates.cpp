// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SingleLineItemDelegate must paint every row pixel for pixel as QStyledItemDelegate does; it
// only does less work for it. Each case paints the same model through both delegates in two
// views of the same size and compares the pictures.
#include "SingleLineItemDelegate.h"

#include <QApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {

QIcon squareIcon(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// Rows that take each path of the delegate: fitting, elided (three elide modes are set per
// test), right-to-left, bold, coloured, with an icon or a check box, right-aligned, disabled,
// and the ones it leaves to QStyledItemDelegate (line breaks, empty).
std::unique_ptr<QStandardItemModel> rows()
{
    auto model = std::make_unique<QStandardItemModel>();
    const auto add = [&](const QString &text) {
        auto *item = new QStandardItem(text);
        model->appendRow(item);
        return item;
    };
    add(QStringLiteral("Short title"));
    add(QStringLiteral(
        "A title far too long for the list: Простой вопрос о сетевых протоколах and more words"));
    add(QStringLiteral("И of and в накоторо. Mixed scripts in one row"));
    add(QStringLiteral("שלום עולם — כותרת בעברית"));
    add(QStringLiteral("مرحبا بالعالم وهذا عنوان طويل جدا لا يتسع في السطر الواحد أبدا"));
    QFont bold;
    bold.setBold(true);
    add(QStringLiteral("Pinned and bold"))->setFont(bold);
    add(QStringLiteral("In red"))->setForeground(QColor(Qt::red));
    add(QStringLiteral("With an icon and a long title that does not fit either"))
        ->setIcon(squareIcon(Qt::blue));
    QStandardItem *checked = add(QStringLiteral("With a check box"));
    checked->setCheckable(true);
    checked->setCheckState(Qt::Checked);
    add(QStringLiteral("Aligned right"))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    add(QStringLiteral("Disabled row"))->setEnabled(false);
    add(QStringLiteral("Two\nlines"));
    add(QString());
    return model;
}

// Both views in one window, so that both paint as active (or both as inactive) windows do.
bool showSideBySide(QWidget &window, QAbstractItemView &left, QAbstractItemView &right)
{
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(&left);
    layout->addWidget(&right);
    window.resize(460, 380);
    window.show();
    return QTest::qWaitForWindowActive(&window);
}

// The application's style, with the answer to "is the whole row shown as selected" fixed.
class DecorationSelectedStyle : public QProxyStyle
{
public:
    explicit DecorationSelectedStyle(bool wholeRow)
        : QProxyStyle(QApplication::style()->objectName())
        , m_wholeRow(wholeRow)
    {}

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_ItemView_ShowDecorationSelected)
            return m_wholeRow;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

private:
    bool m_wholeRow;
};

} // namespace

class TestItemDelegates : public QObject
{
    Q_OBJECT

private:
    // Fails with the number of differing pixels; both pictures are kept for a look, named
    // after the test and its data row.
    void compare(QAbstractItemView &single, QAbstractItemView &styled)
    {
        const auto model = rows();
        SingleLineItemDelegate singleDelegate;
        QStyledItemDelegate styledDelegate;
        single.setItemDelegate(&singleDelegate);
        styled.setItemDelegate(&styledDelegate);
        for (QAbstractItemView *view : {&single, &styled}) {
            view->setModel(model.get());
            // The selected row is painted in the selection colours.
            view->setCurrentIndex(model->index(1, 0));
        }
        QWidget window;
        QVERIFY(showSideBySide(window, single, styled));
        // Each view is grabbed with the focus, so that both draw the current row's focus frame.
        const auto grabFocused = [](QAbstractItemView &view) {
            view.setFocus(Qt::OtherFocusReason);
            return view.hasFocus() ? view.grab().toImage() : QImage();
        };
        const QImage ours = grabFocused(single);
        const QImage theirs = grabFocused(styled);
        // Views go before the window that holds them would delete them.
        single.setParent(nullptr);
        styled.setParent(nullptr);
        QVERIFY(!ours.isNull() && !theirs.isNull());
        QCOMPARE(ours.size(), theirs.size());
        int differing = 0;
        for (int y = 0; y < ours.height(); ++y)
            for (int x = 0; x < ours.width(); ++x)
                differing += ours.pixel(x, y) != theirs.pixel(x, y);
        if (differing) {
            QString name = QLatin1String(QTest::currentTestFunction());
            if (const QString row = QString::fromLatin1(QTest::currentDataTag()); !row.isEmpty())
                name += QLatin1Char('-') + QString(row).replace(QLatin1Char(' '), QLatin1Char('-'));
            ours.save(m_dir.filePath(name + QStringLiteral("-single.png")));
            theirs.save(m_dir.filePath(name + QStringLiteral("-styled.png")));
            m_dir.setAutoRemove(false);
        }
        QVERIFY2(
            differing == 0,
            qPrintable(QStringLiteral("%1 pixels differ; pictures in %2").arg(differing).arg(m_dir.path())));
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void treeView_paintsAsTheStyledDelegate_data()
    {
        QTest::addColumn<int>("elide");
        QTest::addColumn<int>("direction");
        QTest::newRow("elide right") << int(Qt::ElideRight) << int(Qt::LeftToRight);
        QTest::newRow("elide middle") << int(Qt::ElideMiddle) << int(Qt::LeftToRight);
        QTest::newRow("elide left") << int(Qt::ElideLeft) << int(Qt::LeftToRight);
        QTest::newRow("right to left") << int(Qt::ElideRight) << int(Qt::RightToLeft);
    }

    void treeView_paintsAsTheStyledDelegate()
    {
        QFETCH(int, elide);
        QFETCH(int, direction);
        QTreeView single;
        QTreeView styled;
        for (QTreeView *view : {&single, &styled}) {
            view->setHeaderHidden(true);
            view->setRootIsDecorated(false);
            view->setUniformRowHeights(true);
            view->setTextElideMode(Qt::TextElideMode(elide));
            view->setLayoutDirection(Qt::LayoutDirection(direction));
        }
        compare(single, styled);
    }

    // Where the style shows only the text's own width as selected, the delegate leaves the row
    // to QStyledItemDelegate; where it shows the whole row, it paints the row itself.
    void listView_paintsAsTheStyledDelegate_data()
    {
        QTest::addColumn<bool>("wholeRowSelected");
        QTest::newRow("text width selected") << false;
        QTest::newRow("whole row selected") << true;
    }

    void listView_paintsAsTheStyledDelegate()
    {
        QFETCH(bool, wholeRowSelected);
        DecorationSelectedStyle style(wholeRowSelected);
        QListView single;
        QListView styled;
        for (QListView *view : {&single, &styled})
            view->setStyle(&style);
        compare(single, styled);
    }

    // A style sheet can colour and pad the items' text; the row is then left to the style.
    void styleSheet_paintsAsTheStyledDelegate()
    {
        QTreeView single;
        QTreeView styled;
        for (QTreeView *view : {&single, &styled}) {
            view->setHeaderHidden(true);
            view->setStyleSheet(QStringLiteral("QTreeView::item { color: #2a7; padding-left: 9px; }"));
        }
        compare(single, styled);
    }

    // A row being renamed is painted with a frame under its editor; views open one editor at a
    // time, so here the delegates paint the row straight into a picture.
    void editedRow_paintsAsTheStyledDelegate_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("editing") << int(QStyle::State_Editing);
        QTest::newRow("editing selected") << int(QStyle::State_Editing | QStyle::State_Selected);
        QTest::newRow("editing focused") << int(QStyle::State_Editing | QStyle::State_HasFocus);
    }

    void editedRow_paintsAsTheStyledDelegate()
    {
        QFETCH(int, state);
        const auto model = rows();
        QTreeView view;
        view.setModel(model.get());
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.widget = &view;
        option.rect = QRect(0, 0, 200, 22);
        option.state |= QStyle::State_Enabled | QStyle::State_Active | QStyle::StateFlag(state);
        option.showDecorationSelected = true;
        option.decorationSize = QSize(16, 16);
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        option.textElideMode = Qt::ElideRight;
        const auto paint = [&](const QAbstractItemDelegate &delegate, int row) {
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, option, model->index(row, 0));
            return image;
        };
        const SingleLineItemDelegate single;
        const QStyledItemDelegate styled;
        for (const int row : {0, 1, 7}) // fitting, elided, with an icon
            QVERIFY2(paint(single, row) == paint(styled, row), qPrintable(QStringLiteral("row %1").arg(row)));
    }
};

QTEST_MAIN(TestItemDelegates)
#include "TestItemDelegates.moc"
