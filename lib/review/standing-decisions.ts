/**
 * Which decisions stand: per fact and field, the latest row in file order that no later row has
 * withdrawn. A withdrawal ("undo") takes back the standing decision of its fact, action and field,
 * so the one before it stands again; two decisions in the same second keep their file order. Pure.
 */
import type { Decision, DecisionField, InputProblem } from '../schema';

/** The standing decision of each field ('' for the verdict: confirm or reject) of one fact. */
export type FactSlots = ReadonlyMap<DecisionField, Decision>;

export interface Standing {
  /** Facts with at least one standing decision, in the order of their first row. */
  readonly byFact: ReadonlyMap<string, FactSlots>;
  /** Withdrawals that had nothing to withdraw. */
  readonly problems: readonly InputProblem[];
}

export function standingDecisions(decisions: readonly Decision[], file: string): Standing {
  const stacks = new Map<string, Map<DecisionField, Decision[]>>();
  const problems: InputProblem[] = [];
  for (const d of decisions) {
    let fact = stacks.get(d.factId);
    if (!fact) stacks.set(d.factId, (fact = new Map()));
    let stack = fact.get(d.field);
    if (!stack) fact.set(d.field, (stack = []));
    if (!d.withdraws) {
      stack.push(d);
      continue;
    }
    const top = stack.at(-1);
    if (top && top.action === d.action) stack.pop();
    else {
      const what = d.field === '' ? d.action : `${d.action} of ${d.field}`;
      problems.push({ file, line: d.line, reason: `nothing to undo: no standing ${what} for fact ${d.factId}` });
    }
  }
  const byFact = new Map<string, FactSlots>();
  for (const [factId, fields] of stacks) {
    const slots = new Map<DecisionField, Decision>();
    for (const [field, stack] of fields) if (stack.length > 0) slots.set(field, stack.at(-1)!);
    if (slots.size > 0) byFact.set(factId, slots);
  }
  return { byFact, problems };
}

/** The standing decisions of a fact, in file order. */
export function inFileOrder(slots: FactSlots): Decision[] {
  return [...slots.values()].sort((a, b) => a.line - b.line);
}
