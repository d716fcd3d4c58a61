/** Hand-drawn for Backcoach: Cool-down: standing relaxed and breathing out slowly. */
export const coolDownSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-cool-down-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-cool-down-title">Cool-down: standing relaxed and breathing out slowly</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<circle cx="80" cy="16" r="8"/>' +
  '<path d="M80 26V60"/>' +
  '<path d="M80 60L72 92M80 60L88 92"/>' +
  '<path d="M80 32L70 56M80 32L90 56"/>' +
  '<path d="M96 14q4 -4 8 0t8 0t8 0" stroke-width="2"/>' +
  "</svg>";
