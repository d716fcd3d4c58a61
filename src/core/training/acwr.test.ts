import { describe, expect, it } from "vitest";
import { acwr, LAMBDA_ACUTE, LAMBDA_CHRONIC } from "./acwr";

const close = (x: number | null | undefined, y: number, digits = 9) => expect(x).toBeCloseTo(y, digits);

describe("T-ACWR", () => {
  it("uses λ = 2/(N+1): 0.25 for 7 days, 2/29 ≈ 0.0690 for 28", () => {
    expect(LAMBDA_ACUTE).toBe(0.25);
    close(LAMBDA_CHRONIC, 0.068965517);
  });

  it("starts both EWMAs from 0 the day before the first session", () => {
    const [d] = acwr([340]);
    // acute   = 0.25 × 340 + 0.75 × 0 = 85
    // chronic = (2/29) × 340 = 680/29 ≈ 23.448276
    expect(d?.acute).toBe(85);
    close(d?.chronic, 680 / 29);
    // First-day ratio is λa/λc whatever the load: 0.25 / (2/29) = 29/8 = 3.625
    close(d?.acwrEwma, 3.625);
    // Rolling: acute7 = 340, chronic28 = 340 / 4 = 85, ratio 4
    expect(d?.acute7).toBe(340);
    expect(d?.chronic28).toBe(85);
    expect(d?.acwrRolling).toBe(4);
  });

  it("counts empty days as 0 in both methods", () => {
    const d = acwr([340, 0, 240]);
    // day 1: acute = 0.75 × 85 = 63.75; chronic = (27/29) × 680/29 = 18360/841 ≈ 21.831153
    expect(d[1]?.acute).toBe(63.75);
    close(d[1]?.chronic, 18360 / 841);
    expect(d[1]?.acute7).toBe(340);
    expect(d[1]?.chronic28).toBe(85);
    // day 2: acute = 0.25 × 240 + 0.75 × 63.75 = 60 + 47.8125 = 107.8125
    //        chronic = (2/29) × 240 + (27/29) × 18360/841 = 480/29 + 495720/24389 ≈ 16.551724 + 20.325557 = 36.877281; 107.8125 / 36.877281 ≈ 2.923548
    expect(d[2]?.acute).toBe(107.8125);
    close(d[2]?.chronic, 480 / 29 + 495720 / 24389);
    close(d[2]?.acwrEwma, 2.923548, 5);
    // rolling: acute7 = 340 + 0 + 240 = 580; chronic28 = 580 / 4 = 145; ratio 4
    expect(d[2]?.acute7).toBe(580);
    expect(d[2]?.chronic28).toBe(145);
    expect(d[2]?.acwrRolling).toBe(4);
  });

  it("settles at 1 under a constant load once the windows are full", () => {
    const d = acwr(new Array(200).fill(100));
    // rolling, day 27 (28th day): acute7 = 700, chronic28 = 2800 / 4 = 700 → 1
    expect(d[27]?.acwrRolling).toBe(1);
    // rolling, day 6: acute7 = 700, chronic28 = 700 / 4 = 175 → 4 (chronic window still filling)
    expect(d[6]?.acwrRolling).toBe(4);
    // EWMA after n days of L from 0: L × (1 − (1−λ)^n); after 200 days both ≈ 100
    close(d[199]?.acute, 100, 6);
    close(d[199]?.chronic, 100 * (1 - (27 / 29) ** 200), 9);
    close(d[199]?.acwrEwma, 1, 5);
  });

  it("drops the days that left the windows", () => {
    // 100 on day 0 only, then 28 rest days
    const d = acwr([100, ...new Array(28).fill(0)]);
    expect(d[6]?.acute7).toBe(100); // day 6 still sees day 0
    expect(d[7]?.acute7).toBe(0); // day 7 sees days 1..7
    expect(d[27]?.chronic28).toBe(25); // days 0..27 → 100 / 4
    expect(d[28]?.chronic28).toBe(0); // days 1..28
  });

  it("gives a null ratio when the divisor is 0", () => {
    const d = acwr([0, 0]);
    expect(d[0]).toEqual({ load: 0, acute: 0, chronic: 0, acwrEwma: null, acute7: 0, chronic28: 0, acwrRolling: null });
    const rest = acwr([100, ...new Array(28).fill(0)]);
    expect(rest[28]?.acwrRolling).toBeNull(); // 0 ÷ 0 after four idle weeks
    expect(rest[28]?.acwrEwma).not.toBeNull(); // the EWMAs decay but never reach 0
  });

  it("is empty without days", () => {
    expect(acwr([])).toEqual([]);
  });
});
