// What a careful council chair raises before the paper trail goes out (issue 14): an even council, HTXSNV ratings
// above the cap, members and criteria that scored nobody, candidates marked by too few members, ballots for
// titles nobody registered for, registrations outside the catalogue, one initiative backing two CSTĐCS.
// Warnings only: none of them changes a decision. Pure: the workbook layer and the documents call it.
import { titleKind } from './award-titles';
import { councilWarning } from './council-messages';
import { DEFAULT_EXCELLENT_CAP_PERCENT } from './model';
import { CodeIndex, key } from './codes';
import type { CellRef, Kind, Problem, SchoolData } from './model';
import { appliesToPhase, cardsOf } from './scoring';
import { cardSheetName, SHEET } from './sheet-names';

const KINDS: Kind[] = ['staff', 'unit'];

export function councilWarnings(data: SchoolData): Problem[] {
  return [
    ...evenCouncil(data),
    ...excellentAboveCap(data),
    ...scoringGaps(data),
    ...votesWithoutRegistration(data),
    ...votesOfAbsentMembers(data),
    ...registrationsOutsideCatalog(data),
    ...initiativeUsedTwice(data),
  ];
}

const warning = (where: CellRef | null, message: string): Problem => ({ severity: 'warning', where, message });

/** Điều lệ trường: the council has an odd number of members. */
function evenCouncil(data: SchoolData): Problem[] {
  const count = data.members.length;
  if (count === 0 || count % 2 === 1) return [];
  return [warning({ sheet: SHEET.members, row: 1, col: 1 }, councilWarning.evenCouncil(count))];
}

/** HTXSNV above the cap (default 20%) of the active staff rated HTTNV or better, counted over the school. */
function excellentAboveCap(data: SchoolData): Problem[] {
  const cap = data.config.excellentCapPercent ?? DEFAULT_EXCELLENT_CAP_PERCENT;
  const rated = data.staff.filter((s) => s.active && s.rating !== null && s.rating >= 3);
  const excellent = rated.filter((s) => s.rating === 4);
  // exact: excellent / rated > cap / 100
  if (rated.length === 0 || excellent.length * 100 <= cap * rated.length) return [];
  const last = excellent[excellent.length - 1];
  const share = (excellent.length * 100) / rated.length;
  return [warning({ sheet: SHEET.staff, row: last.row }, councilWarning.excellentAboveCap(excellent.length, rated.length, share, cap))];
}

/** Per phase and kind that has cards: members who marked nobody, criteria nobody marked, candidates marked by < half. */
function scoringGaps(data: SchoolData): Problem[] {
  const out: Problem[] = [];
  const members = data.members.length;
  const staffIndex = new CodeIndex(data.staff.map((s) => s.id));
  const unitIndex = new CodeIndex(data.units.map((u) => u.id));
  for (const phase of data.phases) {
    for (const kind of KINDS) {
      const cards = cardsOf(data, phase.id, kind);
      if (cards.length === 0) continue;
      const markedBy = new Map<string, Set<string>>();
      const criteriaMarked = new Set<string>();
      const membersWhoMarked = new Set<string>();
      for (const card of cards) {
        const width = card.criterionIds.length;
        card.participantIds.forEach((participant, r) => {
          let any = false;
          for (let c = 0; c < width; c += 1) {
            if (Number.isNaN(card.values[r * width + c])) continue;
            any = true;
            criteriaMarked.add(key(card.criterionIds[c]));
          }
          const k = key(participant);
          if (!markedBy.has(k)) markedBy.set(k, new Set());
          if (any) {
            markedBy.get(k)?.add(key(card.memberId));
            membersWhoMarked.add(key(card.memberId));
          }
        });
      }
      // at the member's row on `Hội đồng`: a card left blank, or no card at all (a sheet deleted or renamed) while
      // other members have theirs — the tally then averages over fewer members, which changes scores
      for (const member of data.members) {
        if (membersWhoMarked.has(key(member.id))) continue;
        const card = cards.find((c) => key(c.memberId) === key(member.id));
        const where: CellRef = { sheet: SHEET.members, row: member.row, col: 1 };
        const who = `${member.name} (${member.id})`;
        out.push(
          warning(
            where,
            card
              ? councilWarning.memberScoredNobody(who, phase.id, kind === 'unit', card.sheet)
              : councilWarning.memberWithoutCard(who, phase.id, kind === 'unit', cardSheetName(phase.id, member.id, kind)),
          ),
        );
      }
      for (const criterion of data.criteria) {
        if (criterion.kind !== kind || !appliesToPhase(criterion, phase.id) || criteriaMarked.has(key(criterion.id))) continue;
        out.push(
          warning({ sheet: SHEET.criteria, row: criterion.row, col: 1 }, councilWarning.criterionScoredByNobody(criterion.id, phase.id)),
        );
      }
      // a participant nobody marked at all is already `missing` in the tally; this is about thin marking
      for (const [participant, by] of markedBy) {
        if (by.size === 0 || by.size * 2 >= members) continue;
        const i = kind === 'staff' ? staffIndex.get(participant) : unitIndex.get(participant);
        const named = kind === 'staff' ? data.staff[i] : data.units[i];
        if (named === undefined) continue;
        const where: CellRef = { sheet: kind === 'staff' ? SHEET.staff : SHEET.units, row: named.row, col: 1 };
        out.push(warning(where, councilWarning.fewMarkers(`${named.name} (${named.id})`, phase.id, by.size, members)));
      }
    }
  }
  return out;
}

/** A ballot row for a title of the catalogue that the participant did not register for (when the school registers). */
function votesWithoutRegistration(data: SchoolData): Problem[] {
  if (data.registrations.length === 0) return [];
  const catalog = new Set(data.catalog.map((c) => key(c.id)));
  const registered = new Set(data.registrations.flatMap((r) => r.codes.map((code) => `${key(r.id)}\u0000${key(code)}`)));
  const names = new Map([...data.staff.map((s) => [key(s.id), s.name] as const), ...data.units.map((u) => [key(u.id), u.name] as const)]);
  const out: Problem[] = [];
  for (const sheet of data.votes) {
    for (const row of sheet.rows) {
      if (!catalog.has(key(row.awardCode))) continue;
      if (registered.has(`${key(row.participantId)}\u0000${key(row.awardCode)}`)) continue;
      const who = `${names.get(key(row.participantId)) ?? row.participantId} (${row.participantId})`;
      out.push(warning({ sheet: sheet.sheet, row: row.row, col: 1 }, councilWarning.voteWithoutRegistration(who, row.awardCode)));
    }
  }
  return out;
}

/** A secret ballot is cast at the meeting: a member marked absent (`Có mặt` = Không) cannot have votes in `Phiếu`. */
function votesOfAbsentMembers(data: SchoolData): Problem[] {
  const absent = new Map(data.members.filter((m) => m.present === false).map((m) => [key(m.id), m] as const));
  if (absent.size === 0) return [];
  const out: Problem[] = [];
  for (const sheet of data.votes) {
    (sheet.members ?? []).forEach((column, i) => {
      const member = absent.get(key(column.memberId));
      if (member === undefined) return;
      const votes = sheet.rows.filter((row) => (row.marks?.[i] ?? 'blank') !== 'blank').length;
      if (votes === 0) return;
      out.push(
        warning(
          { sheet: sheet.sheet, row: 1, col: column.col },
          councilWarning.absentMemberVoted(`${member.name} (${member.id})`, sheet.sheet, votes),
        ),
      );
    });
  }
  return out;
}

/** A registered code that `Danh mục` does not list (only when the school keeps a catalogue). */
function registrationsOutsideCatalog(data: SchoolData): Problem[] {
  if (data.catalog.length === 0) return [];
  const catalog = new Set(data.catalog.map((c) => key(c.id)));
  const out: Problem[] = [];
  for (const r of data.registrations) {
    for (const code of r.codes) {
      if (catalog.has(key(code))) continue;
      const where: CellRef = { sheet: r.source?.sheet ?? SHEET.registrations, row: r.row, ...(r.source ? { col: r.source.codesCol } : {}) };
      out.push(warning(where, councilWarning.registrationNotInCatalog(code)));
    }
  }
  return out;
}

/** CV 5007/BNV-TĐKT/2023: one achievement, one award — the same `Tên sáng kiến` behind two people's CSTĐCS. */
function initiativeUsedTwice(data: SchoolData): Problem[] {
  const isCstdcs = (code: string): boolean => {
    const entry = data.catalog.find((c) => key(c.id) === key(code));
    return titleKind(code, entry?.name ?? '', 'staff') === 'cstdcs';
  };
  const staffIndex = new CodeIndex(data.staff.map((s) => s.id));
  const who = (id: string): string => {
    const s = data.staff[staffIndex.get(id)];
    return s ? `${s.name} (${s.id})` : id;
  };
  const first = new Map<string, string>();
  const out: Problem[] = [];
  for (const r of data.registrations) {
    const initiative = r.initiativeName.trim();
    if (initiative === '' || !r.codes.some(isCstdcs)) continue;
    const k = key(initiative);
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, r.id);
    else if (key(earlier) !== key(r.id)) {
      out.push(
        warning(
          { sheet: r.source?.sheet ?? SHEET.registrations, row: r.row },
          councilWarning.initiativeTwice(initiative, who(earlier), who(r.id)),
        ),
      );
    }
  }
  return out;
}
