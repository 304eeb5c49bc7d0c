// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchCorpus.h"

#include <algorithm>
#include <cmath>

namespace {

// Common words first (they get the highest Zipf weight), then rarer ones.
const char kRussian[] =
    "и в не на я что с он как это по но из у за так же от для вы все она бы мы его "
    "можно нужно если только или когда уже есть был будет вот ещё очень тоже сейчас потом "
    "пример код функция ошибка файл данные запрос ответ сервер модель проект задача список "
    "настройка настройки параметр значение строка таблица база поиск результат версия система "
    "пользователь программа приложение библиотека метод класс объект массив число текст документ "
    "работает работать сделать использовать написать проверить добавить удалить изменить получить "
    "отправить запустить собрать установить обновить исправить перевести объяснить показать "
    "быстро медленно правильно неправильно лучше хуже просто сложно важно интересно "
    "память процессор диск сеть интерфейс окно кнопка меню экран шрифт цвет тема "
    "перевод статья письмо договор отчёт презентация встреча клиент компания рынок продажи "
    "рецепт погода путешествие поезд билет гостиница город море горы лес река озеро "
    "история книга фильм музыка песня автор герой глава страница вопрос мысль идея "
    "учёба экзамен курс лекция студент преподаватель университет школа математика физика "
    "алгоритм сортировка дерево граф структура указатель ссылка память поток процесс "
    "тестирование отладка сборка компиляция линковка зависимость пакет модуль репозиторий ветка "
    "коммит слияние конфликт релиз документация комментарий переменная константа цикл условие "
    "исключение логирование шифрование ключ пароль токен доступ права безопасность уязвимость "
    "ёжик туман сказка завтрак обед ужин кофе чай молоко хлеб сыр яблоко";
const char kEnglish[] =
    "the of and to a in is it you that for this with on are be can not have your "
    "what how why when which there will would should could about from more some like "
    "code function error file data request response server model project task list "
    "settings parameter value string table database search result version system "
    "user program application library method class object array number text document "
    "works work make use write check add remove change get send run build install "
    "update fix translate explain show fast slow correct wrong better worse simple complex "
    "memory cpu disk network interface window button menu screen font color theme "
    "docker kubernetes linux windows macos python rust javascript typescript golang java "
    "qt cmake ninja gcc clang sqlite postgres redis nginx http https json yaml xml "
    "thread mutex lock async await future promise callback event loop signal slot "
    "vector map hash pointer reference template lambda iterator allocator buffer "
    "test debug release compile link dependency package module repository branch "
    "commit merge conflict documentation comment variable constant loop condition "
    "exception logging encryption key password token access permission security "
    "performance latency throughput benchmark profile optimize cache index query "
    "hedgehog fog story breakfast coffee tea travel train ticket hotel city sea";

// Syllables for the long tail of rarer words (names, terms, inflected forms) that real text
// has: without it every word would be common and every query would match a third of the
// messages.
const char kRussianSyllables[] =
    "ка ро ни ст ва ле то ми на ре до по ла ру ко се ди зо жи бо ве гу пы че ша мо ту";
const char kEnglishSyllables[] =
    "ka ro ni st va le to mi na re do po la ru ko se di zo ji bo ve gu py che sha mo tu";
constexpr int kTailWords = 40000;

QStringList splitWords(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

BenchCorpus::BenchCorpus(quint64 seed)
    : m_state(seed ? seed : 1)
{
    // Interleave the languages so both have common and rare words.
    const QStringList ru = splitWords(kRussian);
    const QStringList en = splitWords(kEnglish);
    for (int i = 0; i < std::max(ru.size(), en.size()); ++i) {
        if (i < ru.size()) {
            m_words.append(ru.at(i));
        }
        if (i < en.size()) {
            m_words.append(en.at(i));
        }
    }
    const QStringList ruSyllables = splitWords(kRussianSyllables);
    const QStringList enSyllables = splitWords(kEnglishSyllables);
    for (int i = 0; i < kTailWords; ++i) {
        const QStringList &syllables = i % 2 ? enSyllables : ruSyllables;
        QString word;
        const int length = 2 + uniform(3);
        for (int s = 0; s < length; ++s) {
            word += syllables.at(uniform(int(syllables.size())));
        }
        m_words.append(word);
    }
    double sum = 0;
    for (int rank = 1; rank <= m_words.size(); ++rank) {
        sum += 1.0 / double(rank);
        m_cumulative.append(sum);
    }
}

quint64 BenchCorpus::next()
{
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return m_state * 0x2545F4914F6CDD1DULL;
}

const QString &BenchCorpus::word()
{
    const double x = double(next() >> 11) / double(1ULL << 53) * m_cumulative.last();
    const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
    return m_words.at(std::min<int>(int(it - m_cumulative.begin()), int(m_words.size()) - 1));
}

QString BenchCorpus::sentence(int words)
{
    QString text;
    text.reserve(words * 8);
    for (int i = 0; i < words; ++i) {
        if (i > 0) {
            text += QLatin1Char(' ');
        }
        const QString &w = word();
        if (i == 0) {
            text += w.at(0).toUpper() + w.mid(1);
        } else {
            text += w;
        }
    }
    text += uniform(5) == 0 ? QLatin1Char('?') : QLatin1Char('.');
    return text;
}

QString BenchCorpus::userMessage()
{
    return sentence(4 + uniform(20));
}

QString BenchCorpus::assistantMessage()
{
    QString text;
    const int sentences = 2 + uniform(8);
    for (int i = 0; i < sentences; ++i) {
        if (i > 0) {
            text += i % 3 == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
        }
        text += sentence(5 + uniform(12));
    }
    return text;
}

QString BenchCorpus::title()
{
    return sentence(2 + uniform(4));
}
