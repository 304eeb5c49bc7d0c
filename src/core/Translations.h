// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

// Loads the embedded translation (:/i18n/multimodel-chat_<lang>.qm) and Qt's own for the chosen
// language and installs them, replacing the previous ones, so the language can change live.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    static QStringList availableLanguages(); // "en", "ru"
    // "system" follows the locale; an unknown or unavailable language falls back to English.
    static QString resolve(const QString &setting);

    // Returns the language actually installed.
    QString install(const QString &setting);
    QString current() const { return m_current; }

private:
    void removeInstalled();

    QList<QTranslator *> m_installed;
    QString m_current;
};
