/**
 * A non-negative number as exports write it (`10.0`, `40`, and `40,5` from comma-decimal
 * locales); `null` for an empty cell, `undefined` when it is not a number.
 */
export function readNumber(cell: string): number | null | undefined {
  const t = cell.trim();
  if (!t) return null;
  const n = Number(/^\d+,\d+$/.test(t) ? t.replace(",", ".") : t);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

const KG_PER_LB = 0.45359237;
const METRES: Record<string, number> = { m: 1, meter: 1, meters: 1, metres: 1, km: 1000, kilometers: 1000, mi: 1609.344, mile: 1609.344, miles: 1609.344, ft: 0.3048, feet: 0.3048, yd: 0.9144, yards: 0.9144 };

/** Kilograms per unit of a weight unit name (`kg`, `lbs`); undefined when unknown. */
export function kgPer(unit: string): number | undefined {
  const u = unit.trim().toLowerCase();
  return u === "kg" || u === "kgs" ? 1 : u === "lb" || u === "lbs" ? KG_PER_LB : undefined;
}

/** Metres per unit of a distance unit name (`m`, `meters`, `km`, `miles`, `ft`…); undefined when unknown. */
export function metresPer(unit: string): number | undefined {
  return METRES[unit.trim().toLowerCase()];
}

/**
 * The numbers in cells `indexes` (-1: no such column, read as empty), or the first that is
 * not a number, with its column index and text.
 */
export function readNumbers<K extends string>(
  cells: readonly string[],
  indexes: Record<K, number>,
): { ok: true; values: Record<K, number | null> } | { ok: false; index: number; text: string } {
  const values = {} as Record<K, number | null>;
  for (const name of Object.keys(indexes) as K[]) {
    const text = indexes[name] < 0 ? "" : cells[indexes[name]]!;
    const value = readNumber(text);
    if (value === undefined) return { ok: false, index: indexes[name], text };
    values[name] = value;
  }
  return { ok: true, values };
}
