/**
 * One run of script code, as Apps Script counts it: a menu click, a trigger, a sidebar call.
 * The limits differ by kind (apps-script-behaviours.md §7.7, §10.4).
 */
export type ExecutionKind =
  | 'simple-trigger' // onOpen, onEdit, onInstall: 30 s, restricted authorization
  | 'installable-trigger' // form submit, time-driven: 6 min, counts toward the daily trigger run time
  | 'menu' // a menu item the user clicked: 6 min
  | 'ui-call' // google.script.run from a sidebar or dialog: 6 min (editor add-ons)
  | 'script'; // run from the editor or a test: 6 min

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export const EXECUTION_LIMIT_MS: Record<ExecutionKind, number> = {
  'simple-trigger': 30_000,
  'installable-trigger': 6 * 60_000,
  menu: 6 * 60_000,
  'ui-call': 6 * 60_000,
  script: 6 * 60_000,
};

export class Execution {
  private readonly endHooks: Array<() => void> = [];
  ended = false;
  timedOut = false;

  constructor(
    readonly id: string,
    readonly kind: ExecutionKind,
    readonly authMode: AuthMode,
    readonly startedAt: number,
    readonly user: string,
    readonly functionName: string,
  ) {}

  get limitMs(): number {
    return EXECUTION_LIMIT_MS[this.kind];
  }

  /** Work to do when the execution ends however it ends: release locks, save open documents. */
  onEnd(hook: () => void): void {
    this.endHooks.push(hook);
  }

  runEndHooks(): void {
    for (const hook of this.endHooks.splice(0)) hook();
  }
}
