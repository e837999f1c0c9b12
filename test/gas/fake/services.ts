// In-memory LockService, PropertiesService, Session, Utilities, HtmlService; createFakeServices() ties them to a
// fake spreadsheet and one call counter, and installFakeGlobals() puts them where Apps Script code looks for them.
import { createHash, randomUUID } from 'node:crypto';
import { CallCounter, unimplemented } from './base';
import { FakeSheetsApi } from './sheets-api';
import { FakeEnv, FakeSpreadsheet, FakeSpreadsheetApp, FakeUser } from './spreadsheet';

type Integer = number;

// ——— LockService ———

/** One document lock shared by every execution (every getDocumentLock() caller) of a fake. */
export interface LockState {
  holder: object | null;
}

export class FakeLock extends unimplemented<GoogleAppsScript.Lock.Lock>('Lock') implements GoogleAppsScript.Lock.Lock {
  constructor(
    private readonly env: FakeEnv,
    private readonly state: LockState,
    private readonly clock: { ms: number },
  ) {
    super();
  }
  override tryLock(timeoutInMillis: Integer): boolean {
    this.env.calls.count('Lock.tryLock');
    if (this.state.holder === null || this.state.holder === this) {
      this.state.holder = this;
      return true;
    }
    this.clock.ms += timeoutInMillis; // waited the whole timeout in vain
    return false;
  }
  override waitLock(timeoutInMillis: Integer): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  override hasLock(): boolean {
    this.env.calls.count('Lock.hasLock');
    return this.state.holder === this;
  }
  override releaseLock(): void {
    this.env.calls.count('Lock.releaseLock');
    if (this.state.holder === this) this.state.holder = null;
  }
}

export class FakeLockService
  extends unimplemented<GoogleAppsScript.Lock.LockService>('LockService')
  implements GoogleAppsScript.Lock.LockService
{
  readonly documentLock: LockState = { holder: null };
  readonly scriptLock: LockState = { holder: null };
  /** a standalone script (no container document): getDocumentLock() returns null, as in Apps Script */
  standalone = false;
  constructor(
    private readonly env: FakeEnv,
    private readonly clock: { ms: number },
  ) {
    super();
  }
  override getDocumentLock(): FakeLock {
    this.env.calls.count('LockService.getDocumentLock');
    if (this.standalone) return null as unknown as FakeLock; // the typings say Lock; Apps Script returns null here
    return new FakeLock(this.env, this.documentLock, this.clock);
  }
  override getScriptLock(): FakeLock {
    this.env.calls.count('LockService.getScriptLock');
    return new FakeLock(this.env, this.scriptLock, this.clock);
  }
}

// ——— PropertiesService ———

export class FakeProperties
  extends unimplemented<GoogleAppsScript.Properties.Properties>('Properties')
  implements GoogleAppsScript.Properties.Properties
{
  readonly map = new Map<string, string>();
  constructor(private readonly env: FakeEnv) {
    super();
  }
  override getProperty(key: string): string | null {
    this.env.calls.count('Properties.getProperty');
    return this.map.get(key) ?? null;
  }
  override setProperty(key: string, value: string): this {
    this.env.calls.count('Properties.setProperty');
    this.map.set(key, String(value));
    return this;
  }
  override deleteProperty(key: string): this {
    this.env.calls.count('Properties.deleteProperty');
    this.map.delete(key);
    return this;
  }
  override getProperties(): Record<string, string> {
    this.env.calls.count('Properties.getProperties');
    return Object.fromEntries(this.map);
  }
  override getKeys(): string[] {
    this.env.calls.count('Properties.getKeys');
    return [...this.map.keys()];
  }
}

export class FakePropertiesService
  extends unimplemented<GoogleAppsScript.Properties.PropertiesService>('PropertiesService')
  implements GoogleAppsScript.Properties.PropertiesService
{
  readonly document: FakeProperties;
  readonly script: FakeProperties;
  readonly user: FakeProperties;
  constructor(private readonly env: FakeEnv) {
    super();
    this.document = new FakeProperties(env);
    this.script = new FakeProperties(env);
    this.user = new FakeProperties(env);
  }
  private get(which: string, props: FakeProperties): FakeProperties {
    this.env.calls.count(`PropertiesService.${which}`);
    if (this.env.authMode === 'NONE') throw new Error(`You do not have permission to call PropertiesService.${which} (AuthMode.NONE)`);
    return props;
  }
  override getDocumentProperties(): FakeProperties {
    return this.get('getDocumentProperties', this.document);
  }
  override getScriptProperties(): FakeProperties {
    return this.get('getScriptProperties', this.script);
  }
  override getUserProperties(): FakeProperties {
    return this.get('getUserProperties', this.user);
  }
}

// ——— Session ———

export class FakeSession extends unimplemented<GoogleAppsScript.Base.Session>('Session') implements GoogleAppsScript.Base.Session {
  constructor(private readonly env: FakeEnv) {
    super();
  }
  override getActiveUser(): FakeUser {
    this.env.calls.count('Session.getActiveUser');
    return new FakeUser(this.env, this.env.activeUserEmail);
  }
  override getEffectiveUser(): FakeUser {
    this.env.calls.count('Session.getEffectiveUser');
    return new FakeUser(this.env, this.env.activeUserEmail);
  }
  override getScriptTimeZone(): string {
    this.env.calls.count('Session.getScriptTimeZone');
    return 'Asia/Ho_Chi_Minh';
  }
  override getActiveUserLocale(): string {
    this.env.calls.count('Session.getActiveUserLocale');
    return 'vi';
  }
}

// ——— Utilities ———

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

export class FakeUtilities
  extends unimplemented<GoogleAppsScript.Utilities.Utilities>('Utilities')
  implements GoogleAppsScript.Utilities.Utilities
{
  override DigestAlgorithm = Object.fromEntries(
    ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'].map((n) => [n, n]),
  ) as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  override Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as unknown as typeof GoogleAppsScript.Utilities.Charset;
  constructor(
    private readonly env: FakeEnv,
    private readonly clock: { ms: number },
  ) {
    super();
  }
  /** signed bytes, as Apps Script returns them */
  override computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[]): number[] {
    this.env.calls.count('Utilities.computeDigest');
    const name = DIGESTS[algorithm as unknown as string];
    if (!name) throw new Error(`unsupported digest ${String(algorithm)}`);
    const data = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.map((b) => b & 0xff));
    return [...createHash(name).update(data).digest()].map((b) => (b > 127 ? b - 256 : b));
  }
  override formatDate(date: Date, timeZone: string, format: string): string {
    this.env.calls.count('Utilities.formatDate');
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .map((p) => [p.type, p.value]),
    );
    return format
      .replace('yyyy', parts.year)
      .replace('MM', parts.month)
      .replace('dd', parts.day)
      .replace('HH', parts.hour)
      .replace('mm', parts.minute)
      .replace('ss', parts.second);
  }
  override getUuid(): string {
    this.env.calls.count('Utilities.getUuid');
    return randomUUID();
  }
  override sleep(ms: Integer): void {
    this.env.calls.count('Utilities.sleep');
    this.clock.ms += ms;
  }
}

// ——— HtmlService ———

export class FakeHtmlOutput
  extends unimplemented<GoogleAppsScript.HTML.HtmlOutput>('HtmlOutput')
  implements GoogleAppsScript.HTML.HtmlOutput
{
  title = '';
  width = 0;
  height = 0;
  constructor(
    private readonly env: FakeEnv,
    public content: string,
  ) {
    super();
  }
  override getContent(): string {
    this.env.calls.count('HtmlOutput.getContent');
    return this.content;
  }
  override setContent(content: string): this {
    this.env.calls.count('HtmlOutput.setContent');
    this.content = content;
    return this;
  }
  override append(content: string): this {
    this.env.calls.count('HtmlOutput.append');
    this.content += content;
    return this;
  }
  override setTitle(title: string): this {
    this.env.calls.count('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }
  override getTitle(): string {
    this.env.calls.count('HtmlOutput.getTitle');
    return this.title;
  }
  override setWidth(width: Integer): this {
    this.env.calls.count('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }
  override setHeight(height: Integer): this {
    this.env.calls.count('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }
}

export class FakeHtmlService
  extends unimplemented<GoogleAppsScript.HTML.HtmlService>('HtmlService')
  implements GoogleAppsScript.HTML.HtmlService
{
  constructor(
    private readonly env: FakeEnv,
    /** the project's HTML files by name (without .html), e.g. { Sidebar: '<html>…' } */
    readonly files: Map<string, string>,
  ) {
    super();
  }
  override createHtmlOutput(html?: unknown): FakeHtmlOutput {
    this.env.calls.count('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.env, typeof html === 'string' ? html : '');
  }
  override createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.env.calls.count('HtmlService.createHtmlOutputFromFile');
    const content = this.files.get(filename.replace(/\.html$/, ''));
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.env, content);
  }
}

// ——— everything together ———

export interface FakeOptions {
  activeUserEmail?: string;
  ownerEmail?: string;
  /** the active user edits only as a member of this group (see FakeEnv.editorGroup) */
  editorGroup?: string;
  authMode?: FakeEnv['authMode'];
  htmlFiles?: Record<string, string>;
  /** include the Sheets advanced service (Sheets API v4), as when appsscript.json enables it */
  sheetsApi?: boolean;
}

export interface FakeServices {
  SpreadsheetApp: FakeSpreadsheetApp;
  LockService: FakeLockService;
  PropertiesService: FakePropertiesService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  HtmlService: FakeHtmlService;
  /** the Sheets advanced service, when asked for (`createFakeServices({ sheetsApi: true })`) */
  Sheets?: FakeSheetsApi;
  /** every service call, by `Type.method` */
  calls: CallCounter;
  /** the active spreadsheet (test helpers: addSheet, sheet, sheets) */
  spreadsheet: FakeSpreadsheet;
  /** mutable: who runs the script and in which auth mode */
  env: FakeEnv;
  /** simulated time spent waiting (locks, sleep), in ms; add 50 ms per call for an estimate */
  clock: { ms: number };
}

export function createFakeServices(options: FakeOptions = {}): FakeServices {
  const env: FakeEnv = {
    calls: new CallCounter(),
    authMode: options.authMode ?? 'FULL',
    activeUserEmail: options.activeUserEmail ?? 'thuky@truong.edu.vn',
    ownerEmail: options.ownerEmail ?? 'hieutruong@truong.edu.vn',
    ...(options.editorGroup ? { editorGroup: options.editorGroup } : {}),
  };
  const clock = { ms: 0 };
  const spreadsheet = new FakeSpreadsheet(env);
  return {
    SpreadsheetApp: new FakeSpreadsheetApp(env, spreadsheet),
    LockService: new FakeLockService(env, clock),
    PropertiesService: new FakePropertiesService(env),
    Session: new FakeSession(env),
    Utilities: new FakeUtilities(env, clock),
    HtmlService: new FakeHtmlService(env, new Map(Object.entries(options.htmlFiles ?? {}))),
    ...(options.sheetsApi ? { Sheets: new FakeSheetsApi(env, [spreadsheet]) } : {}),
    calls: env.calls,
    spreadsheet,
    env,
    clock,
  };
}

export const SERVICE_NAMES = ['SpreadsheetApp', 'LockService', 'PropertiesService', 'Session', 'Utilities', 'HtmlService'] as const;

/** The services as a plain object of globals (for a node:vm context); `Sheets` only when the fake has it. */
export function fakeGlobals(services: FakeServices): Record<string, unknown> {
  return Object.fromEntries(globalNames(services).map((name) => [name, services[name]]));
}

function globalNames(services: FakeServices): (keyof FakeServices)[] {
  return services.Sheets ? [...SERVICE_NAMES, 'Sheets'] : [...SERVICE_NAMES];
}

/** Install the services as globals of this realm; returns a function that puts the previous globals back. */
export function installFakeGlobals(services: FakeServices): () => void {
  const target = globalThis as Record<string, unknown>;
  const names = globalNames(services);
  const previous = names.map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  for (const name of names) target[name] = services[name];
  return () => {
    for (const [name, descriptor] of previous) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
  };
}
