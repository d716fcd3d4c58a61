import { useState } from "react";
import { Link } from "wouter";
import { timeZoneOf, useSession } from "../session";
import { LoadFailed } from "../ui/LoadFailed";
import { Page } from "../ui/Page";
import { Disclaimer } from "../ui/Disclaimer";
import { useAsync } from "../ui/useAsync";
import { formatMoment } from "../ui/format";
import { LevelBanner } from "../result/LevelBanner";
import { Reasons } from "../result/Reasons";
import { RedFlagList } from "../result/RedFlagList";
import { PlanItemView } from "./PlanItemView";
import { KIND_LABELS } from "./kinds";
import { MissingFlags } from "./MissingFlags";
import { FollowUpForm } from "./FollowUpForm";
import { comingDays, dayLabel, todayOf } from "./days";
import { itemKey, loadDone, setDone } from "./done";
import { loadCurrent, type EpisodeDay } from "./episodeData";

/** Today's plan for the current episode, ticked off as done, and the days to come. */
export function Today() {
  const session = useSession();
  if (session.state === "signedOut")
    return (
      <Page title="Today">
        <p>Your plan day by day lives in an account. Start with a quick check, then save it.</p>
        <Link href="/check" className="button primary big">
          Start a quick check
        </Link>
        <p>
          Have an account? <Link href="/signin">Sign in</Link>
        </p>
      </Page>
    );
  return <TodayFor timeZone={timeZoneOf(session)} />;
}

function TodayFor({ timeZone }: { timeZone: string }) {
  const [current, reload] = useAsync(() => loadCurrent(timeZone), [timeZone]);
  if (current.state === "loading") return <p className="loading">Loading your plan…</p>;
  if (current.state === "failed") return <LoadFailed title="Today" what="Your plan" error={current.error} />;
  if (!current.value)
    return (
      <Page title="Today">
        <p>No episode yet. A quick check starts one.</p>
        <Link href="/check" className="button primary big">
          Start a quick check
        </Link>
      </Page>
    );
  return <Day day={current.value} reload={reload} />;
}

function Day({ day, reload }: { day: EpisodeDay; reload: () => void }) {
  const { episode, plan } = day;
  const today = todayOf(plan);
  const [done, setDoneState] = useState(() => (today ? loadDone(episode.id, today.date) : []));
  // An emergency or urgent plan holds only the action; any other waits for every red-flag answer.
  const needsFlags = plan.level !== "emergency" && plan.level !== "urgent" && episode.triage.unansweredFlags.length > 0;
  return (
    <Page title="Today">
      {day.offline && <p className="notice">You are offline: this is the plan kept on this device.</p>}
      <p className="muted">Pain began {formatMoment(episode.onsetAt)}.</p>
      <LevelBanner result={episode.triage} />
      <p>{episode.triage.advice}</p>
      <Reasons reasons={episode.triage.reasons} />
      {needsFlags ? (
        <MissingFlags episode={episode} onDone={reload} />
      ) : today ? (
        <>
          <h2>
            Today's plan{" "}
            <span className="muted">
              ({done.length} of {today.items.length} done)
            </span>
          </h2>
          <ul className="items">
            {today.items.map((item, i) => {
              const k = itemKey(item, i);
              return (
                <PlanItemView
                  key={k}
                  item={item}
                  plan={plan}
                  episodeId={episode.id}
                  done={done.includes(k)}
                  onDone={(d) => setDoneState(setDone(episode.id, today.date, k, d))}
                />
              );
            })}
          </ul>
        </>
      ) : (
        <p>The plan has no items for today.</p>
      )}
      <p>
        <Link href="/diary" className="button">
          Rate today's pain
        </Link>
      </p>
      <FollowUpForm episode={episode} onDone={reload} />
      {!needsFlags && comingDays(plan).length > 0 && <h2>The coming days</h2>}
      {!needsFlags && comingDays(plan).map((d) => (
        <details className="day" key={d.date}>
          <summary>
            {dayLabel(d.date)} · {d.items.length} {d.items.length === 1 ? "item" : "items"}
          </summary>
          <ul>
            {d.items.map((item, i) => (
              <li key={itemKey(item, i)}>
                <strong>{KIND_LABELS[item.kind]}:</strong> {item.text}
              </li>
            ))}
          </ul>
        </details>
      ))}
      <RedFlagList />
      <Disclaimer />
    </Page>
  );
}
