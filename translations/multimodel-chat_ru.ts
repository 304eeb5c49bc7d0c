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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service sent no token.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Last Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Template…</source>
        <translation type="unfinished"></translation>
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
    <name>AppController</name>
    <message>
        <source>This session&apos;s conversations are kept in memory only and will be lost on exit.</source>
        <translation>Диалоги этого сеанса хранятся только в памяти и будут потеряны при выходе.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be attached (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would take the message past %2 of attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (%2), so it cannot be sent as context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the bytes that could not be read were replaced with �.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchExplorerController</name>
    <message>
        <source>&amp;Show This Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include in Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin (Never Trimmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Branch as &amp;New Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this message and every message after it on all its branches? This cannot be undone.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>left out of the context</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>provider · model</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions sent before the conversation (leave empty for none):</source>
        <translation type="unfinished"></translation>
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
        <source>Editing your last prompt: sending makes a new branch; the old one stays.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is more focused, higher is more varied. Some providers accept up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest answer to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem Prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the next message</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Jump to latest ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to the newest text and follow it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;mmchat --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no command &apos;%1&apos;. Run &apos;mmchat --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2. Run &apos;mmchat --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Run &apos;mmchat help %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --json is not available for this command. Run &apos;mmchat help %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration file was not valid JSON; it was moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversation is named or numbered &apos;%1&apos; (see &apos;mmchat list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is named &apos;%1&apos; (see &apos;mmchat project list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER.MODEL with a configured provider (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos; (see &apos;mmchat providers&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to store a key in the system keychain: mmchat key set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>there is no active conversation; name one, or start one with &apos;mmchat run&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit wants a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;save&apos; wants one name: mmchat save NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 is now named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;load&apos; wants one name or number: mmchat load NAME|ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conversation: %1 &quot;%2&quot; (%3.%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tree&apos; wants at most one conversation: mmchat tree [NAME|ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;export&apos; wants at most one conversation: mmchat export [CONV] --format F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since wants a date like 2026-11-01 or 2026-11-01T12:00, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;search&apos; wants words to look for: mmchat search QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: mmchat project list | create NAME | switch NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 &quot;%2&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations go to project &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations go to no project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import&apos; wants one file: mmchat import FILE (written by &apos;export --format json&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a conversation exported with &apos;mmchat export --format json&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as conversation %1 &quot;%2&quot; (%3 messages); it is now active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;add-context&apos; wants one or more files: mmchat add-context FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new conversation could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next prompt in conversation %1 carries: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationExporter</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant (%1.%2)</source>
        <translation type="unfinished"></translation>
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
    <name>ConversationTree</name>
    <message>
        <source> [stopped]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [failed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [excluded]</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpText</name>
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
  export [CONV] --format txt|md|html|json [-o FILE]
  import FILE              a conversation written by &apos;export --format json&apos;
  add-context FILE...      send text files with the next prompt
  usage [--conversation C | --project P | --all] [--since DATE]
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat run [-p TEXT] [--provider ID] [--model NAME|PROVIDER.MODEL]
                  [--temperature T] [--max-tokens N] [--system TEXT]
                  [--conversation NAME|ID | --new] [--project NAME] [-i]

Talks in the active conversation (or the one given, or a new one) and makes it
active. With -p TEXT, or with the prompt on standard input when it is not a
terminal, sends one message, streams the answer to stdout and exits. Otherwise
(or with -i) starts an interactive session that reads one prompt per line.
The model and generation options are stored with the conversation.
Ctrl+C stops an answer and keeps what arrived (exit code 1 in one-shot mode).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat model [PROVIDER.MODEL]

Shows the default model for new conversations, or sets it in config.json.
A provider id alone picks that provider&apos;s default model.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat models [PROVIDER…] [--refresh] [--json]

Lists the models of the given (or every enabled) provider as PROVIDER.MODEL.
Lists come from the cache while younger than a day; --refresh asks again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat providers [--check] [--json]

Lists provider instances with type, base URL, where the key comes from and,
with --check, their health (an authenticated model-list call).
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat list [--project P] [--limit N] [--json]

Lists conversations, most recently used first; * marks the active one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat save NAME

Names (renames) the active conversation.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat load NAME|ID

Makes a conversation the active one for &apos;run&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat tree [NAME|ID] [--json]

Prints the branch tree: node number, role and first line of each message.
* marks the active path, + an alternative (an edited prompt or a regenerated
answer). The numbers are the N of /branch, /edit, /exclude and /include.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat export [NAME|ID] --format txt|md|html|json [-o FILE]

Writes the active path of a conversation (default: the active one) to FILE or
standard output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat import FILE

Adds a conversation written by &apos;mmchat export --format json&apos; as a new
conversation (its active path, with models and usage) and makes it active.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat add-context FILE...

The next prompt in the active conversation carries these text files (or the
text files in these folders) as attachments, within limits.max_attachment_kb
and limits.max_message_attachments_kb of config.json.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat usage [--conversation C | --project P | --all] [--since DATE] [--json]

Tokens (and cost, when the provider reports it) per provider and model, with
totals, summed from the usage stored with each answer. Default: --all.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat search QUERY [--limit N] [--json]

Full-text search in message texts and titles; every word must match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat project list | create NAME | switch NAME|none

New conversations started by &apos;run&apos; go to the current project.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mmchat help [COMMAND]
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpChatProvider</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpStreamExchange</name>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from the provider for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractiveSession</name>
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
  /add-context FILE...    send these text files with the next prompt
  /usage                  tokens and cost of this conversation
  /export FORMAT FILE     write the conversation (txt, md, html, json)
  /help                   this text
  /exit                   end the session (also Ctrl+D, or Ctrl+C at the prompt)
Ctrl+C while an answer streams stops it and keeps what arrived.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 &quot;%2&quot; with %3.%4. /help lists the commands; Ctrl+D ends the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command /%1; /help lists the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a node number of /tree (1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/temperature wants a number from 0 to 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/max-tokens wants a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens: the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/save wants a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 &quot;%2&quot; with %3.%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new conversation could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation %1 with %2.%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on the branch through node %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no prompt to edit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 is not a prompt; /edit opens prompts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor &apos;%1&apos; failed; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the edited prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is unchanged; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to regenerate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 is in the context again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 is left out of the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/export wants a format (%1) and a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/add-context wants one or more files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next prompt carries: %1</source>
        <translation type="unfinished"></translation>
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
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more lines not shown; Copy code copies them all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDocumentWriter</name>
    <message>
        <source>%1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NdjsonDecoder</name>
    <message>
        <source>A line in the stream is longer than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First answer within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Silence allowed while streaming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;Yandex to log my requests (off: requests carry x-data-logging-enabled: false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attached &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments per &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OllamaProvider</name>
    <message>
        <source>Unreadable line in the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneShotRequest</name>
    <message>
        <source>The token service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiCompatibleProvider</name>
    <message>
        <source>Unreadable event in the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>&apos;model&apos; wants one PROVIDER.MODEL, e.g. groq.llama-3.3-70b-versatile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model: %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos; (see &apos;mmchat providers&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (--check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  type:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  base URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  health:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: mmchat key set PROVIDER | key delete PROVIDER | key status [PROVIDER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key was given on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be stored safely. Start one, or set the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 is removed from the system keychain.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped; the partial answer is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>&apos;run&apos; takes no words; give the prompt with -p &quot;TEXT&quot; or on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --new or --conversation, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt is empty; give it with -p &quot;TEXT&quot; or on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature wants a number from 0 to 2, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens wants a positive whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos;; configured: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>New conversation</source>
        <translation>Новый диалог</translation>
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
        <translation type="unfinished"></translation>
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
    <name>TemplatePalette</name>
    <message>
        <source>Insert Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter templates; Enter inserts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>mmchat: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>PROVIDER.MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YandexProviders</name>
    <message>
        <source>Yandex Cloud (OpenAI-compatible)</source>
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
</TS>
