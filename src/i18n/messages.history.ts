/**
 * Strings of the "history" feature, namespaced under `m.history`. Spanish first; English typed from it,
 * so a key missing in one language fails the type check.
 */
const es = {
  history: {},
};

export const historyMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    history: {},
  },
};
