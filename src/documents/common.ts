// What both exports share: the `Nơi nhận` list and the configuration they cannot do without.
import type { Config, Problem } from '../core/model';
import { frame, problem } from './messages';
import { SHEET } from '../core/sheet-names';

export const CONFIG_SHEET = SHEET.config;

/** `Nơi nhận báo cáo` first (SPEC §6), then the school's archive. */
export function closingRecipients(config: Config): string[] {
  return [frame.recipientItem(config.recipient.trim()), frame.archiveItem];
}

export function configWarnings(config: Config): Problem[] {
  const warnings: Problem[] = [];
  const warn = (message: string): void => {
    warnings.push({ severity: 'warning', where: { sheet: CONFIG_SHEET }, message });
  };
  if (config.recipient.trim() === '') warn(problem.missingRecipient);
  if (config.principal.trim() === '') warn(problem.missingPrincipal);
  return warnings;
}

/** ISO yyyy-mm-dd → dd/mm/yyyy, as text (the office tells people apart by name and birth date); other text as is. */
export function displayBirthDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
