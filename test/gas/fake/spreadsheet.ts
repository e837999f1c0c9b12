// In-memory SpreadsheetApp: spreadsheets, sheets, ranges, range lists, protections, data validation, the Ui.
// Every public method counts one call on the shared CallCounter. Test-only accessors (`cell`, `grid`, …) are plain
// properties that do not count.
import { CallCounter, unimplemented } from './base';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GUser = GoogleAppsScript.Base.User;

/** The state a fake cell holds. `value` is what getValues() returns ('' = blank). */
export interface FakeCell {
  value: unknown;
  /** the formula when a string was read as one ('=…'); getValues() then returns '#ERROR!' */
  formula: string;
  format: string;
  /** the NumberFormat type the Sheets API fake wrote with the format ('DATE', 'NUMBER', …); a number shown as a date reads as a Date */
  formatType?: string;
  note: string;
  validation: FakeDataValidation | null;
  style: Record<string, unknown>;
}

/** Shared by every object of one fake: who is running, in which auth mode, and the call counter. */
export interface FakeEnv {
  calls: CallCounter;
  /** 'NONE' forbids touching the document (as Apps Script does in AuthMode.NONE) */
  authMode: 'NONE' | 'LIMITED' | 'FULL';
  activeUserEmail: string;
  ownerEmail: string;
  /**
   * When set, the active user may edit only as a member of this Google Group: a new protection lists the group
   * (not the user), and removing the group from a protection the user is not an explicit editor of throws, as in
   * Apps Script.
   */
  editorGroup?: string;
}

// Ambient enums of @types/google-apps-script have no runtime value: the fake supplies string members.
function enumOf<T>(names: string[]): T {
  return Object.fromEntries(names.map((n) => [n, n])) as T;
}

export class FakeUser extends unimplemented<GUser>('User') implements GUser {
  constructor(
    private readonly env: FakeEnv,
    private readonly email: string,
  ) {
    super();
  }
  override getEmail(): string {
    this.env.calls.count('User.getEmail');
    return this.email;
  }
}

// ——— data validation ———

export class FakeDataValidation
  extends unimplemented<GoogleAppsScript.Spreadsheet.DataValidation>('DataValidation')
  implements GoogleAppsScript.Spreadsheet.DataValidation
{
  constructor(
    private readonly env: FakeEnv,
    readonly criteria: string,
    readonly args: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {
    super();
  }
  override getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.env.calls.count('DataValidation.getCriteriaType');
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  override getCriteriaValues(): unknown[] {
    this.env.calls.count('DataValidation.getCriteriaValues');
    return [...this.args];
  }
  override getAllowInvalid(): boolean {
    this.env.calls.count('DataValidation.getAllowInvalid');
    return this.allowInvalid;
  }
  override getHelpText(): string {
    this.env.calls.count('DataValidation.getHelpText');
    return this.helpText;
  }
}

export class FakeDataValidationBuilder
  extends unimplemented<GoogleAppsScript.Spreadsheet.DataValidationBuilder>('DataValidationBuilder')
  implements GoogleAppsScript.Spreadsheet.DataValidationBuilder
{
  private criteria = '';
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  constructor(private readonly env: FakeEnv) {
    super();
  }
  private set(name: string, criteria: string, args: unknown[]): this {
    this.env.calls.count(`DataValidationBuilder.${name}`);
    this.criteria = criteria;
    this.args = args;
    return this;
  }
  override requireValueInList(values: string[], showDropdown = true): this {
    return this.set('requireValueInList', 'VALUE_IN_LIST', [values, showDropdown]);
  }
  override requireValueInRange(range: GRange, showDropdown = true): this {
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown]);
  }
  override requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  override requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  override requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  override requireDate(): this {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  override requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }
  override setAllowInvalid(allow: boolean): this {
    this.env.calls.count('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allow;
    return this;
  }
  override setHelpText(text: string): this {
    this.env.calls.count('DataValidationBuilder.setHelpText');
    this.helpText = text;
    return this;
  }
  override build(): FakeDataValidation {
    this.env.calls.count('DataValidationBuilder.build');
    if (!this.criteria) throw new Error('DataValidationBuilder.build: no criteria set');
    return new FakeDataValidation(this.env, this.criteria, this.args, this.allowInvalid, this.helpText);
  }
}

// ——— protections ———

export class FakeProtection extends unimplemented<GProtection>('Protection') implements GProtection {
  readonly editors = new Set<string>();
  description = '';
  domainEdit = true;
  removed = false;
  constructor(
    private readonly env: FakeEnv,
    readonly sheet: FakeSheet,
    readonly type: 'SHEET' | 'RANGE',
    /** the protected range (RANGE protections) */
    readonly range: FakeRange | null = null,
  ) {
    super();
    // Apps Script: a new protection lets the owner and the user who created it edit (or the group the user edits through).
    this.editors.add(env.ownerEmail.toLowerCase());
    this.editors.add((env.editorGroup ?? env.activeUserEmail).toLowerCase());
  }
  private emails(list: (string | GUser)[]): string[] {
    return list.map((x) => {
      const email = (typeof x === 'string' ? x : (x as FakeUser)['email']).trim().toLowerCase();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Invalid email: ${email}`);
      return email;
    });
  }
  /** Apps Script: changing a protection the runner may not edit throws (canEdit() false). */
  private guard(): void {
    if (!this.allows(this.env.activeUserEmail)) {
      throw new Error(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }
  override addEditor(user: string | GUser): this {
    this.env.calls.count('Protection.addEditor');
    this.guard();
    for (const e of this.emails([user])) this.editors.add(e);
    return this;
  }
  override addEditors(emails: string[]): this {
    this.env.calls.count('Protection.addEditors');
    this.guard();
    for (const e of this.emails(emails)) this.editors.add(e);
    return this;
  }
  override removeEditors(list: string[] | GUser[]): this {
    this.env.calls.count('Protection.removeEditors');
    this.guard();
    // Apps Script never removes the owner or the current user.
    const me = this.env.activeUserEmail.toLowerCase();
    const keep = new Set([this.env.ownerEmail.toLowerCase(), me]);
    const emails = this.emails(list);
    const group = this.env.editorGroup?.toLowerCase();
    if (group && emails.includes(group) && !this.editors.has(me)) {
      throw new Error('You are trying to remove yourself as an editor of this protected range: add yourself as an editor first.');
    }
    for (const e of emails) if (!keep.has(e)) this.editors.delete(e);
    return this;
  }
  override getEditors(): GUser[] {
    this.env.calls.count('Protection.getEditors');
    return [...this.editors].map((e) => new FakeUser(this.env, e));
  }
  override setDescription(text: string): this {
    this.env.calls.count('Protection.setDescription');
    this.guard();
    this.description = text;
    return this;
  }
  override getDescription(): string {
    this.env.calls.count('Protection.getDescription');
    return this.description;
  }
  override setDomainEdit(editable: boolean): this {
    this.env.calls.count('Protection.setDomainEdit');
    this.guard();
    this.domainEdit = editable;
    return this;
  }
  override canDomainEdit(): boolean {
    this.env.calls.count('Protection.canDomainEdit');
    return this.domainEdit;
  }
  override canEdit(): boolean {
    this.env.calls.count('Protection.canEdit');
    return this.allows(this.env.activeUserEmail);
  }
  override remove(): void {
    this.env.calls.count('Protection.remove');
    this.guard();
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
  /** test helper: may this email edit (owner always can)? */
  allows(email: string): boolean {
    const e = email.toLowerCase();
    const viaGroup =
      e === this.env.activeUserEmail.toLowerCase() &&
      this.env.editorGroup !== undefined &&
      this.editors.has(this.env.editorGroup.toLowerCase());
    return e === this.env.ownerEmail.toLowerCase() || this.editors.has(e) || viaGroup;
  }
}

// ——— dates and time zones ———
// A date cell holds a wall-clock time (Sheets stores a serial number); the fake keeps it as a Date whose local
// (this process's) fields are that wall clock. SpreadsheetApp hands it out as the instant of that wall clock in the
// SPREADSHEET's time zone, and stores a written Date as its wall clock there. A spreadsheet whose zone is null is in
// the script's zone (this process's): no conversion.

/** (wall clock of `instant` in `timeZone`) − instant, in ms */
function zoneOffset(timeZone: string, instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** the stored wall clock → the instant SpreadsheetApp returns */
function instantOfWall(wall: Date, timeZone: string | null): Date {
  if (timeZone === null) return new Date(wall.getTime());
  const utc = Date.UTC(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate(),
    wall.getHours(),
    wall.getMinutes(),
    wall.getSeconds(),
    wall.getMilliseconds(),
  );
  const first = utc - zoneOffset(timeZone, utc);
  return new Date(utc - zoneOffset(timeZone, first));
}

/** a Date written by the script → the wall clock the cell keeps */
function wallOfInstant(instant: Date, timeZone: string | null): Date {
  if (timeZone === null) return new Date(instant.getTime());
  const w = new Date(instant.getTime() + zoneOffset(timeZone, instant.getTime()));
  return new Date(
    w.getUTCFullYear(),
    w.getUTCMonth(),
    w.getUTCDate(),
    w.getUTCHours(),
    w.getUTCMinutes(),
    w.getUTCSeconds(),
    w.getUTCMilliseconds(),
  );
}

// ——— ranges ———

function overlapsRange(a: FakeRange, b: FakeRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

type StyleSetter =
  | 'setFontWeight'
  | 'setFontStyle'
  | 'setFontLine'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setFontColor'
  | 'setBackground'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'setWrap';

export class FakeRange extends unimplemented<GRange>('Range') implements GRange {
  constructor(
    private readonly env: FakeEnv,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    super();
  }
  private c(name: string): void {
    this.env.calls.count(`Range.${name}`);
  }
  private each(fn: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) fn(this.sheet.cell(this.row + r, this.col + c), r, c);
  }
  private grid<T>(get: (cell: FakeCell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.cols; c++) line.push(get(this.sheet.peek(this.row + r, this.col + c)));
      out.push(line);
    }
    return out;
  }
  private checkShape(data: unknown[][], what: string): void {
    if (data.length !== this.rows) {
      throw new Error(`${what}: the number of rows in the data (${data.length}) does not match the range (${this.rows})`);
    }
    for (const line of data) {
      if (line.length !== this.cols) {
        throw new Error(`${what}: the number of columns in the data (${line.length}) does not match the range (${this.cols})`);
      }
    }
  }
  /** Apps Script refuses to change cells a protection the runner is not an editor of covers. */
  private editable(): void {
    const me = this.env.activeUserEmail;
    const blocked = this.sheet.protections.some(
      (p) => !p.allows(me) && (p.type === 'SHEET' || (p.range !== null && overlapsRange(p.range, this))),
    );
    if (blocked)
      throw new Error(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
  }
  /** 'A1:C3' for tests and error messages */
  a1(): string {
    return rangeA1(this.row, this.col, this.rows, this.cols);
  }

  override getA1Notation(): string {
    this.c('getA1Notation');
    return this.a1();
  }
  override getRow(): number {
    this.c('getRow');
    return this.row;
  }
  override getColumn(): number {
    this.c('getColumn');
    return this.col;
  }
  override getNumRows(): number {
    this.c('getNumRows');
    return this.rows;
  }
  override getNumColumns(): number {
    this.c('getNumColumns');
    return this.cols;
  }
  override getLastRow(): number {
    this.c('getLastRow');
    return this.row + this.rows - 1;
  }
  override getLastColumn(): number {
    this.c('getLastColumn');
    return this.col + this.cols - 1;
  }
  override getSheet(): FakeSheet {
    this.c('getSheet');
    return this.sheet;
  }
  override getValues(): unknown[][] {
    this.c('getValues');
    const zone = this.sheet.parent.timeZone;
    return this.grid((cell) => (cell.value instanceof Date ? instantOfWall(cell.value, zone) : cell.value));
  }
  override getValue(): unknown {
    this.c('getValue');
    const value = this.sheet.peek(this.row, this.col).value;
    return value instanceof Date ? instantOfWall(value, this.sheet.parent.timeZone) : value;
  }
  override getDisplayValues(): string[][] {
    this.c('getDisplayValues');
    return this.grid((cell) => (cell.value instanceof Date ? cell.value.toISOString() : String(cell.value)));
  }
  override setValues(values: unknown[][]): this {
    this.c('setValues');
    this.editable();
    this.checkShape(values, 'Range.setValues');
    const zone = this.sheet.parent.timeZone;
    this.each((cell, r, c) => writeCell(cell, values[r][c] instanceof Date ? wallOfInstant(values[r][c] as Date, zone) : values[r][c]));
    return this;
  }
  override setValue(value: unknown): this {
    this.c('setValue');
    this.editable();
    const stored = value instanceof Date ? wallOfInstant(value, this.sheet.parent.timeZone) : value;
    this.each((cell) => writeCell(cell, stored));
    return this;
  }
  override clearContent(): this {
    this.c('clearContent');
    this.each((cell) => writeCell(cell, ''));
    return this;
  }
  override getNumberFormats(): string[][] {
    this.c('getNumberFormats');
    return this.grid((cell) => cell.format);
  }
  override setNumberFormats(formats: string[][]): this {
    this.c('setNumberFormats');
    this.checkShape(formats, 'Range.setNumberFormats');
    this.each((cell, r, c) => (cell.format = formats[r][c]));
    return this;
  }
  override setNumberFormat(format: string): this {
    this.c('setNumberFormat');
    this.each((cell) => (cell.format = format));
    return this;
  }
  override getNotes(): string[][] {
    this.c('getNotes');
    return this.grid((cell) => cell.note);
  }
  override setNotes(notes: (string | null)[][]): this {
    this.c('setNotes');
    this.editable();
    this.checkShape(notes, 'Range.setNotes');
    this.each((cell, r, c) => (cell.note = notes[r][c] ?? ''));
    return this;
  }
  override setNote(note: string | null): this {
    this.c('setNote');
    this.each((cell) => (cell.note = note ?? ''));
    return this;
  }
  override setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    this.c('setDataValidation');
    this.each((cell) => (cell.validation = rule as FakeDataValidation | null));
    return this;
  }
  override setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    this.c('setDataValidations');
    this.editable();
    this.checkShape(rules, 'Range.setDataValidations');
    this.each((cell, r, c) => (cell.validation = rules[r][c] as FakeDataValidation | null));
    return this;
  }
  override getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    this.c('getDataValidations');
    return this.grid((cell) => cell.validation);
  }
  override clearDataValidations(): this {
    this.c('clearDataValidations');
    this.each((cell) => (cell.validation = null));
    return this;
  }
  override setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): this {
    this.c('setBorder');
    this.applyStyle('border', { top, left, bottom, right, vertical, horizontal });
    return this;
  }
  override merge(): this {
    this.c('merge');
    this.sheet.merges.push(this.a1());
    return this;
  }
  /** one merge per row of the range */
  override mergeAcross(): this {
    this.c('mergeAcross');
    for (let r = 0; r < this.rows; r++) this.sheet.merges.push(rangeA1(this.row + r, this.col, 1, this.cols));
    return this;
  }
  override activate(): this {
    this.c('activate');
    this.sheet.parent.active = { sheet: this.sheet, a1: this.a1() };
    return this;
  }
  override protect(): FakeProtection {
    this.c('protect');
    const protection = new FakeProtection(this.env, this.sheet, 'RANGE', this);
    this.sheet.protections.push(protection);
    return protection;
  }
  /** used by the style setters and by FakeRangeList (no call counted) */
  applyStyle(prop: string, value: unknown): void {
    this.each((cell) => (cell.style[prop] = value));
  }
  applyFormat(format: string): void {
    this.each((cell) => (cell.format = format));
  }
  applyNote(note: string): void {
    this.each((cell) => (cell.note = note));
  }
  override setFontWeight(v: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.styled('setFontWeight', v);
  }
  override setFontStyle(v: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.styled('setFontStyle', v);
  }
  override setFontLine(v: GoogleAppsScript.Spreadsheet.FontLine | null): this {
    return this.styled('setFontLine', v);
  }
  override setFontFamily(v: string | null): this {
    return this.styled('setFontFamily', v);
  }
  override setFontSize(v: number): this {
    return this.styled('setFontSize', v);
  }
  override setFontColor(v: string | null): this {
    return this.styled('setFontColor', v);
  }
  override setBackground(v: string | null): this {
    return this.styled('setBackground', v);
  }
  override setHorizontalAlignment(v: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this.styled('setHorizontalAlignment', v);
  }
  override setVerticalAlignment(v: 'top' | 'middle' | 'bottom' | null): this {
    return this.styled('setVerticalAlignment', v);
  }
  override setWrap(v: boolean): this {
    return this.styled('setWrap', v);
  }
  private styled(setter: StyleSetter, value: unknown): this {
    this.c(setter);
    this.applyStyle(styleProp(setter), value);
    return this;
  }

  // — grid setters: one call for a value per cell; null resets the cell's property to Sheets' default —
  private styledGrid(setter: string, prop: string, grid: unknown[][], allowed?: unknown[]): this {
    this.c(setter);
    this.checkShape(grid, `Range.${setter}`);
    for (const v of grid.flat()) {
      if (allowed && v !== null && !allowed.includes(v)) throw new Error(`Range.${setter}: invalid value ${String(v)}`);
    }
    this.each((cell, r, c) => {
      const value = grid[r][c];
      if (value === null) delete cell.style[prop];
      else cell.style[prop] = value;
    });
    return this;
  }
  override setFontWeights(grid: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): this {
    return this.styledGrid('setFontWeights', 'fontWeight', grid, ['bold', 'normal']);
  }
  override setFontStyles(grid: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): this {
    return this.styledGrid('setFontStyles', 'fontStyle', grid, ['italic', 'normal']);
  }
  override setFontLines(grid: (GoogleAppsScript.Spreadsheet.FontLine | null)[][]): this {
    return this.styledGrid('setFontLines', 'fontLine', grid, ['underline', 'line-through', 'none']);
  }
  override setFontFamilies(grid: (string | null)[][]): this {
    return this.styledGrid('setFontFamilies', 'fontFamily', grid);
  }
  override setFontSizes(grid: number[][]): this {
    for (const v of grid.flat()) if (typeof v !== 'number' || !(v > 0)) throw new Error(`Range.setFontSizes: invalid size ${String(v)}`);
    return this.styledGrid('setFontSizes', 'fontSize', grid);
  }
  override setFontColors(grid: unknown[][]): this {
    return this.styledGrid('setFontColors', 'fontColor', grid);
  }
  override setBackgrounds(grid: (string | null)[][]): this {
    return this.styledGrid('setBackgrounds', 'background', grid);
  }
  override setHorizontalAlignments(grid: ('left' | 'center' | 'normal' | 'right' | null)[][]): this {
    return this.styledGrid('setHorizontalAlignments', 'horizontalAlignment', grid, ['left', 'center', 'normal', 'right']);
  }
  override setVerticalAlignments(grid: ('top' | 'middle' | 'bottom' | null)[][]): this {
    return this.styledGrid('setVerticalAlignments', 'verticalAlignment', grid, ['top', 'middle', 'bottom']);
  }
  override setWraps(grid: boolean[][]): this {
    for (const v of grid.flat()) if (typeof v !== 'boolean') throw new Error(`Range.setWraps: not a boolean: ${String(v)}`);
    return this.styledGrid('setWraps', 'wrap', grid);
  }
  /** stored as `wrap` (true for WRAP, as setWrap(true) sets) and `wrapStrategy` */
  override setWrapStrategies(grid: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): this {
    this.c('setWrapStrategies');
    this.checkShape(grid, 'Range.setWrapStrategies');
    this.each((cell, r, c) => {
      const strategy = grid[r][c] as unknown as string;
      if (!['WRAP', 'OVERFLOW', 'CLIP'].includes(strategy)) throw new Error(`Range.setWrapStrategies: not a WrapStrategy: ${strategy}`);
      cell.style.wrap = strategy === 'WRAP';
      cell.style.wrapStrategy = strategy;
    });
    return this;
  }
}

/** 'setFontWeight' → 'fontWeight' */
function styleProp(setter: string): string {
  return setter.charAt(3).toLowerCase() + setter.slice(4);
}

export class FakeRangeList
  extends unimplemented<GoogleAppsScript.Spreadsheet.RangeList>('RangeList')
  implements GoogleAppsScript.Spreadsheet.RangeList
{
  constructor(
    private readonly env: FakeEnv,
    readonly ranges: FakeRange[],
  ) {
    super();
  }
  override getRanges(): FakeRange[] {
    this.env.calls.count('RangeList.getRanges');
    return [...this.ranges];
  }
  private styled(setter: string, value: unknown): this {
    this.env.calls.count(`RangeList.${setter}`);
    for (const r of this.ranges) r.applyStyle(styleProp(setter), value);
    return this;
  }
  override setFontWeight(v: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.styled('setFontWeight', v);
  }
  override setFontStyle(v: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.styled('setFontStyle', v);
  }
  override setFontLine(v: GoogleAppsScript.Spreadsheet.FontLine | null): this {
    return this.styled('setFontLine', v);
  }
  override setFontFamily(v: string | null): this {
    return this.styled('setFontFamily', v);
  }
  override setFontSize(v: number): this {
    return this.styled('setFontSize', v);
  }
  override setFontColor(v: string | null): this {
    return this.styled('setFontColor', v);
  }
  override setBackground(v: string | null): this {
    return this.styled('setBackground', v);
  }
  override setHorizontalAlignment(v: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this.styled('setHorizontalAlignment', v);
  }
  override setVerticalAlignment(v: 'top' | 'middle' | 'bottom' | null): this {
    return this.styled('setVerticalAlignment', v);
  }
  override setWrap(v: boolean): this {
    return this.styled('setWrap', v);
  }
  override setNumberFormat(format: string): this {
    this.env.calls.count('RangeList.setNumberFormat');
    for (const r of this.ranges) r.applyFormat(format);
    return this;
  }
  override setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): this {
    return this.styled('setBorder', { top, left, bottom, right, vertical, horizontal });
  }
  override setNote(note: string | null): this {
    this.env.calls.count('RangeList.setNote');
    for (const r of this.ranges) r.applyNote(note ?? '');
    return this;
  }
}

// ——— cells ———

/** Sheets holds at most 50 000 characters in a cell. */
export const MAX_CELL_CHARS = 50_000;

/** what peek() returns for a cell never written */
export const EMPTY_CELL: FakeCell = Object.freeze({
  value: '',
  formula: '',
  format: '',
  note: '',
  validation: null,
  style: Object.freeze({}),
}) as FakeCell;

/**
 * What Sheets does with a value written by setValues(): strings are parsed like typed input unless the cell is
 * formatted as text ('@') or the string starts with an apostrophe: '=…' is a formula; '+x'/'-x' that is not a
 * number is a formula error; a numeric string becomes a number.
 */
export function writeCell(cell: FakeCell, value: unknown): void {
  cell.formula = '';
  if (value === null || value === undefined) {
    cell.value = '';
    return;
  }
  if (typeof value !== 'string') {
    cell.value = value instanceof Date ? new Date(value.getTime()) : value;
    return;
  }
  // Sheets' documented cell limit
  if (value.length > MAX_CELL_CHARS)
    throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  if (cell.format === '@') cell.value = value;
  else if (value.startsWith("'")) cell.value = value.slice(1);
  else if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) cell.value = Number(value);
  else if (/^[=+-]/.test(value)) {
    cell.formula = value;
    cell.value = '#ERROR!';
  } else cell.value = value;
}

function letters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  const start = `${letters(col)}${row}`;
  return rows === 1 && cols === 1 ? start : `${start}:${letters(col + cols - 1)}${row + rows - 1}`;
}

/** 'B2' or 'A1:C3' → [row, col, rows, cols] */
function parseA1(a1: string): [number, number, number, number] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const colOf = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = colOf(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? colOf(m[3]) : c1;
  return [Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1];
}

// ——— sheets ———

let nextSheetId = 1;

export class FakeSheet extends unimplemented<GSheet>('Sheet') implements GSheet {
  readonly id: number;
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  /** hidden from the tabs (the Sheets API fake, or hideSheet()) */
  hidden = false;
  readonly widths = new Map<number, number>();
  /** pixel heights of rows set explicitly */
  readonly heights = new Map<number, number>();
  protections: FakeProtection[] = [];
  readonly merges: string[] = [];
  private cells: (FakeCell | undefined)[][] = [];

  constructor(
    private readonly env: FakeEnv,
    readonly parent: FakeSpreadsheet,
    public name: string,
    /** a sheet id of the caller's choosing (the Sheets API's addSheet); otherwise the next free one */
    id?: number,
  ) {
    super();
    this.id = id ?? nextSheetId++;
    if (this.id >= nextSheetId) nextSheetId = this.id + 1;
  }

  /** everything a Sheets API batch may change, for undoing a batch that fails part-way (not counted) */
  snapshot(): () => void {
    const cells = this.cells.map((line) => line?.map((cell) => (cell ? { ...cell, style: { ...cell.style } } : cell)));
    const { maxRows, maxCols, frozenRows, frozenCols, hidden, name } = this;
    const widths = [...this.widths];
    const heights = [...this.heights];
    const merges = [...this.merges];
    return () => {
      this.cells = cells;
      Object.assign(this, { maxRows, maxCols, frozenRows, frozenCols, hidden, name });
      this.widths.clear();
      for (const [k, v] of widths) this.widths.set(k, v);
      this.heights.clear();
      for (const [k, v] of heights) this.heights.set(k, v);
      this.merges.splice(0, this.merges.length, ...merges);
    };
  }
  private c(name: string): void {
    this.env.calls.count(`Sheet.${name}`);
  }

  // — test helpers (not counted) —
  cell(row: number, col: number): FakeCell {
    const line = (this.cells[row - 1] ??= []);
    return (line[col - 1] ??= { value: '', formula: '', format: '', note: '', validation: null, style: {} });
  }
  peek(row: number, col: number): FakeCell {
    return this.cells[row - 1]?.[col - 1] ?? EMPTY_CELL;
  }
  lastRow(): number {
    for (let r = this.cells.length; r >= 1; r--) if (this.cells[r - 1]?.some((cell) => cell && cell.value !== '')) return r;
    return 0;
  }
  lastCol(): number {
    let last = 0;
    for (const line of this.cells) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) if (line[c - 1] && line[c - 1]?.value !== '') last = c;
    }
    return last;
  }
  /** every cell ever written (test helper, not counted) */
  forEachCell(fn: (cell: FakeCell) => void): void {
    for (const line of this.cells) for (const cell of line ?? []) if (cell) fn(cell);
  }
  /** the used range's values, as getDataRange().getValues() would give them */
  values(): unknown[][] {
    const rows = Math.max(this.lastRow(), 1);
    const cols = Math.max(this.lastCol(), 1);
    const out: unknown[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: unknown[] = [];
      for (let c = 1; c <= cols; c++) line.push(this.peek(r, c).value);
      out.push(line);
    }
    return out;
  }
  /** fill cells without counting calls (test set-up); strings are stored as typed text */
  load(rows: unknown[][], startRow = 1): this {
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') this.cell(startRow + r, c + 1).value = v;
      }),
    );
    this.maxRows = Math.max(this.maxRows, startRow + rows.length - 1);
    this.maxCols = Math.max(this.maxCols, ...rows.map((l) => l.length));
    return this;
  }
  private range(row: number, col: number, rows: number, cols: number): FakeRange {
    if (row < 1 || col < 1 || rows < 1 || cols < 1 || row + rows - 1 > this.maxRows || col + cols - 1 > this.maxCols) {
      throw new Error(
        `The coordinates of the range are outside the dimensions of the sheet (${this.name}!${rangeA1(row, col, Math.max(rows, 1), Math.max(cols, 1))}).`,
      );
    }
    return new FakeRange(this.env, this, row, col, rows, cols);
  }

  // — Sheet —
  override getName(): string {
    this.c('getName');
    return this.name;
  }
  override setName(name: string): this {
    this.c('setName');
    if (this.parent.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }
  override hideSheet(): this {
    this.c('hideSheet');
    if (this.parent.sheets.every((s) => s === this || s.hidden)) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  override isSheetHidden(): boolean {
    this.c('isSheetHidden');
    return this.hidden;
  }
  override getSheetId(): number {
    this.c('getSheetId');
    return this.id;
  }
  override getIndex(): number {
    this.c('getIndex');
    return this.parent.sheets.indexOf(this) + 1;
  }
  override getParent(): FakeSpreadsheet {
    this.c('getParent');
    return this.parent;
  }
  override getRange(a: number | string, col?: number, rows?: number, cols?: number): FakeRange {
    this.c('getRange');
    if (typeof a === 'string') return this.range(...parseA1(a));
    return this.range(a, col ?? 1, rows ?? 1, cols ?? 1);
  }
  override getRangeList(a1s: string[]): FakeRangeList {
    this.c('getRangeList');
    return new FakeRangeList(
      this.env,
      a1s.map((a1) => this.range(...parseA1(a1))),
    );
  }
  override getDataRange(): FakeRange {
    this.c('getDataRange');
    return new FakeRange(this.env, this, 1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastCol(), 1));
  }
  override getLastRow(): number {
    this.c('getLastRow');
    return this.lastRow();
  }
  override getLastColumn(): number {
    this.c('getLastColumn');
    return this.lastCol();
  }
  override getMaxRows(): number {
    this.c('getMaxRows');
    return this.maxRows;
  }
  override getMaxColumns(): number {
    this.c('getMaxColumns');
    return this.maxCols;
  }
  override insertRowsAfter(after: number, howMany: number): this {
    this.c('insertRowsAfter');
    if (after !== this.maxRows) this.cells.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }
  override insertColumnsAfter(after: number, howMany: number): this {
    this.c('insertColumnsAfter');
    if (after !== this.maxCols) for (const line of this.cells) line?.splice(after, 0, ...new Array<undefined>(howMany));
    this.maxCols += howMany;
    return this;
  }
  override appendRow(row: unknown[]): this {
    this.c('appendRow');
    const at = this.lastRow() + 1;
    if (at > this.maxRows) this.maxRows = at;
    if (row.length > this.maxCols) this.maxCols = row.length;
    row.forEach((v, i) => writeCell(this.cell(at, i + 1), v instanceof Date ? wallOfInstant(v, this.parent.timeZone) : v));
    return this;
  }
  override setFrozenRows(rows: number): void {
    this.c('setFrozenRows');
    this.frozenRows = rows;
  }
  override setFrozenColumns(cols: number): void {
    this.c('setFrozenColumns');
    this.frozenCols = cols;
  }
  override getFrozenRows(): number {
    this.c('getFrozenRows');
    return this.frozenRows;
  }
  override getFrozenColumns(): number {
    this.c('getFrozenColumns');
    return this.frozenCols;
  }
  override setColumnWidth(col: number, width: number): this {
    this.c('setColumnWidth');
    this.widths.set(col, width);
    return this;
  }
  override setColumnWidths(start: number, count: number, width: number): this {
    this.c('setColumnWidths');
    for (let i = 0; i < count; i++) this.widths.set(start + i, width);
    return this;
  }
  override setRowHeight(row: number, height: number): this {
    this.c('setRowHeight');
    this.heights.set(row, height);
    return this;
  }
  override setRowHeights(start: number, count: number, height: number): this {
    this.c('setRowHeights');
    for (let i = 0; i < count; i++) this.heights.set(start + i, height);
    return this;
  }
  override getColumnWidth(col: number): number {
    this.c('getColumnWidth');
    return this.widths.get(col) ?? 100;
  }
  override protect(): FakeProtection {
    this.c('protect');
    // Apps Script: "If the sheet is already protected, this method returns an object representing the existing
    // protection settings" (whether or not the runner may edit it).
    const existing = this.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
    const protection = new FakeProtection(this.env, this, 'SHEET');
    this.protections.push(protection);
    return protection;
  }
  override getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    this.c('getProtections');
    return this.protections.filter((p) => p.type === (type as unknown as string));
  }
  override activate(): this {
    this.c('activate');
    this.parent.active = { sheet: this, a1: 'A1' };
    return this;
  }
  override setTabColor(color: string | null): this {
    this.c('setTabColor');
    this.tabColor = color;
    return this;
  }
  tabColor: string | null = null;
  override setHiddenGridlines(hide: boolean): this {
    this.c('setHiddenGridlines');
    this.gridlinesHidden = hide;
    return this;
  }
  gridlinesHidden = false;
}

// ——— spreadsheets ———

export class FakeSpreadsheet
  extends unimplemented<GoogleAppsScript.Spreadsheet.Spreadsheet>('Spreadsheet')
  implements GoogleAppsScript.Spreadsheet.Spreadsheet
{
  readonly sheets: FakeSheet[] = [];
  active: { sheet: FakeSheet; a1: string } | null = null;
  readonly toasts: string[] = [];
  /** the spreadsheet's time zone (File › Settings); null: the script's zone, which getSpreadsheetTimeZone() names */
  timeZone: string | null = null;
  /** the people the file is shared with as editors (the owner is always one) */
  readonly editors = new Set<string>();
  constructor(
    private readonly env: FakeEnv,
    readonly id = 'fake-spreadsheet-id',
    readonly name = 'Thi đua',
  ) {
    super();
  }
  private c(name: string): void {
    this.env.calls.count(`Spreadsheet.${name}`);
  }
  /** test helper: the sheet of that exact name, or throw */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet "${name}" (have: ${this.sheets.map((s) => s.name).join(', ')})`);
    return found;
  }
  /** test helper: add a sheet with these rows, without counting calls */
  addSheet(name: string, rows: unknown[][] = []): FakeSheet {
    const sheet = new FakeSheet(this.env, this, name);
    this.sheets.push(sheet);
    return sheet.load(rows);
  }
  /**
   * As Sheets does when a sheet is deleted: formulas of the other sheets that name it turn to #REF! (a sheet made
   * later under the same name does not repair them). Not counted.
   */
  breakReferencesTo(deleted: FakeSheet, beforeChange: (sheet: FakeSheet) => void = () => undefined): void {
    const quoted = `'${deleted.name.replace(/'/g, "''")}'!`;
    const bare = /^[\p{L}\d_]+$/u.test(deleted.name) ? `${deleted.name}!` : null;
    for (const sheet of this.sheets) {
      if (sheet === deleted) continue;
      sheet.forEachCell((cell) => {
        if (!cell.formula) return;
        if (!cell.formula.includes(quoted) && !(bare && cell.formula.includes(bare))) return;
        beforeChange(sheet);
        cell.formula = cell.formula.split(quoted).join('#REF!');
        if (bare) cell.formula = cell.formula.split(bare).join('#REF!');
        cell.value = '#REF!';
      });
    }
  }
  override getId(): string {
    this.c('getId');
    return this.id;
  }
  override getName(): string {
    this.c('getName');
    return this.name;
  }
  override getUrl(): string {
    this.c('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  override getSpreadsheetTimeZone(): string {
    this.c('getSpreadsheetTimeZone');
    return this.timeZone ?? 'Asia/Ho_Chi_Minh';
  }
  override setSpreadsheetTimeZone(timezone: string): void {
    this.c('setSpreadsheetTimeZone');
    this.timeZone = timezone;
  }
  /** File › Settings › Locale (setSpreadsheetLocale); null: never set */
  locale: string | null = null;
  override setSpreadsheetLocale(locale: string): void {
    this.c('setSpreadsheetLocale');
    this.locale = locale;
  }
  override getEditors(): GUser[] {
    this.c('getEditors');
    const emails = new Set([this.env.ownerEmail.toLowerCase(), ...this.editors]);
    return [...emails].map((e) => new FakeUser(this.env, e));
  }
  override addEditors(emails: string[]): this {
    this.c('addEditors');
    for (const email of emails) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) throw new Error(`Invalid email: ${email}`);
      this.editors.add(email.trim().toLowerCase());
    }
    return this;
  }
  override getOwner(): GUser {
    this.c('getOwner');
    return new FakeUser(this.env, this.env.ownerEmail);
  }
  override getSheets(): FakeSheet[] {
    this.c('getSheets');
    return [...this.sheets];
  }
  override getSheetByName(name: string): FakeSheet | null {
    this.c('getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  override insertSheet(a?: string | number | { template?: GSheet }, b?: number | { template?: GSheet }): FakeSheet {
    this.c('insertSheet');
    const name = typeof a === 'string' ? a : `Trang tính${this.sheets.length + 1}`;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.sheets.length;
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.env, this, name);
    this.sheets.splice(Math.min(Math.max(index, 0), this.sheets.length), 0, sheet);
    this.active = { sheet, a1: 'A1' };
    return sheet;
  }
  override deleteSheet(sheet: GSheet): void {
    this.c('deleteSheet');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const i = this.sheets.indexOf(sheet as FakeSheet);
    if (i < 0) throw new Error('Sheet not found');
    this.breakReferencesTo(sheet as FakeSheet);
    this.sheets.splice(i, 1);
    if (this.active?.sheet === sheet) this.active = null;
  }
  override setActiveSheet(sheet: GSheet): FakeSheet {
    this.c('setActiveSheet');
    this.active = { sheet: sheet as FakeSheet, a1: 'A1' };
    return sheet as FakeSheet;
  }
  override getActiveSheet(): FakeSheet {
    this.c('getActiveSheet');
    return this.active?.sheet ?? this.sheets[0];
  }
  override toast(message: string): void {
    this.c('toast');
    this.toasts.push(message);
  }
}

// ——— the Ui ———

export interface FakeMenuItem {
  label: string;
  handler?: string;
  items?: FakeMenuItem[];
  separator?: boolean;
}

export class FakeMenu extends unimplemented<GoogleAppsScript.Base.Menu>('Menu') implements GoogleAppsScript.Base.Menu {
  readonly items: FakeMenuItem[] = [];
  constructor(
    private readonly env: FakeEnv,
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {
    super();
  }
  override addItem(caption: string, functionName: string): this {
    this.env.calls.count('Menu.addItem');
    this.items.push({ label: caption, handler: functionName });
    return this;
  }
  override addSeparator(): this {
    this.env.calls.count('Menu.addSeparator');
    this.items.push({ label: '', separator: true });
    return this;
  }
  override addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    this.env.calls.count('Menu.addSubMenu');
    const sub = menu as FakeMenu;
    this.items.push({ label: sub.caption, items: sub.items });
    return this;
  }
  override addToUi(): void {
    this.env.calls.count('Menu.addToUi');
    this.ui.menus.push(this);
  }
}

export class FakePromptResponse
  extends unimplemented<GoogleAppsScript.Base.PromptResponse>('PromptResponse')
  implements GoogleAppsScript.Base.PromptResponse
{
  constructor(
    private readonly env: FakeEnv,
    private readonly text: string,
    private readonly button: string,
  ) {
    super();
  }
  override getResponseText(): string {
    this.env.calls.count('PromptResponse.getResponseText');
    return this.text;
  }
  override getSelectedButton(): GoogleAppsScript.Base.Button {
    this.env.calls.count('PromptResponse.getSelectedButton');
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

export class FakeUi extends unimplemented<GoogleAppsScript.Base.Ui>('Ui') implements GoogleAppsScript.Base.Ui {
  override Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
  override ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
  readonly menus: FakeMenu[] = [];
  readonly alerts: string[] = [];
  /** answers the next prompts will get: text, and the button ('OK' unless given) */
  readonly answers: { text: string; button?: 'OK' | 'CANCEL' | 'CLOSE' }[] = [];
  readonly prompts: string[] = [];
  readonly sidebars: GoogleAppsScript.HTML.HtmlOutput[] = [];
  readonly dialogs: { html: GoogleAppsScript.HTML.HtmlOutput; title: string }[] = [];
  constructor(private readonly env: FakeEnv) {
    super();
  }
  override createAddonMenu(): FakeMenu {
    this.env.calls.count('Ui.createAddonMenu');
    return new FakeMenu(this.env, this, '(add-on)');
  }
  override createMenu(caption: string): FakeMenu {
    this.env.calls.count('Ui.createMenu');
    return new FakeMenu(this.env, this, caption);
  }
  override alert(a: string, b?: string | GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    this.env.calls.count('Ui.alert');
    this.alerts.push(typeof b === 'string' ? `${a}\n${b}` : a);
    return 'OK' as unknown as GoogleAppsScript.Base.Button;
  }
  override prompt(a: string, b?: string | GoogleAppsScript.Base.ButtonSet): FakePromptResponse {
    this.env.calls.count('Ui.prompt');
    this.prompts.push(typeof b === 'string' ? `${a}\n${b}` : a);
    const answer = this.answers.shift() ?? { text: '', button: 'CANCEL' };
    return new FakePromptResponse(this.env, answer.text, answer.button ?? 'OK');
  }
  override showSidebar(html: GoogleAppsScript.HTML.HtmlOutput): void {
    this.env.calls.count('Ui.showSidebar');
    this.sidebars.push(html);
  }
  override showModalDialog(html: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.calls.count('Ui.showModalDialog');
    this.dialogs.push({ html, title });
  }
  override showModelessDialog(html: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.calls.count('Ui.showModelessDialog');
    this.dialogs.push({ html, title });
  }
}

// ——— SpreadsheetApp ———

export class FakeSpreadsheetApp
  extends unimplemented<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('SpreadsheetApp')
  implements GoogleAppsScript.Spreadsheet.SpreadsheetApp
{
  override ProtectionType = enumOf<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(['RANGE', 'SHEET']);
  override DataValidationCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>([
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'NUMBER_BETWEEN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'TEXT_IS_VALID_EMAIL',
  ]);
  override BorderStyle = enumOf<typeof GoogleAppsScript.Spreadsheet.BorderStyle>([
    'DOTTED',
    'DASHED',
    'SOLID',
    'SOLID_MEDIUM',
    'SOLID_THICK',
    'DOUBLE',
  ]);
  override WrapStrategy = enumOf<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(['WRAP', 'OVERFLOW', 'CLIP']);
  readonly ui: FakeUi;
  constructor(
    private readonly env: FakeEnv,
    readonly spreadsheet: FakeSpreadsheet,
  ) {
    super();
    this.ui = new FakeUi(env);
  }
  private document(method: string): FakeSpreadsheet {
    this.env.calls.count(`SpreadsheetApp.${method}`);
    if (this.env.authMode === 'NONE') {
      throw new Error(`You do not have permission to call SpreadsheetApp.${method} (AuthMode.NONE)`);
    }
    return this.spreadsheet;
  }
  override getActiveSpreadsheet(): FakeSpreadsheet {
    return this.document('getActiveSpreadsheet');
  }
  override getActive(): FakeSpreadsheet {
    return this.document('getActive');
  }
  override getActiveSheet(): FakeSheet {
    return this.document('getActiveSheet').active?.sheet ?? this.spreadsheet.sheets[0];
  }
  override getUi(): FakeUi {
    this.env.calls.count('SpreadsheetApp.getUi');
    return this.ui;
  }
  override newDataValidation(): FakeDataValidationBuilder {
    this.env.calls.count('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.env);
  }
  override flush(): void {
    this.env.calls.count('SpreadsheetApp.flush');
  }
  /** other spreadsheets the user can open by id (test helper: add with `files.set(ss.id, ss)`) */
  readonly files = new Map<string, FakeSpreadsheet>();
  /** ids of spreadsheets that exist but are not shared with the user */
  readonly denied = new Set<string>();
  override openById(id: string): FakeSpreadsheet {
    this.env.calls.count('SpreadsheetApp.openById');
    if (this.denied.has(id)) throw new Error('You do not have permission to access the requested document.');
    const found = id === this.spreadsheet.id ? this.spreadsheet : this.files.get(id);
    // what Apps Script says for an id that names no spreadsheet the user can see
    if (!found) throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return found;
  }
  override openByUrl(url: string): FakeSpreadsheet {
    this.env.calls.count('SpreadsheetApp.openByUrl');
    const id = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1];
    if (!id) throw new Error('Invalid argument: url');
    if (this.denied.has(id)) throw new Error('You do not have permission to access the requested document.');
    const found = id === this.spreadsheet.id ? this.spreadsheet : this.files.get(id);
    if (!found) throw new Error('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return found;
  }
}
