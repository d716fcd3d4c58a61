/**
 * The safety invariants of care-rules §3 (and the day-range contract of design.md) as
 * fast-check properties over random check-ins, IANA zones (DST zones and 30/45-minute
 * offsets among them) and moments. Run by plan.props.test.ts in Vitest and by run.ts
 * standalone (`npm run test:props -- --runs N`).
 */
import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { FLAG_KEYS, RADIATION, REGIONS, TRENDS, type CheckIn, type Flags } from "../../src/core/checkin/schema";
import { plan, type Plan, type PlanContext, type PlanItem } from "../../src/core/plan";
import { triage, LEVELS, RULES } from "../../src/core/triage";

const SEE_DOCTOR_IDS = RULES.filter((r) => r.level === "see_doctor").map((r) => r.id);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MINUTE = 60_000;

/** Zones chosen for their rules (DST in both hemispheres, a change at midnight, 30/45-min offsets), plus every zone the runtime knows. */
export const SPECIAL_ZONES = [
  "Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles", "America/St_Johns", "America/Santiago",
  "America/Havana", "Asia/Beirut", "Africa/Casablanca", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tehran", "Australia/Adelaide",
  "Australia/Lord_Howe", "Australia/Eucla", "Pacific/Chatham", "Pacific/Marquesas", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC",
] as const;
const zoneArb = fc.oneof(fc.constantFrom(...SPECIAL_ZONES), fc.constantFrom(...Intl.supportedValuesOf("timeZone")));

/** Moments from 2012 (after Samoa skipped a whole day) to 2040, and some close to DST changes. */
const FROM = Date.parse("2012-01-01T00:00:00Z");
const TO = Date.parse("2040-12-31T00:00:00Z");
const DST_CHANGES = [
  "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z",
  "2026-04-05T16:00:00Z", "2026-10-03T16:00:00Z", "2026-09-06T04:00:00Z", "2027-03-28T01:00:00Z",
].map(Date.parse);
const momentArb = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -4 * DAY, max: 4 * DAY })).map(([t, d]) => t + d),
);
/** Time from onset to now, often right at a threshold (48 h, 72 h, 14 and 28 days) give or take a minute. */
const sinceOnsetArb = fc.oneof(
  fc.integer({ min: 0, max: 40 * DAY }),
  fc.tuple(fc.constantFrom(0, 24 * HOUR, 48 * HOUR, 72 * HOUR, 14 * DAY, 28 * DAY), fc.integer({ min: -MINUTE, max: MINUTE })).map(([t, d]) =>
    Math.max(0, t + d),
  ),
);

/** An instant written with an offset, as clients send it. */
function isoWithOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * MINUTE).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const a = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}
const offsetArb = fc.constantFrom(0, 60, -300, 330, 345, -570, 840);

/** A flag is mostly "no" or unanswered, so that every level turns up often. */
const flagArb = fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const flagsArb: fc.Arbitrary<Flags> = fc.record(Object.fromEntries(FLAG_KEYS.map((k) => [k, flagArb])) as Record<keyof Flags, fc.Arbitrary<boolean>>, {
  requiredKeys: [],
});

export interface Case {
  checkIn: CheckIn;
  zone: string;
  context: PlanContext;
}

export const caseArb: fc.Arbitrary<Case> = fc
  .record({
    now: momentArb,
    sinceOnset: sinceOnsetArb,
    onsetOffset: offsetArb,
    zone: zoneArb,
    regions: fc.subarray([...REGIONS], { minLength: 1 }),
    painNow: fc.integer({ min: 0, max: 10 }),
    worstAbove: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    optional: fc.record(
      { sharp: fc.boolean(), radiation: fc.constantFrom(...RADIATION), trend: fc.constantFrom(...TRENDS), age: fc.integer({ min: 12, max: 120 }), flags: flagsArb },
      { requiredKeys: [] },
    ),
    diary: fc.option(fc.array(fc.tuple(fc.double({ min: -0.1, max: 1.1, noNaN: true }), fc.integer({ min: 0, max: 10 })), { maxLength: 12 }), {
      nil: undefined,
    }),
    cleared: fc.option(fc.double({ min: -0.2, max: 1.2, noNaN: true }), { nil: undefined, freq: 3 }),
    clearedRules: fc.subarray(SEE_DOCTOR_IDS),
    deskWorker: fc.option(fc.boolean(), { nil: undefined }),
    preEpisodeWeeklyLoad: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
  })
  .map((r) => {
    const onset = r.now - r.sinceOnset;
    // A fraction of the episode, from a little before onset to a little after now.
    const atFraction = (f: number) => new Date(Math.round(onset + f * Math.max(r.sinceOnset, DAY))).toISOString();
    const checkIn: CheckIn = {
      onsetAt: isoWithOffset(onset, r.onsetOffset),
      now: new Date(r.now).toISOString(),
      regions: r.regions,
      painNow: r.painNow,
      ...(r.worstAbove === undefined ? {} : { painWorst24h: Math.min(10, r.painNow + r.worstAbove) }),
      ...r.optional,
    };
    const context: PlanContext = {
      ...(r.diary === undefined ? {} : { diary: r.diary.map(([f, painNow]) => ({ at: atFraction(f), painNow })) }),
      ...(r.cleared === undefined ? {} : { clearance: { at: atFraction(r.cleared), ruleIds: r.clearedRules } }),
      ...(r.deskWorker === undefined ? {} : { deskWorker: r.deskWorker }),
      ...(r.preEpisodeWeeklyLoad === undefined ? {} : { preEpisodeWeeklyLoad: r.preEpisodeWeeklyLoad }),
    };
    return { checkIn, zone: r.zone, context };
  });

/** Cases with one feature forced on, so that its invariant is tested on every run. */
const withFlags = (flags: Flags) => caseArb.map((c) => ({ ...c, checkIn: { ...c.checkIn, flags: { ...c.checkIn.flags, ...flags } } }));
const redFlagArb = fc.tuple(caseArb, fc.constantFrom(...FLAG_KEYS)).map(([c, key]) => ({ ...c, checkIn: { ...c.checkIn, flags: { ...c.checkIn.flags, [key]: true } } }));

/**
 * Cases where nothing but the feature under test stands between the user and training:
 * no red flag, painNow ≤ 2 now and a diary of ratings ≤ 2 every 6 hours since onset (so
 * P-RETURN's two days are met), 0 to 6 days after onset. A plan that let training or
 * strengthening slip through its guard would show it here.
 */
const readyArb: fc.Arbitrary<Case> = fc
  .tuple(caseArb, fc.integer({ min: 0, max: 6 * DAY }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
  .map(([c, sinceOnset, painNow, diaryPain]) => {
    const now = Date.parse(c.checkIn.now);
    const onset = now - sinceOnset;
    const diary = Array.from({ length: Math.floor(sinceOnset / (6 * HOUR)) }, (_, i) => ({ at: new Date(onset + (i + 1) * 6 * HOUR).toISOString(), painNow: diaryPain }));
    const { sharp: _s, radiation: _r, trend: _t, flags: _f, painWorst24h: _w, ...rest } = c.checkIn;
    return {
      ...c,
      checkIn: { ...rest, onsetAt: new Date(onset).toISOString(), painNow, flags: Object.fromEntries(FLAG_KEYS.map((k) => [k, false])) as Flags },
      context: { ...c.context, diary },
    };
  });
/** Severe by the check-in's painWorst24h, or by a diary rating in the first 72 h (the check-in itself mild). */
const severeArb = fc.tuple(readyArb, fc.integer({ min: 7, max: 10 }), fc.nat()).map(([c, worst, pick]) => {
  const diary = c.context.diary ?? [];
  const early = diary.filter((p) => Date.parse(p.at) < Date.parse(c.checkIn.onsetAt) + 72 * HOUR);
  if (pick % 2 === 0 || early.length === 0) return { ...c, checkIn: { ...c.checkIn, painWorst24h: worst } };
  const i = pick % early.length;
  return { ...c, context: { ...c.context, diary: diary.map((p, j) => (j === i ? { ...p, painNow: worst } : p)) } };
});
const seeDoctorArb = fc.oneof(readyArb, caseArb).map((c) => ({ ...c, checkIn: { ...c.checkIn, sharp: true } }));
const nerveArb = fc
  .tuple(fc.oneof(readyArb, caseArb), fc.constantFrom("below_knee", "arm", "numbness") as fc.Arbitrary<"below_knee" | "arm" | "numbness">)
  .map(([c, sign]) => ({
    ...c,
    checkIn:
      sign === "numbness"
        ? { ...c.checkIn, flags: { ...c.checkIn.flags, numbnessOrTingling: true } }
        : { ...c.checkIn, radiation: sign },
  }));

const planOf = (c: Case): Plan => plan(c.checkIn, c.zone, c.context);
const itemsOf = (p: Plan): PlanItem[] => p.days.flatMap((d) => d.items);
const THERMAL = new Set(["cold", "heat_or_cold"]);
const MOVING = new Set(["stretch", "strengthen", "walk", "training"]);
const GENTLE = new Set(["knee-to-chest", "chin-tuck", "cat-camel"]);

/** The local date of an instant, by TZDate (a route independent of the plan's own zone code). */
function localDate(ms: number, zone: string): string {
  const d = new TZDate(ms, zone);
  return `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** A clearance in force: recorded after onset, and covering every see_doctor rule firing now. */
const cleared = (c: Case) => {
  const clearance = c.context.clearance;
  if (!clearance) return false;
  const t = Date.parse(clearance.at);
  const firing = triage(c.checkIn, c.context.diary).reasons.map((r) => r.ruleId).filter((id) => SEE_DOCTOR_IDS.includes(id));
  return t >= Date.parse(c.checkIn.onsetAt) && firing.every((id) => clearance.ruleIds.includes(id));
};

export interface NamedProperty {
  name: string;
  property: fc.IProperty<[Case]>;
}

const prop = (name: string, arb: fc.Arbitrary<Case>, holds: (c: Case, p: Plan) => boolean): NamedProperty => ({
  name,
  property: fc.property(arb, (c) => holds(c, planOf(c))),
});

export const PROPERTIES: readonly NamedProperty[] = [
  prop("P-COLD48: no heat item starts before onset + 48 h, nor before now", caseArb, (c, p) =>
    itemsOf(p)
      .filter((i) => i.kind === "heat_or_cold")
      .every((i) => {
        const t = Date.parse(i.startsAt ?? "");
        return t >= Date.parse(c.checkIn.onsetAt) + 48 * HOUR && t >= Date.parse(c.checkIn.now);
      }),
  ),
  prop("P-THERMAL: sessions at most 20 min, at most 4 a day, each starting on its own local day, not before now", caseArb, (c, p) =>
    p.days.every((d) => {
      const thermal = d.items.filter((i) => THERMAL.has(i.kind));
      const total = thermal.reduce((n, i) => n + (i.timesPerDay ?? 0), 0);
      return (
        (p.level !== "self_care" && p.level !== "see_doctor") ||
        (thermal.length > 0 &&
          total <= 4 &&
          thermal.every((i) => {
            const t = Date.parse(i.startsAt ?? "");
            return i.maxMinutes !== undefined && i.maxMinutes <= 20 && t >= Date.parse(c.checkIn.now) && localDate(t, c.zone) === d.date;
          }))
      );
    }),
  ),
  prop("P-NERVE: no heat at all with numbness or tingling; cold items wrapped", fc.oneof(withFlags({ numbnessOrTingling: true }), readyArb.map((c) => ({ ...c, checkIn: { ...c.checkIn, flags: { ...c.checkIn.flags, numbnessOrTingling: true } } }))), (_c, p) =>
    itemsOf(p).every((i) => i.kind !== "heat_or_cold" && (i.kind !== "cold" || /wrapped/.test(i.text))),
  ),
  prop(
    "P-NERVE: no strengthening or training with nerve signs",
    nerveArb,
    (_c, p) => itemsOf(p).every((i) => i.kind !== "strengthen" && i.kind !== "training"),
  ),
  prop("P-EMERG: emergency and urgent plans hold only the action to take", redFlagArb, (_c, p) =>
    p.level === "self_care" || p.level === "see_doctor" ? true : itemsOf(p).every((i) => i.kind === "action") && itemsOf(p).length === 1,
  ),
  prop("P-DOCTOR: see_doctor without clearance has no strengthening or training, and no stretch but the gentle three", seeDoctorArb, (c, p) =>
    p.level !== "see_doctor" ||
    cleared(c) ||
    itemsOf(p).every((i) => i.kind !== "strengthen" && i.kind !== "training" && (i.kind !== "stretch" || GENTLE.has(i.exerciseId ?? ""))),
  ),
  prop("P-REST: severe episodes have no training on the local days of their first 3 days (once they are over, training may start)", severeArb, (c, p) => {
    const restEnd = Date.parse(c.checkIn.onsetAt) + 72 * HOUR;
    const lastRestDay = localDate(restEnd - 1, c.zone);
    return Date.parse(c.checkIn.now) >= restEnd || p.days.every((d) => d.date > lastRestDay || d.items.every((i) => i.kind !== "training"));
  }),
  prop("P-STOP: every stretch, strengthen, walk and training item has stopIfPain and says so", caseArb, (_c, p) =>
    itemsOf(p).every((i) => !MOVING.has(i.kind) || (i.stopIfPain === true && /stop if it hurts/i.test(i.text))),
  ),
  prop("determinism: the same input gives the same plan", fc.oneof(caseArb, readyArb), (c, p) => {
    const again = plan(structuredClone(c.checkIn), c.zone, structuredClone(c.context));
    return JSON.stringify(again) === JSON.stringify(p);
  }),
  prop("days: consecutive local dates from today through max(onset + 14, today + 6), in the zone", caseArb, (c, p) => {
    const today = localDate(Date.parse(c.checkIn.now), c.zone);
    const onsetPlus14 = addDays(localDate(Date.parse(c.checkIn.onsetAt), c.zone), 14);
    const todayPlus6 = addDays(today, 6);
    const last = onsetPlus14 > todayPlus6 ? onsetPlus14 : todayPlus6;
    return (
      p.timeZone === c.zone &&
      p.days[0]?.date === today &&
      p.days.at(-1)?.date === last &&
      p.days.every((d, i) => i === 0 || d.date === addDays(p.days[i - 1]?.date ?? "", 1))
    );
  }),
  prop("triage: level is the most urgent of the fired rules; stopTraining beyond self_care; unanswered flags listed", caseArb, (c) => {
    const t = triage(c.checkIn, c.context.diary);
    const answered = FLAG_KEYS.filter((k) => c.checkIn.flags?.[k] !== undefined);
    return (
      t.stopTraining === (t.level !== "self_care") &&
      t.reasons.length > 0 &&
      LEVELS.includes(t.level) &&
      t.unansweredFlags.length + answered.length === FLAG_KEYS.length &&
      t.unansweredFlags.every((k) => !answered.includes(k)) &&
      (t.level === "self_care") === (t.reasons.length === 1 && t.reasons[0]?.ruleId === "S-OK")
    );
  }),
];
