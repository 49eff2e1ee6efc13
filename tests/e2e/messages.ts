/**
 * Every language's messages, loaded, for the browser specs (which run in Node, beside the pages
 * they test). Specs import `MESSAGES` from here rather than from src/i18n/messages.ts.
 */
import { loadAllMessages, MESSAGES } from '../../src/i18n/messages.ts';

await loadAllMessages();

export { MESSAGES };
