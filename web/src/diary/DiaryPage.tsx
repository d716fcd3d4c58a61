import { useEffect, useMemo, useState } from "react";
import { trendSummary } from "../../../src/core/diary/summary";
import { api, ApiFailure, type DiaryEntry, type PegRecord } from "../api";
import { now, nowMs } from "../clock";
import { timeZoneOf, useSession } from "../session";
import { load, save } from "../storage";
import { LoadFailed } from "../ui/LoadFailed";
import { SignInFirst } from "../ui/SignInFirst";
import { Page } from "../ui/Page";
import { useAsync } from "../ui/useAsync";
import { formatMoment } from "../ui/format";
import { painLabel } from "../check/painWords";
import { regionList } from "../check/regions";
import { loadCurrent, type EpisodeDay } from "../today/episodeData";
import { DiaryChart, type Marks } from "./DiaryChart";
import { DiaryForm } from "./DiaryForm";
import { PegForm } from "./PegForm";
import { onSent, useOutbox } from "./outbox";
import { weekOf } from "./week";
import type { Rating } from "./chartData";

interface DiaryData {
  current: EpisodeDay | undefined;
  entries: DiaryEntry[];
  pegs: PegRecord[];
  offline: boolean;
}
const KEY = "diary";
const DAY_MS = 86_400_000;

/** Everything the diary shows; the last copy is kept so the diary opens offline. */
async function loadDiary(timeZone: string): Promise<DiaryData> {
  try {
    const [current, entries, pegs] = await Promise.all([loadCurrent(timeZone), api.diary(), api.pegs()]);
    const data = { current, entries, pegs, offline: false };
    save(KEY, data);
    return data;
  } catch (e) {
    const kept = load<DiaryData>(KEY);
    if (e instanceof ApiFailure && e.offline && kept) return { ...kept, offline: true };
    throw e;
  }
}

export function DiaryPage() {
  const session = useSession();
  if (session.state === "signedOut") return <SignInFirst title="Pain diary" why="diary" />;
  return <Diary timeZone={timeZoneOf(session)} />;
}

function Diary({ timeZone }: { timeZone: string }) {
  const [data, reload] = useAsync(() => loadDiary(timeZone), [timeZone]);
  const { pending } = useOutbox();
  useEffect(() => onSent(reload), [reload]);
  const [peg, setPeg] = useState<PegRecord>();

  if (data.state === "loading") return <p className="loading">Loading your diary…</p>;
  if (data.state === "failed") return <LoadFailed title="Pain diary" what="The diary" error={data.error} />;
  const { current, entries, pegs, offline } = data.value;
  const episode = current?.episode;
  const thisWeek = weekOf(now(), timeZone);
  const waiting: Rating[] = pending.map((p) => ({ at: p.entry.at, painNow: p.entry.painNow, regions: p.entry.regions ?? [] }));
  return (
    <Page title="Pain diary">
      {offline && <p className="notice">You are offline: showing what this device kept. New entries are saved here and sent later.</p>}
      <DiaryForm key={entries.length + pending.length} episodeId={episode?.id} defaultRegions={episode?.regions ?? []} />
      <h2>Your pain over time</h2>
      <Trend entries={entries} episode={episode} />
      <PainChart entries={entries} waiting={waiting} episode={episode} />
      <h2>This week</h2>
      <PegForm weekOf={thisWeek} done={peg ?? pegs.find((p) => p.weekOf === thisWeek)} onSaved={setPeg} />
      <h2>Entries</h2>
      <EntryTable entries={entries} waiting={pending.map((p) => p.entry)} />
    </Page>
  );
}

function Trend({ entries, episode }: { entries: DiaryEntry[]; episode: EpisodeDay["episode"] | undefined }) {
  if (!episode) return <p className="trend">Save a quick check as an episode to see how your pain is changing.</p>;
  const points = entries.filter((e) => e.episodeId === episode.id || e.episodeId === null).map((e) => ({ at: e.at, painNow: e.painNow }));
  return <p className="trend">{trendSummary(points, episode.onsetAt, now().toISOString())}</p>;
}

function PainChart({ entries, waiting, episode }: { entries: DiaryEntry[]; waiting: Rating[]; episode: EpisodeDay["episode"] | undefined }) {
  const ratings = useMemo<Rating[]>(() => [...entries, ...waiting], [entries, waiting]);
  const marks = useMemo<Marks>(() => ({ onsetAt: episode?.onsetAt, checkIns: (episode?.checkIns ?? []).map((c) => c.at) }), [episode]);
  const to = nowMs();
  const earliest = Math.min(...ratings.map((r) => Date.parse(r.at)), episode ? Date.parse(episode.onsetAt) : to - 7 * DAY_MS);
  const from = Math.min(earliest - DAY_MS / 4, to - 7 * DAY_MS);
  if (ratings.length === 0) return <p>No ratings yet: your first entry will start the chart.</p>;
  return <DiaryChart ratings={ratings} marks={marks} from={from} to={to + DAY_MS / 4} />;
}

function EntryTable({ entries, waiting }: { entries: DiaryEntry[]; waiting: { at: string; painNow: number; regions?: string[]; note?: string }[] }) {
  const rows = [...waiting.map((w) => ({ ...w, waiting: true })), ...[...entries].reverse().map((e) => ({ ...e, waiting: false }))];
  if (rows.length === 0) return <p>No entries yet.</p>;
  return (
    <table>
      <caption className="hint" style={{ textAlign: "left" }}>
        Newest first
      </caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Pain</th>
          <th scope="col">Where, note</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 60).map((r, i) => (
          <tr key={`${r.at}-${i}`}>
            <td>
              {formatMoment(r.at)}
              {r.waiting && <span className="hint"> (waiting to send)</span>}
            </td>
            <td>{painLabel(r.painNow)}</td>
            <td>
              {regionList((r.regions ?? []) as Parameters<typeof regionList>[0])}
              {r.note ? ` — ${r.note}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
