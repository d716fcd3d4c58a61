/** Hand-drawn for Backcoach: Bird dog: on hands and knees with a flat back, one arm and the opposite leg reaching out in a straight line. */
export const birdDogSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100" role="img" aria-labelledby="ex-bird-dog-title" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">' +
  '<title id="ex-bird-dog-title">Bird dog: on hands and knees with a flat back, one arm and the opposite leg reaching out in a straight line</title>' +
  '<path d="M8 94H152" stroke-width="2"/>' +
  '<path d="M50 62V92"/>' +
  '<path d="M50 62H100"/>' +
  '<path d="M100 62L100 90L126 90"/>' +
  '<path d="M50 62L16 40"/>' +
  '<path d="M100 62L144 60"/>' +
  '<circle cx="38" cy="66" r="6"/>' +
  "</svg>";
