import type { OfflineWorkspace } from '../../offline/workspace';
import { latencyTable } from '../../offline/runtime/latency';

/**
 * Everything the offline Workspace holds after a run, as one JSON document a person can read:
 * spreadsheets (with their charts), documents, forms with responses, Calendar events and the invitations
 * sent, the e-mails sent (the outbox), triggers, properties, Drive, what the user saw,
 * logs, executions, service-call counts and the predicted Apps Script time.
 */
export function workspaceState(workspace: OfflineWorkspace, scenario: string): Record<string, unknown> {
  const { kernel } = workspace;
  return {
    scenario,
    clock: new Date(kernel.clock.now()).toISOString(),
    workspace: {
      user: kernel.user,
      timeZone: kernel.timeZone,
      locale: kernel.locale,
      account: kernel.quotas.account,
    },
    spreadsheets: workspace.sheets.toJSON(),
    documents: workspace.documents.toJSON(),
    forms: workspace.forms.toJSON(),
    calendar: workspace.calendar.toJSON(),
    mail: workspace.mail.toJSON(),
    triggers: workspace.triggers.toJSON(),
    properties: workspace.properties.toJSON(),
    drive: kernel.drive
      .all()
      .map(({ bytes, ...file }) => ({ ...file, ...(bytes ? { size: bytes.length } : {}) })),
    screen: kernel.screen,
    logs: kernel.logs,
    executions: kernel.executions,
    serviceCalls: { total: kernel.calls.total, byMethod: kernel.calls.snapshot() },
    predictedAppsScriptTimeMs: kernel.calls.predictedTimeMs,
    quotas: kernel.quotas.snapshot(),
    latencyTable: latencyTable(),
  };
}
