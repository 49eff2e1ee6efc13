/**
 * Strings that say which ECB rate converted a money figure, namespaced under `m.rates`.
 * Spanish first; English typed from it. Dates arrive formatted.
 */
const es = {
  rates: {
    how: {
      day: (date: string) => `cambio del BCE del ${date}`,
      earlierDay: (date: string, asOf: string) => `cambio del BCE del ${date}, último día hábil antes del ${asOf}`,
      mean: (period: string, n: number) => `media de los ${n} cambios diarios del BCE de ${period}`,
      partialMean: (period: string, n: number, last: string) =>
        `media de los ${n} cambios del BCE de ${period} hasta el ${last}, el último de los datos`,
      afterLast: (date: string, asOf: string) => `último cambio del BCE de los datos, del ${date}: la cifra (${asOf}) es posterior`,
    },
    /** Beside a bar's number, when the figure is dated after the last fixing. */
    afterLastShort: (date: string) => `(último cambio: ${date})`,
    /** Under the money chart: the rule, then the rates used. */
    convertedAt: (rates: string) =>
      `Convertido al cambio del BCE de la fecha de cada cifra (o del último día hábil anterior); si la cifra solo da mes o año, a la media de ese periodo; si es posterior al último cambio de los datos, a ese último cambio. Cambios usados: ${rates}.`,
  },
};

export const ratesMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    rates: {
      how: {
        day: (date) => `ECB rate of ${date}`,
        earlierDay: (date, asOf) => `ECB rate of ${date}, the last business day before ${asOf}`,
        mean: (period, n) => `mean of the ${n} daily ECB rates of ${period}`,
        partialMean: (period, n, last) => `mean of the ${n} ECB rates of ${period} up to ${last}, the last in the data`,
        afterLast: (date, asOf) => `last ECB rate in the data, of ${date}: the figure (${asOf}) is later`,
      },
      afterLastShort: (date) => `(last rate: ${date})`,
      convertedAt: (rates) =>
        `Converted at the ECB rate of each figure's date (or the last business day before it); a figure dated only by month or year at that period's mean; a figure dated after the last rate in the data at that last rate. Rates used: ${rates}.`,
    },
  },
};
