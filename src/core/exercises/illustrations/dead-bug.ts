/** Hand-drawn for Backcoach: Dead bug: lying on the back, one arm and the opposite leg lowered slowly towards the floor. */
export const deadBugSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-dead-bug-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-dead-bug-title">Dead bug: lying on the back, one arm and the opposite leg lowered slowly towards the floor</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<circle cx="20" cy="84" r="7"/>' +
  '<path d="M30 88H80"/>' +
  '<path d="M38 88V52M38 88L12 60"/>' +
  '<path d="M80 88V60H104M80 88L138 78"/>' +
  "</svg>";
