/** The words of the 0–10 numeric rating scale, so a number is never shown alone. */
export const PAIN_WORDS = [
  "No pain",
  "Very mild",
  "Mild",
  "Uncomfortable",
  "Moderate",
  "Distracting",
  "Distressing",
  "Intense",
  "Severe",
  "Very severe",
  "Worst pain imaginable",
] as const;

/** "7 – Intense" */
export const painLabel = (n: number): string => `${n} – ${PAIN_WORDS[n] ?? ""}`;
