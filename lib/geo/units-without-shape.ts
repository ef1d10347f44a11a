/** Current units that no shape was labelled with, and how that compares with MISSING_SHAPES. */
import type { DivisionUnit } from './divisions';
import type { MissingShape } from './missing-shapes';

export function unitsWithoutShape(current: readonly DivisionUnit[], shapedCodes: ReadonlySet<string>): DivisionUnit[] {
  return current.filter((unit) => !shapedCodes.has(unit.code));
}

/** Human-readable differences between the computed list and the documented one; empty if they agree. */
export function missingListDifferences(found: readonly DivisionUnit[], documented: readonly MissingShape[]): string[] {
  const problems: string[] = [];
  const documentedCodes = new Set(documented.map((entry) => entry.code));
  const foundCodes = new Set(found.map((unit) => unit.code));
  for (const unit of found) {
    if (!documentedCodes.has(unit.code)) problems.push(`${unit.code} ${unit.name} has no shape and is not in lib/geo/missing-shapes.ts`);
  }
  for (const entry of documented) {
    if (!foundCodes.has(entry.code)) problems.push(`${entry.code} ${entry.name} is in lib/geo/missing-shapes.ts but has a shape (or is not a current unit)`);
  }
  return problems;
}
