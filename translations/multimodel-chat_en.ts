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
    <name>AccessTokenCache</name>
    <message>
        <source>No way to obtain a token.</source>
        <translation>No way to obtain a token.</translation>
    </message>
    <message>
        <source>The token service sent no token.</source>
        <translation>The token service sent no token.</translation>
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
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>&amp;Regenerate Answer</translation>
    </message>
    <message>
        <source>&amp;Edit Last Prompt</source>
        <translation>&amp;Edit Last Prompt</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Attach Files…</translation>
    </message>
    <message>
        <source>Insert &amp;Template…</source>
        <translation>Insert &amp;Template…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Export Conversation…</translation>
    </message>
    <message>
        <source>Copy Conversation as &amp;Markdown</source>
        <translation>Copy Conversation as &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>&amp;Import Conversation…</translation>
    </message>
    <message>
        <source>Preview &amp;Context…</source>
        <translation>Preview &amp;Context…</translation>
    </message>
    <message>
        <source>Suggest &amp;Title</source>
        <translation>Suggest &amp;Title</translation>
    </message>
    <message>
        <source>C&amp;lear Chat…</source>
        <translation>C&amp;lear Chat…</translation>
    </message>
    <message>
        <source>&amp;Switch Project…</source>
        <translation>&amp;Switch Project…</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>Project &amp;Settings…</source>
        <translation>Project &amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Export Project…</source>
        <translation>&amp;Export Project…</translation>
    </message>
    <message>
        <source>&amp;Usage and Cost…</source>
        <translation>&amp;Usage and Cost…</translation>
    </message>
    <message>
        <source>Refresh &amp;Model Lists</source>
        <translation>Refresh &amp;Model Lists</translation>
    </message>
    <message>
        <source>Add Conte&amp;xt from Files…</source>
        <translation>Add Conte&amp;xt from Files…</translation>
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
    <message>
        <source>%1 was written by a newer version of Multimodel Chat (configuration version %2); the settings this version knows are used</source>
        <translation>%1 was written by a newer version of Multimodel Chat (configuration version %2); the settings this version knows are used</translation>
    </message>
    <message>
        <source>generation.top_p: must be between 0 and 1</source>
        <translation>generation.top_p: must be between 0 and 1</translation>
    </message>
    <message>
        <source>limits.%1: must be a positive number of kilobytes</source>
        <translation>limits.%1: must be a positive number of kilobytes</translation>
    </message>
    <message>
        <source>%1.enabled: must be true or false</source>
        <translation>%1.enabled: must be true or false</translation>
    </message>
    <message>
        <source>%1.api_key_env: must be the name of an environment variable</source>
        <translation>%1.api_key_env: must be the name of an environment variable</translation>
    </message>
    <message>
        <source>%1.monthly_budget.amount: must be a number of 0 or more</source>
        <translation>%1.monthly_budget.amount: must be a number of 0 or more</translation>
    </message>
    <message>
        <source>%1.ca_file: %2 does not exist</source>
        <translation>%1.ca_file: %2 does not exist</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>This session&apos;s conversations are kept in memory only and will be lost on exit.</source>
        <translation>This session&apos;s conversations are kept in memory only and will be lost on exit.</translation>
    </message>
    <message numerus="yes">
        <source>With the new prices, %n earlier answer(s) would cost something else. Recompute their cost? Token counts stay as the providers reported them.</source>
        <translation>
            <numerusform>With the new prices, %n earlier answer would cost something else. Recompute their cost? Token counts stay as the providers reported them.</numerusform>
            <numerusform>With the new prices, %n earlier answers would cost something else. Recompute their cost? Token counts stay as the providers reported them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices Changed</source>
        <translation>Prices Changed</translation>
    </message>
    <message>
        <source>The costs could not be recomputed.</source>
        <translation>The costs could not be recomputed.</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed the cost of %n answer(s).</source>
        <translation>
            <numerusform>Recomputed the cost of %n answer.</numerusform>
            <numerusform>Recomputed the cost of %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Search all conversations</translation>
    </message>
    <message>
        <source>Search in “%1”</source>
        <translation>Search in “%1”</translation>
    </message>
    <message>
        <source>The history file is damaged</source>
        <translation>The history file is damaged</translation>
    </message>
    <message>
        <source>The history file is damaged.</source>
        <translation>The history file is damaged.</translation>
    </message>
    <message>
        <source>Parts of it could not be read: conversations stored there may be incomplete or fail to open.

Quit the app and keep a copy of %1 before you go on. Details say how to recover what can be read.</source>
        <translation>Parts of it could not be read: conversations stored there may be incomplete or fail to open.

Quit the app and keep a copy of %1 before you go on. Details say how to recover what can be read.</translation>
    </message>
    <message>
        <source>SQLite found:
%1

To recover, quit the app and run:
sqlite3 &quot;%2&quot; &quot;.recover&quot; | sqlite3 recovered.sqlite
sqlite3 recovered.sqlite &quot;PRAGMA integrity_check&quot;
If the last command prints &quot;ok&quot;, put recovered.sqlite in place of %2 and delete %2-wal and %2-shm.</source>
        <translation>SQLite found:
%1

To recover, quit the app and run:
sqlite3 &quot;%2&quot; &quot;.recover&quot; | sqlite3 recovered.sqlite
sqlite3 recovered.sqlite &quot;PRAGMA integrity_check&quot;
If the last command prints &quot;ok&quot;, put recovered.sqlite in place of %2 and delete %2-wal and %2-shm.</translation>
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
    <name>AttachmentLoader</name>
    <message>
        <source>%1: only the first %2 files of the folder were considered.</source>
        <translation>%1: only the first %2 files of the folder were considered.</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: the file does not exist.</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be attached (see Settings).</source>
        <translation>%1 is %2; files up to %3 can be attached (see Settings).</translation>
    </message>
    <message>
        <source>%1 would take the message past %2 of attachments.</source>
        <translation>%1 would take the message past %2 of attachments.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (%2), so it cannot be sent as context.</source>
        <translation>%1 is not a text file (%2), so it cannot be sent as context.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the bytes that could not be read were replaced with �.</source>
        <translation>%1 is not valid UTF-8; the bytes that could not be read were replaced with �.</translation>
    </message>
</context>
<context>
    <name>BranchExplorerController</name>
    <message>
        <source>&amp;Show This Branch</source>
        <translation>&amp;Show This Branch</translation>
    </message>
    <message>
        <source>&amp;Include in Context</source>
        <translation>&amp;Include in Context</translation>
    </message>
    <message>
        <source>&amp;Pin (Never Trimmed)</source>
        <translation>&amp;Pin (Never Trimmed)</translation>
    </message>
    <message>
        <source>&amp;Label Branch…</source>
        <translation>&amp;Label Branch…</translation>
    </message>
    <message>
        <source>Label Branch</source>
        <translation>Label Branch</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Save Branch as &amp;New Conversation…</source>
        <translation>Save Branch as &amp;New Conversation…</translation>
    </message>
    <message>
        <source>Save Branch</source>
        <translation>Save Branch</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>&amp;Delete Branch…</source>
        <translation>&amp;Delete Branch…</translation>
    </message>
    <message>
        <source>Delete Branch</source>
        <translation>Delete Branch</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s).</source>
        <translation>
            <numerusform>Deleted %n message.</numerusform>
            <numerusform>Deleted %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue from Here</source>
        <translation>&amp;Continue from Here</translation>
    </message>
    <message>
        <source>Delete this message and every message after it on all its branches?</source>
        <translation>Delete this message and every message after it on all its branches?</translation>
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
    <name>BranchTreeModel</name>
    <message>
        <source>(writing…)</source>
        <translation>(writing…)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>left out of the context</source>
        <translation>left out of the context</translation>
    </message>
    <message>
        <source>pinned: never trimmed from the context</source>
        <translation>pinned: never trimmed from the context</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
</context>
<context>
    <name>BudgetStatus</name>
    <message>
        <source>%1 of %2 this month (%3 %)</source>
        <translation>%1 of %2 this month (%3 %)</translation>
    </message>
    <message>
        <source>Project “%1”: %2</source>
        <translation>Project “%1”: %2</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>Provider %1: %2</translation>
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
    <name>BuiltinProviders</name>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>Custom OpenAI-compatible</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-compatible</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>%1 Retrying in %2 s (attempt %3)…</source>
        <translation>%1 Retrying in %2 s (attempt %3)…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Attach Files</translation>
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
        <translation>No system prompt</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>System Prompt</translation>
    </message>
    <message>
        <source>Instructions sent before the conversation (leave empty for none):</source>
        <translation>Instructions sent before the conversation (leave empty for none):</translation>
    </message>
    <message>
        <source>Choose a provider and model first (Settings → Providers).</source>
        <translation>Choose a provider and model first (Settings → Providers).</translation>
    </message>
    <message>
        <source>The conversation could not be saved.</source>
        <translation>The conversation could not be saved.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <source>Open Provider Settings</source>
        <translation>Open Provider Settings</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Open or start a conversation to export it.</source>
        <translation>Open or start a conversation to export it.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Export Conversation</translation>
    </message>
    <message>
        <source>The conversation is on the clipboard as Markdown.</source>
        <translation>The conversation is on the clipboard as Markdown.</translation>
    </message>
    <message numerus="yes">
        <source>%n older message(s) left out so the conversation fits the model&apos;s context of %1 tokens. Pin a message to keep it.</source>
        <translation>
            <numerusform>%n older message left out so the conversation fits the model&apos;s context of %1 tokens. Pin a message to keep it.</numerusform>
            <numerusform>%n older messages left out so the conversation fits the model&apos;s context of %1 tokens. Pin a message to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another model, then Retry.</source>
        <translation>Choose another model, then Retry.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 could not be imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” (%n message(s)).</source>
        <translation>
            <numerusform>Imported “%1” (%n message).</numerusform>
            <numerusform>Imported “%1” (%n messages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Import Conversation</translation>
    </message>
    <message>
        <source>Editing a prompt: sending makes a new branch; the old one stays.</source>
        <translation>Editing a prompt: sending makes a new branch; the old one stays.</translation>
    </message>
    <message>
        <source>Set VISUAL or EDITOR to edit prompts in your editor (for example &quot;gedit --wait&quot;); the prompt is in the input box for now.</source>
        <translation>Set VISUAL or EDITOR to edit prompts in your editor (for example &quot;gedit --wait&quot;); the prompt is in the input box for now.</translation>
    </message>
    <message>
        <source>Could not write a temporary file for the editor: %1</source>
        <translation>Could not write a temporary file for the editor: %1</translation>
    </message>
    <message>
        <source>Waiting for the editor; save and close it to send the edited prompt.</source>
        <translation>Waiting for the editor; save and close it to send the edited prompt.</translation>
    </message>
    <message>
        <source>The editor %1 could not be started: %2</source>
        <translation>The editor %1 could not be started: %2</translation>
    </message>
    <message>
        <source>The editor exited with an error; the prompt was not changed.</source>
        <translation>The editor exited with an error; the prompt was not changed.</translation>
    </message>
    <message>
        <source>Could not read the edited prompt: %1</source>
        <translation>Could not read the edited prompt: %1</translation>
    </message>
    <message>
        <source>The prompt was not changed.</source>
        <translation>The prompt was not changed.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing yet: the next prompt is sent on its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nothing yet: the next prompt is sent on its own.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), about %1 tokens (estimated: about four characters of English or two of Russian per token).</source>
        <translation>
            <numerusform>%n message, about %1 tokens (estimated: about four characters of English or two of Russian per token).</numerusform>
            <numerusform>%n messages, about %1 tokens (estimated: about four characters of English or two of Russian per token).</numerusform>
        </translation>
    </message>
    <message>
        <source>The model takes %1 tokens; %2 are kept for the answer.</source>
        <translation>The model takes %1 tokens; %2 are kept for the answer.</translation>
    </message>
    <message>
        <source>The model&apos;s context length is unknown, so nothing is trimmed.</source>
        <translation>The model&apos;s context length is unknown, so nothing is trimmed.</translation>
    </message>
    <message numerus="yes">
        <source>%n older message(s) are left out to fit.</source>
        <translation>
            <numerusform>%n older message is left out to fit.</numerusform>
            <numerusform>%n older messages are left out to fit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Context Preview</source>
        <translation>Context Preview</translation>
    </message>
    <message>
        <source>Counting with the provider…</source>
        <translation>Counting with the provider…</translation>
    </message>
    <message>
        <source>The provider could not count them: %1</source>
        <translation>The provider could not count them: %1</translation>
    </message>
    <message>
        <source>The provider counts %1 tokens.</source>
        <translation>The provider counts %1 tokens.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renamed to “%1”.</translation>
    </message>
    <message>
        <source>Asking the model for a title…</source>
        <translation>Asking the model for a title…</translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation>Clear Chat</translation>
    </message>
    <message>
        <source>Remove every message of this conversation, on all its branches? You can undo this until the window closes.</source>
        <translation>Remove every message of this conversation, on all its branches? You can undo this until the window closes.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n message(s).</source>
        <translation>
            <numerusform>Cleared %n message.</numerusform>
            <numerusform>Cleared %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>New conversation in the project “%1”.</source>
        <translation>New conversation in the project “%1”.</translation>
    </message>
    <message>
        <source>Cut off at the token limit</source>
        <translation>Cut off at the token limit</translation>
    </message>
    <message>
        <source>Stopped by the provider&apos;s content filter</source>
        <translation>Stopped by the provider&apos;s content filter</translation>
    </message>
    <message>
        <source>The model is thinking…</source>
        <translation>The model is thinking…</translation>
    </message>
    <message numerus="yes">
        <source>Imported the project “%1” (%n conversation(s)).</source>
        <translation>
            <numerusform>Imported the project “%1” (%n conversation).</numerusform>
            <numerusform>Imported the project “%1” (%n conversations).</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations and projects exported as JSON (*.json)</source>
        <translation>Conversations and projects exported as JSON (*.json)</translation>
    </message>
    <message>
        <source>The monthly budget is used up:
%1

Send anyway?</source>
        <translation>The monthly budget is used up:
%1

Send anyway?</translation>
    </message>
    <message>
        <source>Budget Used Up</source>
        <translation>Budget Used Up</translation>
    </message>
    <message>
        <source>Not sent: the budget is used up. Your prompt is still in the input.</source>
        <translation>Not sent: the budget is used up. Your prompt is still in the input.</translation>
    </message>
    <message>
        <source>Budget at %1</source>
        <translation>Budget at %1</translation>
    </message>
    <message>
        <source>Markdown, the branch on screen (*.md)</source>
        <translation>Markdown, the branch on screen (*.md)</translation>
    </message>
    <message>
        <source>Markdown, every branch (*.md)</source>
        <translation>Markdown, every branch (*.md)</translation>
    </message>
    <message>
        <source>Web page, the branch on screen (*.html)</source>
        <translation>Web page, the branch on screen (*.html)</translation>
    </message>
    <message>
        <source>Web page, every branch (*.html)</source>
        <translation>Web page, every branch (*.html)</translation>
    </message>
    <message>
        <source>Plain text, the branch on screen (*.txt)</source>
        <translation>Plain text, the branch on screen (*.txt)</translation>
    </message>
    <message>
        <source>Plain text, every branch (*.txt)</source>
        <translation>Plain text, every branch (*.txt)</translation>
    </message>
    <message>
        <source>JSON with every branch and all details (*.json)</source>
        <translation>JSON with every branch and all details (*.json)</translation>
    </message>
    <message>
        <source>%1: the model list could not be read: %2</source>
        <translation>%1: the model list could not be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n provider(s) for their models…</source>
        <translation>
            <numerusform>Asking %n provider for their models…</numerusform>
            <numerusform>Asking %n providers for their models…</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider with a key to ask for its models.</source>
        <translation>No provider with a key to ask for its models.</translation>
    </message>
    <message>
        <source>Certificates of this provider are not verified (Settings → Providers): anyone on the network path can read and change the conversation.</source>
        <translation>Certificates of this provider are not verified (Settings → Providers): anyone on the network path can read and change the conversation.</translation>
    </message>
    <message>
        <source>certificates not verified</source>
        <translation>certificates not verified</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Multimodel Chat and is open for reading only.</source>
        <translation>The history was written by a newer version of Multimodel Chat and is open for reading only.</translation>
    </message>
    <message>
        <source>The files are in this branch&apos;s context from now on; leave them out or pin them like any message.</source>
        <translation>The files are in this branch&apos;s context from now on; leave them out or pin them like any message.</translation>
    </message>
    <message>
        <source>Add Context from Files</source>
        <translation>Add Context from Files</translation>
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
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <source>Lower is more focused, higher is more varied. Some providers accept up to 1.</source>
        <translation>Lower is more focused, higher is more varied. Some providers accept up to 1.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Max &amp;tokens:</translation>
    </message>
    <message>
        <source>The longest answer to ask for.</source>
        <translation>The longest answer to ask for.</translation>
    </message>
    <message>
        <source>S&amp;ystem Prompt…</source>
        <translation>S&amp;ystem Prompt…</translation>
    </message>
    <message>
        <source>Remove %1 from the next message</source>
        <translation>Remove %1 from the next message</translation>
    </message>
    <message>
        <source>Choose a model above, type below and press Enter.</source>
        <translation>Choose a model above, type below and press Enter.</translation>
    </message>
    <message>
        <source>To use a cloud provider, add its key in Settings → Preferences → Providers (it is kept in the system keychain), or start the app with a variable such as GROQ_API_KEY. Ollama, LM Studio and vLLM on this computer need no key.</source>
        <translation>To use a cloud provider, add its key in Settings → Preferences → Providers (it is kept in the system keychain), or start the app with a variable such as GROQ_API_KEY. Ollama, LM Studio and vLLM on this computer need no key.</translation>
    </message>
    <message>
        <source>Drop files here to send them as context; Ctrl+/ inserts a template.</source>
        <translation>Drop files here to send them as context; Ctrl+/ inserts a template.</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Start a conversation</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>The conversation no longer exists.</translation>
    </message>
    <message>
        <source>Wait for the current answer to finish, or stop it first.</source>
        <translation>Wait for the current answer to finish, or stop it first.</translation>
    </message>
    <message>
        <source>The model gave no usable title.</source>
        <translation>The model gave no usable title.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Jump to latest ↓</source>
        <translation>Jump to latest ↓</translation>
    </message>
    <message>
        <source>Scroll to the newest text and follow it</source>
        <translation>Scroll to the newest text and follow it</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;mmchat --help&apos;.</source>
        <translation>unknown option &apos;%1&apos;. Run &apos;mmchat --help&apos;.</translation>
    </message>
    <message>
        <source>there is no command &apos;%1&apos;. Run &apos;mmchat --help&apos;.</source>
        <translation>there is no command &apos;%1&apos;. Run &apos;mmchat --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Commands: %2. Run &apos;mmchat --help&apos;.</source>
        <translation>unknown command &apos;%1&apos;. Commands: %2. Run &apos;mmchat --help&apos;.</translation>
    </message>
    <message>
        <source>%1: %2. Run &apos;mmchat help %1&apos;.</source>
        <translation>%1: %2. Run &apos;mmchat help %1&apos;.</translation>
    </message>
    <message>
        <source>%1: --json is not available for this command. Run &apos;mmchat help %1&apos;.</source>
        <translation>%1: --json is not available for this command. Run &apos;mmchat help %1&apos;.</translation>
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
        <translation>the configuration file was not valid JSON; it was moved to %1</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>cannot save %1: %2</translation>
    </message>
    <message>
        <source>no conversation is named or numbered &apos;%1&apos; (see &apos;mmchat list&apos;)</source>
        <translation>no conversation is named or numbered &apos;%1&apos; (see &apos;mmchat list&apos;)</translation>
    </message>
    <message>
        <source>no project is named &apos;%1&apos; (see &apos;mmchat project list&apos;)</source>
        <translation>no project is named &apos;%1&apos; (see &apos;mmchat project list&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER.MODEL with a configured provider (%2)</source>
        <translation>&apos;%1&apos; is not PROVIDER.MODEL with a configured provider (%2)</translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos; (see &apos;mmchat providers&apos;)</source>
        <translation>there is no provider &apos;%1&apos; (see &apos;mmchat providers&apos;)</translation>
    </message>
    <message>
        <source>to store a key in the system keychain: mmchat key set %1</source>
        <translation>to store a key in the system keychain: mmchat key set %1</translation>
    </message>
    <message>
        <source>the certificates of %1 are not verified (insecure_skip_verify in config.json): anyone on the network path can read and change the conversation</source>
        <translation>the certificates of %1 are not verified (insecure_skip_verify in config.json): anyone on the network path can read and change the conversation</translation>
    </message>
    <message>
        <source>budget at %1</source>
        <translation>budget at %1</translation>
    </message>
    <message>
        <source>budget used up: %1</source>
        <translation>budget used up: %1</translation>
    </message>
    <message>
        <source>Send anyway? [y/N] </source>
        <translation>Send anyway? [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>not sent: the monthly budget is used up (--ignore-budget sends anyway)</source>
        <translation>not sent: the monthly budget is used up (--ignore-budget sends anyway)</translation>
    </message>
    <message>
        <source>none of these is a text file that can be sent</source>
        <translation>none of these is a text file that can be sent</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unknown option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>option &apos;--%1&apos; takes no value</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>option &apos;%1&apos; needs a value</translation>
    </message>
</context>
<context>
    <name>ConfigMigrations</name>
    <message>
        <source>version 2: YandexGPT and GigaChat were already configured</source>
        <translation>version 2: YandexGPT and GigaChat were already configured</translation>
    </message>
    <message>
        <source>version 2: added the built-in providers %1</source>
        <translation>version 2: added the built-in providers %1</translation>
    </message>
    <message>
        <source>version 3: Anthropic and Gemini were already configured</source>
        <translation>version 3: Anthropic and Gemini were already configured</translation>
    </message>
    <message>
        <source>version 3: added the built-in providers %1</source>
        <translation>version 3: added the built-in providers %1</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>there is no active conversation; name one, or start one with &apos;mmchat run&apos;</source>
        <translation>there is no active conversation; name one, or start one with &apos;mmchat run&apos;</translation>
    </message>
    <message>
        <source>--limit wants a positive whole number</source>
        <translation>--limit wants a positive whole number</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>&apos;save&apos; wants one name: mmchat save NAME</source>
        <translation>&apos;save&apos; wants one name: mmchat save NAME</translation>
    </message>
    <message>
        <source>Conversation %1 is now named &quot;%2&quot;.</source>
        <translation>Conversation %1 is now named &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&apos;load&apos; wants one name or number: mmchat load NAME|ID</source>
        <translation>&apos;load&apos; wants one name or number: mmchat load NAME|ID</translation>
    </message>
    <message>
        <source>Active conversation: %1 &quot;%2&quot; (%3.%4).</source>
        <translation>Active conversation: %1 &quot;%2&quot; (%3.%4).</translation>
    </message>
    <message>
        <source>&apos;tree&apos; wants at most one conversation: mmchat tree [NAME|ID]</source>
        <translation>&apos;tree&apos; wants at most one conversation: mmchat tree [NAME|ID]</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>unknown format &apos;%1&apos;; use one of %2</translation>
    </message>
    <message>
        <source>&apos;export&apos; wants at most one conversation: mmchat export [CONV] --format F</source>
        <translation>&apos;export&apos; wants at most one conversation: mmchat export [CONV] --format F</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>--since wants a date like 2026-11-01 or 2026-11-01T12:00, not &apos;%1&apos;</source>
        <translation>--since wants a date like 2026-11-01 or 2026-11-01T12:00, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;search&apos; wants words to look for: mmchat search QUERY</source>
        <translation>&apos;search&apos; wants words to look for: mmchat search QUERY</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>use: mmchat project list | create NAME | switch NAME</source>
        <translation>use: mmchat project list | create NAME | switch NAME</translation>
    </message>
    <message>
        <source>Project %1 &quot;%2&quot; created.</source>
        <translation>Project %1 &quot;%2&quot; created.</translation>
    </message>
    <message>
        <source>New conversations go to project &quot;%1&quot;.</source>
        <translation>New conversations go to project &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New conversations go to no project.</source>
        <translation>New conversations go to no project.</translation>
    </message>
    <message>
        <source>&apos;import&apos; wants one file: mmchat import FILE (written by &apos;export --format json&apos;)</source>
        <translation>&apos;import&apos; wants one file: mmchat import FILE (written by &apos;export --format json&apos;)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Imported as conversation %1 &quot;%2&quot; (%3 messages); it is now active.</source>
        <translation>Imported as conversation %1 &quot;%2&quot; (%3 messages); it is now active.</translation>
    </message>
    <message>
        <source>&apos;add-context&apos; wants one or more files: mmchat add-context FILE...</source>
        <translation>&apos;add-context&apos; wants one or more files: mmchat add-context FILE...</translation>
    </message>
    <message>
        <source>the new conversation could not be stored</source>
        <translation>the new conversation could not be stored</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--by wants day, week or month, not &apos;%1&apos;</source>
        <translation>--by wants day, week or month, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Imported the project &quot;%1&quot; with %2 conversations.</source>
        <translation>Imported the project &quot;%1&quot; with %2 conversations.</translation>
    </message>
    <message>
        <source>the files could not be stored</source>
        <translation>the files could not be stored</translation>
    </message>
    <message>
        <source>Conversation %1 has these files in its context from now on: %2</source>
        <translation>Conversation %1 has these files in its context from now on: %2</translation>
    </message>
</context>
<context>
    <name>ConversationExporter</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant (%1.%2)</source>
        <translation>Assistant (%1.%2)</translation>
    </message>
    <message>
        <source>Branch %1 of %2</source>
        <translation>Branch %1 of %2</translation>
    </message>
</context>
<context>
    <name>ConversationImporter</name>
    <message>
        <source>This is not JSON (%1 at offset %2).</source>
        <translation>This is not JSON (%1 at offset %2).</translation>
    </message>
    <message>
        <source>This is not a conversation exported by Multimodel Chat as JSON.</source>
        <translation>This is not a conversation exported by Multimodel Chat as JSON.</translation>
    </message>
    <message>
        <source>Message %1 names a parent that is not in the file.</source>
        <translation>Message %1 names a parent that is not in the file.</translation>
    </message>
</context>
<context>
    <name>ConversationListController</name>
    <message>
        <source>Delete Conversation</source>
        <translation>Delete Conversation</translation>
    </message>
    <message>
        <source>Rename Conversation</source>
        <translation>Rename Conversation</translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation>The conversation could not be deleted.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Un&amp;pin</translation>
    </message>
    <message>
        <source>&amp;Pin to the Top</source>
        <translation>&amp;Pin to the Top</translation>
    </message>
    <message>
        <source>&amp;Move to Project</source>
        <translation>&amp;Move to Project</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>No Project</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>New Project…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>%1
Last used %2</source>
        <translation>%1
Last used %2</translation>
    </message>
    <message numerus="yes">
        <source>Project %1: %n conversation(s)</source>
        <translation>
            <numerusform>Project %1: %n conversation</numerusform>
            <numerusform>Project %1: %n conversations</numerusform>
        </translation>
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
    <message>
        <source>Show all conversations or one project&apos;s (Ctrl+P)</source>
        <translation>Show all conversations or one project&apos;s (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ConversationTree</name>
    <message>
        <source> [stopped]</source>
        <translation> [stopped]</translation>
    </message>
    <message>
        <source> [failed]</source>
        <translation> [failed]</translation>
    </message>
    <message>
        <source> [excluded]</source>
        <translation> [excluded]</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>kept for this session only</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>system keychain</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>environment variable %1</translation>
    </message>
</context>
<context>
    <name>GenerationPage</name>
    <message>
        <source>Used by every conversation that does not set its own (projects can set theirs too).</source>
        <translation>Used by every conversation that does not set its own (projects can set theirs too).</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Max tokens:</translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p:</translation>
    </message>
    <message>
        <source>Default &amp;system prompt:</source>
        <translation>Default &amp;system prompt:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
</context>
<context>
    <name>HealthIcon</name>
    <message>
        <source>Online, answered in %1 ms.</source>
        <translation>Online, answered in %1 ms.</translation>
    </message>
    <message>
        <source>Reachable but slow or rate limited (%1 ms). %2</source>
        <translation>Reachable but slow or rate limited (%1 ms). %2</translation>
    </message>
    <message>
        <source>The key was rejected: %1</source>
        <translation>The key was rejected: %1</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Not reachable: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Usage: mmchat model [PROVIDER.MODEL]

Shows the default model for new conversations, or sets it in config.json.
A provider id alone picks that provider&apos;s default model.
</source>
        <translation>Usage: mmchat model [PROVIDER.MODEL]

Shows the default model for new conversations, or sets it in config.json.
A provider id alone picks that provider&apos;s default model.
</translation>
    </message>
    <message>
        <source>Usage: mmchat models [PROVIDER…] [--refresh] [--json]

Lists the models of the given (or every enabled) provider as PROVIDER.MODEL.
Lists come from the cache while younger than a day; --refresh asks again.
</source>
        <translation>Usage: mmchat models [PROVIDER…] [--refresh] [--json]

Lists the models of the given (or every enabled) provider as PROVIDER.MODEL.
Lists come from the cache while younger than a day; --refresh asks again.
</translation>
    </message>
    <message>
        <source>Usage: mmchat providers [--check] [--json]

Lists provider instances with type, base URL, where the key comes from and,
with --check, their health (an authenticated model-list call).
</source>
        <translation>Usage: mmchat providers [--check] [--json]

Lists provider instances with type, base URL, where the key comes from and,
with --check, their health (an authenticated model-list call).
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
        <translation>Usage: mmchat key set PROVIDER
       mmchat key delete PROVIDER
       mmchat key status [PROVIDER]

&apos;set&apos; reads the key from standard input (without echo on a terminal) and stores
it in the system keychain. Keys are looked up in the keychain, then in the
variable the provider names (api_key_env), then in the well-known variable.
Exit code 3 when the keychain cannot be used.
</translation>
    </message>
    <message>
        <source>Usage: mmchat list [--project P] [--limit N] [--json]

Lists conversations, most recently used first; * marks the active one.
</source>
        <translation>Usage: mmchat list [--project P] [--limit N] [--json]

Lists conversations, most recently used first; * marks the active one.
</translation>
    </message>
    <message>
        <source>Usage: mmchat save NAME

Names (renames) the active conversation.
</source>
        <translation>Usage: mmchat save NAME

Names (renames) the active conversation.
</translation>
    </message>
    <message>
        <source>Usage: mmchat load NAME|ID

Makes a conversation the active one for &apos;run&apos;.
</source>
        <translation>Usage: mmchat load NAME|ID

Makes a conversation the active one for &apos;run&apos;.
</translation>
    </message>
    <message>
        <source>Usage: mmchat tree [NAME|ID] [--json]

Prints the branch tree: node number, role and first line of each message.
* marks the active path, + an alternative (an edited prompt or a regenerated
answer). The numbers are the N of /branch, /edit, /exclude and /include.
</source>
        <translation>Usage: mmchat tree [NAME|ID] [--json]

Prints the branch tree: node number, role and first line of each message.
* marks the active path, + an alternative (an edited prompt or a regenerated
answer). The numbers are the N of /branch, /edit, /exclude and /include.
</translation>
    </message>
    <message>
        <source>Usage: mmchat search QUERY [--limit N] [--json]

Full-text search in message texts and titles; every word must match.
</source>
        <translation>Usage: mmchat search QUERY [--limit N] [--json]

Full-text search in message texts and titles; every word must match.
</translation>
    </message>
    <message>
        <source>Usage: mmchat project list | create NAME | switch NAME|none

New conversations started by &apos;run&apos; go to the current project.
</source>
        <translation>Usage: mmchat project list | create NAME | switch NAME|none

New conversations started by &apos;run&apos; go to the current project.
</translation>
    </message>
    <message>
        <source>Usage: mmchat help [COMMAND]
</source>
        <translation>Usage: mmchat help [COMMAND]
</translation>
    </message>
    <message>
        <source>Usage: mmchat import FILE

Adds a conversation written by &apos;mmchat export --format json&apos; as a new
conversation (every branch, with models and usage) and makes it active. A
project exported from the window (Project &gt; Export Project) comes back as a
new project with its conversations, defaults and files.
</source>
        <translation>Usage: mmchat import FILE

Adds a conversation written by &apos;mmchat export --format json&apos; as a new
conversation (every branch, with models and usage) and makes it active. A
project exported from the window (Project &gt; Export Project) comes back as a
new project with its conversations, defaults and files.
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
        <translation>Usage: mmchat usage [--conversation C | --project P | --all] [--since DATE]
                    [--by day|week|month] [--csv | --json]

Tokens and cost per provider and model (and per day, week or month with --by),
with totals, summed from the usage stored with each answer. Costs are added up
per currency. An answer marked * had no counts from its provider: its tokens
are estimated. --csv prints the table for a spreadsheet. Default: --all.
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
        <translation>Usage: mmchat run [-p TEXT] [--provider ID] [--model NAME|PROVIDER.MODEL]
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

</translation>
    </message>
    <message>
        <source>Usage: mmchat export [NAME|ID] --format txt|md|html|json [-o FILE] [--all-branches]

Writes the active path of a conversation (default: the active one) to FILE or
standard output; with --all-branches every branch, one after another. JSON
always holds the whole tree.
</source>
        <translation>Usage: mmchat export [NAME|ID] --format txt|md|html|json [-o FILE] [--all-branches]

Writes the active path of a conversation (default: the active one) to FILE or
standard output; with --all-branches every branch, one after another. JSON
always holds the whole tree.
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
        <translation>Usage: mmchat [--no-color] &lt;command&gt; [options]

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
</translation>
    </message>
    <message>
        <source>Usage: mmchat add-context FILE...

Adds these text files (or the text files in these folders) to the active
conversation as a message of their own, so every later prompt of the branch
is sent with them (leave them out with /exclude). Within limits.max_attachment_kb
and limits.max_message_attachments_kb of config.json.
</source>
        <translation>Usage: mmchat add-context FILE...

Adds these text files (or the text files in these folders) to the active
conversation as a message of their own, so every later prompt of the branch
is sent with them (leave them out with /exclude). Within limits.max_attachment_kb
and limits.max_message_attachments_kb of config.json.
</translation>
    </message>
</context>
<context>
    <name>HttpChatProvider</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>The provider did not answer in time.</translation>
    </message>
    <message>
        <source>The model list could not be read.</source>
        <translation>The model list could not be read.</translation>
    </message>
    <message>
        <source>The token count could not be read.</source>
        <translation>The token count could not be read.</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>The proxy refused the user name or password. Check them in Settings → Network, or in the proxy of this provider, then press Retry.</source>
        <translation>The proxy refused the user name or password. Check them in Settings → Network, or in the proxy of this provider, then press Retry.</translation>
    </message>
    <message>
        <source>Could not get through the proxy (%1). Check its host and port in Settings → Network, then press Retry.</source>
        <translation>Could not get through the proxy (%1). Check its host and port in Settings → Network, then press Retry.</translation>
    </message>
</context>
<context>
    <name>HttpStreamExchange</name>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>The connection closed before the answer was complete.</translation>
    </message>
    <message>
        <source>No data from the provider for %1 s.</source>
        <translation>No data from the provider for %1 s.</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>The provider did not answer within %1 s.</translation>
    </message>
</context>
<context>
    <name>InteractiveSession</name>
    <message>
        <source>Conversation %1 &quot;%2&quot; with %3.%4. /help lists the commands; Ctrl+D ends the session.</source>
        <translation>Conversation %1 &quot;%2&quot; with %3.%4. /help lists the commands; Ctrl+D ends the session.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>unknown command /%1; /help lists the commands</source>
        <translation>unknown command /%1; /help lists the commands</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a node number of /tree (1 to %2)</source>
        <translation>&apos;%1&apos; is not a node number of /tree (1 to %2)</translation>
    </message>
    <message>
        <source>Model: %1.%2</source>
        <translation>Model: %1.%2</translation>
    </message>
    <message>
        <source>/temperature wants a number from 0 to 2</source>
        <translation>/temperature wants a number from 0 to 2</translation>
    </message>
    <message>
        <source>Temperature: the provider&apos;s default</source>
        <translation>Temperature: the provider&apos;s default</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>Temperature: %1</translation>
    </message>
    <message>
        <source>/max-tokens wants a positive whole number</source>
        <translation>/max-tokens wants a positive whole number</translation>
    </message>
    <message>
        <source>Max tokens: the provider&apos;s default</source>
        <translation>Max tokens: the provider&apos;s default</translation>
    </message>
    <message>
        <source>Max tokens: %1</source>
        <translation>Max tokens: %1</translation>
    </message>
    <message>
        <source>No system prompt.</source>
        <translation>No system prompt.</translation>
    </message>
    <message>
        <source>System prompt set.</source>
        <translation>System prompt set.</translation>
    </message>
    <message>
        <source>/save wants a name</source>
        <translation>/save wants a name</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Saved as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Conversation %1 &quot;%2&quot; with %3.%4.</source>
        <translation>Conversation %1 &quot;%2&quot; with %3.%4.</translation>
    </message>
    <message>
        <source>the new conversation could not be stored</source>
        <translation>the new conversation could not be stored</translation>
    </message>
    <message>
        <source>New conversation %1 with %2.%3.</source>
        <translation>New conversation %1 with %2.%3.</translation>
    </message>
    <message>
        <source>The conversation is empty.</source>
        <translation>The conversation is empty.</translation>
    </message>
    <message>
        <source>Now on the branch through node %1.</source>
        <translation>Now on the branch through node %1.</translation>
    </message>
    <message>
        <source>there is no prompt to edit yet</source>
        <translation>there is no prompt to edit yet</translation>
    </message>
    <message>
        <source>node %1 is not a prompt; /edit opens prompts only</source>
        <translation>node %1 is not a prompt; /edit opens prompts only</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>cannot create a temporary file: %1</translation>
    </message>
    <message>
        <source>the editor &apos;%1&apos; failed; nothing was sent</source>
        <translation>the editor &apos;%1&apos; failed; nothing was sent</translation>
    </message>
    <message>
        <source>cannot read the edited prompt: %1</source>
        <translation>cannot read the edited prompt: %1</translation>
    </message>
    <message>
        <source>The prompt is unchanged; nothing was sent.</source>
        <translation>The prompt is unchanged; nothing was sent.</translation>
    </message>
    <message>
        <source>there is nothing to regenerate yet</source>
        <translation>there is nothing to regenerate yet</translation>
    </message>
    <message>
        <source>    system: %1</source>
        <translation>    system: %1</translation>
    </message>
    <message>
        <source>Node %1 is in the context again.</source>
        <translation>Node %1 is in the context again.</translation>
    </message>
    <message>
        <source>Node %1 is left out of the context.</source>
        <translation>Node %1 is left out of the context.</translation>
    </message>
    <message>
        <source>/export wants a format (%1) and a file name</source>
        <translation>/export wants a format (%1) and a file name</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>/add-context wants one or more files</source>
        <translation>/add-context wants one or more files</translation>
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
        <translation>Type a prompt and press Enter to send it. Commands:
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
</translation>
    </message>
    <message>
        <source>the files could not be stored</source>
        <translation>the files could not be stored</translation>
    </message>
    <message>
        <source>In the context from now on: %1</source>
        <translation>In the context from now on: %1</translation>
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
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message numerus="yes">
        <source>… %n more lines not shown; Copy code copies them all</source>
        <translation>
            <numerusform>… %n more line not shown; Copy code copies them all</numerusform>
            <numerusform>… %n more lines not shown; Copy code copies them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDocumentWriter</name>
    <message>
        <source>%1 prompt</source>
        <translation>%1 prompt</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>%1 completion tokens</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>first token %1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Copy Markdown</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Provider settings</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Switch model</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Next version</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>left out of the context</source>
        <translation>left out of the context</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit this prompt; the answer is regenerated as a new branch</source>
        <translation>Edit this prompt; the answer is regenerated as a new branch</translation>
    </message>
    <message>
        <source>Edit in editor</source>
        <translation>Edit in editor</translation>
    </message>
    <message>
        <source>Edit this prompt in $VISUAL or $EDITOR</source>
        <translation>Edit this prompt in $VISUAL or $EDITOR</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>A new answer to the same prompt, kept as a new branch</source>
        <translation>A new answer to the same prompt, kept as a new branch</translation>
    </message>
    <message>
        <source>Leave out of context</source>
        <translation>Leave out of context</translation>
    </message>
    <message>
        <source>Include in context</source>
        <translation>Include in context</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation>Hide thinking</translation>
    </message>
    <message numerus="yes">
        <source>Show thinking (%n word(s))</source>
        <translation>
            <numerusform>Show thinking (%n word)</numerusform>
            <numerusform>Show thinking (%n words)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s reasoning before its answer; never sent back to it</source>
        <translation>The model&apos;s reasoning before its answer; never sent back to it</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>A pinned message is never left out when a long conversation is trimmed to fit</source>
        <translation>A pinned message is never left out when a long conversation is trimmed to fit</translation>
    </message>
</context>
<context>
    <name>NdjsonDecoder</name>
    <message>
        <source>A line in the stream is longer than %1 MB.</source>
        <translation>A line in the stream is longer than %1 MB.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Stored in the system keychain</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>&amp;First answer within:</source>
        <translation>&amp;First answer within:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Silence allowed while streaming:</source>
        <translation>&amp;Silence allowed while streaming:</translation>
    </message>
    <message>
        <source>Privacy and limits</source>
        <translation>Privacy and limits</translation>
    </message>
    <message>
        <source>Allow &amp;Yandex to log my requests (off: requests carry x-data-logging-enabled: false)</source>
        <translation>Allow &amp;Yandex to log my requests (off: requests carry x-data-logging-enabled: false)</translation>
    </message>
    <message>
        <source>Largest attached &amp;file:</source>
        <translation>Largest attached &amp;file:</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Attachments per &amp;message:</source>
        <translation>Attachments per &amp;message:</translation>
    </message>
    <message>
        <source>Network and Privacy</source>
        <translation>Network and Privacy</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>No Keychain</translation>
    </message>
    <message>
        <source>%1

Keep the proxy password for this session only?</source>
        <translation>%1

Keep the proxy password for this session only?</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Password not saved</translation>
    </message>
</context>
<context>
    <name>OllamaProvider</name>
    <message>
        <source>Unreadable line in the stream: %1</source>
        <translation>Unreadable line in the stream: %1</translation>
    </message>
</context>
<context>
    <name>OneShotRequest</name>
    <message>
        <source>The token service did not answer in time.</source>
        <translation>The token service did not answer in time.</translation>
    </message>
</context>
<context>
    <name>OpenAiCompatibleProvider</name>
    <message>
        <source>Unreadable event in the stream: %1</source>
        <translation>Unreadable event in the stream: %1</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices per million tokens, used to compute the cost of each answer when it ends. A model is matched by its name or the longest prefix listed. Change a shipped price to override it; models without a price get no cost, never a guess.</source>
        <translation>Prices per million tokens, used to compute the cost of each answer when it ends. A model is matched by its name or the longest prefix listed. Change a shipped price to override it; models without a price get no cost, never a guess.</translation>
    </message>
    <message>
        <source>&amp;Add Price</source>
        <translation>&amp;Add Price</translation>
    </message>
    <message>
        <source>&amp;Remove Own Price</source>
        <translation>&amp;Remove Own Price</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Cached input</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Shipped prices taken on %1 from %2. They change: check them.</source>
        <translation>Shipped prices taken on %1 from %2. They change: check them.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <source>shipped %1</source>
        <translation>shipped %1</translation>
    </message>
</context>
<context>
    <name>ProjectBundle</name>
    <message>
        <source>There is no such project.</source>
        <translation>There is no such project.</translation>
    </message>
    <message>
        <source>This is not a project exported by Multimodel Chat as JSON.</source>
        <translation>This is not a project exported by Multimodel Chat as JSON.</translation>
    </message>
    <message>
        <source>Conversation %1 of the project: %2</source>
        <translation>Conversation %1 of the project: %2</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Open a conversation of a project, or choose a project in the list first.</source>
        <translation>Open a conversation of a project, or choose a project in the list first.</translation>
    </message>
    <message>
        <source>Choose the project to export in the list first.</source>
        <translation>Choose the project to export in the list first.</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>The project could not be saved: %1</translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation>Project “%1” saved.</translation>
    </message>
    <message>
        <source>Add Files to the Project</source>
        <translation>Add Files to the Project</translation>
    </message>
    <message>
        <source>Could not export the project: %1</source>
        <translation>Could not export the project: %1</translation>
    </message>
    <message>
        <source>Project exported to %1.</source>
        <translation>Project exported to %1.</translation>
    </message>
    <message>
        <source>Project with every branch, re-importable (*.json)</source>
        <translation>Project with every branch, re-importable (*.json)</translation>
    </message>
    <message>
        <source>Markdown, the branches on screen (*.md)</source>
        <translation>Markdown, the branches on screen (*.md)</translation>
    </message>
    <message>
        <source>Export Project</source>
        <translation>Export Project</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to “%1”.</source>
        <translation>
            <numerusform>Moved %n conversation to “%1”.</numerusform>
            <numerusform>Moved %n conversations to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) out of their project.</source>
        <translation>
            <numerusform>Moved %n conversation out of their project.</numerusform>
            <numerusform>Moved %n conversations out of their project.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Only This &amp;Project</source>
        <translation>Show Only This &amp;Project</translation>
    </message>
    <message>
        <source>New &amp;Conversation Here</source>
        <translation>New &amp;Conversation Here</translation>
    </message>
    <message>
        <source>Project &amp;Settings…</source>
        <translation>Project &amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Export Project…</source>
        <translation>&amp;Export Project…</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>&amp;Delete Project…</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Delete Project</translation>
    </message>
    <message>
        <source>Delete the project “%1”? Its conversations stay, outside any project; its files and templates go.</source>
        <translation>Delete the project “%1”? Its conversations stay, outside any project; its files and templates go.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Project Settings</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>What the project is about (for you)</source>
        <translation>What the project is about (for you)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Preselected for new conversations in this project</source>
        <translation>Preselected for new conversations in this project</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>Ma&amp;x tokens:</translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p:</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>Monthly &amp;budget:</translation>
    </message>
    <message>
        <source>Warns at 80 % and asks before sending beyond 100 % in a calendar month</source>
        <translation>Warns at 80 % and asks before sending beyond 100 % in a calendar month</translation>
    </message>
    <message>
        <source>&amp;System prompt for new conversations:</source>
        <translation>&amp;System prompt for new conversations:</translation>
    </message>
    <message>
        <source>None: the one from Preferences › Generation</source>
        <translation>None: the one from Preferences › Generation</translation>
    </message>
    <message>
        <source>&amp;Files sent with every conversation of the project:</source>
        <translation>&amp;Files sent with every conversation of the project:</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Add Files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The default model</source>
        <translation>The default model</translation>
    </message>
    <message>
        <source>Project Settings: %1</source>
        <translation>Project Settings: %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
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
        <translation>&apos;model&apos; wants one PROVIDER.MODEL, e.g. groq.llama-3.3-70b-versatile</translation>
    </message>
    <message>
        <source>Default model: %1.%2</source>
        <translation>Default model: %1.%2</translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos; (see &apos;mmchat providers&apos;)</source>
        <translation>there is no provider &apos;%1&apos; (see &apos;mmchat providers&apos;)</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>not checked (--check)</source>
        <translation>not checked (--check)</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, disabled</translation>
    </message>
    <message>
        <source>  type:     %1</source>
        <translation>  type:     %1</translation>
    </message>
    <message>
        <source>  base URL: %1</source>
        <translation>  base URL: %1</translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation>  key:      %1</translation>
    </message>
    <message>
        <source>  health:   %1</source>
        <translation>  health:   %1</translation>
    </message>
    <message>
        <source>use: mmchat key set PROVIDER | key delete PROVIDER | key status [PROVIDER]</source>
        <translation>use: mmchat key set PROVIDER | key delete PROVIDER | key status [PROVIDER]</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API key for %1: </translation>
    </message>
    <message>
        <source>no key was given on standard input</source>
        <translation>no key was given on standard input</translation>
    </message>
    <message>
        <source>No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be stored safely. Start one, or set the environment variable %1.</source>
        <translation>No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be stored safely. Start one, or set the environment variable %1.</translation>
    </message>
    <message>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation>The key for %1 is stored in the system keychain.</translation>
    </message>
    <message>
        <source>The key for %1 is removed from the system keychain.</source>
        <translation>The key for %1 is removed from the system keychain.</translation>
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
    <name>ProviderManager</name>
    <message>
        <source>There is no provider “%1”. Choose another one or add it in Settings → Providers.</source>
        <translation>There is no provider “%1”. Choose another one or add it in Settings → Providers.</translation>
    </message>
    <message>
        <source>The provider “%1” has the type “%2”, which this version does not support.</source>
        <translation>The provider “%1” has the type “%2”, which this version does not support.</translation>
    </message>
    <message>
        <source>No API key is set for %1. Add one in Settings → Providers.</source>
        <translation>No API key is set for %1. Add one in Settings → Providers.</translation>
    </message>
    <message>
        <source>No API key is set for %1. Add one in Settings → Providers, or set %2.</source>
        <translation>No API key is set for %1. Add one in Settings → Providers, or set %2.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Models:</translation>
    </message>
    <message>
        <source>Comma-separated; empty to ask the provider</source>
        <translation>Comma-separated; empty to ask the provider</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>&amp;Forget Key</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>Key &amp;variable:</translation>
    </message>
    <message>
        <source>Environment variable to read the key from</source>
        <translation>Environment variable to read the key from</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Enabled</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No keychain</translation>
    </message>
    <message>
        <source>Keep the key for this session only?</source>
        <translation>Keep the key for this session only?</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Key not saved</translation>
    </message>
    <message>
        <source>The new key is stored in the system keychain when you apply.</source>
        <translation>The new key is stored in the system keychain when you apply.</translation>
    </message>
    <message>
        <source>The stored key is forgotten when you apply.</source>
        <translation>The stored key is forgotten when you apply.</translation>
    </message>
    <message>
        <source>A key is set (%1). Type a new one to replace it.</source>
        <translation>A key is set (%1). Type a new one to replace it.</translation>
    </message>
    <message>
        <source>No key is set.</source>
        <translation>No key is set.</translation>
    </message>
    <message>
        <source>Paste a new key</source>
        <translation>Paste a new key</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(off)</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Remove provider</translation>
    </message>
    <message>
        <source>Remove “%1” and forget its key when you apply?</source>
        <translation>Remove “%1” and forget its key when you apply?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>F&amp;older ID:</source>
        <translation>F&amp;older ID:</translation>
    </message>
    <message>
        <source>Yandex Cloud folder (b1g…); needed for IAM and OAuth tokens</source>
        <translation>Yandex Cloud folder (b1g…); needed for IAM and OAuth tokens</translation>
    </message>
    <message>
        <source>Key &amp;kind:</source>
        <translation>Key &amp;kind:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA certificates:</translation>
    </message>
    <message>
        <source>PEM file trusted for this provider only (e.g. the Russian Trusted Root CA)</source>
        <translation>PEM file trusted for this provider only (e.g. the Russian Trusted Root CA)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Do &amp;not verify certificates (testing only, unsafe)</source>
        <translation>Do &amp;not verify certificates (testing only, unsafe)</translation>
    </message>
    <message>
        <source>Service account API key</source>
        <translation>Service account API key</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM token</translation>
    </message>
    <message>
        <source>OAuth token (exchanged for IAM tokens)</source>
        <translation>OAuth token (exchanged for IAM tokens)</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA Certificates</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Monthly b&amp;udget:</source>
        <translation>Monthly b&amp;udget:</translation>
    </message>
    <message>
        <source>Warns at 80 % and asks before sending beyond 100 % in a calendar month</source>
        <translation>Warns at 80 % and asks before sending beyond 100 % in a calendar month</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Empty: the key above is the authorization key; set: the key above is the client secret</source>
        <translation>Empty: the key above is the authorization key; set: the key above is the client secret</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Proxy user (optional)</source>
        <translation>Proxy user (optional)</translation>
    </message>
    <message>
        <source>Password (kept in the keychain)</source>
        <translation>Password (kept in the keychain)</translation>
    </message>
    <message>
        <source>As in Network settings</source>
        <translation>As in Network settings</translation>
    </message>
    <message>
        <source>Proxy password not saved</source>
        <translation>Proxy password not saved</translation>
    </message>
</context>
<context>
    <name>ProxyFields</name>
    <message>
        <source>System proxy settings</source>
        <translation>System proxy settings</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 proxy</translation>
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
    <name>ReplyStreamer</name>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Trying again in %2 s (attempt %3).</translation>
    </message>
    <message>
        <source>stopped; the partial answer is kept</source>
        <translation>stopped; the partial answer is kept</translation>
    </message>
    <message>
        <source>thinking: </source>
        <translation>thinking: </translation>
    </message>
    <message>
        <source>the answer was cut off at the token limit%1; --max-tokens raises it</source>
        <translation>the answer was cut off at the token limit%1; --max-tokens raises it</translation>
    </message>
    <message>
        <source>the provider&apos;s content filter stopped the answer%1</source>
        <translation>the provider&apos;s content filter stopped the answer%1</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>&apos;run&apos; takes no words; give the prompt with -p &quot;TEXT&quot; or on standard input</source>
        <translation>&apos;run&apos; takes no words; give the prompt with -p &quot;TEXT&quot; or on standard input</translation>
    </message>
    <message>
        <source>use either --new or --conversation, not both</source>
        <translation>use either --new or --conversation, not both</translation>
    </message>
    <message>
        <source>the prompt is empty; give it with -p &quot;TEXT&quot; or on standard input</source>
        <translation>the prompt is empty; give it with -p &quot;TEXT&quot; or on standard input</translation>
    </message>
    <message>
        <source>--temperature wants a number from 0 to 2, not &apos;%1&apos;</source>
        <translation>--temperature wants a number from 0 to 2, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-tokens wants a positive whole number, not &apos;%1&apos;</source>
        <translation>--max-tokens wants a positive whole number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no provider &apos;%1&apos;; configured: %2</source>
        <translation>there is no provider &apos;%1&apos;; configured: %2</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be stored safely. Start one, or keep the key for this session only.</source>
        <translation>No system keychain is running (such as GNOME Keyring or KWallet), so the key cannot be stored safely. Start one, or keep the key for this session only.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the key. Check its permissions.</source>
        <translation>The system keychain refused access to the key. Check its permissions.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>The system keychain is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>No key is stored for this provider yet.</source>
        <translation>No key is stored for this provider yet.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>The system keychain reported an error: %1</translation>
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
    <name>SseDecoder</name>
    <message>
        <source>A line in the event stream is longer than %1 MB.</source>
        <translation>A line in the event stream is longer than %1 MB.</translation>
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
    <name>TemplateLibrary</name>
    <message>
        <source>Every template needs a name.</source>
        <translation>Every template needs a name.</translation>
    </message>
    <message>
        <source>The template “%1” is empty.</source>
        <translation>The template “%1” is empty.</translation>
    </message>
    <message>
        <source>Two templates are called “%1”.</source>
        <translation>Two templates are called “%1”.</translation>
    </message>
    <message>
        <source>The shortcut “%1” is used twice.</source>
        <translation>The shortcut “%1” is used twice.</translation>
    </message>
</context>
<context>
    <name>TemplatePalette</name>
    <message>
        <source>Insert Template</source>
        <translation>Insert Template</translation>
    </message>
    <message>
        <source>Type to filter templates; Enter inserts</source>
        <translation>Type to filter templates; Enter inserts</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Shortcut:</translation>
    </message>
    <message>
        <source>for example: tr</source>
        <translation>for example: tr</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>{{input}} is what you typed, {{selection}} the selected text, {{clipboard}} the clipboard and {{date}} today&apos;s date.</source>
        <translation>{{input}} is what you typed, {{selection}} the selected text, {{clipboard}} the clipboard and {{date}} today&apos;s date.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>&amp;Offered in:</source>
        <translation>&amp;Offered in:</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Every conversation</translation>
    </message>
    <message>
        <source>Project “%1” only</source>
        <translation>Project “%1” only</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>mmchat: warning: %1
</source>
        <translation>mmchat: warning: %1
</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>UsageController</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message numerus="yes">
        <source>This conversation: %n answer(s), %1 prompt and %2 output tokens.</source>
        <translation>
            <numerusform>This conversation: %n answer, %1 prompt and %2 output tokens.</numerusform>
            <numerusform>This conversation: %n answers, %1 prompt and %2 output tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them without counts from the provider (estimated).</source>
        <translation>
            <numerusform>%n of them without counts from the provider (estimated).</numerusform>
            <numerusform>%n of them without counts from the provider (estimated).</numerusform>
        </translation>
    </message>
    <message>
        <source>Project › Usage and Cost shows more.</source>
        <translation>Project › Usage and Cost shows more.</translation>
    </message>
    <message>
        <source>Budgets: %1</source>
        <translation>Budgets: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Usage written to %1.</source>
        <translation>Usage written to %1.</translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation>Export Usage</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <source>Usage and Cost</source>
        <translation>Usage and Cost</translation>
    </message>
    <message>
        <source>Which conversations to add up</source>
        <translation>Which conversations to add up</translation>
    </message>
    <message>
        <source>How far back</source>
        <translation>How far back</translation>
    </message>
    <message>
        <source>One bar and one group of rows per day, week or month</source>
        <translation>One bar and one group of rows per day, week or month</translation>
    </message>
    <message>
        <source>Rows and colours per provider or per model</source>
        <translation>Rows and colours per provider or per model</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>What the bars show</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Conversation “%1”</source>
        <translation>Conversation “%1”</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>This conversation</translation>
    </message>
    <message>
        <source>Project “%1”</source>
        <translation>Project “%1”</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>This project</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>All history</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Last 14 days</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Last 12 weeks</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>By provider</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>By model</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>untitled</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n answer(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n answer&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n answers&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens (%2 prompt, %3 output)</source>
        <translation>%1 tokens (%2 prompt, %3 output)</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 cached</translation>
    </message>
    <message>
        <source>cost &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>cost &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no priced answers</source>
        <translation>no priced answers</translation>
    </message>
    <message numerus="yes">
        <source>* %n answer(s) had no token counts from the provider; their tokens are estimated.</source>
        <translation>
            <numerusform>* %n answer had no token counts from the provider; their tokens are estimated.</numerusform>
            <numerusform>* %n answers had no token counts from the provider; their tokens are estimated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost in %1</source>
        <translation>Cost in %1</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>No answers in this period.</source>
        <translation>No answers in this period.</translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>PROVIDER.MODEL</source>
        <translation>PROVIDER.MODEL</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANSWERS</translation>
    </message>
    <message>
        <source>PROMPT</source>
        <translation>PROMPT</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>OUTPUT</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COST</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message numerus="yes">
        <source>* %n answer(s) without counts from the provider: tokens estimated.</source>
        <translation>
            <numerusform>* %n answer without counts from the provider: tokens estimated.</numerusform>
            <numerusform>* %n answers without counts from the provider: tokens estimated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message numerus="yes">
        <source>%n answer(s) had no token counts from the provider; their tokens are estimated.</source>
        <translation>
            <numerusform>%n answer had no token counts from the provider; their tokens are estimated.</numerusform>
            <numerusform>%n answers had no token counts from the provider; their tokens are estimated.</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Cached</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Total tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>YandexProviders</name>
    <message>
        <source>Yandex Cloud (OpenAI-compatible)</source>
        <translation>Yandex Cloud (OpenAI-compatible)</translation>
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
</TS>
