/**
 * Strings of the "embed" feature, namespaced under `m.embed`. Spanish first; English typed from it,
 * so a key missing in one language fails the type check.
 */
const es = {
  embed: {},
};

export const embedMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    embed: {},
  },
};
