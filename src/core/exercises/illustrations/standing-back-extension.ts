/** Hand-drawn for Backcoach: Standing back extension: standing with knees straight and hands on the lower back, leaning back a little. */
export const standingBackExtensionSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-standing-back-extension-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-standing-back-extension-title">Standing back extension: standing with knees straight and hands on the lower back, leaning back a little</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<path d="M80 94L84 60L88 94"/>' +
  '<path d="M84 60Q82 44 72 30"/>' +
  '<circle cx="66" cy="21" r="8"/>' +
  '<path d="M72 32L62 46L80 56"/>' +
  '<path d="M108 44A28 28 0 0 0 90 16M90 16l7 0M90 16l2 7" stroke-width="2" stroke-dasharray="4 4"/>' +
  "</svg>";
