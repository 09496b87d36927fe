import { CallCounter } from './calls';
import { VirtualClock } from './clock';
import { DriveRegistry } from './drive-registry';
import { gasException } from './exception';
import { AuthMode, Execution, ExecutionKind } from './execution';
import { latencyOf } from './latency';
import { AccountKind, DailyQuotas } from './quotas';

/** Something shown to the person at the screen, recorded so tests and `npm start` can read it. */
export interface ScreenEvent {
  at: number;
  host: 'Sheets' | 'Docs' | 'Forms';
  kind: 'menu' | 'alert' | 'prompt' | 'toast' | 'sidebar' | 'modal-dialog' | 'modeless-dialog';
  title: string;
  /** Text of an alert or toast; HTML of a sidebar or dialog; JSON of a menu's items. */
  content: string;
  /** The button the simulated person pressed, for alerts and prompts. */
  answer?: string;
  /** What the simulated person typed into a prompt. */
  responseText?: string;
}

export interface KernelOptions {
  /** The user running the add-on (the installer, for installable triggers). */
  user?: string;
  /** The script's manifest time zone (appsscript.json `timeZone`). */
  timeZone?: string;
  /** The user's language, as `Session.getActiveUserLocale()` returns it. */
  locale?: string;
  account?: AccountKind;
  start?: Date;
}

/** A function the add-on exposes by name: what installable triggers and `google.script.run` call. */
export type ScriptFunction = (...args: unknown[]) => unknown;

/**
 * The shared heart of the offline Workspace: time, counting, quotas, files, executions. Every service
 * method starts with `kernel.tick('Service.Class.method')`, which counts the call, advances the virtual
 * clock by the method's predicted latency and enforces the running execution's time limit.
 */
export class Kernel {
  readonly clock: VirtualClock;
  readonly calls = new CallCounter();
  readonly quotas: DailyQuotas;
  readonly drive: DriveRegistry;
  readonly timeZone: string;
  readonly locale: string;
  user: string;
  /**
   * The file the add-on is open in (the container of a bound script or editor add-on): what
   * `SpreadsheetApp.getActiveSpreadsheet()` / `DocumentApp.getActiveDocument()` return.
   */
  container: { kind: 'spreadsheet' | 'document' | 'form'; id: string } | null = null;
  /** Everything a person saw or was asked: menus, alerts, toasts, sidebars, dialogs (filled by Ui and toasts). */
  readonly screen: ScreenEvent[] = [];
  /** Execution log lines (Logger.log, console.*), as the Executions page of the editor would show them. */
  readonly logs: Array<{ at: number; level: string; message: string }> = [];
  /** The execution whose code is running now; null between executions (test set-up, scenario steps). */
  current: Execution | null = null;
  private readonly stack: Execution[] = [];
  private readonly idCounters = new Map<string, number>();
  private executionCount = 0;
  private resolveFunction: (name: string) => ScriptFunction | undefined = () => undefined;
  /** Finished executions, newest last: kind, function, predicted duration, outcome. */
  readonly executions: Array<{
    id: string;
    kind: ExecutionKind;
    functionName: string;
    durationMs: number;
    error?: string;
  }> = [];

  constructor(options: KernelOptions = {}) {
    this.clock = new VirtualClock(options.start);
    this.user = options.user ?? 'metodist@college.example';
    this.timeZone = options.timeZone ?? 'Europe/Moscow';
    this.locale = options.locale ?? 'ru';
    this.quotas = new DailyQuotas(options.account ?? 'consumer', () => this.clock.now());
    this.drive = new DriveRegistry(
      (p) => this.newId(p),
      () => this.clock.now(),
      () => this.user,
    );
  }

  /** Deterministic ids shaped like Google's (44 characters), so runs can be compared file by file. */
  newId(prefix: string): string {
    const n = (this.idCounters.get(prefix) ?? 0) + 1;
    this.idCounters.set(prefix, n);
    const body = `${prefix}${String(n).padStart(6, '0')}`;
    return `1${body}${'x'.repeat(Math.max(0, 43 - body.length))}`;
  }

  /** Counts one service call and advances time; throws Google's time-out once the execution's limit is passed. */
  tick(method: string, cells = 0): void {
    const exec = this.current;
    if (exec?.timedOut) throw gasException('Exceeded maximum execution time');
    const latency = latencyOf(method, cells);
    this.calls.record(method, latency);
    this.clock.advance(latency);
    if (exec && this.clock.now() - exec.startedAt > exec.limitMs) {
      exec.timedOut = true;
      throw gasException('Exceeded maximum execution time');
    }
  }

  /** Lets time pass inside the current execution (Utilities.sleep, lock waits) under the same limit. */
  sleep(ms: number): void {
    const exec = this.current;
    this.clock.advance(ms);
    if (exec && this.clock.now() - exec.startedAt > exec.limitMs) {
      exec.timedOut = true;
      throw gasException('Exceeded maximum execution time');
    }
  }

  /** Where trigger and sidebar calls find the add-on's functions by name (the bundle's globals, or a map). */
  setFunctionResolver(resolve: (name: string) => ScriptFunction | undefined): void {
    this.resolveFunction = resolve;
  }

  findFunction(name: string): ScriptFunction | undefined {
    return this.resolveFunction(name);
  }

  /** Starts an execution without running anything yet: for simulating executions that overlap in time. */
  begin(kind: ExecutionKind, functionName: string, authMode: AuthMode = 'FULL'): Execution {
    if (kind === 'installable-trigger') this.quotas.assertAvailable('triggerRuntimeMs');
    this.executionCount += 1;
    return new Execution(
      `exec-${this.executionCount}`,
      kind,
      authMode,
      this.clock.now(),
      this.user,
      functionName,
    );
  }

  /** Runs `body` as code of `exec` (makes it current for the duration). */
  within<T>(exec: Execution, body: () => T): T {
    if (exec.ended) throw new Error(`Execution ${exec.id} has already ended.`);
    this.stack.push(exec);
    this.current = exec;
    try {
      return body();
    } finally {
      this.stack.pop();
      this.current = this.stack[this.stack.length - 1] ?? null;
    }
  }

  /** Ends an execution: its end hooks run (locks released, documents saved), trigger run time is charged. */
  end(exec: Execution, error?: unknown): void {
    if (exec.ended) return;
    this.within(exec, () => exec.runEndHooks());
    exec.ended = true;
    const durationMs = this.clock.now() - exec.startedAt;
    if (exec.kind === 'installable-trigger') this.quotas.add('triggerRuntimeMs', durationMs);
    const record: (typeof this.executions)[number] = {
      id: exec.id,
      kind: exec.kind,
      functionName: exec.functionName,
      durationMs,
    };
    if (error !== undefined)
      record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.executions.push(record);
  }

  /** Runs one whole execution. Errors propagate to the caller after the execution is ended. */
  run<T>(kind: ExecutionKind, functionName: string, body: () => T, authMode: AuthMode = 'FULL'): T {
    const exec = this.begin(kind, functionName, authMode);
    let failure: unknown;
    try {
      return this.within(exec, body);
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      this.end(exec, failure);
    }
  }
}
