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
    <name>BranchExplorerPane</name>
    <message>
        <source>Edit a prompt or regenerate an answer, and every version appears here as a branch.</source>
        <translation>Измените запрос или перегенерируйте ответ — каждая версия появится здесь отдельной веткой.</translation>
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
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The provider rejected the API key. Check the key in Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has no access to this model or service. Check the account&apos;s permissions or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s rate limit was reached. Wait a moment and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has run out of credit or quota. Top up or check the plan in the provider&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is too long for this model. Start a new branch, remove attachments or pick a model with a larger context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request. Check the model and its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model or endpoint was not found. Refresh the model list or check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had an internal error. Press Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is overloaded. Press Retry in a minute or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the network, the proxy and the base URL, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider stopped answering. The text so far was kept; press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed. Check the system time and, for providers with their own root certificate, the CA file in Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent a response that could not be read. Press Retry; if it persists, check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderFactory</name>
    <message>
        <source>Unknown provider type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of “%1” is not valid.</source>
        <translation type="unfinished"></translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The chat history file was not a database. It was moved to %1 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history file was damaged. It was moved to %1 and a new, empty history was started; see the README for how to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history is damaged and could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history was written by a newer version of Multimodel Chat. It is opened read-only; update the application to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history cannot be saved because %1 is not writable. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space so that the chat history can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history is in use by another program. Close other copies of Multimodel Chat and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history needs an update, but a backup copy could not be made, so it was left unchanged. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history could not be updated to the new format. Nothing was changed; a backup is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history could not be read or written (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat history could not be updated because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation or message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed, so the chat history cannot be opened.</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>mmchat</name>
    <message>
        <source>Usage: mmchat [--help] [--version] &lt;command&gt; [options]

The terminal client of Multimodel Chat. It shares the history database,
the configuration and the keychain entries with the desktop app.

Files:
  configuration  %1
  history        %2

Exit codes: 0 success, 1 provider or runtime error, 2 usage error,
3 authentication or credentials, 4 storage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmchat: unknown command &apos;%1&apos;. Run &apos;mmchat --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
