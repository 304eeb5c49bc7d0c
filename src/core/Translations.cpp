// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "Logging.h"
#include "QtCompat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    removeInstalled();
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Translations::resolve(const QString &setting)
{
    QString language = setting;
    if (language.isEmpty() || language == QLatin1String("system"))
        language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(language) ? language : QStringLiteral("en");
}

QString Translations::install(const QString &setting)
{
    removeInstalled();
    m_current = resolve(setting);

    auto *own = new QTranslator(this);
    if (own->load(QStringLiteral(":/i18n/multimodel-chat_%1.qm").arg(m_current))) {
        QCoreApplication::installTranslator(own);
        m_installed.append(own);
    } else {
        qCWarning(lcApp) << "No embedded translation for" << m_current;
        delete own;
    }
    auto *qt = new QTranslator(this);
    if (qt->load(QStringLiteral("qtbase_") + m_current, QtCompat::qtTranslationsPath())) {
        QCoreApplication::installTranslator(qt);
        m_installed.append(qt);
    } else {
        delete qt;
    }
    return m_current;
}

void Translations::removeInstalled()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}
