/**
 * The «Подбор пар» sidebar in the browser. Server functions are called through gas-client, typed by
 * MatchingServer (the same contract the entry points satisfy); each action returns the sidebar's whole
 * data, which is rendered again. Every value is put in the page as text (dom.ts).
 */
import { GASClient } from 'gas-client';
import { pairsRu } from '../../core/messages/pairs';
import type {
  MatchingServer,
  MentorRanking,
  ProposalRef,
  SidebarData,
  SidebarProposal,
} from '../../core/pairs/contract';
import { Child, h, option, replaceChildren } from './dom';

const T = pairsRu.ui;
const { serverFunctions: server } = new GASClient<MatchingServer>();

interface Panel {
  kind: 'swap' | 'forbid';
  proposalId: string;
  menteeEmail: string;
  ranking: MentorRanking | null;
  mentorEmail: string;
}

const state: {
  data: SidebarData | null;
  busy: boolean;
  panel: Panel | null;
  ranking: MentorRanking | null;
  chosenMentee: string;
} = { data: null, busy: false, panel: null, ranking: null, chosenMentee: '' };

const app = document.getElementById('app')!;
const toolbar = document.getElementById('toolbar')!;
const status = document.getElementById('status')!;

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  status.className = `status ${kind}`;
  status.textContent = text;
}

const messageOf = (error: unknown): string =>
  error instanceof Error
    ? error.message
    : typeof error === 'string'
      ? error
      : String((error as { message?: unknown })?.message ?? error);

/** Runs a server call with the buttons disabled; its data replaces what is shown. */
async function call(work: () => Promise<SidebarData>): Promise<void> {
  state.busy = true;
  say(T.working);
  render();
  try {
    const data = await work();
    state.data = data;
    state.panel = null;
    if (data.focus) state.ranking = data.focus;
    say(data.notice ?? '');
    if (!data.notice) status.className = 'status';
  } catch (error) {
    say(T.failed(messageOf(error)), 'error');
  } finally {
    state.busy = false;
    render();
  }
}

const refOf = (p: SidebarProposal): ProposalRef => ({
  id: p.id,
  mentorEmail: p.mentorEmail,
  menteeEmails: p.menteeEmails,
});

function button(label: string, onClick: () => void, className = '', ariaLabel?: string): HTMLElement {
  return h(
    'button',
    {
      className,
      attrs: { type: 'button', ...(ariaLabel ? { 'aria-label': ariaLabel } : {}) },
      onClick,
      disabled: state.busy,
    },
    label,
  );
}

async function openPanel(kind: Panel['kind'], p: SidebarProposal, menteeEmail: string): Promise<void> {
  state.panel = { kind, proposalId: p.id, menteeEmail, ranking: null, mentorEmail: '' };
  render();
  if (kind !== 'swap') return;
  try {
    const ranking = await server.rankMentors(menteeEmail);
    if (state.panel?.proposalId !== p.id || state.panel.menteeEmail !== menteeEmail) return;
    state.panel.ranking = ranking;
    state.panel.mentorEmail =
      ranking.mentors.find((m) => m.available && m.email !== p.mentorEmail)?.email ?? '';
  } catch (error) {
    say(T.failed(messageOf(error)), 'error');
  }
  render();
}

function panelView(p: SidebarProposal, panel: Panel): HTMLElement {
  const menteeSelect =
    p.mentees.length > 1
      ? h(
          'select',
          {
            attrs: { 'aria-label': T.chooseMentee },
            onChange: (e) => void openPanel(panel.kind, p, (e.target as HTMLSelectElement).value),
          },
          ...p.mentees.map((m) => option(m.email, m.fullName, m.email === panel.menteeEmail)),
        )
      : null;
  const mentee = p.mentees.find((m) => m.email === panel.menteeEmail);
  if (panel.kind === 'forbid') {
    return h(
      'div',
      { className: 'swap', attrs: { 'data-panel': 'forbid' } },
      menteeSelect,
      h('p', { className: 'muted' }, T.confirmForbid(p.mentorName, mentee?.fullName ?? '')),
      h(
        'div',
        { className: 'actions' },
        button(
          T.forbid,
          () => void call(() => server.forbidPair(refOf(p), panel.menteeEmail)),
          'danger primary',
        ),
        button(T.cancel, () => ((state.panel = null), render())),
      ),
    );
  }
  const choices = (panel.ranking?.mentors ?? []).filter((m) => m.available && m.email !== p.mentorEmail);
  return h(
    'div',
    { className: 'swap', attrs: { 'data-panel': 'swap' } },
    menteeSelect,
    panel.ranking === null
      ? h('p', { className: 'muted' }, T.loading)
      : choices.length === 0
        ? h('p', { className: 'muted' }, T.noAvailable)
        : h(
            'select',
            {
              attrs: { 'aria-label': T.mentor, 'data-role': 'swap-mentor' },
              onChange: (e) => (panel.mentorEmail = (e.target as HTMLSelectElement).value),
            },
            ...choices.map((m) =>
              option(m.email, `${m.fullName} — ${T.scoreValue(m.score)}`, m.email === panel.mentorEmail),
            ),
          ),
    h(
      'div',
      { className: 'actions' },
      choices.length > 0
        ? button(
            T.swapTo,
            () => void call(() => server.swapMentor(refOf(p), panel.menteeEmail, panel.mentorEmail)),
            'primary',
          )
        : null,
      button(T.cancel, () => ((state.panel = null), render())),
    ),
  );
}

/** «46,5 балла: закрывает …; та же ПЦК …» as the score line and a list of the criteria. */
function explanationView(text: string): Child[] {
  const at = text.indexOf(': ');
  if (!text) return [];
  if (at < 0) return [h('div', { className: 'muted' }, text)];
  return [
    h('div', { className: 'muted' }, text.slice(0, at)),
    h(
      'ul',
      { className: 'criteria' },
      ...text
        .slice(at + 2)
        .split('; ')
        .map((c) => h('li', { className: 'muted' }, c)),
    ),
  ];
}

function proposalView(p: SidebarProposal): HTMLElement {
  const first = p.mentees[0]?.email ?? '';
  const panel = state.panel && state.panel.proposalId === p.id ? state.panel : null;
  return h(
    'article',
    { className: 'card', attrs: { 'data-proposal-id': p.id, 'aria-label': p.title } },
    h(
      'header',
      {},
      h('h3', {}, p.title, p.pinned ? h('span', { className: 'badge' }, T.pinnedBadge) : null),
      h('span', { className: 'score', attrs: { title: T.score } }, T.scoreValue(p.score)),
    ),
    h('div', { className: 'muted' }, p.form),
    h('span', { className: 'label' }, T.mentor),
    h('div', { className: 'person', attrs: { 'data-role': 'mentor' } }, p.mentorName),
    h('span', { className: 'label' }, T.mentees),
    h(
      'ul',
      {},
      ...p.mentees.map((m) =>
        h(
          'li',
          { attrs: { 'data-role': 'mentee' } },
          h('div', { className: 'person' }, m.fullName),
          ...explanationView(m.explanation),
          m.alternative
            ? h(
                'div',
                { className: 'muted alternative' },
                h('span', { className: 'label' }, T.alternative),
                m.alternative,
              )
            : null,
        ),
      ),
    ),
    h(
      'div',
      { className: 'actions' },
      button(
        T.accept,
        () => void call(() => server.acceptProposal(refOf(p))),
        'primary',
        `${T.accept}: ${p.title}`,
      ),
      button(
        T.reject,
        () => void call(() => server.rejectProposal(refOf(p))),
        'danger',
        `${T.reject}: ${p.title}`,
      ),
      button(
        p.pinned ? T.unpin : T.pin,
        () => void call(() => server.pinProposal(refOf(p), !p.pinned)),
        '',
        `${p.pinned ? T.unpin : T.pin}: ${p.title}`,
      ),
      button(T.forbid, () => void openPanel('forbid', p, first), 'danger', `${T.forbid}: ${p.title}`),
      button(T.swap, () => void openPanel('swap', p, first), '', `${T.swap} ${p.title}`),
    ),
    panel ? panelView(p, panel) : null,
  );
}

async function showRanking(email: string): Promise<void> {
  if (!email) return;
  state.chosenMentee = email;
  try {
    state.ranking = await server.rankMentors(email);
  } catch (error) {
    say(T.failed(messageOf(error)), 'error');
  }
  render();
}

function rankingView(data: SidebarData): Child[] {
  const select = h(
    'select',
    {
      attrs: { 'aria-label': T.chooseMentee, id: 'mentee-chooser' },
      onChange: (e) => (state.chosenMentee = (e.target as HTMLSelectElement).value),
    },
    option('', T.pickMentee),
    ...data.mentees.map((m) => option(m.email, m.fullName || m.email, m.email === state.chosenMentee)),
  );
  const ranking = state.ranking;
  return [
    h('h2', {}, T.findMentor),
    select,
    h(
      'div',
      { className: 'actions' },
      button(T.show, () => void showRanking(state.chosenMentee)),
    ),
    ranking
      ? h(
          'section',
          { className: 'ranking', attrs: { 'aria-label': T.ranking } },
          h('h2', {}, T.rankingFor(ranking.mentee.fullName)),
          h(
            'ol',
            {},
            ...ranking.mentors.map((m) =>
              h(
                'li',
                { className: m.available ? '' : 'unavailable', attrs: { 'data-role': 'ranked-mentor' } },
                h(
                  'div',
                  { className: 'person' },
                  `${m.fullName} — ${T.scoreValue(m.score)}`,
                  m.available ? '' : ` (${T.notAvailable})`,
                ),
                m.criteria.length > 0
                  ? h('ul', {}, ...m.criteria.map((c) => h('li', { className: 'muted' }, c)))
                  : null,
                m.reasons.length > 0 ? h('div', { className: 'muted' }, m.reasons.join('; ')) : null,
                m.available ? h('div', { className: 'muted' }, T.freePlaces(m.freePlaces)) : null,
              ),
            ),
          ),
        )
      : null,
  ];
}

function render(): void {
  replaceChildren(toolbar, [
    button(T.rerun, () => void call(() => server.runMatching()), 'primary'),
    button(T.refresh, () => void call(() => server.matchingSidebarData(null))),
  ]);
  const data = state.data;
  if (!data) {
    replaceChildren(app, [h('p', { className: 'muted' }, T.loading)]);
    return;
  }
  replaceChildren(app, [
    h('p', { className: 'muted' }, T.approved(data.approvedCount)),
    h('h2', {}, T.proposals(data.proposals.length)),
    data.proposals.length === 0 ? h('p', { className: 'muted' }, T.noProposals) : null,
    ...data.proposals.map(proposalView),
    h('h2', {}, T.waiting(data.waiting.length)),
    data.waiting.length === 0
      ? h('p', { className: 'muted' }, T.noWaiting)
      : h(
          'ul',
          { className: 'waiting' },
          ...data.waiting.map((w) =>
            h(
              'li',
              { attrs: { 'data-role': 'waiting' } },
              h('div', { className: 'person' }, w.fullName || w.email),
              h('div', { className: 'muted' }, `${T.reason}: ${w.reason}`),
              w.supportNote ? h('div', { className: 'muted' }, `${T.supportNote}: ${w.supportNote}`) : null,
              button(
                T.findMentor,
                () => void showRanking(w.email),
                '',
                `${T.findMentor}: ${w.fullName || w.email}`,
              ),
            ),
          ),
        ),
    ...rankingView(data),
  ]);
}

const focus = document.body.getAttribute('data-focus') || null;
if (focus) state.chosenMentee = focus;
render();
void call(() => server.matchingSidebarData(focus));
