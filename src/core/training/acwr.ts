/** EWMA decay constants (Williams et al. 2017): λ = 2 / (N + 1). */
export const LAMBDA_ACUTE = 2 / (7 + 1);
export const LAMBDA_CHRONIC = 2 / (28 + 1);

/** One day of T-ACWR: the `load` command prints these fields. */
export interface AcwrDay {
  load: number;
  /** EWMA of daily load, N = 7. */
  acute: number;
  /** EWMA of daily load, N = 28. */
  chronic: number;
  /** acute ÷ chronic; null when chronic is 0. */
  acwrEwma: number | null;
  /** Load of that day and the 6 before. */
  acute7: number;
  /** Load of that day and the 27 before, ÷ 4 (a weekly average). */
  chronic28: number;
  /** acute7 ÷ chronic28; null when chronic28 is 0. */
  acwrRolling: number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/**
 * T-ACWR over consecutive daily loads (index 0 = first session's day). Both EWMAs are 0 on
 * the day before, and days before index 0 count as 0 in the rolling sums. Window sums are
 * re-added each day rather than kept running, so a rest fortnight gives an exact 0 (and a
 * null ratio), not floating-point dust.
 *
 * @example acwr([340])[0] → { acute: 85, chronic: ≈23.45, acwrEwma: 3.625, acute7: 340, chronic28: 85, acwrRolling: 4 }
 */
export function acwr(loads: readonly number[]): AcwrDay[] {
  const days: AcwrDay[] = new Array(loads.length);
  let acute = 0;
  let chronic = 0;
  for (let i = 0; i < loads.length; i++) {
    const load = loads[i]!;
    acute = LAMBDA_ACUTE * load + (1 - LAMBDA_ACUTE) * acute;
    chronic = LAMBDA_CHRONIC * load + (1 - LAMBDA_CHRONIC) * chronic;
    let acute7 = 0;
    for (let j = Math.max(0, i - 6); j <= i; j++) acute7 += loads[j]!;
    let sum28 = 0;
    for (let j = Math.max(0, i - 27); j <= i; j++) sum28 += loads[j]!;
    const chronic28 = sum28 / 4;
    days[i] = { load, acute, chronic, acwrEwma: ratio(acute, chronic), acute7, chronic28, acwrRolling: ratio(acute7, chronic28) };
  }
  return days;
}
