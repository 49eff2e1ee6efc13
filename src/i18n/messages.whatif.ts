/**
 * Strings of the "whatif" feature, namespaced under `m.whatif`. Spanish first; English typed from it,
 * so a key missing in one language fails the type check.
 */
const es = {
  whatif: {},
};

export const whatifMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    whatif: {},
  },
};
