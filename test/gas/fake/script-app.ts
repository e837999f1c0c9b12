// In-memory ScriptApp: installable time-driven triggers made with newTrigger(handler).timeBased().after(ms).create(),
// listed by getProjectTriggers() and removed by deleteTrigger(). As in Apps Script, a one-off trigger that has run
// stays in the project's list until deleted, and a project holds at most 20 triggers per user (Apps Script's quota).
// The fake does not run anything by itself: a test (or the bench) asks which trigger is due and calls its handler.
import { unimplemented } from './base';
import type { FakeEnv } from './spreadsheet';

type Integer = number;

/** Apps Script's quota: triggers per user per script. */
export const MAX_TRIGGERS = 20;

/** The scope every ScriptApp trigger method requires (Apps Script reference, ScriptApp: Authorization). */
export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

export class FakeTrigger extends unimplemented<GoogleAppsScript.Script.Trigger>('Trigger') implements GoogleAppsScript.Script.Trigger {
  /** has fired (a one-off trigger stays listed after it ran) */
  fired = false;
  constructor(
    private readonly env: FakeEnv,
    readonly uniqueId: string,
    readonly handler: string,
    /** simulated time (ms) from which it may run */
    readonly dueAt: number,
  ) {
    super();
  }
  override getHandlerFunction(): string {
    this.env.calls.count('Trigger.getHandlerFunction');
    return this.handler;
  }
  override getUniqueId(): string {
    this.env.calls.count('Trigger.getUniqueId');
    return this.uniqueId;
  }
  override getEventType(): GoogleAppsScript.Script.EventType {
    this.env.calls.count('Trigger.getEventType');
    return 'CLOCK' as unknown as GoogleAppsScript.Script.EventType;
  }
}

class FakeClockTriggerBuilder
  extends unimplemented<GoogleAppsScript.Script.ClockTriggerBuilder>('ClockTriggerBuilder')
  implements GoogleAppsScript.Script.ClockTriggerBuilder
{
  private delay: number | null = null;
  constructor(
    private readonly env: FakeEnv,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super();
  }
  override after(durationMilliseconds: Integer): this {
    this.env.calls.count('ClockTriggerBuilder.after');
    if (!Number.isInteger(durationMilliseconds) || durationMilliseconds < 0) throw new Error('Invalid argument: durationMilliseconds');
    this.delay = durationMilliseconds;
    return this;
  }
  override create(): FakeTrigger {
    this.env.calls.count('ClockTriggerBuilder.create');
    if (this.delay === null) throw new Error('the fake ClockTriggerBuilder supports after(ms) only');
    return this.app.add(this.handler, this.delay);
  }
}

class FakeTriggerBuilder
  extends unimplemented<GoogleAppsScript.Script.TriggerBuilder>('TriggerBuilder')
  implements GoogleAppsScript.Script.TriggerBuilder
{
  constructor(
    private readonly env: FakeEnv,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super();
  }
  override timeBased(): FakeClockTriggerBuilder {
    this.env.calls.count('TriggerBuilder.timeBased');
    return new FakeClockTriggerBuilder(this.env, this.app, this.handler);
  }
}

export class FakeScriptApp
  extends unimplemented<GoogleAppsScript.Script.ScriptApp>('ScriptApp')
  implements GoogleAppsScript.Script.ScriptApp
{
  readonly triggers: FakeTrigger[] = [];
  private next = 1;
  constructor(
    private readonly env: FakeEnv,
    private readonly clock: { ms: number },
    /** the script's OAuth scopes (appsscript.json `oauthScopes`); without script.scriptapp every call is refused */
    private readonly scopes: string[] = [SCRIPTAPP_SCOPE],
  ) {
    super();
  }
  private authorized(): void {
    if (!this.scopes.includes(SCRIPTAPP_SCOPE))
      throw new Error(`Specified permissions are not sufficient to call ScriptApp triggers. Required permissions: ${SCRIPTAPP_SCOPE}`);
  }
  /** (internal) a trigger made by ClockTriggerBuilder.create() */
  add(handler: string, delay: number): FakeTrigger {
    if (this.triggers.length >= MAX_TRIGGERS)
      throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const trigger = new FakeTrigger(this.env, `trigger-${this.next++}`, handler, this.clock.ms + delay);
    this.triggers.push(trigger);
    return trigger;
  }
  override newTrigger(functionName: string): FakeTriggerBuilder {
    this.env.calls.count('ScriptApp.newTrigger');
    this.authorized();
    return new FakeTriggerBuilder(this.env, this, functionName);
  }
  override getProjectTriggers(): FakeTrigger[] {
    this.env.calls.count('ScriptApp.getProjectTriggers');
    this.authorized();
    return [...this.triggers];
  }
  override deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.env.calls.count('ScriptApp.deleteTrigger');
    this.authorized();
    const i = this.triggers.findIndex((t) => t.uniqueId === (trigger as FakeTrigger).uniqueId);
    if (i < 0) throw new Error('Trigger not found.');
    this.triggers.splice(i, 1);
  }
  /** test helper (not counted): the earliest trigger not yet run, or null */
  due(): FakeTrigger | null {
    const waiting = this.triggers.filter((t) => !t.fired).sort((a, b) => a.dueAt - b.dueAt);
    return waiting[0] ?? null;
  }
}
