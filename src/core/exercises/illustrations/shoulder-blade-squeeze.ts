/** Hand-drawn for Backcoach: Shoulder blade squeeze: seen from behind, elbows bent and drawn back, shoulder blades squeezing together. */
export const shoulderBladeSqueezeSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-shoulder-blade-squeeze-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-shoulder-blade-squeeze-title">Shoulder blade squeeze: seen from behind, elbows bent and drawn back, shoulder blades squeezing together</title>' +
  '<circle cx="80" cy="18" r="9"/>' +
  '<path d="M80 28V68M60 34H100"/>' +
  '<path d="M60 34L54 54L66 64M100 34L106 54L94 64"/>' +
  '<path d="M80 68L70 96M80 68L90 96"/>' +
  '<path d="M62 44H72M68 40L72 44L68 48M98 44H88M92 40L88 44L92 48" stroke-width="2"/>' +
  "</svg>";
