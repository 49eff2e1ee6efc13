/**
 * Strings of the "compare" feature, namespaced under `m.compare`. Spanish first; English typed from it,
 * so a key missing in one language fails the type check.
 */
const es = {
  compare: {},
};

export const compareMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    compare: {},
  },
};
