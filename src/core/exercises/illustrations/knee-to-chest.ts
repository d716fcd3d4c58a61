/** Hand-drawn for Backcoach: Knee to chest: lying on the back, hugging both knees in towards the chest. */
export const kneeToChestSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-knee-to-chest-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-knee-to-chest-title">Knee to chest: lying on the back, hugging both knees in towards the chest</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<circle cx="22" cy="82" r="8"/>' +
  '<path d="M32 88H84"/>' +
  '<path d="M84 88L68 58L90 50"/>' +
  '<path d="M36 86L50 66L66 62"/>' +
  "</svg>";
