// The hand-over between scoring/ranking and award allocation.
import type { Kind } from './model';

export interface Scored {
  kind: Kind;
  id: string;
  name: string;
  /** unit code for staff; null for units */
  unitId: string | null;
  /** criterion code → aggregate rounded to the configured decimals (what the user sees) */
  criteria: Record<string, number>;
  raw: number | null;
  score: number | null;
  band: string | null;
  status: 'ok' | 'missing';
  /** the ranking key, all rounded: [score, tie-break aggregate 1, 2, …]; empty when missing */
  tieKey: number[];
  /** competition rank (1, 2, 2, 4); null when missing */
  rank: number | null;
  /** position in the display order: ranked by rank then Vietnamese name order, then the missing ones */
  order: number;
}

/** Both kinds of a phase, each sorted in display order. */
export interface RankedPhase {
  phaseId: string;
  staff: Scored[];
  units: Scored[];
  /** per kind: whether the kind has usable criteria (false = every participant of the kind is missing) */
  scored: Record<Kind, boolean>;
}
