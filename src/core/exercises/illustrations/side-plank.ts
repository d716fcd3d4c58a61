/** Hand-drawn for Backcoach: Side plank: resting on one forearm, body in a straight line from head to feet, top arm raised. */
export const sidePlankSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-side-plank-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-side-plank-title">Side plank: resting on one forearm, body in a straight line from head to feet, top arm raised</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<path d="M62 92H40V64"/>' +
  '<path d="M40 64L140 92"/>' +
  '<circle cx="28" cy="58" r="8"/>' +
  '<path d="M40 64V28"/>' +
  "</svg>";
