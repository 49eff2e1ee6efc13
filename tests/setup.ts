import { loadAllMessages } from '../src/i18n/messages.ts';

// Tests render every language; the app loads only the page's (src/i18n/messages.ts).
await loadAllMessages();
