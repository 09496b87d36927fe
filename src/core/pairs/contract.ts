/**
 * What the «Подбор пар» sidebar and the server say to each other through `google.script.run`. Shared by
 * the entry points (src/addon/matching) and the browser code (src/ui/pairs-sidebar), so a renamed field
 * or argument fails to compile on both sides. Everything is JSON-safe: strings, numbers, booleans, arrays
 * and plain objects — never a Date, which google.script.run refuses to carry (§9.3).
 */

/** Which proposal an action is about, as the sidebar last saw it; the server checks it still holds. */
export interface ProposalRef {
  /** «№ пары/группы». */
  id: string;
  mentorEmail: string;
  menteeEmails: string[];
}

/**
 * A proposal named by what a curator knows without the sidebar open: its «№ пары/группы», its mentor's
 * e-mail, or the e-mail of any of its mentees (a group is found by one member). The sidebar always sends
 * the whole ProposalRef, which the server checks still holds exactly; a scenario or a script may send
 * less, e.g. `{ menteeEmails: ['petrova.as@college.example'] }` — «the proposal for Петрова». What is
 * given must name exactly one proposal; otherwise the action is refused in Russian and changes nothing.
 */
export type ProposalLookup = Partial<ProposalRef>;

export interface SidebarMentee {
  email: string;
  fullName: string;
  /** «78 баллов: закрывает затруднения …; та же ПЦК …» — the criteria that gave the most. */
  explanation: string;
  /** The best other mentor and why they lost; '' when there was none. */
  alternative: string;
}

export interface SidebarProposal extends ProposalRef {
  kind: 'pair' | 'group';
  /** «Пара № 3» / «Группа № 4». */
  title: string;
  mentorName: string;
  form: string;
  /** The pair's score, or the mean of a group's. */
  score: number;
  pinned: boolean;
  mentees: SidebarMentee[];
}

export interface SidebarWaiting {
  email: string;
  fullName: string;
  reason: string;
  supportNote: string;
}

/** One mentor in a stage-4 ranking for one mentee. */
export interface MentorChoice {
  email: string;
  fullName: string;
  score: number;
  /** «Петров И.С. — 62 балла: …». */
  text: string;
  /** The criteria that gave the most points, as short Russian phrases. */
  criteria: string[];
  eligible: boolean;
  /** Why not eligible or not free; [] when the mentor can take the mentee now. */
  reasons: string[];
  freePlaces: number;
  /** Eligible, with a free place and at or above the floor: what «Заменить» may choose. */
  available: boolean;
}

export interface MentorRanking {
  mentee: { email: string; fullName: string };
  mentors: MentorChoice[];
}

export interface SidebarData {
  proposals: SidebarProposal[];
  waiting: SidebarWaiting[];
  /** Pairs and groups already утверждена or действует. */
  approvedCount: number;
  /** Mentees of the bank, for the «Подобрать наставника» chooser (admitted ones first). */
  mentees: Array<{ email: string; fullName: string }>;
  /** The ranking the sidebar should open with (from «Подобрать наставника…» on a bank row). */
  focus: MentorRanking | null;
  /** What the last action did, in Russian; null when nothing to say. */
  notice: string | null;
}

/**
 * The server functions the sidebar calls, by their global names (src/addon/main.ts). gas-client's
 * `GASClient<MatchingServer>` turns each into a typed promise on the client.
 */
export type MatchingServer = {
  matchingSidebarData(focusEmail: string | null): SidebarData;
  runMatching(): SidebarData;
  acceptProposal(ref: ProposalRef | ProposalLookup): SidebarData;
  rejectProposal(ref: ProposalRef | ProposalLookup): SidebarData;
  pinProposal(ref: ProposalRef | ProposalLookup, pinned: boolean): SidebarData;
  forbidPair(ref: ProposalRef | ProposalLookup, menteeEmail: string): SidebarData;
  swapMentor(ref: ProposalRef | ProposalLookup, menteeEmail: string, mentorEmail: string): SidebarData;
  rankMentors(menteeEmail: string): MentorRanking;
};
