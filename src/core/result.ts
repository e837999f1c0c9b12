// The outcome of a phase's tally: decisions with their reasons (SPEC §3–§5, §7).
import type { Kind, Problem } from './model';

export type ParticipantStatus = 'ok' | 'missing';

export interface ParticipantResult {
  kind: Kind;
  id: string;
  name: string;
  /** unit code for staff, null for units */
  unit: string | null;
  /** criterion code → aggregate, rounded to `Số chữ số thập phân` (absent when nobody scored it) */
  criteria: Record<string, number>;
  /** Σ wₖ·aₖ rounded like the score; null when missing or at year end without cards */
  raw: number | null;
  score: number | null;
  band: string | null;
  rank: number | null;
  status: ParticipantStatus;
  /** award codes received, in processing order */
  awards: string[];
  /** award codes for which the participant is `Chờ Hội đồng quyết định` */
  pending: string[];
  /** award code → the first reason it was not received (Vietnamese, with the numbers) */
  reasons: Record<string, string>;
}

export interface AwardResult {
  code: string;
  name: string;
  kind: Kind;
  /** effective quota after caps; null = unlimited */
  quota: number | null;
  /** apportionment before the refill (only for split awards) */
  byUnit?: Record<string, number>;
  /** participant ids in rank order */
  recipients: string[];
  pending: string[];
  /** quota − recipients (0 when quota is null) */
  open: number;
}

export interface PhaseTally {
  phase: string;
  /** ranked participants first (by rank, then Vietnamese name order), then the missing ones; staff, then units */
  participants: ParticipantResult[];
  awards: AwardResult[];
  problems: Problem[];
}
