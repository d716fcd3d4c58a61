import { beep } from "../timer/alert";

/** Spoken cues where the browser can speak, else a beep for each change. */
export function say(text: string): void {
  const synth = globalThis.speechSynthesis;
  if (synth && typeof SpeechSynthesisUtterance !== "undefined") {
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.rate = 0.95;
    synth.speak(u);
  } else beep(150, 660);
}

export function hush(): void {
  globalThis.speechSynthesis?.cancel();
}
