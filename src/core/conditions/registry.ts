// THE registry of award conditions. The award rule's condition fields (ConditionFields), the `Khen thưởng` columns
// and reader, the tally's first failure and the registration flags all come from it. Tests may extend it with
// `extendConditions`; the product uses CONDITIONS.
import type { Kind } from '../model';
import { BUILT_IN_CONDITIONS } from './built-in';
import type { Condition, ConditionColumn } from './condition';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type FieldsOf<C> = C extends Condition<infer V> ? V : never;

/** The fields every built-in condition adds to an award rule (e.g. `minMonths: number | null`). */
export type ConditionFields = UnionToIntersection<FieldsOf<(typeof BUILT_IN_CONDITIONS)[number]>>;

export class ConditionRegistry {
  private readonly byKind: Record<Kind, readonly Condition[]>;

  constructor(readonly entries: readonly Condition[]) {
    const checks = [...entries].sort((a, b) => a.checkOrder - b.checkOrder);
    this.byKind = {
      staff: checks.filter((c) => c.kind !== 'unit'),
      unit: checks.filter((c) => c.kind !== 'staff'),
    };
  }

  /** The conditions that apply to a kind of participant, in the order of the tally's first failure. */
  forKind(kind: Kind): readonly Condition[] {
    return this.byKind[kind];
  }

  /** Every condition column, in sheet order. */
  columns(): ConditionColumn[] {
    return this.entries.flatMap((c) => c.columns);
  }

  /** The fields of a rule without any condition. */
  blank(): Record<string, unknown> {
    return Object.assign({}, ...this.entries.map((c) => c.blank)) as Record<string, unknown>;
  }
}

export const CONDITIONS = new ConditionRegistry(BUILT_IN_CONDITIONS);

/** A registry with more conditions after the built-in ones (a condition being added, in its test). */
export function extendConditions(...extra: Condition[]): ConditionRegistry {
  return new ConditionRegistry([...CONDITIONS.entries, ...extra]);
}

/** Award rule fields with no condition set, fresh lists included: spread into rules built in code. */
export function noConditions(): ConditionFields {
  const blank = CONDITIONS.blank();
  for (const [field, value] of Object.entries(blank)) if (Array.isArray(value)) blank[field] = [...(value as unknown[])];
  return blank as ConditionFields;
}
