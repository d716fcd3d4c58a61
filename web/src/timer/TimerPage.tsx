import { useEffect, useState } from "react";
import { useSearch } from "wouter";
import { BackButton } from "../ui/BackButton";
import { nowMs } from "../clock";
import { load, remove, save } from "../storage";
import { Page } from "../ui/Page";
import { useNow } from "../ui/useNow";
import { formatMoment } from "../ui/format";
import { endOf, formatClock, isFinished, pause, remainingMs, resume, startCountdown, type Countdown } from "./session";
import { mayStart, type Mode, type Permission } from "./thermal";
import { sessionFromQuery } from "./timerLink";
import { announceEnd, askToNotify, unlockAudio } from "./alert";

interface Active {
  mode: Mode;
  countdown: Countdown;
  announced: boolean;
}
const KEY = "timer.active";
const MODE_WORDS: Record<Mode, string> = { cold: "Cold", heat: "Heat" };

/** A full-screen cold or heat session: at most 20 minutes, heat only when the plan allows it. */
export function TimerPage() {
  const session = sessionFromQuery(useSearch());
  const [active, setActiveState] = useState<Active | undefined>(() => load<Active>(KEY));
  const [minutes, setMinutes] = useState(session.maxMinutes);
  const [refusal, setRefusal] = useState<Permission & { ok: false }>();
  const t = useNow(active !== undefined && !active.announced);

  const setActive = (a: Active | undefined) => {
    setActiveState(a);
    if (a) save(KEY, a);
    else remove(KEY);
  };

  const finished = active !== undefined && isFinished(active.countdown, t);
  // One timeout for the end itself: a hidden tab throttles the ticking, not a lone timeout.
  const endAt = active && !active.announced && active.countdown.pausedAt === undefined ? endOf(active.countdown) : undefined;
  const [, wake] = useState(0);
  useEffect(() => {
    if (endAt === undefined) return;
    const id = setTimeout(() => wake((n) => n + 1), Math.max(0, endAt - nowMs()) + 50);
    return () => clearTimeout(id);
  }, [endAt]);
  useEffect(() => {
    if (active && finished && !active.announced) {
      setActive({ ...active, announced: true });
      void announceEnd(`${MODE_WORDS[active.mode]} session done`, "Take the pack off. Leave at least an hour before the next one.");
    }
  });

  const start = (mode: Mode) => {
    const p = mayStart(session, mode, nowMs(), formatMoment);
    if (!p.ok) return setRefusal(p);
    setRefusal(undefined);
    unlockAudio();
    void askToNotify();
    setActive({ mode, countdown: startCountdown(nowMs(), Math.min(minutes, session.maxMinutes) * 60_000), announced: false });
  };

  if (active) {
    const paused = active.countdown.pausedAt !== undefined;
    return (
      <div className="fullscreen">
        <Page title={finished ? `${MODE_WORDS[active.mode]} session done` : `${MODE_WORDS[active.mode]} session`}>
          <p className="bigtime" role="timer" aria-live="off" data-testid="remaining">
            {formatClock(remainingMs(active.countdown, t))}
          </p>
          <p aria-live="polite" className="lead" style={{ textAlign: "center" }}>
            {finished
              ? "Time is up. Take the pack off and let the skin recover: at least an hour before the next session."
              : paused
                ? "Paused."
                : active.mode === "cold"
                  ? "Keep the cold pack wrapped in a cloth. Check the skin every few minutes."
                  : "Warm, not hot. Check the skin every few minutes."}
          </p>
        </Page>
        <div className="grow" />
        <div className="controls">
          {!finished && (
            <button
              type="button"
              className="big"
              onClick={() => setActive({ ...active, countdown: paused ? resume(active.countdown, nowMs()) : pause(active.countdown, nowMs()) })}
            >
              {paused ? "Resume" : "Pause"}
            </button>
          )}
          <button type="button" className="big primary" onClick={() => setActive(undefined)}>
            {finished ? "Close" : "Stop session"}
          </button>
        </div>
      </div>
    );
  }

  const options = [10, 15, 20].filter((m) => m <= session.maxMinutes);
  return (
    <div className="fullscreen">
      <Page title={session.kind === "cold" ? "Cold session" : "Heat or cold session"}>
        <p>
          Up to {session.maxMinutes} minutes, a wrapped cold pack{session.kind === "heat_or_cold" ? " or a warm pack, whichever feels better" : ""}.
          Never put ice straight on the skin.
        </p>
        <fieldset>
          <legend>How long</legend>
          <div className="row">
            {options.map((m) => (
              <label key={m} className="choice">
                <input type="radio" name="minutes" checked={minutes === m} onChange={() => setMinutes(m)} />
                {m} min
              </label>
            ))}
          </div>
        </fieldset>
        {refusal && (
          <div className="notice" role="alert">
            <p className="error">Not now.</p>
            <p>{refusal.reason}</p>
            <p className="hint">
              Rule <span className="rule-id">{refusal.ruleId}</span>
            </p>
          </div>
        )}
      </Page>
      <div className="grow" />
      <div className="controls">
        <button type="button" className="big primary" onClick={() => start("cold")}>
          Start cold
        </button>
        <button type="button" className="big" onClick={() => start("heat")}>
          Start heat
        </button>
        <BackButton fallback="/today" />
      </div>
    </div>
  );
}
