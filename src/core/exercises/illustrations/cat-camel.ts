/** Hand-drawn for Backcoach: Cat-camel: on hands and knees, the back rounded up like a cat, then gently let down. */
export const catCamelSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-cat-camel-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-cat-camel-title">Cat-camel: on hands and knees, the back rounded up like a cat, then gently let down</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<path d="M50 62V92"/>' +
  '<path d="M50 62Q75 36 100 62"/>' +
  '<path d="M100 62L100 90L126 90"/>' +
  '<circle cx="42" cy="72" r="6"/>' +
  '<path d="M50 62Q75 80 100 62" stroke-width="2" stroke-dasharray="4 4"/>' +
  "</svg>";
