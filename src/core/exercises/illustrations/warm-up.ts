/** Hand-drawn for Backcoach: Warm-up: marching on the spot, one knee lifted and the opposite arm swinging forward. */
export const warmUpSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-warm-up-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-warm-up-title">Warm-up: marching on the spot, one knee lifted and the opposite arm swinging forward</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<circle cx="80" cy="14" r="8"/>' +
  '<path d="M80 24V58"/>' +
  '<path d="M80 58V92M80 58H100V82"/>' +
  '<path d="M80 30L92 42L98 30M80 30L68 48"/>' +
  "</svg>";
