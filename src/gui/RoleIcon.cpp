// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleIcon.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace {

QIcon badge(const QColor &colour, QChar letter)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QFont font;
        font.setBold(true);
        font.setPixelSize(int(size * 0.6));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QString(letter));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon RoleIcon::forRole(MessageRole role)
{
    static const QIcon user =
        QIcon::fromTheme(QStringLiteral("user-identity"), badge(QColor(0x3b, 0x82, 0xf6), QLatin1Char('Y')));
    static const QIcon assistant =
        QIcon::fromTheme(QStringLiteral("computer"), badge(QColor(0x10, 0xa3, 0x7f), QLatin1Char('A')));
    static const QIcon system = QIcon::fromTheme(QStringLiteral("preferences-system"),
                                                 badge(QColor(0x8b, 0x94, 0x9e), QLatin1Char('S')));
    switch (role) {
    case MessageRole::User: return user;
    case MessageRole::Assistant: return assistant;
    case MessageRole::System: return system;
    }
    return QIcon();
}
