/** Hand-drawn for Backcoach: Glute bridge: lying on the back with knees bent, hips lifted in line with shoulders and knees. */
export const gluteBridgeSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-glute-bridge-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-glute-bridge-title">Glute bridge: lying on the back with knees bent, hips lifted in line with shoulders and knees</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<circle cx="18" cy="84" r="7"/>' +
  '<path d="M28 88L76 68L108 54L112 92"/>' +
  '<path d="M32 91H64"/>' +
  "</svg>";
