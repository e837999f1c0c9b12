// The package-level XML a workbook is made of: relationships, content types, workbook.xml sheet list, app.xml.
import { attr, decodeXml, escapeAttr, escapeText, prefixedAttr, prefixOf, startTags } from './xml-scan';

export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const REL_TYPE_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string | null): Relationship[] {
  if (!xml) return [];
  const p = prefixOf(xml, 'Relationship');
  return startTags(xml, `${p}Relationship`).map((tag) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
    external: (attr(tag, 'TargetMode') ?? '') === 'External',
  }));
}

/** A relationship target → part name (no leading slash), relative to the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : `${sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1)}${target}`;
  const out: string[] = [];
  for (const segment of raw.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** The rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface SheetRecord {
  name: string;
  sheetId: number;
  rid: string;
  /** the original <sheet> element, kept verbatim while the sheet is untouched */
  rawTag: string | null;
  /** the part name, when it is a worksheet we can read */
  path: string | null;
}

export interface WorkbookInfo {
  prefix: string;
  relPrefix: string;
  /** whether the root element declares the relationships prefix (openpyxl declares it on each <sheet> instead) */
  relDeclared: boolean;
  sheets: SheetRecord[];
  definedNames: string[];
  date1904: boolean;
  activeTab: number;
}

export function parseWorkbookXml(xml: string): WorkbookInfo {
  const prefix = prefixOf(xml, 'workbook');
  const rootTag = startTags(xml, `${prefix}workbook`)[0] ?? '';
  const relNs =
    /\sxmlns:([\w.-]+)\s*=\s*["']http:\/\/(schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships["']/.exec(
      rootTag,
    );
  const sheets = startTags(xml, `${prefix}sheet`).map((tag) => ({
    name: attr(tag, 'name') ?? '',
    sheetId: Number(attr(tag, 'sheetId') ?? 0),
    rid: (relNs ? attr(tag, `${relNs[1]}:id`) : undefined) ?? prefixedAttr(tag, 'id') ?? '',
    rawTag: tag,
    path: null,
  }));
  const pr = startTags(xml, `${prefix}workbookPr`)[0] ?? '';
  const date1904 = /^(1|true)$/.test(attr(pr, 'date1904') ?? '');
  const view = startTags(xml, `${prefix}workbookView`)[0] ?? '';
  const definedNames: string[] = [];
  const dn = `<${prefix}definedName`;
  let p = xml.indexOf(dn);
  while (p >= 0) {
    const next = xml.charCodeAt(p + dn.length);
    if (next === 115) {
      p = xml.indexOf(dn, p + 1); // <definedNames>
      continue;
    }
    const gt = xml.indexOf('>', p);
    const end = xml.charCodeAt(gt - 1) === 47 ? gt + 1 : xml.indexOf(`</${prefix}definedName>`, gt) + `</${prefix}definedName>`.length;
    definedNames.push(xml.slice(p, end));
    p = xml.indexOf(dn, end);
  }
  return {
    prefix,
    relPrefix: relNs ? relNs[1] : 'r',
    relDeclared: relNs !== null,
    sheets,
    definedNames,
    date1904,
    activeTab: Number(attr(view, 'activeTab') ?? 0) || 0,
  };
}

export interface DefinedNameInfo {
  name: string;
  localSheetId: number | null;
}

export function definedNameInfo(element: string): DefinedNameInfo {
  const tag = element.slice(0, element.indexOf('>') + 1);
  const local = attr(tag, 'localSheetId');
  return { name: attr(tag, 'name') ?? '', localSheetId: local === undefined ? null : Number(local) };
}

/** workbook.xml with a new sheet list and defined names, everything else kept as it was. */
export function rewriteWorkbookXml(xml: string, info: WorkbookInfo): string {
  const p = info.prefix;
  // a new <sheet> carries its own declaration of the r: prefix when the root does not have it
  const relNamespace = info.relDeclared ? '' : ` xmlns:${info.relPrefix}="${REL_TYPE_BASE}"`;
  const sheetTags = info.sheets
    .map(
      (s) =>
        s.rawTag ??
        `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${relNamespace} ${info.relPrefix}:id="${escapeAttr(s.rid)}"/>`,
    )
    .join('');
  const sheetsBlock = `<${p}sheets>${sheetTags}</${p}sheets>`;
  let out = replaceBlock(xml, `${p}sheets`, sheetsBlock);
  const namesBlock = info.definedNames.length ? `<${p}definedNames>${info.definedNames.join('')}</${p}definedNames>` : '';
  if (startTags(out, `${p}definedNames`).length) {
    out = replaceBlock(out, `${p}definedNames`, namesBlock);
  } else if (namesBlock) {
    // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr …
    let at = -1;
    for (const after of [`</${p}externalReferences>`, `</${p}functionGroups>`, `</${p}sheets>`]) {
      const i = out.indexOf(after);
      if (i >= 0) {
        at = i + after.length;
        break;
      }
    }
    out = out.slice(0, at) + namesBlock + out.slice(at);
  }
  return out;
}

/** Replaces `<name>…</name>` (or `<name/>`) by `replacement`. */
function replaceBlock(xml: string, name: string, replacement: string): string {
  const tag = startTags(xml, name)[0];
  if (!tag) return xml;
  const start = xml.indexOf(tag);
  const end = tag.endsWith('/>') ? start + tag.length : xml.indexOf(`</${name}>`, start) + `</${name}>`.length;
  return xml.slice(0, start) + replacement + xml.slice(end);
}

export function definedNameXml(prefix: string, name: string, localSheetId: number, formula: string): string {
  return `<${prefix}definedName name="${escapeAttr(name)}" localSheetId="${localSheetId}">${escapeText(formula)}</${prefix}definedName>`;
}

/** [Content_Types].xml plus overrides for new parts, minus those of removed parts. */
export function rewriteContentTypes(xml: string, add: { part: string; type: string }[], remove: string[]): string {
  let out = xml;
  for (const part of remove) {
    const re = new RegExp(`<Override\\s[^>]*PartName\\s*=\\s*["']/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'][^>]*/>`, 'i');
    out = out.replace(re, '');
  }
  const existing = new Set(startTags(out, 'Override').map((tag) => (attr(tag, 'PartName') ?? '').toLowerCase()));
  const overrides = add
    .filter(({ part }) => !existing.has(`/${part}`.toLowerCase()))
    .map(({ part, type }) => `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`)
    .join('');
  const end = out.lastIndexOf('</Types>');
  return end < 0 ? out : out.slice(0, end) + overrides + out.slice(end);
}

/** A rels part plus new relationships, minus removed ids. */
export function rewriteRels(xml: string, add: Relationship[], removeIds: string[]): string {
  let out = xml;
  for (const id of removeIds) {
    out = out.replace(new RegExp(`<Relationship\\s[^>]*Id\\s*=\\s*["']${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'][^>]*/>`), '');
  }
  const rels = add
    .map((r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`)
    .join('');
  const end = out.lastIndexOf('</Relationships>');
  return end < 0 ? out : out.slice(0, end) + rels + out.slice(end);
}

/**
 * docProps/app.xml lists the worksheet names (TitlesOfParts) and their count (HeadingPairs). New sheets are added
 * after the existing worksheet titles; an app.xml of another shape is left as it is.
 */
export function rewriteAppXml(xml: string, addedNames: string[]): string {
  if (addedNames.length === 0) return xml;
  const heading = /(<HeadingPairs>\s*<vt:vector[^>]*>)([\s\S]*?)(<\/vt:vector>\s*<\/HeadingPairs>)/.exec(xml);
  const titles = /(<TitlesOfParts>\s*<vt:vector[^>]*size=")(\d+)("[^>]*>)([\s\S]*?)(<\/vt:vector>\s*<\/TitlesOfParts>)/.exec(xml);
  if (!heading || !titles) return xml;
  const variants = [...heading[2].matchAll(/<vt:variant>\s*<vt:(lpstr|i4)>([^<]*)<\/vt:\1>\s*<\/vt:variant>/g)];
  let before = 0;
  let found = -1;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = decodeXml(variants[i][2]);
    if (/^(Worksheets|Trang tính|Feuilles de calcul|Arbeitsblätter|Hojas de cálculo)$/i.test(label)) {
      found = i + 1;
      break;
    }
    before += Number(variants[i + 1][2]) || 0;
  }
  if (found < 0) return xml;
  const count = Number(variants[found][2]) || 0;
  let index = 0;
  const newHeading = heading[2].replace(/<vt:variant>\s*<vt:(lpstr|i4)>([^<]*)<\/vt:\1>\s*<\/vt:variant>/g, (whole) =>
    index++ === found ? `<vt:variant><vt:i4>${count + addedNames.length}</vt:i4></vt:variant>` : whole,
  );
  const items = [...titles[4].matchAll(/<vt:lpstr>[^<]*<\/vt:lpstr>|<vt:lpstr\/>/g)].map((m) => m[0]);
  items.splice(before + count, 0, ...addedNames.map((n) => `<vt:lpstr>${escapeText(n)}</vt:lpstr>`));
  return xml
    .replace(heading[0], () => `${heading[1]}${newHeading}${heading[3]}`)
    .replace(titles[0], () => `${titles[1]}${items.length}${titles[3]}${items.join('')}${titles[5]}`);
}
