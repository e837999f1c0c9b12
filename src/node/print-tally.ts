// The terminal view of a phase's tally: the ranking, then the award outcomes under it.
import { formatNumberVi } from '../core/numbers';
import type { Kind, SchoolData } from '../core/model';
import type { AwardResult, ParticipantResult, PhaseTally } from '../core/result';
import { text } from './messages';
import { renderTable } from './text-table';

function unitNames(data: SchoolData): Map<string, string> {
  return new Map(data.units.map((u) => [u.id, u.name]));
}

function score(value: number | null, decimals: number): string {
  return value === null ? text.missingScore : formatNumberVi(value, decimals);
}

function rankingTable(data: SchoolData, people: ParticipantResult[], kind: Kind): string {
  const decimals = data.config.decimals;
  const units = unitNames(data);
  const columns =
    kind === 'staff'
      ? [
          { header: text.col.rank, align: 'right' as const },
          { header: text.col.code },
          { header: text.col.name, max: 28 },
          { header: text.col.unit, max: 16 },
          { header: text.col.score, align: 'right' as const },
          { header: text.col.band },
          { header: text.col.awards },
        ]
      : [
          { header: text.col.rank, align: 'right' as const },
          { header: text.col.code },
          { header: text.col.unitName, max: 28 },
          { header: text.col.score, align: 'right' as const },
          { header: text.col.band },
          { header: text.col.awards },
        ];
  const rows = people.map((p) => {
    const awards = [...p.awards, ...p.pending.map((code) => `${code}?`)].join(', ');
    const head = [p.rank === null ? '—' : String(p.rank), p.id, p.name];
    const unit = kind === 'staff' ? [units.get(p.unit ?? '') ?? p.unit ?? ''] : [];
    return [...head, ...unit, score(p.score, decimals), p.band ?? '', awards];
  });
  return renderTable(columns, rows);
}

function describeAward(data: SchoolData, tally: PhaseTally, award: AwardResult): string {
  const units = unitNames(data);
  const byId = new Map(tally.participants.filter((p) => p.kind === award.kind).map((p) => [p.id, p]));
  const person = (id: string): string => {
    const p = byId.get(id);
    if (!p) return id;
    const unit = p.unit ? ` (${units.get(p.unit) ?? p.unit})` : '';
    const points = p.score === null ? '' : ` — ${formatNumberVi(p.score, data.config.decimals)}`;
    return `${p.name}${unit}${points}`;
  };
  const lines = [`▸ ${award.code} — ${award.name}: ${text.quota(award.quota)}`];
  if (award.byUnit) {
    const split = Object.entries(award.byUnit).map(([unit, seats]) => `${units.get(unit) ?? unit}: ${seats}`);
    lines.push(`  ${text.byUnit}: ${split.join('; ')}`);
  }
  lines.push(`  ${text.recipients} (${award.recipients.length}):${award.recipients.length ? '' : ' ' + text.none}`);
  award.recipients.forEach((id, i) => lines.push(`    ${i + 1}. ${person(id)}`));
  if (award.pending.length) {
    lines.push(`  ${text.pending} (${award.pending.length}):`);
    award.pending.forEach((id) => lines.push(`    • ${person(id)}`));
  }
  if (award.open > 0) lines.push(`  ${text.open(award.open)}`);
  return lines.join('\n');
}

export function printTally(data: SchoolData, tally: PhaseTally): string {
  const phase = data.phases.find((p) => p.id === tally.phase);
  const out = [text.phaseTitle(tally.phase, phase?.name ?? ''), ''];
  const staff = tally.participants.filter((p) => p.kind === 'staff');
  const units = tally.participants.filter((p) => p.kind === 'unit');
  if (staff.length) out.push(text.staffRanking, rankingTable(data, staff, 'staff'), '');
  if (units.length) out.push(text.unitRanking, rankingTable(data, units, 'unit'), '');
  if (tally.awards.length) {
    out.push(text.awardsTitle);
    for (const award of tally.awards) out.push(describeAward(data, tally, award));
    out.push('');
  }
  return out.join('\n');
}
