/**
 * Sound and notifications for timers and the player. Browsers allow audio only
 * after a tap, so `unlockAudio` is called from the Start button.
 */
let audio: AudioContext | undefined;

export function unlockAudio(): void {
  const Ctx = globalThis.AudioContext;
  if (!Ctx) return;
  audio ??= new Ctx();
  if (audio.state === "suspended") void audio.resume();
}

/** A short sine beep; silent where WebAudio is missing. */
export function beep(ms = 200, hz = 880): void {
  if (!audio) return;
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.frequency.value = hz;
  gain.gain.value = 0.2;
  osc.connect(gain).connect(audio.destination);
  const t = audio.currentTime;
  osc.start(t);
  osc.stop(t + ms / 1000);
}

/** Asks for permission to notify (from a tap); the answer is remembered by the browser. */
export async function askToNotify(): Promise<void> {
  if (typeof Notification !== "undefined" && Notification.permission === "default") {
    await Notification.requestPermission().catch(() => undefined);
  }
}

/** Tells the user a session ended: a notification where permitted, else beeps. */
export async function announceEnd(title: string, body: string): Promise<"notification" | "beep"> {
  navigator.vibrate?.([300, 150, 300]);
  if (typeof Notification !== "undefined" && Notification.permission === "granted") {
    try {
      const reg = await navigator.serviceWorker?.getRegistration();
      if (reg) await reg.showNotification(title, { body, tag: "backcoach-timer" });
      else new Notification(title, { body, tag: "backcoach-timer" });
      return "notification";
    } catch {
      // Some browsers refuse page notifications (Android Chrome): fall through to sound.
    }
  }
  beep(400, 880);
  setTimeout(() => beep(400, 660), 500);
  setTimeout(() => beep(600, 880), 1000);
  return "beep";
}
