/**
 * Why a customer feels as it does, as numbers the customer panel draws: the engine's
 * satisfaction drivers (net change by cause) in reading order, and each bar's geometry.
 * Pure: no DOM (unit-tested in test/ui/satisfaction.test.ts).
 */

export interface DriverRow {
  why: string;
  delta: number;
}

/** The causes that moved satisfaction, largest gain first and largest loss last; no zeros. */
export function driverRows(drivers: Readonly<Record<string, number>>): DriverRow[] {
  return Object.entries(drivers)
    .filter(([, d]) => Number.isFinite(d) && d !== 0)
    .map(([why, delta]) => ({ why, delta }))
    .sort((a, b) => b.delta - a.delta || (a.why < b.why ? -1 : a.why > b.why ? 1 : 0));
}

/** Bar geometry in a 100-wide box: zero in the middle, the largest |delta| reaches the edge (less 2). */
export function driverBar(delta: number, largest: number): { x: number; width: number } {
  const half = 48;
  const w = largest <= 0 ? 0 : (Math.min(Math.abs(delta), largest) / largest) * half;
  return delta >= 0 ? { x: 50, width: w } : { x: 50 - w, width: w };
}
