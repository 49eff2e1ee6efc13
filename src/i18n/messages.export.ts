/**
 * Strings of the "export" feature, namespaced under `m.export`. Spanish first; English typed from it,
 * so a key missing in one language fails the type check.
 */
const es = {
  export: {},
};

export const exportMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    export: {},
  },
};
