<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Multimodel Chat</source>
        <translation>О программе Multimodel Chat</translation>
    </message>
    <message>
        <source>One window for many language models. Conversations are trees: edit a prompt or regenerate an answer and the earlier versions stay as branches. Everything is stored on this computer; API keys stay in the system keychain.</source>
        <translation>Одно окно для многих языковых моделей. Диалоги устроены как деревья: измените запрос или перегенерируйте ответ — прежние версии останутся ветками. Всё хранится на этом компьютере, а ключи API — в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Распространяется на условиях GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>Multimodel Chat</source>
        <translation>Multimodel Chat</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
</context>
<context>
    <name>AccessTokenCache</name>
    <message>
        <source>No way to obtain a token.</source>
        <translation>Нет способа получить токен.</translation>
    </message>
    <message>
        <source>The token service sent no token.</source>
        <translation>Сервис токенов не вернул токен.</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;Новый диалог</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Find in Conversations…</source>
        <translation>&amp;Поиск по диалогам…</translation>
    </message>
    <message>
        <source>Go to Message &amp;Input</source>
        <translation>К полю &amp;ввода</translation>
    </message>
    <message>
        <source>&amp;Conversation List</source>
        <translation>&amp;Список диалогов</translation>
    </message>
    <message>
        <source>&amp;Branch Explorer</source>
        <translation>&amp;Дерево ветвей</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>&amp;Системная тема</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>С&amp;ветлая тема</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <source>&amp;Send Message</source>
        <translation>&amp;Отправить сообщение</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>О&amp;становить генерацию</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;About Multimodel Chat</source>
        <translation>&amp;О программе Multimodel Chat</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>&amp;Перегенерировать ответ</translation>
    </message>
    <message>
        <source>&amp;Edit Last Prompt</source>
        <translation>&amp;Изменить последний запрос</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Вложить файлы…</translation>
    </message>
    <message>
        <source>Insert &amp;Template…</source>
        <translation>Вставить &amp;шаблон…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Экспорт диалога…</translation>
    </message>
    <message>
        <source>Copy Conversation as &amp;Markdown</source>
        <translation>Копировать диалог как &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>&amp;Импорт диалога…</translation>
    </message>
    <message>
        <source>Preview &amp;Context…</source>
        <translation>Просмотр &amp;контекста…</translation>
    </message>
    <message>
        <source>Suggest &amp;Title</source>
        <translation>Предложить &amp;название</translation>
    </message>
    <message>
        <source>C&amp;lear Chat…</source>
        <translation>&amp;Очистить диалог…</translation>
    </message>
    <message>
        <source>&amp;Switch Project…</source>
        <translation>&amp;Сменить проект…</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>Project &amp;Settings…</source>
        <translation>&amp;Настройки проекта…</translation>
    </message>
    <message>
        <source>&amp;Export Project…</source>
        <translation>&amp;Экспорт проекта…</translation>
    </message>
    <message>
        <source>&amp;Usage and Cost…</source>
        <translation>&amp;Расход и стоимость…</translation>
    </message>
    <message>
        <source>Refresh &amp;Model Lists</source>
        <translation>Обновить списки &amp;моделей</translation>
    </message>
    <message>
        <source>Add Conte&amp;xt from Files…</source>
        <translation>Добавить &amp;контекст из файлов…</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>%1: cannot be read (%2); using the defaults</source>
        <translation>%1: не удалось прочитать (%2); используются настройки по умолчанию</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>%1 is %2; it was moved to %3 and the defaults are used</source>
        <translation>%1: %2; файл перемещён в %3, используются настройки по умолчанию</translation>
    </message>
    <message>
        <source>%1 is %2 and could not be moved aside; the defaults are used</source>
        <translation>%1: %2, и его не удалось переместить; используются настройки по умолчанию</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>version: %1 is not a version this program knows</source>
        <translation>version: версия %1 неизвестна этой программе</translation>
    </message>
    <message>
        <source>ui.theme: must be one of system, light, dark</source>
        <translation>ui.theme: допустимы значения system, light, dark</translation>
    </message>
    <message>
        <source>ui.language: must be one of system, en, ru</source>
        <translation>ui.language: допустимы значения system, en, ru</translation>
    </message>
    <message>
        <source>ui.font_size: must be a number of points from 0 (system) to 72</source>
        <translation>ui.font_size: размер в пунктах от 0 (системный) до 72</translation>
    </message>
    <message>
        <source>generation.temperature: must be between 0 and 2</source>
        <translation>generation.temperature: значение от 0 до 2</translation>
    </message>
    <message>
        <source>generation.max_tokens: must be a positive number</source>
        <translation>generation.max_tokens: должно быть положительным числом</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: должно быть объектом</translation>
    </message>
    <message>
        <source>%1.type: missing</source>
        <translation>%1.type: не указан</translation>
    </message>
    <message>
        <source>%1.base_url: not a URL</source>
        <translation>%1.base_url: некорректный URL</translation>
    </message>
    <message>
        <source>%1.models: must be a list of model names</source>
        <translation>%1.models: должен быть списком названий моделей</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Multimodel Chat (configuration version %2); the settings this version knows are used</source>
        <translation>%1 записан более новой версией Multimodel Chat (версия конфигурации %2); используются настройки, известные этой версии</translation>
    </message>
    <message>
        <source>generation.top_p: must be between 0 and 1</source>
        <translation>generation.top_p: должно быть от 0 до 1</translation>
    </message>
    <message>
        <source>limits.%1: must be a positive number of kilobytes</source>
        <translation>limits.%1: должно быть положительным числом килобайт</translation>
    </message>
    <message>
        <source>%1.enabled: must be true or false</source>
        <translation>%1.enabled: должно быть true или false</translation>
    </message>
    <message>
        <source>%1.api_key_env: must be the name of an environment variable</source>
        <translation>%1.api_key_env: должно быть именем переменной окружения</translation>
    </message>
    <message>
        <source>%1.monthly_budget.amount: must be a number of 0 or more</source>
        <translation>%1.monthly_budget.amount: должно быть числом не меньше 0</translation>
    </message>
    <message>
        <source>%1.ca_file: %2 does not exist</source>
        <translation>%1.ca_file: файла %2 нет</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>This session&apos;s conversations are kept in memory only and will be lost on exit.</source>
        <translation>Диалоги этого сеанса хранятся только в памяти и будут потеряны при выходе.</translation>
    </message>
    <message numerus="yes">
        <source>With the new prices, %n earlier answer(s) would cost something else. Recompute their cost? Token counts stay as the providers reported them.</source>
        <translation>
            <numerusform>С новыми ценами %n прежний ответ стоил бы иначе. Пересчитать стоимость? Число токенов останется таким, как его сообщили провайдеры.</numerusform>
            <numerusform>С новыми ценами %n прежних ответа стоили бы иначе. Пересчитать стоимость? Число токенов останется таким, как его сообщили провайдеры.</numerusform>
            <numerusform>С новыми ценами %n прежних ответов стоили бы иначе. Пересчитать стоимость? Число токенов останется таким, как его сообщили провайдеры.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices Changed</source>
        <translation>Цены изменились</translation>
    </message>
    <message>
        <source>The costs could not be recomputed.</source>
        <translation>Не удалось пересчитать стоимость.</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed the cost of %n answer(s).</source>
        <translation>
            <numerusform>Пересчитана стоимость %n ответа.</numerusform>
            <numerusform>Пересчитана стоимость %n ответов.</numerusform>
            <numerusform>Пересчитана стоимость %n ответов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Поиск по всем диалогам</translation>
    </message>
    <message>
        <source>Search in “%1”</source>
        <translation>Поиск в «%1»</translation>
    </message>
    <message>
        <source>The history file is damaged</source>
        <translation>Файл истории повреждён</translation>
    </message>
    <message>
        <source>The history file is damaged.</source>
        <translation>Файл истории повреждён.</translation>
    </message>
    <message>
        <source>Parts of it could not be read: conversations stored there may be incomplete or fail to open.

Quit the app and keep a copy of %1 before you go on. Details say how to recover what can be read.</source>
        <translation>Часть его не удалось прочитать: диалоги, хранящиеся там, могут быть неполными или не открываться.

Прежде чем продолжать, закройте приложение и сохраните копию %1. В подробностях сказано, как восстановить то, что ещё читается.</translation>
    </message>
    <message>
        <source>SQLite found:
%1

To recover, quit the app and run:
sqlite3 &quot;%2&quot; &quot;.recover&quot; | sqlite3 recovered.sqlite
sqlite3 recovered.sqlite &quot;PRAGMA integrity_check&quot;
If the last command prints &quot;ok&quot;, put recovered.sqlite in place of %2 and delete %2-wal and %2-shm.</source>
        <translation>SQLite обнаружил:
%1

Чтобы восстановить, закройте приложение и выполните:
sqlite3 &quot;%2&quot; &quot;.recover&quot; | sqlite3 recovered.sqlite
sqlite3 recovered.sqlite &quot;PRAGMA integrity_check&quot;
Если последняя команда выведет «ok», поставьте recovered.sqlite на место %2 и удалите %2-wal и %2-shm.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Системный</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
</context>
<context>
    <name>AttachmentLoader</name>
    <message>
        <source>%1: only the first %2 files of the folder were considered.</source>
        <translation>%1: учтены только первые файлы папки (не более %2).</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: файл не существует.</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be attached (see Settings).</source>
        <translation>%1: размер %2, а вложить можно файлы до %3 (см. настройки).</translation>
    </message>
    <message>
        <source>%1 would take the message past %2 of attachments.</source>
        <translation>%1: с этим файлом вложения в сообщении превысят %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (%2), so it cannot be sent as context.</source>
        <translation>%1 не является текстовым файлом (%2), поэтому его нельзя отправить как контекст.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the bytes that could not be read were replaced with �.</source>
        <translation>%1 содержит некорректный UTF-8; нечитаемые байты заменены на �.</translation>
    </message>
</context>
<context>
    <name>BranchExplorerController</name>
    <message>
        <source>&amp;Show This Branch</source>
        <translation>&amp;Показать эту ветку</translation>
    </message>
    <message>
        <source>&amp;Include in Context</source>
        <translation>&amp;Включать в контекст</translation>
    </message>
    <message>
        <source>&amp;Pin (Never Trimmed)</source>
        <translation>&amp;Закрепить (не обрезать)</translation>
    </message>
    <message>
        <source>&amp;Label Branch…</source>
        <translation>&amp;Метка ветки…</translation>
    </message>
    <message>
        <source>Label Branch</source>
        <translation>Метка ветки</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <source>Save Branch as &amp;New Conversation…</source>
        <translation>Сохранить ветку как &amp;новый диалог…</translation>
    </message>
    <message>
        <source>Save Branch</source>
        <translation>Сохранение ветки</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>&amp;Delete Branch…</source>
        <translation>&amp;Удалить ветку…</translation>
    </message>
    <message>
        <source>Delete Branch</source>
        <translation>Удаление ветки</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s).</source>
        <translation>
            <numerusform>Удалено %n сообщение.</numerusform>
            <numerusform>Удалено %n сообщения.</numerusform>
            <numerusform>Удалено %n сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue from Here</source>
        <translation>&amp;Продолжить отсюда</translation>
    </message>
    <message>
        <source>Delete this message and every message after it on all its branches?</source>
        <translation>Удалить это сообщение и все сообщения после него во всех ветках?</translation>
    </message>
</context>
<context>
    <name>BranchExplorerPane</name>
    <message>
        <source>Edit a prompt or regenerate an answer, and every version appears here as a branch.</source>
        <translation>Измените запрос или перегенерируйте ответ — каждая версия появится здесь отдельной веткой.</translation>
    </message>
</context>
<context>
    <name>BranchTreeModel</name>
    <message>
        <source>(writing…)</source>
        <translation>(пишется…)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n токен</numerusform>
            <numerusform>%n токена</numerusform>
            <numerusform>%n токенов</numerusform>
        </translation>
    </message>
    <message>
        <source>left out of the context</source>
        <translation>исключено из контекста</translation>
    </message>
    <message>
        <source>pinned: never trimmed from the context</source>
        <translation>закреплено: никогда не выпадает из контекста</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>закреплено</translation>
    </message>
</context>
<context>
    <name>BudgetStatus</name>
    <message>
        <source>%1 of %2 this month (%3 %)</source>
        <translation>%1 из %2 в этом месяце (%3 %)</translation>
    </message>
    <message>
        <source>Project “%1”: %2</source>
        <translation>Проект «%1»: %2</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>Провайдер %1: %2</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (собрано с %2)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>недоступно</translation>
    </message>
</context>
<context>
    <name>BuiltinProviders</name>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>Другой, совместимый с OpenAI</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Совместимый с OpenAI</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3)…</source>
        <translation>%1 Повтор через %2 с (попытка %3)…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>provider · model</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Без системного запроса</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>Системный запрос</translation>
    </message>
    <message>
        <source>Instructions sent before the conversation (leave empty for none):</source>
        <translation>Инструкции, отправляемые перед диалогом (оставьте пустым, если не нужны):</translation>
    </message>
    <message>
        <source>Choose a provider and model first (Settings → Providers).</source>
        <translation>Сначала выберите провайдера и модель (Настройки → Провайдеры).</translation>
    </message>
    <message>
        <source>The conversation could not be saved.</source>
        <translation>Не удалось сохранить диалог.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Стоп</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <source>Open Provider Settings</source>
        <translation>Открыть настройки провайдеров</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Open or start a conversation to export it.</source>
        <translation>Откройте или начните диалог, чтобы экспортировать его.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>диалог</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Экспорт диалога</translation>
    </message>
    <message>
        <source>The conversation is on the clipboard as Markdown.</source>
        <translation>Диалог скопирован в буфер обмена в формате Markdown.</translation>
    </message>
    <message numerus="yes">
        <source>%n older message(s) left out so the conversation fits the model&apos;s context of %1 tokens. Pin a message to keep it.</source>
        <translation>
            <numerusform>%n старое сообщение исключено, чтобы диалог поместился в контекст модели (%1 токенов). Закрепите сообщение, чтобы сохранить его.</numerusform>
            <numerusform>%n старых сообщения исключены, чтобы диалог поместился в контекст модели (%1 токенов). Закрепите сообщение, чтобы сохранить его.</numerusform>
            <numerusform>%n старых сообщений исключено, чтобы диалог поместился в контекст модели (%1 токенов). Закрепите сообщение, чтобы сохранить его.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another model, then Retry.</source>
        <translation>Выберите другую модель и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Не удалось импортировать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” (%n message(s)).</source>
        <translation>
            <numerusform>Импортирован «%1» (%n сообщение).</numerusform>
            <numerusform>Импортирован «%1» (%n сообщения).</numerusform>
            <numerusform>Импортирован «%1» (%n сообщений).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Импорт диалога</translation>
    </message>
    <message>
        <source>Editing a prompt: sending makes a new branch; the old one stays.</source>
        <translation>Правка запроса: при отправке появится новая ветка, старая сохранится.</translation>
    </message>
    <message>
        <source>Set VISUAL or EDITOR to edit prompts in your editor (for example &quot;gedit --wait&quot;); the prompt is in the input box for now.</source>
        <translation>Задайте VISUAL или EDITOR, чтобы править запросы в своём редакторе (например, &quot;gedit --wait&quot;); пока запрос помещён в поле ввода.</translation>
    </message>
    <message>
        <source>Could not write a temporary file for the editor: %1</source>
        <translation>Не удалось записать временный файл для редактора: %1</translation>
    </message>
    <message>
        <source>Waiting for the editor; save and close it to send the edited prompt.</source>
        <translation>Ожидание редактора: сохраните файл и закройте редактор, чтобы отправить исправленный запрос.</translation>
    </message>
    <message>
        <source>The editor %1 could not be started: %2</source>
        <translation>Не удалось запустить редактор %1: %2</translation>
    </message>
    <message>
        <source>The editor exited with an error; the prompt was not changed.</source>
        <translation>Редактор завершился с ошибкой; запрос не изменён.</translation>
    </message>
    <message>
        <source>Could not read the edited prompt: %1</source>
        <translation>Не удалось прочитать исправленный запрос: %1</translation>
    </message>
    <message>
        <source>The prompt was not changed.</source>
        <translation>Запрос не изменён.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing yet: the next prompt is sent on its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Пока пусто: следующий запрос будет отправлен без истории.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), about %1 tokens (estimated: about four characters of English or two of Russian per token).</source>
        <translation>
            <numerusform>%n сообщение, около %1 токенов (оценка: примерно четыре символа английского или два символа русского текста на токен).</numerusform>
            <numerusform>%n сообщения, около %1 токенов (оценка: примерно четыре символа английского или два символа русского текста на токен).</numerusform>
            <numerusform>%n сообщений, около %1 токенов (оценка: примерно четыре символа английского или два символа русского текста на токен).</numerusform>
        </translation>
    </message>
    <message>
        <source>The model takes %1 tokens; %2 are kept for the answer.</source>
        <translation>Модель принимает %1 токенов; %2 из них оставлены для ответа.</translation>
    </message>
    <message>
        <source>The model&apos;s context length is unknown, so nothing is trimmed.</source>
        <translation>Размер контекста модели неизвестен, поэтому ничего не обрезается.</translation>
    </message>
    <message numerus="yes">
        <source>%n older message(s) are left out to fit.</source>
        <translation>
            <numerusform>%n старое сообщение исключено, чтобы всё поместилось.</numerusform>
            <numerusform>%n старых сообщения исключены, чтобы всё поместилось.</numerusform>
            <numerusform>%n старых сообщений исключено, чтобы всё поместилось.</numerusform>
        </translation>
    </message>
    <message>
        <source>Context Preview</source>
        <translation>Просмотр контекста</translation>
    </message>
    <message>
        <source>Counting with the provider…</source>
        <translation>Подсчёт у провайдера…</translation>
    </message>
    <message>
        <source>The provider could not count them: %1</source>
        <translation>Провайдер не смог их посчитать: %1</translation>
    </message>
    <message>
        <source>The provider counts %1 tokens.</source>
        <translation>По подсчёту провайдера — %1 токенов.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Переименовано в «%1».</translation>
    </message>
    <message>
        <source>Asking the model for a title…</source>
        <translation>Модель придумывает название…</translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation>Очистить диалог</translation>
    </message>
    <message>
        <source>Remove every message of this conversation, on all its branches? You can undo this until the window closes.</source>
        <translation>Удалить все сообщения этого диалога во всех ветках? Это можно отменить, пока окно открыто.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n message(s).</source>
        <translation>
            <numerusform>Удалено %n сообщение.</numerusform>
            <numerusform>Удалено %n сообщения.</numerusform>
            <numerusform>Удалено %n сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>New conversation in the project “%1”.</source>
        <translation>Новый диалог в проекте «%1».</translation>
    </message>
    <message>
        <source>Cut off at the token limit</source>
        <translation>Обрезан по лимиту токенов</translation>
    </message>
    <message>
        <source>Stopped by the provider&apos;s content filter</source>
        <translation>Остановлен фильтром содержимого провайдера</translation>
    </message>
    <message>
        <source>The model is thinking…</source>
        <translation>Модель размышляет…</translation>
    </message>
    <message numerus="yes">
        <source>Imported the project “%1” (%n conversation(s)).</source>
        <translation>
            <numerusform>Импортирован проект «%1» (%n диалог).</numerusform>
            <numerusform>Импортирован проект «%1» (%n диалога).</numerusform>
            <numerusform>Импортирован проект «%1» (%n диалогов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations and projects exported as JSON (*.json)</source>
        <translation>Диалоги и проекты, экспортированные в JSON (*.json)</translation>
    </message>
    <message>
        <source>The monthly budget is used up:
%1

Send anyway?</source>
        <translation>Месячный бюджет исчерпан:
%1

Всё равно отправить?</translation>
    </message>
    <message>
        <source>Budget Used Up</source>
        <translation>Бюджет исчерпан</translation>
    </message>
    <message>
        <source>Not sent: the budget is used up. Your prompt is still in the input.</source>
        <translation>Не отправлено: бюджет исчерпан. Ваш запрос остался в поле ввода.</translation>
    </message>
    <message>
        <source>Budget at %1</source>
        <translation>Бюджет: %1</translation>
    </message>
    <message>
        <source>Markdown, the branch on screen (*.md)</source>
        <translation>Markdown, показанная ветвь (*.md)</translation>
    </message>
    <message>
        <source>Markdown, every branch (*.md)</source>
        <translation>Markdown, все ветви (*.md)</translation>
    </message>
    <message>
        <source>Web page, the branch on screen (*.html)</source>
        <translation>Веб-страница, показанная ветвь (*.html)</translation>
    </message>
    <message>
        <source>Web page, every branch (*.html)</source>
        <translation>Веб-страница, все ветви (*.html)</translation>
    </message>
    <message>
        <source>Plain text, the branch on screen (*.txt)</source>
        <translation>Простой текст, показанная ветвь (*.txt)</translation>
    </message>
    <message>
        <source>Plain text, every branch (*.txt)</source>
        <translation>Простой текст, все ветви (*.txt)</translation>
    </message>
    <message>
        <source>JSON with every branch and all details (*.json)</source>
        <translation>JSON со всеми ветвями и подробностями (*.json)</translation>
    </message>
    <message>
        <source>%1: the model list could not be read: %2</source>
        <translation>%1: не удалось получить список моделей: %2</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n provider(s) for their models…</source>
        <translation>
            <numerusform>Запрос моделей у %n провайдера…</numerusform>
            <numerusform>Запрос моделей у %n провайдеров…</numerusform>
            <numerusform>Запрос моделей у %n провайдеров…</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider with a key to ask for its models.</source>
        <translation>Нет провайдера с ключом, у которого можно запросить модели.</translation>
    </message>
    <message>
        <source>Certificates of this provider are not verified (Settings → Providers): anyone on the network path can read and change the conversation.</source>
        <translation>Сертификаты этого провайдера не проверяются (Настройки → Провайдеры): любой на пути в сети может прочитать и изменить диалог.</translation>
    </message>
    <message>
        <source>certificates not verified</source>
        <translation>сертификаты не проверяются</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Multimodel Chat and is open for reading only.</source>
        <translation>История записана более новой версией Multimodel Chat и открыта только для чтения.</translation>
    </message>
    <message>
        <source>The files are in this branch&apos;s context from now on; leave them out or pin them like any message.</source>
        <translation>Файлы теперь в контексте этой ветви; исключайте или закрепляйте их, как любое сообщение.</translation>
    </message>
    <message>
        <source>Add Context from Files</source>
        <translation>Добавить контекст из файлов</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Введите сообщение. Enter — отправить, Shift+Enter — новая строка.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Температура:</translation>
    </message>
    <message>
        <source>Lower is more focused, higher is more varied. Some providers accept up to 1.</source>
        <translation>Чем ниже, тем точнее ответы; чем выше, тем разнообразнее. Некоторые провайдеры принимают значения не больше 1.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Ма&amp;кс. токенов:</translation>
    </message>
    <message>
        <source>The longest answer to ask for.</source>
        <translation>Максимальная длина запрашиваемого ответа.</translation>
    </message>
    <message>
        <source>S&amp;ystem Prompt…</source>
        <translation>&amp;Системный запрос…</translation>
    </message>
    <message>
        <source>Remove %1 from the next message</source>
        <translation>Убрать %1 из следующего сообщения</translation>
    </message>
    <message>
        <source>Choose a model above, type below and press Enter.</source>
        <translation>Выберите модель вверху, введите сообщение внизу и нажмите Enter.</translation>
    </message>
    <message>
        <source>To use a cloud provider, add its key in Settings → Preferences → Providers (it is kept in the system keychain), or start the app with a variable such as GROQ_API_KEY. Ollama, LM Studio and vLLM on this computer need no key.</source>
        <translation>Для облачного провайдера добавьте ключ в разделе Настройки → Параметры → Провайдеры (он хранится в системном хранилище паролей) или запустите программу с переменной, например GROQ_API_KEY. Ollama, LM Studio и vLLM на этом компьютере ключа не требуют.</translation>
    </message>
    <message>
        <source>Drop files here to send them as context; Ctrl+/ inserts a template.</source>
        <translation>Перетащите сюда файлы, чтобы отправить их как контекст; Ctrl+/ вставляет шаблон.</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Начните диалог</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Этого диалога больше нет.</translation>
    </message>
    <message>
        <source>Wait for the current answer to finish, or stop it first.</source>
        <translation>Дождитесь окончания текущего ответа или остановите его.</translation>
    </message>
    <message>
        <source>The model gave no usable title.</source>
        <translation>Модель не предложила подходящего названия.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Jump to latest ↓</source>
        <translation>К последнему ↓</translation>
    </message>
    <message>
        <source>Scroll to the newest text and follow it</source>
        <translation>Прокрутить к новому тексту и следить за ним</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;mmchat --help&apos;.</source>
        <translation>неизвестный параметр &apos;%1&apos;. Запустите &apos;mmchat --help&apos;.</translation>
    </message>
    <message>
        <source>there is no command &apos;%1&apos;. Run &apos;mmchat --help&apos;.</source>
        <translation>команды &apos;%1&apos; нет. Запустите &apos;mmchat --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2. Run &apos;mmchat --help&apos;.</source>
        <translation>неизвестная команда &apos;%1&apos;. Команды: %2. Запустите &apos;mmchat --help&apos;.</translation>
    </message>
    <message>
        <source>%1: %2. Run &apos;mmchat help %1&apos;.</source>
        <translation>%1: %2. Запустите &apos;mmchat help %1&apos;.</translation>
    </message>
    <message>
        <source>%1: --json is not available for this command. Run &apos;mmchat help %1&apos;.</source>
        <translation>%1: --json недоступен для этой команды. Запустите &apos;mmchat help %1&apos;.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the configuration file was not valid JSON; it was moved to %1</source>
        <translation>файл настроек содержал некорректный JSON; он перемещён в %1</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>no conversation is named or numbered &apos;%1&apos; (see &apos;mmchat list&apos;)</source>
        <translation>нет диалога с именем или номером &apos;%1&apos; (см. &apos;mmchat list&apos;)</translation>
    </message>
    <message>
        <source>no project is named &apos;%1&apos; (see &apos;mmchat project list&apos;)</source>
        <translation>нет проекта с именем &apos;%1&apos; (см. &apos;mmchat project list&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER.MODEL with a configured provider (%2)</source>
        <translation>&apos;%1&apos; не имеет вида PROVIDER.MODEL с настроенным провайдером (%2)</translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos; (see &apos;mmchat providers&apos;)</source>
        <translation>провайдера &apos;%1&apos; нет (см. &apos;mmchat providers&apos;)</translation>
    </message>
    <message>
        <source>to store a key in the system keychain: mmchat key set %1</source>
        <translation>чтобы сохранить ключ в системном хранилище паролей: mmchat key set %1</translation>
    </message>
    <message>
        <source>the certificates of %1 are not verified (insecure_skip_verify in config.json): anyone on the network path can read and change the conversation</source>
        <translation>сертификаты %1 не проверяются (insecure_skip_verify в config.json): любой на пути в сети может прочитать и изменить диалог</translation>
    </message>
    <message>
        <source>budget at %1</source>
        <translation>бюджет: %1</translation>
    </message>
    <message>
        <source>budget used up: %1</source>
        <translation>бюджет исчерпан: %1</translation>
    </message>
    <message>
        <source>Send anyway? [y/N] </source>
        <translation>Всё равно отправить? [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>д</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <source>not sent: the monthly budget is used up (--ignore-budget sends anyway)</source>
        <translation>не отправлено: месячный бюджет исчерпан (--ignore-budget отправляет всё равно)</translation>
    </message>
    <message>
        <source>none of these is a text file that can be sent</source>
        <translation>среди них нет текстового файла, который можно отправить</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>параметр &apos;--%1&apos; не принимает значения</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>параметру &apos;%1&apos; нужно значение</translation>
    </message>
</context>
<context>
    <name>ConfigMigrations</name>
    <message>
        <source>version 2: YandexGPT and GigaChat were already configured</source>
        <translation>версия 2: YandexGPT и GigaChat уже были настроены</translation>
    </message>
    <message>
        <source>version 2: added the built-in providers %1</source>
        <translation>версия 2: добавлены встроенные провайдеры %1</translation>
    </message>
    <message>
        <source>version 3: Anthropic and Gemini were already configured</source>
        <translation>версия 3: Anthropic и Gemini уже были настроены</translation>
    </message>
    <message>
        <source>version 3: added the built-in providers %1</source>
        <translation>версия 3: добавлены встроенные провайдеры %1</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>there is no active conversation; name one, or start one with &apos;mmchat run&apos;</source>
        <translation>активного диалога нет; укажите диалог или начните новый командой &apos;mmchat run&apos;</translation>
    </message>
    <message>
        <source>--limit wants a positive whole number</source>
        <translation>--limit ожидает целое положительное число</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>&apos;save&apos; wants one name: mmchat save NAME</source>
        <translation>&apos;save&apos; ожидает одно имя: mmchat save NAME</translation>
    </message>
    <message>
        <source>Conversation %1 is now named &quot;%2&quot;.</source>
        <translation>Диалог %1 теперь называется «%2».</translation>
    </message>
    <message>
        <source>&apos;load&apos; wants one name or number: mmchat load NAME|ID</source>
        <translation>&apos;load&apos; ожидает одно имя или номер: mmchat load NAME|ID</translation>
    </message>
    <message>
        <source>Active conversation: %1 &quot;%2&quot; (%3.%4).</source>
        <translation>Активный диалог: %1 «%2» (%3.%4).</translation>
    </message>
    <message>
        <source>&apos;tree&apos; wants at most one conversation: mmchat tree [NAME|ID]</source>
        <translation>&apos;tree&apos; принимает не больше одного диалога: mmchat tree [NAME|ID]</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>неизвестный формат &apos;%1&apos;; допустимые: %2</translation>
    </message>
    <message>
        <source>&apos;export&apos; wants at most one conversation: mmchat export [CONV] --format F</source>
        <translation>&apos;export&apos; принимает не больше одного диалога: mmchat export [CONV] --format F</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>--since wants a date like 2026-11-01 or 2026-11-01T12:00, not &apos;%1&apos;</source>
        <translation>--since ожидает дату вида 2026-11-01 или 2026-11-01T12:00, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;search&apos; wants words to look for: mmchat search QUERY</source>
        <translation>&apos;search&apos; ожидает слова для поиска: mmchat search QUERY</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>use: mmchat project list | create NAME | switch NAME</source>
        <translation>использование: mmchat project list | create NAME | switch NAME</translation>
    </message>
    <message>
        <source>Project %1 &quot;%2&quot; created.</source>
        <translation>Проект %1 «%2» создан.</translation>
    </message>
    <message>
        <source>New conversations go to project &quot;%1&quot;.</source>
        <translation>Новые диалоги попадают в проект «%1».</translation>
    </message>
    <message>
        <source>New conversations go to no project.</source>
        <translation>Новые диалоги не относятся ни к какому проекту.</translation>
    </message>
    <message>
        <source>&apos;import&apos; wants one file: mmchat import FILE (written by &apos;export --format json&apos;)</source>
        <translation>&apos;import&apos; ожидает один файл: mmchat import FILE (созданный командой &apos;export --format json&apos;)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Imported as conversation %1 &quot;%2&quot; (%3 messages); it is now active.</source>
        <translation>Импортирован как диалог %1 «%2» (сообщений: %3); теперь он активен.</translation>
    </message>
    <message>
        <source>&apos;add-context&apos; wants one or more files: mmchat add-context FILE...</source>
        <translation>&apos;add-context&apos; ожидает один или несколько файлов: mmchat add-context FILE...</translation>
    </message>
    <message>
        <source>the new conversation could not be stored</source>
        <translation>не удалось сохранить новый диалог</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--by wants day, week or month, not &apos;%1&apos;</source>
        <translation>--by принимает day, week или month, а не «%1»</translation>
    </message>
    <message>
        <source>Imported the project &quot;%1&quot; with %2 conversations.</source>
        <translation>Импортирован проект «%1», диалогов: %2.</translation>
    </message>
    <message>
        <source>the files could not be stored</source>
        <translation>не удалось сохранить файлы</translation>
    </message>
    <message>
        <source>Conversation %1 has these files in its context from now on: %2</source>
        <translation>У диалога %1 теперь в контексте эти файлы: %2</translation>
    </message>
</context>
<context>
    <name>ConversationExporter</name>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>Assistant (%1.%2)</source>
        <translation>Ассистент (%1.%2)</translation>
    </message>
    <message>
        <source>Branch %1 of %2</source>
        <translation>Ветвь %1 из %2</translation>
    </message>
</context>
<context>
    <name>ConversationImporter</name>
    <message>
        <source>This is not JSON (%1 at offset %2).</source>
        <translation>Это не JSON (%1 на позиции %2).</translation>
    </message>
    <message>
        <source>This is not a conversation exported by Multimodel Chat as JSON.</source>
        <translation>Это не диалог, экспортированный Multimodel Chat в JSON.</translation>
    </message>
    <message>
        <source>Message %1 names a parent that is not in the file.</source>
        <translation>Сообщение %1 ссылается на родителя, которого нет в файле.</translation>
    </message>
</context>
<context>
    <name>ConversationListController</name>
    <message>
        <source>Delete Conversation</source>
        <translation>Удалить диалог</translation>
    </message>
    <message>
        <source>Rename Conversation</source>
        <translation>Переименовать диалог</translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation>Не удалось удалить диалог.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Новый диалог</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Удалён «%1».</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Открепить</translation>
    </message>
    <message>
        <source>&amp;Pin to the Top</source>
        <translation>&amp;Закрепить вверху</translation>
    </message>
    <message>
        <source>&amp;Move to Project</source>
        <translation>П&amp;еренести в проект</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>Без проекта</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Новый диалог</translation>
    </message>
    <message>
        <source>%1
Last used %2</source>
        <translation>%1
Последнее использование: %2</translation>
    </message>
    <message numerus="yes">
        <source>Project %1: %n conversation(s)</source>
        <translation>
            <numerusform>Проект %1: %n диалог</numerusform>
            <numerusform>Проект %1: %n диалога</numerusform>
            <numerusform>Проект %1: %n диалогов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationListPane</name>
    <message>
        <source>Search all conversations</source>
        <translation>Поиск по всем диалогам</translation>
    </message>
    <message>
        <source>No conversations yet. Press Ctrl+N to start one.</source>
        <translation>Диалогов пока нет. Нажмите Ctrl+N, чтобы начать.</translation>
    </message>
    <message>
        <source>Show all conversations or one project&apos;s (Ctrl+P)</source>
        <translation>Показать все диалоги или диалоги одного проекта (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ConversationTree</name>
    <message>
        <source> [stopped]</source>
        <translation> [остановлен]</translation>
    </message>
    <message>
        <source> [failed]</source>
        <translation> [ошибка]</translation>
    </message>
    <message>
        <source> [excluded]</source>
        <translation> [исключён]</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>хранится только в этом сеансе</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>системное хранилище паролей</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>переменная окружения %1</translation>
    </message>
</context>
<context>
    <name>GenerationPage</name>
    <message>
        <source>Used by every conversation that does not set its own (projects can set theirs too).</source>
        <translation>Используются во всех диалогах, где не заданы свои (у проектов тоже могут быть свои).</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Температура:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Макс. токенов:</translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p:</translation>
    </message>
    <message>
        <source>Default &amp;system prompt:</source>
        <translation>&amp;Системный промпт по умолчанию:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Генерация</translation>
    </message>
</context>
<context>
    <name>HealthIcon</name>
    <message>
        <source>Online, answered in %1 ms.</source>
        <translation>В сети, ответ за %1 мс.</translation>
    </message>
    <message>
        <source>Reachable but slow or rate limited (%1 ms). %2</source>
        <translation>Доступен, но медленно отвечает или ограничивает частоту запросов (%1 мс). %2</translation>
    </message>
    <message>
        <source>The key was rejected: %1</source>
        <translation>Ключ отклонён: %1</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Недоступен: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ещё не проверялся.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Usage: mmchat model [PROVIDER.MODEL]

Shows the default model for new conversations, or sets it in config.json.
A provider id alone picks that provider&apos;s default model.
</source>
        <translation>Использование: mmchat model [PROVIDER.MODEL]

Показывает модель по умолчанию для новых диалогов или задаёт её в config.json.
Если указан только идентификатор провайдера, выбирается его модель по умолчанию.
</translation>
    </message>
    <message>
        <source>Usage: mmchat models [PROVIDER…] [--refresh] [--json]

Lists the models of the given (or every enabled) provider as PROVIDER.MODEL.
Lists come from the cache while younger than a day; --refresh asks again.
</source>
        <translation>Использование: mmchat models [PROVIDER…] [--refresh] [--json]

Выводит модели указанных (или всех включённых) провайдеров в виде PROVIDER.MODEL.
Списки берутся из кэша, если ему меньше суток; --refresh запрашивает их заново.
</translation>
    </message>
    <message>
        <source>Usage: mmchat providers [--check] [--json]

Lists provider instances with type, base URL, where the key comes from and,
with --check, their health (an authenticated model-list call).
</source>
        <translation>Использование: mmchat providers [--check] [--json]

Выводит провайдеров: тип, базовый URL, источник ключа, а с --check — также
состояние (проверяется запросом списка моделей с аутентификацией).
</translation>
    </message>
    <message>
        <source>Usage: mmchat key set PROVIDER
       mmchat key delete PROVIDER
       mmchat key status [PROVIDER]

&apos;set&apos; reads the key from standard input (without echo on a terminal) and stores
it in the system keychain. Keys are looked up in the keychain, then in the
variable the provider names (api_key_env), then in the well-known variable.
Exit code 3 when the keychain cannot be used.
</source>
        <translation>Использование: mmchat key set PROVIDER
               mmchat key delete PROVIDER
               mmchat key status [PROVIDER]

&apos;set&apos; читает ключ со стандартного ввода (в терминале — без отображения) и
сохраняет его в системном хранилище паролей. Ключ ищется сначала в хранилище,
затем в переменной, указанной у провайдера (api_key_env), затем в стандартной
переменной. Если хранилище недоступно, код выхода 3.
</translation>
    </message>
    <message>
        <source>Usage: mmchat list [--project P] [--limit N] [--json]

Lists conversations, most recently used first; * marks the active one.
</source>
        <translation>Использование: mmchat list [--project P] [--limit N] [--json]

Выводит диалоги, начиная с недавно использованных; * отмечает активный.
</translation>
    </message>
    <message>
        <source>Usage: mmchat save NAME

Names (renames) the active conversation.
</source>
        <translation>Использование: mmchat save NAME

Даёт имя активному диалогу (или переименовывает его).
</translation>
    </message>
    <message>
        <source>Usage: mmchat load NAME|ID

Makes a conversation the active one for &apos;run&apos;.
</source>
        <translation>Использование: mmchat load NAME|ID

Делает диалог активным для &apos;run&apos;.
</translation>
    </message>
    <message>
        <source>Usage: mmchat tree [NAME|ID] [--json]

Prints the branch tree: node number, role and first line of each message.
* marks the active path, + an alternative (an edited prompt or a regenerated
answer). The numbers are the N of /branch, /edit, /exclude and /include.
</source>
        <translation>Использование: mmchat tree [NAME|ID] [--json]

Выводит дерево ветвей: номер узла, роль и первую строку каждого сообщения.
* отмечает активный путь, + — альтернативу (изменённый запрос или
перегенерированный ответ). Номера — это N для /branch, /edit, /exclude и /include.
</translation>
    </message>
    <message>
        <source>Usage: mmchat search QUERY [--limit N] [--json]

Full-text search in message texts and titles; every word must match.
</source>
        <translation>Использование: mmchat search QUERY [--limit N] [--json]

Полнотекстовый поиск по текстам сообщений и названиям; должны совпасть все слова.
</translation>
    </message>
    <message>
        <source>Usage: mmchat project list | create NAME | switch NAME|none

New conversations started by &apos;run&apos; go to the current project.
</source>
        <translation>Использование: mmchat project list | create NAME | switch NAME|none

Новые диалоги, начатые командой &apos;run&apos;, попадают в текущий проект.
</translation>
    </message>
    <message>
        <source>Usage: mmchat help [COMMAND]
</source>
        <translation>Использование: mmchat help [COMMAND]
</translation>
    </message>
    <message>
        <source>Usage: mmchat import FILE

Adds a conversation written by &apos;mmchat export --format json&apos; as a new
conversation (every branch, with models and usage) and makes it active. A
project exported from the window (Project &gt; Export Project) comes back as a
new project with its conversations, defaults and files.
</source>
        <translation>Использование: mmchat import FILE

Добавляет диалог, записанный командой &apos;mmchat export --format json&apos;, как новый
диалог (со всеми ветвями, моделями и расходом токенов) и делает его активным.
Проект, экспортированный из окна (Проект &gt; Экспорт проекта), возвращается
новым проектом с его диалогами, настройками по умолчанию и файлами.
</translation>
    </message>
    <message>
        <source>Usage: mmchat usage [--conversation C | --project P | --all] [--since DATE]
                    [--by day|week|month] [--csv | --json]

Tokens and cost per provider and model (and per day, week or month with --by),
with totals, summed from the usage stored with each answer. Costs are added up
per currency. An answer marked * had no counts from its provider: its tokens
are estimated. --csv prints the table for a spreadsheet. Default: --all.
</source>
        <translation>Использование: mmchat usage [--conversation C | --project P | --all] [--since DATE]
                    [--by day|week|month] [--csv | --json]

Токены и стоимость по провайдерам и моделям (и по дням, неделям или месяцам
с --by) с итогами — сумма расхода, сохранённого с каждым ответом. Стоимость
суммируется по валютам. Ответ, отмеченный *, пришёл без счёта от провайдера:
его токены оценены. --csv выводит таблицу для электронных таблиц.
По умолчанию: --all.
</translation>
    </message>
    <message>
        <source>Usage: mmchat run [-p TEXT] [--provider ID] [--model NAME|PROVIDER.MODEL]
                  [--temperature T] [--max-tokens N] [--system TEXT]
                  [--conversation NAME|ID | --new] [--project NAME] [-i]
                  [--ignore-budget]

Talks in the active conversation (or the one given, or a new one) and makes it
active. With -p TEXT, or with the prompt on standard input when it is not a
terminal, sends one message, streams the answer to stdout and exits. Otherwise
(or with -i) starts an interactive session that reads one prompt per line.
The model and generation options are stored with the conversation.
Ctrl+C stops an answer and keeps what arrived (exit code 1 in one-shot mode).
The model&apos;s thinking, when it sends any, goes to stderr. A monthly budget of
the project or provider at 80 % warns; beyond 100 % a session asks first and a
one-shot run refuses (exit code 1) unless --ignore-budget is given.

</source>
        <translation>Использование: mmchat run [-p TEXT] [--provider ID] [--model NAME|PROVIDER.MODEL]
                          [--temperature T] [--max-tokens N] [--system TEXT]
                          [--conversation NAME|ID | --new] [--project NAME] [-i]
                          [--ignore-budget]

Ведёт разговор в активном диалоге (или в указанном, или в новом) и делает его
активным. С -p TEXT, а также если запрос подан на стандартный ввод, который не
является терминалом, отправляет одно сообщение, выводит ответ потоком в stdout
и завершается. Иначе (или с -i) начинает интерактивный сеанс, в котором каждая
строка — отдельный запрос. Модель и параметры генерации сохраняются вместе
с диалогом. Ctrl+C останавливает ответ и сохраняет полученный текст (в режиме
одного запроса код выхода 1). Рассуждения модели, если она их присылает, идут
в stderr. При 80 % месячного бюджета проекта или провайдера выводится
предупреждение; сверх 100 % сеанс сначала спрашивает, а одиночный запрос
отказывает (код выхода 1), если не указан --ignore-budget.

</translation>
    </message>
    <message>
        <source>Usage: mmchat export [NAME|ID] --format txt|md|html|json [-o FILE] [--all-branches]

Writes the active path of a conversation (default: the active one) to FILE or
standard output; with --all-branches every branch, one after another. JSON
always holds the whole tree.
</source>
        <translation>Использование: mmchat export [NAME|ID] --format txt|md|html|json [-o FILE] [--all-branches]

Записывает активный путь диалога (по умолчанию — активного) в FILE или на
стандартный вывод; с --all-branches — все ветви одну за другой. JSON всегда
содержит всё дерево.
</translation>
    </message>
    <message>
        <source>Usage: mmchat [--no-color] &lt;command&gt; [options]

The terminal client of Multimodel Chat. It shares the history, the configuration
and the keychain entries with the desktop app: a conversation started in one
continues in the other.

Chat:
  run [-p TEXT]            send one prompt (or stdin) and stream the answer, or
                           start an interactive session on a terminal
Models and keys:
  model [PROVIDER.MODEL]   show or set the default model
  models [PROVIDER]        list models (cached; --refresh asks the provider)
  providers [--check]      provider instances: type, base URL, key source, health
  key set|delete PROVIDER  store (from stdin) or remove a key in the system keychain
  key status               where each provider&apos;s key comes from
History:
  list [--project P]       conversations, the active one marked *
  save NAME                name the active conversation
  load NAME|ID             make a conversation active
  tree [CONV]              the branch tree with numbered nodes
  export [CONV] --format txt|md|html|json [-o FILE] [--all-branches]
  import FILE              a conversation written by &apos;export --format json&apos;
  add-context FILE...      put text files into the active conversation&apos;s context
  usage [--conversation C | --project P | --all] [--since DATE] [--by day|week|month] [--csv]
  search QUERY             full-text search in every conversation
  project list|create NAME|switch NAME
  help COMMAND             details of one command

Options for every command: --help, --no-color (or NO_COLOR=1), and --json for
list, models, providers, tree, usage and search.

Files:
  configuration  %1
  history        %2

Exit codes: 0 success, 1 provider or runtime error, 2 usage error,
3 authentication or credentials, 4 storage.
</source>
        <translation>Использование: mmchat [--no-color] &lt;command&gt; [options]

Терминальный клиент Multimodel Chat. У него общие с настольным приложением
история, настройки и записи в хранилище паролей: диалог, начатый в одном,
продолжается в другом.

Чат:
  run [-p TEXT]            отправить один запрос (или stdin) и вывести ответ
                           потоком либо начать интерактивный сеанс в терминале
Модели и ключи:
  model [PROVIDER.MODEL]   показать или задать модель по умолчанию
  models [PROVIDER]        список моделей (из кэша; --refresh запрашивает провайдера)
  providers [--check]      провайдеры: тип, базовый URL, источник ключа, состояние
  key set|delete PROVIDER  сохранить (из stdin) или удалить ключ в системном
                           хранилище паролей
  key status               откуда берётся ключ каждого провайдера
История:
  list [--project P]       диалоги; активный отмечен *
  save NAME                дать имя активному диалогу
  load NAME|ID             сделать диалог активным
  tree [CONV]              дерево ветвей с пронумерованными узлами
  export [CONV] --format txt|md|html|json [-o FILE] [--all-branches]
  import FILE              диалог, записанный командой &apos;export --format json&apos;
  add-context FILE...      поместить текстовые файлы в контекст активного диалога
  usage [--conversation C | --project P | --all] [--since DATE] [--by day|week|month] [--csv]
  search QUERY             полнотекстовый поиск по всем диалогам
  project list|create NAME|switch NAME
  help COMMAND             подробная справка по команде

Параметры для всех команд: --help, --no-color (или NO_COLOR=1), а также --json
для list, models, providers, tree, usage и search.

Файлы:
  настройки  %1
  история    %2

Коды выхода: 0 — успех, 1 — ошибка провайдера или выполнения, 2 — ошибка
использования, 3 — аутентификация или учётные данные, 4 — хранилище.
</translation>
    </message>
    <message>
        <source>Usage: mmchat add-context FILE...

Adds these text files (or the text files in these folders) to the active
conversation as a message of their own, so every later prompt of the branch
is sent with them (leave them out with /exclude). Within limits.max_attachment_kb
and limits.max_message_attachments_kb of config.json.
</source>
        <translation>Использование: mmchat add-context FILE...

Добавляет эти текстовые файлы (или текстовые файлы из этих папок) в активный
диалог отдельным сообщением, так что каждый следующий запрос этой ветви
отправляется с ними (исключить их можно командой /exclude). В пределах
limits.max_attachment_kb и limits.max_message_attachments_kb из config.json.
</translation>
    </message>
</context>
<context>
    <name>HttpChatProvider</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-статус %1</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Провайдер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The model list could not be read.</source>
        <translation>Не удалось прочитать список моделей.</translation>
    </message>
    <message>
        <source>The token count could not be read.</source>
        <translation>Не удалось прочитать число токенов.</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>The proxy refused the user name or password. Check them in Settings → Network, or in the proxy of this provider, then press Retry.</source>
        <translation>Прокси-сервер не принял имя пользователя или пароль. Проверьте их в разделе «Настройки → Сеть и конфиденциальность» или в прокси этого провайдера и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Could not get through the proxy (%1). Check its host and port in Settings → Network, then press Retry.</source>
        <translation>Не удалось пройти через прокси-сервер (%1). Проверьте его адрес и порт в разделе «Настройки → Сеть и конфиденциальность» и нажмите «Повторить».</translation>
    </message>
</context>
<context>
    <name>HttpStreamExchange</name>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>Соединение закрылось до того, как ответ был получен полностью.</translation>
    </message>
    <message>
        <source>No data from the provider for %1 s.</source>
        <translation>От провайдера нет данных уже %1 с.</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>Провайдер не ответил в течение %1 с.</translation>
    </message>
</context>
<context>
    <name>InteractiveSession</name>
    <message>
        <source>Conversation %1 &quot;%2&quot; with %3.%4. /help lists the commands; Ctrl+D ends the session.</source>
        <translation>Диалог %1 «%2» с %3.%4. /help — список команд; Ctrl+D — завершить сеанс.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>unknown command /%1; /help lists the commands</source>
        <translation>неизвестная команда /%1; /help — список команд</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a node number of /tree (1 to %2)</source>
        <translation>&apos;%1&apos; не является номером узла из /tree (от 1 до %2)</translation>
    </message>
    <message>
        <source>Model: %1.%2</source>
        <translation>Модель: %1.%2</translation>
    </message>
    <message>
        <source>/temperature wants a number from 0 to 2</source>
        <translation>/temperature ожидает число от 0 до 2</translation>
    </message>
    <message>
        <source>Temperature: the provider&apos;s default</source>
        <translation>Температура: по умолчанию провайдера</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>Температура: %1</translation>
    </message>
    <message>
        <source>/max-tokens wants a positive whole number</source>
        <translation>/max-tokens ожидает целое положительное число</translation>
    </message>
    <message>
        <source>Max tokens: the provider&apos;s default</source>
        <translation>Макс. токенов: по умолчанию провайдера</translation>
    </message>
    <message>
        <source>Max tokens: %1</source>
        <translation>Макс. токенов: %1</translation>
    </message>
    <message>
        <source>No system prompt.</source>
        <translation>Системного запроса нет.</translation>
    </message>
    <message>
        <source>System prompt set.</source>
        <translation>Системный запрос задан.</translation>
    </message>
    <message>
        <source>/save wants a name</source>
        <translation>/save ожидает имя</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Сохранено как «%1».</translation>
    </message>
    <message>
        <source>Conversation %1 &quot;%2&quot; with %3.%4.</source>
        <translation>Диалог %1 «%2» с %3.%4.</translation>
    </message>
    <message>
        <source>the new conversation could not be stored</source>
        <translation>не удалось сохранить новый диалог</translation>
    </message>
    <message>
        <source>New conversation %1 with %2.%3.</source>
        <translation>Новый диалог %1 с %2.%3.</translation>
    </message>
    <message>
        <source>The conversation is empty.</source>
        <translation>Диалог пуст.</translation>
    </message>
    <message>
        <source>Now on the branch through node %1.</source>
        <translation>Выбрана ветка, проходящая через узел %1.</translation>
    </message>
    <message>
        <source>there is no prompt to edit yet</source>
        <translation>пока нет запроса для редактирования</translation>
    </message>
    <message>
        <source>node %1 is not a prompt; /edit opens prompts only</source>
        <translation>узел %1 не является запросом; /edit открывает только запросы</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>не удалось создать временный файл: %1</translation>
    </message>
    <message>
        <source>the editor &apos;%1&apos; failed; nothing was sent</source>
        <translation>редактор &apos;%1&apos; завершился с ошибкой; ничего не отправлено</translation>
    </message>
    <message>
        <source>cannot read the edited prompt: %1</source>
        <translation>не удалось прочитать отредактированный запрос: %1</translation>
    </message>
    <message>
        <source>The prompt is unchanged; nothing was sent.</source>
        <translation>Запрос не изменился; ничего не отправлено.</translation>
    </message>
    <message>
        <source>there is nothing to regenerate yet</source>
        <translation>пока нечего перегенерировать</translation>
    </message>
    <message>
        <source>    system: %1</source>
        <translation>    системный запрос: %1</translation>
    </message>
    <message>
        <source>Node %1 is in the context again.</source>
        <translation>Узел %1 снова включён в контекст.</translation>
    </message>
    <message>
        <source>Node %1 is left out of the context.</source>
        <translation>Узел %1 исключён из контекста.</translation>
    </message>
    <message>
        <source>/export wants a format (%1) and a file name</source>
        <translation>/export ожидает формат (%1) и имя файла</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>/add-context wants one or more files</source>
        <translation>/add-context ожидает один или несколько файлов</translation>
    </message>
    <message>
        <source>Type a prompt and press Enter to send it. Commands:
  /model PROVIDER.MODEL   use another model in this conversation
  /temperature T          sampling temperature (0-2; empty: the provider&apos;s default)
  /max-tokens N           longest answer (empty: the provider&apos;s default)
  /system TEXT            system prompt (empty: none)
  /save NAME              name this conversation
  /load NAME|ID           continue another conversation
  /new                    start a new conversation with the same model
  /tree                   the branch tree, nodes numbered, active path marked *
  /branch N               show the branch through node N
  /edit [N]               edit prompt N (default: the last) in $VISUAL/$EDITOR and
                          answer it as a new branch
  /regenerate             a new answer to the last prompt, as a new branch
  /context                the messages sent as context, with include flags
  /exclude N, /include N  leave node N out of the context, or put it back
  /add-context FILE...    put these text files into the context from now on
  /usage                  tokens and cost of this conversation
  /export FORMAT FILE     write the conversation (txt, md, html, json)
  /help                   this text
  /exit                   end the session (also Ctrl+D, or Ctrl+C at the prompt)
Ctrl+C while an answer streams stops it and keeps what arrived.
</source>
        <translation>Введите запрос и нажмите Enter, чтобы отправить его. Команды:
  /model PROVIDER.MODEL   использовать в этом диалоге другую модель
  /temperature T          температура выборки (0–2; пусто: по умолчанию провайдера)
  /max-tokens N           максимальная длина ответа (пусто: по умолчанию провайдера)
  /system TEXT            системный запрос (пусто: без него)
  /save NAME              дать имя этому диалогу
  /load NAME|ID           продолжить другой диалог
  /new                    начать новый диалог с той же моделью
  /tree                   дерево ветвей с номерами узлов; активный путь отмечен *
  /branch N               показать ветку, проходящую через узел N
  /edit [N]               изменить запрос N (по умолчанию последний) в $VISUAL/$EDITOR
                          и получить ответ в новой ветке
  /regenerate             новый ответ на последний запрос в новой ветке
  /context                сообщения, отправляемые как контекст, с флагами включения
  /exclude N, /include N  исключить узел N из контекста или вернуть его
  /add-context FILE...    поместить эти текстовые файлы в контекст с этого момента
  /usage                  токены и стоимость этого диалога
  /export FORMAT FILE     записать диалог в файл (txt, md, html, json)
  /help                   эта справка
  /exit                   завершить сеанс (также Ctrl+D или Ctrl+C в строке ввода)
Ctrl+C во время вывода ответа останавливает его и сохраняет полученный текст.
</translation>
    </message>
    <message>
        <source>the files could not be stored</source>
        <translation>не удалось сохранить файлы</translation>
    </message>
    <message>
        <source>In the context from now on: %1</source>
        <translation>Теперь в контексте: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Multimodel Chat</source>
        <translation>Multimodel Chat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Ветви</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>conversation title — program name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message numerus="yes">
        <source>… %n more lines not shown; Copy code copies them all</source>
        <translation>
            <numerusform>… ещё %n строка не показана; «Копировать код» копирует всё</numerusform>
            <numerusform>… ещё %n строки не показаны; «Копировать код» копирует всё</numerusform>
            <numerusform>… ещё %n строк не показано; «Копировать код» копирует всё</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDocumentWriter</name>
    <message>
        <source>%1 prompt</source>
        <translation>запрос: %1</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>ответ: %1 ток.</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>первый токен: %1 с</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 ток/с</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Копировать Markdown</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Настройки провайдера</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Сменить модель</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Предыдущая версия</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Следующая версия</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>left out of the context</source>
        <translation>исключено из контекста</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit this prompt; the answer is regenerated as a new branch</source>
        <translation>Изменить запрос; ответ будет создан заново в новой ветке</translation>
    </message>
    <message>
        <source>Edit in editor</source>
        <translation>Изменить в редакторе</translation>
    </message>
    <message>
        <source>Edit this prompt in $VISUAL or $EDITOR</source>
        <translation>Изменить запрос в $VISUAL или $EDITOR</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Перегенерировать</translation>
    </message>
    <message>
        <source>A new answer to the same prompt, kept as a new branch</source>
        <translation>Новый ответ на тот же запрос в новой ветке</translation>
    </message>
    <message>
        <source>Leave out of context</source>
        <translation>Исключить из контекста</translation>
    </message>
    <message>
        <source>Include in context</source>
        <translation>Включить в контекст</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation>Скрыть рассуждения</translation>
    </message>
    <message numerus="yes">
        <source>Show thinking (%n word(s))</source>
        <translation>
            <numerusform>Показать рассуждения (%n слово)</numerusform>
            <numerusform>Показать рассуждения (%n слова)</numerusform>
            <numerusform>Показать рассуждения (%n слов)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s reasoning before its answer; never sent back to it</source>
        <translation>Рассуждения модели перед ответом; обратно ей никогда не отправляются</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>закреплено</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>A pinned message is never left out when a long conversation is trimmed to fit</source>
        <translation>Закреплённое сообщение не выпадает, когда длинный диалог урезается, чтобы поместиться</translation>
    </message>
</context>
<context>
    <name>NdjsonDecoder</name>
    <message>
        <source>A line in the stream is longer than %1 MB.</source>
        <translation>Строка в потоке длиннее %1 МБ.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Proxy</source>
        <translation>Прокси-сервер</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Подключение:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Узел:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Тайм-ауты</translation>
    </message>
    <message>
        <source>&amp;First answer within:</source>
        <translation>&amp;Ожидание первого ответа:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Silence allowed while streaming:</source>
        <translation>Допустимая пау&amp;за при потоковом выводе:</translation>
    </message>
    <message>
        <source>Privacy and limits</source>
        <translation>Конфиденциальность и ограничения</translation>
    </message>
    <message>
        <source>Allow &amp;Yandex to log my requests (off: requests carry x-data-logging-enabled: false)</source>
        <translation>Разрешить &amp;Яндексу журналировать мои запросы (если выключено, запросы отправляются с x-data-logging-enabled: false)</translation>
    </message>
    <message>
        <source>Largest attached &amp;file:</source>
        <translation>Макс. размер вложенного &amp;файла:</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> КБ</translation>
    </message>
    <message>
        <source>Attachments per &amp;message:</source>
        <translation>Вложения в одном &amp;сообщении:</translation>
    </message>
    <message>
        <source>Network and Privacy</source>
        <translation>Сеть и конфиденциальность</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Нет хранилища паролей</translation>
    </message>
    <message>
        <source>%1

Keep the proxy password for this session only?</source>
        <translation>%1

Хранить пароль прокси только в этом сеансе?</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Пароль не сохранён</translation>
    </message>
</context>
<context>
    <name>OllamaProvider</name>
    <message>
        <source>Unreadable line in the stream: %1</source>
        <translation>Нечитаемая строка в потоке: %1</translation>
    </message>
</context>
<context>
    <name>OneShotRequest</name>
    <message>
        <source>The token service did not answer in time.</source>
        <translation>Сервис токенов не ответил вовремя.</translation>
    </message>
</context>
<context>
    <name>OpenAiCompatibleProvider</name>
    <message>
        <source>Unreadable event in the stream: %1</source>
        <translation>Нечитаемое событие в потоке: %1</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices per million tokens, used to compute the cost of each answer when it ends. A model is matched by its name or the longest prefix listed. Change a shipped price to override it; models without a price get no cost, never a guess.</source>
        <translation>Цены за миллион токенов; по ним считается стоимость каждого ответа, когда он завершён. Модель находится по имени или по самому длинному подходящему префиксу. Измените поставляемую цену, чтобы задать свою; у моделей без цены стоимости нет — никаких догадок.</translation>
    </message>
    <message>
        <source>&amp;Add Price</source>
        <translation>&amp;Добавить цену</translation>
    </message>
    <message>
        <source>&amp;Remove Own Price</source>
        <translation>&amp;Удалить свою цену</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Вход из кэша</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Shipped prices taken on %1 from %2. They change: check them.</source>
        <translation>Поставляемые цены взяты %1 с сайтов: %2. Они меняются — проверяйте.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ваша</translation>
    </message>
    <message>
        <source>shipped %1</source>
        <translation>поставляемая, %1</translation>
    </message>
</context>
<context>
    <name>ProjectBundle</name>
    <message>
        <source>There is no such project.</source>
        <translation>Такого проекта нет.</translation>
    </message>
    <message>
        <source>This is not a project exported by Multimodel Chat as JSON.</source>
        <translation>Это не проект, экспортированный Multimodel Chat в JSON.</translation>
    </message>
    <message>
        <source>Conversation %1 of the project: %2</source>
        <translation>Диалог %1 проекта: %2</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Open a conversation of a project, or choose a project in the list first.</source>
        <translation>Сначала откройте диалог проекта или выберите проект в списке.</translation>
    </message>
    <message>
        <source>Choose the project to export in the list first.</source>
        <translation>Сначала выберите в списке проект для экспорта.</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Все диалоги</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Не удалось сохранить проект: %1</translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation>Проект «%1» сохранён.</translation>
    </message>
    <message>
        <source>Add Files to the Project</source>
        <translation>Добавить файлы в проект</translation>
    </message>
    <message>
        <source>Could not export the project: %1</source>
        <translation>Не удалось экспортировать проект: %1</translation>
    </message>
    <message>
        <source>Project exported to %1.</source>
        <translation>Проект экспортирован в %1.</translation>
    </message>
    <message>
        <source>Project with every branch, re-importable (*.json)</source>
        <translation>Проект со всеми ветвями, можно импортировать обратно (*.json)</translation>
    </message>
    <message>
        <source>Markdown, the branches on screen (*.md)</source>
        <translation>Markdown, показанные ветви (*.md)</translation>
    </message>
    <message>
        <source>Export Project</source>
        <translation>Экспорт проекта</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to “%1”.</source>
        <translation>
            <numerusform>%n диалог перенесён в «%1».</numerusform>
            <numerusform>%n диалога перенесены в «%1».</numerusform>
            <numerusform>%n диалогов перенесены в «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) out of their project.</source>
        <translation>
            <numerusform>%n диалог вынесен из проекта.</numerusform>
            <numerusform>%n диалога вынесены из проекта.</numerusform>
            <numerusform>%n диалогов вынесены из проекта.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Only This &amp;Project</source>
        <translation>Показывать только этот &amp;проект</translation>
    </message>
    <message>
        <source>New &amp;Conversation Here</source>
        <translation>Новый &amp;диалог здесь</translation>
    </message>
    <message>
        <source>Project &amp;Settings…</source>
        <translation>&amp;Настройки проекта…</translation>
    </message>
    <message>
        <source>&amp;Export Project…</source>
        <translation>&amp;Экспорт проекта…</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>&amp;Удалить проект…</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <source>Delete the project “%1”? Its conversations stay, outside any project; its files and templates go.</source>
        <translation>Удалить проект «%1»? Его диалоги останутся вне проектов; его файлы и шаблоны будут удалены.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Настройки проекта</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>What the project is about (for you)</source>
        <translation>О чём проект (для вас)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>Preselected for new conversations in this project</source>
        <translation>Выбирается для новых диалогов этого проекта</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Температура:</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>Ма&amp;кс. токенов:</translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p:</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>Месячный &amp;бюджет:</translation>
    </message>
    <message>
        <source>Warns at 80 % and asks before sending beyond 100 % in a calendar month</source>
        <translation>Предупреждает при 80 % и спрашивает перед отправкой сверх 100 % за календарный месяц</translation>
    </message>
    <message>
        <source>&amp;System prompt for new conversations:</source>
        <translation>&amp;Системный промпт для новых диалогов:</translation>
    </message>
    <message>
        <source>None: the one from Preferences › Generation</source>
        <translation>Нет: берётся из «Настройки › Генерация»</translation>
    </message>
    <message>
        <source>&amp;Files sent with every conversation of the project:</source>
        <translation>&amp;Файлы, отправляемые с каждым диалогом проекта:</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>The default model</source>
        <translation>Модель по умолчанию</translation>
    </message>
    <message>
        <source>Project Settings: %1</source>
        <translation>Настройки проекта: %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>&apos;model&apos; wants one PROVIDER.MODEL, e.g. groq.llama-3.3-70b-versatile</source>
        <translation>&apos;model&apos; ожидает один PROVIDER.MODEL, например groq.llama-3.3-70b-versatile</translation>
    </message>
    <message>
        <source>Default model: %1.%2</source>
        <translation>Модель по умолчанию: %1.%2</translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos; (see &apos;mmchat providers&apos;)</source>
        <translation>провайдера &apos;%1&apos; нет (см. &apos;mmchat providers&apos;)</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не нужен</translation>
    </message>
    <message>
        <source>not checked (--check)</source>
        <translation>не проверялся (--check)</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>нет ключа</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, отключён</translation>
    </message>
    <message>
        <source>  type:     %1</source>
        <translation>  тип:         %1</translation>
    </message>
    <message>
        <source>  base URL: %1</source>
        <translation>  базовый URL: %1</translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation>  ключ:        %1</translation>
    </message>
    <message>
        <source>  health:   %1</source>
        <translation>  состояние:   %1</translation>
    </message>
    <message>
        <source>use: mmchat key set PROVIDER | key delete PROVIDER | key status [PROVIDER]</source>
        <translation>использование: mmchat key set PROVIDER | key delete PROVIDER | key status [PROVIDER]</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Ключ API для %1: </translation>
    </message>
    <message>
        <source>no key was given on standard input</source>
        <translation>ключ не передан на стандартный ввод</translation>
    </message>
    <message>
        <source>No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be stored safely. Start one, or set the environment variable %1.</source>
        <translation>Системное хранилище паролей (например, GNOME Keyring или KWallet) не запущено, поэтому ключ нельзя сохранить безопасно. Запустите его или задайте переменную окружения %1.</translation>
    </message>
    <message>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation>Ключ для %1 сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>The key for %1 is removed from the system keychain.</source>
        <translation>Ключ для %1 удалён из системного хранилища паролей.</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The provider rejected the API key. Check the key in Settings → Providers.</source>
        <translation>Провайдер отклонил ключ API. Проверьте ключ в разделе Настройки → Провайдеры.</translation>
    </message>
    <message>
        <source>The key has no access to this model or service. Check the account&apos;s permissions or pick another model.</source>
        <translation>У ключа нет доступа к этой модели или сервису. Проверьте права учётной записи или выберите другую модель.</translation>
    </message>
    <message>
        <source>The provider&apos;s rate limit was reached. Wait a moment and press Retry.</source>
        <translation>Превышен лимит частоты запросов провайдера. Подождите немного и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The account has run out of credit or quota. Top up or check the plan in the provider&apos;s console.</source>
        <translation>На счёте закончились средства или исчерпана квота. Пополните баланс или проверьте тариф в консоли провайдера.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model. Start a new branch, remove attachments or pick a model with a larger context.</source>
        <translation>Диалог слишком длинный для этой модели. Начните новую ветку, уберите вложения или выберите модель с бо́льшим контекстом.</translation>
    </message>
    <message>
        <source>The provider refused the request. Check the model and its parameters.</source>
        <translation>Провайдер отклонил запрос. Проверьте модель и её параметры.</translation>
    </message>
    <message>
        <source>The model or endpoint was not found. Refresh the model list or check the base URL.</source>
        <translation>Модель или адрес API не найдены. Обновите список моделей или проверьте базовый URL.</translation>
    </message>
    <message>
        <source>The provider had an internal error. Press Retry later.</source>
        <translation>Внутренняя ошибка провайдера. Нажмите «Повторить» чуть позже.</translation>
    </message>
    <message>
        <source>The provider is overloaded. Press Retry in a minute or pick another model.</source>
        <translation>Провайдер перегружен. Нажмите «Повторить» через минуту или выберите другую модель.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the network, the proxy and the base URL, then press Retry.</source>
        <translation>Не удалось связаться с провайдером. Проверьте сеть, прокси-сервер и базовый URL, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The provider stopped answering. The text so far was kept; press Retry.</source>
        <translation>Провайдер перестал отвечать. Полученный текст сохранён; нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The secure connection failed. Check the system time and, for providers with their own root certificate, the CA file in Settings → Providers.</source>
        <translation>Не удалось установить защищённое соединение. Проверьте системное время, а для провайдеров с собственным корневым сертификатом — файл CA в разделе Настройки → Провайдеры.</translation>
    </message>
    <message>
        <source>The provider sent a response that could not be read. Press Retry; if it persists, check the base URL.</source>
        <translation>Не удалось разобрать ответ провайдера. Нажмите «Повторить»; если ошибка повторится, проверьте базовый URL.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
</context>
<context>
    <name>ProviderFactory</name>
    <message>
        <source>Unknown provider type “%1”.</source>
        <translation>Неизвестный тип провайдера «%1».</translation>
    </message>
    <message>
        <source>The base URL of “%1” is not valid.</source>
        <translation>Некорректный базовый URL у «%1».</translation>
    </message>
</context>
<context>
    <name>ProviderManager</name>
    <message>
        <source>There is no provider “%1”. Choose another one or add it in Settings → Providers.</source>
        <translation>Провайдера «%1» нет. Выберите другого или добавьте его в разделе Настройки → Провайдеры.</translation>
    </message>
    <message>
        <source>The provider “%1” has the type “%2”, which this version does not support.</source>
        <translation>У провайдера «%1» тип «%2», который эта версия не поддерживает.</translation>
    </message>
    <message>
        <source>No API key is set for %1. Add one in Settings → Providers.</source>
        <translation>Для %1 не задан ключ API. Добавьте его в разделе Настройки → Провайдеры.</translation>
    </message>
    <message>
        <source>No API key is set for %1. Add one in Settings → Providers, or set %2.</source>
        <translation>Для %1 не задан ключ API. Добавьте его в разделе Настройки → Провайдеры или задайте переменную %2.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Модели:</translation>
    </message>
    <message>
        <source>Comma-separated; empty to ask the provider</source>
        <translation>Через запятую; пусто — запросить у провайдера</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>&amp;Забыть ключ</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>&amp;Переменная ключа:</translation>
    </message>
    <message>
        <source>Environment variable to read the key from</source>
        <translation>Переменная окружения, из которой читается ключ</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Включён</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Нет хранилища паролей</translation>
    </message>
    <message>
        <source>Keep the key for this session only?</source>
        <translation>Сохранить ключ только на этот сеанс?</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Ключ не сохранён</translation>
    </message>
    <message>
        <source>The new key is stored in the system keychain when you apply.</source>
        <translation>Новый ключ будет сохранён в системном хранилище паролей при применении.</translation>
    </message>
    <message>
        <source>The stored key is forgotten when you apply.</source>
        <translation>Сохранённый ключ будет удалён при применении.</translation>
    </message>
    <message>
        <source>A key is set (%1). Type a new one to replace it.</source>
        <translation>Ключ задан (%1). Введите новый, чтобы заменить его.</translation>
    </message>
    <message>
        <source>No key is set.</source>
        <translation>Ключ не задан.</translation>
    </message>
    <message>
        <source>Paste a new key</source>
        <translation>Вставьте новый ключ</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(выкл.)</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Удаление провайдера</translation>
    </message>
    <message>
        <source>Remove “%1” and forget its key when you apply?</source>
        <translation>Удалить «%1» и забыть его ключ при применении?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>F&amp;older ID:</source>
        <translation>ID &amp;каталога:</translation>
    </message>
    <message>
        <source>Yandex Cloud folder (b1g…); needed for IAM and OAuth tokens</source>
        <translation>Каталог Yandex Cloud (b1g…); нужен для IAM- и OAuth-токенов</translation>
    </message>
    <message>
        <source>Key &amp;kind:</source>
        <translation>&amp;Вид ключа:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Область (scope):</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;Сертификаты УЦ:</translation>
    </message>
    <message>
        <source>PEM file trusted for this provider only (e.g. the Russian Trusted Root CA)</source>
        <translation>PEM-файл, которому доверяет только этот провайдер (например, Russian Trusted Root CA)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Do &amp;not verify certificates (testing only, unsafe)</source>
        <translation>&amp;Не проверять сертификаты (только для тестов, небезопасно)</translation>
    </message>
    <message>
        <source>Service account API key</source>
        <translation>API-ключ сервисного аккаунта</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM-токен</translation>
    </message>
    <message>
        <source>OAuth token (exchanged for IAM tokens)</source>
        <translation>OAuth-токен (обменивается на IAM-токены)</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Сертификаты УЦ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Monthly b&amp;udget:</source>
        <translation>Месячный б&amp;юджет:</translation>
    </message>
    <message>
        <source>Warns at 80 % and asks before sending beyond 100 % in a calendar month</source>
        <translation>Предупреждает при 80 % и спрашивает перед отправкой сверх 100 % за календарный месяц</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID клиента:</translation>
    </message>
    <message>
        <source>Empty: the key above is the authorization key; set: the key above is the client secret</source>
        <translation>Пусто — ключ выше это ключ авторизации; задан — ключ выше это секрет клиента</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Секрет клиента:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Про&amp;кси:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Proxy user (optional)</source>
        <translation>Пользователь прокси (необязательно)</translation>
    </message>
    <message>
        <source>Password (kept in the keychain)</source>
        <translation>Пароль (в системном хранилище паролей)</translation>
    </message>
    <message>
        <source>As in Network settings</source>
        <translation>Как в настройках сети</translation>
    </message>
    <message>
        <source>Proxy password not saved</source>
        <translation>Пароль прокси не сохранён</translation>
    </message>
</context>
<context>
    <name>ProxyFields</name>
    <message>
        <source>System proxy settings</source>
        <translation>Системные настройки прокси</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-прокси</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-прокси</translation>
    </message>
</context>
<context>
    <name>RenderInfo</name>
    <message>
        <source>not built in</source>
        <translation>не встроена</translation>
    </message>
</context>
<context>
    <name>ReplyStreamer</name>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Повтор через %2 с (попытка %3).</translation>
    </message>
    <message>
        <source>stopped; the partial answer is kept</source>
        <translation>остановлено; полученная часть ответа сохранена</translation>
    </message>
    <message>
        <source>thinking: </source>
        <translation>рассуждения: </translation>
    </message>
    <message>
        <source>the answer was cut off at the token limit%1; --max-tokens raises it</source>
        <translation>ответ обрезан по лимиту токенов%1; --max-tokens увеличивает лимит</translation>
    </message>
    <message>
        <source>the provider&apos;s content filter stopped the answer%1</source>
        <translation>фильтр содержимого провайдера остановил ответ%1</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>&apos;run&apos; takes no words; give the prompt with -p &quot;TEXT&quot; or on standard input</source>
        <translation>&apos;run&apos; не принимает слов; передайте запрос через -p &quot;TEXT&quot; или на стандартный ввод</translation>
    </message>
    <message>
        <source>use either --new or --conversation, not both</source>
        <translation>укажите либо --new, либо --conversation, но не оба сразу</translation>
    </message>
    <message>
        <source>the prompt is empty; give it with -p &quot;TEXT&quot; or on standard input</source>
        <translation>запрос пуст; передайте его через -p &quot;TEXT&quot; или на стандартный ввод</translation>
    </message>
    <message>
        <source>--temperature wants a number from 0 to 2, not &apos;%1&apos;</source>
        <translation>--temperature ожидает число от 0 до 2, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-tokens wants a positive whole number, not &apos;%1&apos;</source>
        <translation>--max-tokens ожидает целое положительное число, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos;; configured: %2</source>
        <translation>провайдера &apos;%1&apos; нет; настроены: %2</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>New conversation</source>
        <translation>Новый диалог</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be stored safely. Start one, or keep the key for this session only.</source>
        <translation>Системное хранилище паролей (например, GNOME Keyring или KWallet) не запущено, поэтому ключ нельзя сохранить безопасно. Запустите его или сохраните ключ только на этот сеанс.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the key. Check its permissions.</source>
        <translation>Системное хранилище паролей отказало в доступе к ключу. Проверьте его разрешения.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Системное хранилище паролей заблокировано. Разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <source>No key is stored for this provider yet.</source>
        <translation>Для этого провайдера ключ ещё не сохранён.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Системное хранилище паролей сообщило об ошибке: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>A line in the event stream is longer than %1 MB.</source>
        <translation>Строка в потоке событий длиннее %1 МБ.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The chat history file was not a database. It was moved to %1 and a new, empty history was started.</source>
        <translation>Файл истории чатов не был базой данных. Он перемещён в %1, начата новая, пустая история.</translation>
    </message>
    <message>
        <source>The chat history file was damaged. It was moved to %1 and a new, empty history was started; see the README for how to recover it.</source>
        <translation>Файл истории чатов повреждён. Он перемещён в %1, начата новая, пустая история; как восстановить старую, описано в README.</translation>
    </message>
    <message>
        <source>The chat history is damaged and could not be read.</source>
        <translation>История чатов повреждена, прочитать её не удалось.</translation>
    </message>
    <message>
        <source>The chat history was written by a newer version of Multimodel Chat. It is opened read-only; update the application to change it.</source>
        <translation>История чатов записана более новой версией Multimodel Chat и открыта только для чтения; чтобы изменять её, обновите приложение.</translation>
    </message>
    <message>
        <source>The chat history cannot be saved because %1 is not writable. Check the folder&apos;s permissions.</source>
        <translation>Не удаётся сохранить историю чатов: нет прав на запись в %1. Проверьте права доступа к папке.</translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation>папку данных</translation>
    </message>
    <message>
        <source>The disk is full. Free some space so that the chat history can be saved.</source>
        <translation>Диск заполнен. Освободите место, чтобы можно было сохранить историю чатов.</translation>
    </message>
    <message>
        <source>The chat history is in use by another program. Close other copies of Multimodel Chat and try again.</source>
        <translation>История чатов используется другой программой. Закройте другие копии Multimodel Chat и повторите попытку.</translation>
    </message>
    <message>
        <source>The chat history needs an update, but a backup copy could not be made, so it was left unchanged. Check the free disk space.</source>
        <translation>Историю чатов нужно обновить, но создать резервную копию не удалось, поэтому она оставлена без изменений. Проверьте свободное место на диске.</translation>
    </message>
    <message>
        <source>The chat history could not be updated to the new format. Nothing was changed; a backup is at %1.</source>
        <translation>Не удалось перевести историю чатов в новый формат. Ничего не изменено; резервная копия находится в %1.</translation>
    </message>
    <message>
        <source>The chat history could not be read or written (input/output error).</source>
        <translation>Не удалось прочитать или записать историю чатов (ошибка ввода-вывода).</translation>
    </message>
    <message>
        <source>The chat history could not be updated because of an internal error.</source>
        <translation>Не удалось обновить историю чатов из-за внутренней ошибки.</translation>
    </message>
    <message>
        <source>The conversation or message no longer exists.</source>
        <translation>Этого диалога или сообщения больше нет.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed, so the chat history cannot be opened.</source>
        <translation>Драйвер SQLite для Qt не установлен, поэтому открыть историю чатов невозможно.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Every template needs a name.</source>
        <translation>У каждого шаблона должно быть название.</translation>
    </message>
    <message>
        <source>The template “%1” is empty.</source>
        <translation>Шаблон «%1» пуст.</translation>
    </message>
    <message>
        <source>Two templates are called “%1”.</source>
        <translation>Два шаблона называются «%1».</translation>
    </message>
    <message>
        <source>The shortcut “%1” is used twice.</source>
        <translation>Сокращение «%1» используется дважды.</translation>
    </message>
</context>
<context>
    <name>TemplatePalette</name>
    <message>
        <source>Insert Template</source>
        <translation>Вставка шаблона</translation>
    </message>
    <message>
        <source>Type to filter templates; Enter inserts</source>
        <translation>Начните вводить для фильтрации шаблонов; Enter — вставить</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Сокращение:</translation>
    </message>
    <message>
        <source>for example: tr</source>
        <translation>например: пер</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>{{input}} is what you typed, {{selection}} the selected text, {{clipboard}} the clipboard and {{date}} today&apos;s date.</source>
        <translation>{{input}} — введённый текст, {{selection}} — выделенный текст, {{clipboard}} — буфер обмена, {{date}} — сегодняшняя дата.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>&amp;Offered in:</source>
        <translation>&amp;Где предлагать:</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Во всех диалогах</translation>
    </message>
    <message>
        <source>Project “%1” only</source>
        <translation>Только в проекте «%1»</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>mmchat: warning: %1
</source>
        <translation>mmchat: предупреждение: %1
</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
</context>
<context>
    <name>UsageController</name>
    <message>
        <source>%1 tokens</source>
        <translation>Токенов: %1</translation>
    </message>
    <message numerus="yes">
        <source>This conversation: %n answer(s), %1 prompt and %2 output tokens.</source>
        <translation>
            <numerusform>Этот диалог: %n ответ, токенов запроса %1, ответа %2.</numerusform>
            <numerusform>Этот диалог: %n ответа, токенов запроса %1, ответа %2.</numerusform>
            <numerusform>Этот диалог: %n ответов, токенов запроса %1, ответа %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without counts from the provider (estimated).</source>
        <translation>
            <numerusform>Для %n из них провайдер не сообщил счёт (оценка).</numerusform>
            <numerusform>Для %n из них провайдер не сообщил счёт (оценка).</numerusform>
            <numerusform>Для %n из них провайдер не сообщил счёт (оценка).</numerusform>
        </translation>
    </message>
    <message>
        <source>Project › Usage and Cost shows more.</source>
        <translation>Подробнее — «Проект › Расход и стоимость».</translation>
    </message>
    <message>
        <source>Budgets: %1</source>
        <translation>Бюджеты: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Usage written to %1.</source>
        <translation>Расход записан в %1.</translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation>Экспорт расхода</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <source>Usage and Cost</source>
        <translation>Расход и стоимость</translation>
    </message>
    <message>
        <source>Which conversations to add up</source>
        <translation>Какие диалоги суммировать</translation>
    </message>
    <message>
        <source>How far back</source>
        <translation>За какой срок</translation>
    </message>
    <message>
        <source>One bar and one group of rows per day, week or month</source>
        <translation>Один столбец и одна группа строк на день, неделю или месяц</translation>
    </message>
    <message>
        <source>Rows and colours per provider or per model</source>
        <translation>Строки и цвета по провайдерам или по моделям</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>Что показывают столбцы</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Conversation “%1”</source>
        <translation>Диалог «%1»</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Этот диалог</translation>
    </message>
    <message>
        <source>Project “%1”</source>
        <translation>Проект «%1»</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Этот проект</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Вся история</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Последние 14 дней</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Последние 12 недель</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>По провайдерам</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>По моделям</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n answer(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n ответ&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n ответа&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n ответов&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens (%2 prompt, %3 output)</source>
        <translation>токенов: %1 (запрос %2, ответ %3)</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>из кэша: %1</translation>
    </message>
    <message>
        <source>cost &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>стоимость &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no priced answers</source>
        <translation>нет ответов с ценой</translation>
    </message>
    <message numerus="yes">
        <source>* %n answer(s) had no token counts from the provider; their tokens are estimated.</source>
        <translation>
            <numerusform>* Для %n ответа провайдер не сообщил число токенов; оно оценено.</numerusform>
            <numerusform>* Для %n ответов провайдер не сообщил число токенов; оно оценено.</numerusform>
            <numerusform>* Для %n ответов провайдер не сообщил число токенов; оно оценено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost in %1</source>
        <translation>Стоимость в %1</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>No answers in this period.</source>
        <translation>За этот период ответов нет.</translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>PROVIDER.MODEL</source>
        <translation>ПРОВАЙДЕР.МОДЕЛЬ</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ОТВЕТОВ</translation>
    </message>
    <message>
        <source>PROMPT</source>
        <translation>ЗАПРОС</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>ВЫВОД</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ВСЕГО</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>СТОИМОСТЬ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ПЕРИОД</translation>
    </message>
    <message numerus="yes">
        <source>* %n answer(s) without counts from the provider: tokens estimated.</source>
        <translation>
            <numerusform>* %n ответ без счёта от провайдера: токены оценены.</numerusform>
            <numerusform>* %n ответа без счёта от провайдера: токены оценены.</numerusform>
            <numerusform>* %n ответов без счёта от провайдера: токены оценены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message numerus="yes">
        <source>%n answer(s) had no token counts from the provider; their tokens are estimated.</source>
        <translation>
            <numerusform>Для %n ответа провайдер не сообщил число токенов; оно оценено.</numerusform>
            <numerusform>Для %n ответов провайдер не сообщил число токенов; оно оценено.</numerusform>
            <numerusform>Для %n ответов провайдер не сообщил число токенов; оно оценено.</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>всё</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Из кэша</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Рассуждения</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Всего токенов</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
</context>
<context>
    <name>YandexProviders</name>
    <message>
        <source>Yandex Cloud (OpenAI-compatible)</source>
        <translation>Yandex Cloud (совместимый с OpenAI)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Multimodel Chat</source>
        <translation>Multimodel Chat</translation>
    </message>
    <message>
        <source>A desktop chat client for many language-model providers.</source>
        <translation>Настольный чат-клиент для многих провайдеров языковых моделей.</translation>
    </message>
    <message>
        <source>Show the version of the program and of its libraries.</source>
        <translation>Показать версию программы и её библиотек.</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Проблемы с настройками</translation>
    </message>
    <message>
        <source>Some settings could not be used:

%1</source>
        <translation>Некоторые настройки не удалось применить:

%1</translation>
    </message>
</context>
</TS>
