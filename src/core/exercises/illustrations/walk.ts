/** Hand-drawn for Backcoach: Walk: walking upright at an easy pace, arms swinging. */
export const walkSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-walk-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-walk-title">Walk: walking upright at an easy pace, arms swinging</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<circle cx="82" cy="16" r="8"/>' +
  '<path d="M82 26L80 60"/>' +
  '<path d="M80 60L68 92M80 60L96 92"/>' +
  '<path d="M82 32L94 50M82 32L70 50"/>' +
  "</svg>";
