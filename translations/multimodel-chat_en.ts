<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Multimodel Chat</source>
        <translation>About Multimodel Chat</translation>
    </message>
    <message>
        <source>One window for many language models. Conversations are trees: edit a prompt or regenerate an answer and the earlier versions stay as branches. Everything is stored on this computer; API keys stay in the system keychain.</source>
        <translation>One window for many language models. Conversations are trees: edit a prompt or regenerate an answer and the earlier versions stay as branches. Everything is stored on this computer; API keys stay in the system keychain.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Licensed under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <source>Multimodel Chat</source>
        <translation>Multimodel Chat</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;New Conversation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Find in Conversations…</source>
        <translation>&amp;Find in Conversations…</translation>
    </message>
    <message>
        <source>Go to Message &amp;Input</source>
        <translation>Go to Message &amp;Input</translation>
    </message>
    <message>
        <source>&amp;Conversation List</source>
        <translation>&amp;Conversation List</translation>
    </message>
    <message>
        <source>&amp;Branch Explorer</source>
        <translation>&amp;Branch Explorer</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>&amp;System Theme</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>&amp;Light Theme</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dark Theme</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>&amp;Send Message</source>
        <translation>&amp;Send Message</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>S&amp;top Generating</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;About Multimodel Chat</source>
        <translation>&amp;About Multimodel Chat</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>%1: cannot be read (%2); using the defaults</source>
        <translation>%1: cannot be read (%2); using the defaults</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>%1 is %2; it was moved to %3 and the defaults are used</source>
        <translation>%1 is %2; it was moved to %3 and the defaults are used</translation>
    </message>
    <message>
        <source>%1 is %2 and could not be moved aside; the defaults are used</source>
        <translation>%1 is %2 and could not be moved aside; the defaults are used</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>version: %1 is not a version this program knows</source>
        <translation>version: %1 is not a version this program knows</translation>
    </message>
    <message>
        <source>ui.theme: must be one of system, light, dark</source>
        <translation>ui.theme: must be one of system, light, dark</translation>
    </message>
    <message>
        <source>ui.language: must be one of system, en, ru</source>
        <translation>ui.language: must be one of system, en, ru</translation>
    </message>
    <message>
        <source>ui.font_size: must be a number of points from 0 (system) to 72</source>
        <translation>ui.font_size: must be a number of points from 0 (system) to 72</translation>
    </message>
    <message>
        <source>generation.temperature: must be between 0 and 2</source>
        <translation>generation.temperature: must be between 0 and 2</translation>
    </message>
    <message>
        <source>generation.max_tokens: must be a positive number</source>
        <translation>generation.max_tokens: must be a positive number</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1.type: missing</source>
        <translation>%1.type: missing</translation>
    </message>
    <message>
        <source>%1.base_url: not a URL</source>
        <translation>%1.base_url: not a URL</translation>
    </message>
    <message>
        <source>%1.models: must be a list of model names</source>
        <translation>%1.models: must be a list of model names</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
</context>
<context>
    <name>BranchExplorerPane</name>
    <message>
        <source>Edit a prompt or regenerate an answer, and every version appears here as a branch.</source>
        <translation>Edit a prompt or regenerate an answer, and every version appears here as a branch.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Type a message. Enter sends, Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
</context>
<context>
    <name>ConversationListPane</name>
    <message>
        <source>Search all conversations</source>
        <translation>Search all conversations</translation>
    </message>
    <message>
        <source>No conversations yet. Press Ctrl+N to start one.</source>
        <translation>No conversations yet. Press Ctrl+N to start one.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
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
        <translation>The provider rejected the API key. Check the key in Settings → Providers.</translation>
    </message>
    <message>
        <source>The key has no access to this model or service. Check the account&apos;s permissions or pick another model.</source>
        <translation>The key has no access to this model or service. Check the account&apos;s permissions or pick another model.</translation>
    </message>
    <message>
        <source>The provider&apos;s rate limit was reached. Wait a moment and press Retry.</source>
        <translation>The provider&apos;s rate limit was reached. Wait a moment and press Retry.</translation>
    </message>
    <message>
        <source>The account has run out of credit or quota. Top up or check the plan in the provider&apos;s console.</source>
        <translation>The account has run out of credit or quota. Top up or check the plan in the provider&apos;s console.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model. Start a new branch, remove attachments or pick a model with a larger context.</source>
        <translation>The conversation is too long for this model. Start a new branch, remove attachments or pick a model with a larger context.</translation>
    </message>
    <message>
        <source>The provider refused the request. Check the model and its parameters.</source>
        <translation>The provider refused the request. Check the model and its parameters.</translation>
    </message>
    <message>
        <source>The model or endpoint was not found. Refresh the model list or check the base URL.</source>
        <translation>The model or endpoint was not found. Refresh the model list or check the base URL.</translation>
    </message>
    <message>
        <source>The provider had an internal error. Press Retry later.</source>
        <translation>The provider had an internal error. Press Retry later.</translation>
    </message>
    <message>
        <source>The provider is overloaded. Press Retry in a minute or pick another model.</source>
        <translation>The provider is overloaded. Press Retry in a minute or pick another model.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the network, the proxy and the base URL, then press Retry.</source>
        <translation>Could not reach the provider. Check the network, the proxy and the base URL, then press Retry.</translation>
    </message>
    <message>
        <source>The provider stopped answering. The text so far was kept; press Retry.</source>
        <translation>The provider stopped answering. The text so far was kept; press Retry.</translation>
    </message>
    <message>
        <source>The secure connection failed. Check the system time and, for providers with their own root certificate, the CA file in Settings → Providers.</source>
        <translation>The secure connection failed. Check the system time and, for providers with their own root certificate, the CA file in Settings → Providers.</translation>
    </message>
    <message>
        <source>The provider sent a response that could not be read. Press Retry; if it persists, check the base URL.</source>
        <translation>The provider sent a response that could not be read. Press Retry; if it persists, check the base URL.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>ProviderFactory</name>
    <message>
        <source>Unknown provider type “%1”.</source>
        <translation>Unknown provider type “%1”.</translation>
    </message>
    <message>
        <source>The base URL of “%1” is not valid.</source>
        <translation>The base URL of “%1” is not valid.</translation>
    </message>
</context>
<context>
    <name>RenderInfo</name>
    <message>
        <source>not built in</source>
        <translation>not built in</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The chat history file was not a database. It was moved to %1 and a new, empty history was started.</source>
        <translation>The chat history file was not a database. It was moved to %1 and a new, empty history was started.</translation>
    </message>
    <message>
        <source>The chat history file was damaged. It was moved to %1 and a new, empty history was started; see the README for how to recover it.</source>
        <translation>The chat history file was damaged. It was moved to %1 and a new, empty history was started; see the README for how to recover it.</translation>
    </message>
    <message>
        <source>The chat history is damaged and could not be read.</source>
        <translation>The chat history is damaged and could not be read.</translation>
    </message>
    <message>
        <source>The chat history was written by a newer version of Multimodel Chat. It is opened read-only; update the application to change it.</source>
        <translation>The chat history was written by a newer version of Multimodel Chat. It is opened read-only; update the application to change it.</translation>
    </message>
    <message>
        <source>The chat history cannot be saved because %1 is not writable. Check the folder&apos;s permissions.</source>
        <translation>The chat history cannot be saved because %1 is not writable. Check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation>the data folder</translation>
    </message>
    <message>
        <source>The disk is full. Free some space so that the chat history can be saved.</source>
        <translation>The disk is full. Free some space so that the chat history can be saved.</translation>
    </message>
    <message>
        <source>The chat history is in use by another program. Close other copies of Multimodel Chat and try again.</source>
        <translation>The chat history is in use by another program. Close other copies of Multimodel Chat and try again.</translation>
    </message>
    <message>
        <source>The chat history needs an update, but a backup copy could not be made, so it was left unchanged. Check the free disk space.</source>
        <translation>The chat history needs an update, but a backup copy could not be made, so it was left unchanged. Check the free disk space.</translation>
    </message>
    <message>
        <source>The chat history could not be updated to the new format. Nothing was changed; a backup is at %1.</source>
        <translation>The chat history could not be updated to the new format. Nothing was changed; a backup is at %1.</translation>
    </message>
    <message>
        <source>The chat history could not be read or written (input/output error).</source>
        <translation>The chat history could not be read or written (input/output error).</translation>
    </message>
    <message>
        <source>The chat history could not be updated because of an internal error.</source>
        <translation>The chat history could not be updated because of an internal error.</translation>
    </message>
    <message>
        <source>The conversation or message no longer exists.</source>
        <translation>The conversation or message no longer exists.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed, so the chat history cannot be opened.</source>
        <translation>The SQLite driver for Qt is not installed, so the chat history cannot be opened.</translation>
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
        <translation>A desktop chat client for many language-model providers.</translation>
    </message>
    <message>
        <source>Show the version of the program and of its libraries.</source>
        <translation>Show the version of the program and of its libraries.</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Configuration problems</translation>
    </message>
    <message>
        <source>Some settings could not be used:

%1</source>
        <translation>Some settings could not be used:

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
        <translation>Usage: mmchat [--help] [--version] &lt;command&gt; [options]

The terminal client of Multimodel Chat. It shares the history database,
the configuration and the keychain entries with the desktop app.

Files:
  configuration  %1
  history        %2

Exit codes: 0 success, 1 provider or runtime error, 2 usage error,
3 authentication or credentials, 4 storage.
</translation>
    </message>
    <message>
        <source>mmchat: unknown command &apos;%1&apos;. Run &apos;mmchat --help&apos;.
</source>
        <translation>mmchat: unknown command &apos;%1&apos;. Run &apos;mmchat --help&apos;.
</translation>
    </message>
</context>
</TS>
