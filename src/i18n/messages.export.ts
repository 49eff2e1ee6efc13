/**
 * Strings of the "export" feature (downloads, alt text, the embed dialog), namespaced under
 * `m.export`. Spanish first; English typed from it, so a key missing in one language fails the
 * type check.
 */
const es = {
  export: {
    download: 'Descargar',
    svg: 'SVG',
    png: 'PNG',
    csv: 'CSV',
    downloadSvg: 'Descargar SVG',
    downloadPng: 'Descargar PNG',
    working: 'Preparando la imagen…',
    failed: 'No se pudo crear la imagen de este gráfico.',
    altText: 'Texto alternativo',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFallback: 'El navegador no deja copiar: selecciona y copia este texto.',
    credit: (app: string) => `${app} · datos con fuente, fecha y confianza`,
    embed: 'Insertar',
    embedTitle: 'Insertar este gráfico',
    embedIntro: 'Pega este código en tu entrada o página. El gráfico ocupa el ancho disponible.',
    snippet: 'Código para insertar',
    autoHeight: 'Ajustar la altura sola (añade un script pequeño)',
    hideTitle: 'Ocultar el título',
    preview: 'Vista previa',
    close: 'Cerrar',
    noIframes: 'Si tu plataforma no admite iframes, descarga la imagen del mismo gráfico:',
    noEmbed: 'Esta vista no se puede insertar.',
  },
};

export const exportMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    export: {
      download: 'Download',
      svg: 'SVG',
      png: 'PNG',
      csv: 'CSV',
      downloadSvg: 'Download SVG',
      downloadPng: 'Download PNG',
      working: 'Preparing the image…',
      failed: 'Could not create an image of this chart.',
      altText: 'Alt text',
      copy: 'Copy',
      copied: 'Copied',
      copyFallback: 'The browser will not copy: select and copy this text.',
      credit: (app: string) => `${app} · data with source, date and confidence`,
      embed: 'Embed',
      embedTitle: 'Embed this chart',
      embedIntro: 'Paste this code into your post or page. The chart takes the width available.',
      snippet: 'Embed code',
      autoHeight: 'Size the height automatically (adds a small script)',
      hideTitle: 'Hide the title',
      preview: 'Preview',
      close: 'Close',
      noIframes: 'If your platform does not allow iframes, download an image of the same chart:',
      noEmbed: 'This view cannot be embedded.',
    },
  },
};
