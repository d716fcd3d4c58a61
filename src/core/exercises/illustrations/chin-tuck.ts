/** Hand-drawn for Backcoach: Chin tuck: sitting tall and sliding the chin straight back. */
export const chinTuckSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-chin-tuck-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-chin-tuck-title">Chin tuck: sitting tall and sliding the chin straight back</title>' +
  '<path d="M80 96V52M80 52V44"/>' +
  '<circle cx="80" cy="30" r="12"/>' +
  '<path d="M92 30h4"/>' +
  '<circle cx="94" cy="32" r="12" stroke-width="2" stroke-dasharray="4 4"/>' +
  '<path d="M106 10H84M90 4L84 10L90 16" stroke-width="2"/>' +
  '<path d="M80 58L88 76L102 78"/>' +
  "</svg>";
