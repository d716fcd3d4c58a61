/**
 * The one stored form of an instant: UTC, millisecond ISO 8601 (`2026-11-24T07:00:00.000Z`), so
 * text comparison orders instants on both engines.
 */
export const toStoredInstant = (instant: string | Date): string => new Date(instant).toISOString();
