/**
 * Plain data of stages 4–5 (choosing mentors, forming pairs and groups). The shell reads the banks,
 * «Запреты пар», «Пары и группы» and «Поиск наставника продолжается» once each and hands these records
 * to the core; the core returns proposals and the waiting list as data, never calling a service.
 */

/** The compatibility criteria, each with a weight `matching.weight.<criterion>` in «Настройки». */
export type MatchingCriterion =
  'coverage' | 'subject' | 'form' | 'format' | 'time' | 'experience' | 'category';

/** Validated matching settings (from «Настройки» through `readMatchingSettings`). */
export interface MatchingSettings {
  /** Points each criterion gives at most; the defaults add up to 100. */
  weights: Readonly<Record<MatchingCriterion, number>>;
  /** The floor: a pair scoring below it is never proposed (the mentee keeps waiting instead). */
  minScore: number;
  /** Hard constraint: a mentor with less teaching experience (years) is not eligible. 0 = no limit. */
  minExperienceYears: number;
  /** Hard constraint: the lowest qualification category a mentor needs ('' = any), one of CATEGORIES. */
  minCategory: string;
  /** Mentees per mentor unless the mentor's override column says otherwise (default 2). */
  defaultCapacity: number;
  /** Mentees in one group when the mentor's form of mentoring is «групповая». */
  groupSize: number;
  /** Competence key → label (from «Настройки»), for explanations. */
  competenceLabels: Readonly<Record<string, string>>;
  /**
   * Hard constraint (issue 6, item 1; `matching.requireTraining`): only mentors who attended a set-up
   * session («установочная сессия наставников») are eligible. Absent = false.
   */
  requireTraining?: boolean;
}

/** Where a setting's value lives, for messages naming the cell: «Настройки», row 31, A1 `C31`. */
export interface SettingCell {
  sheet: string;
  row: number;
  a1: string;
}

export type MatchingSettingsResult =
  { ok: true; settings: MatchingSettings } | { ok: false; errors: string[] };

/** A mentee as matching sees them (one row of «Банк наставляемых»). */
export interface MenteeProfile {
  /** Normalised e-mail: the person's key everywhere. */
  email: string;
  fullName: string;
  position: string;
  /** «ПЦК / предмет» as typed; compared after normalisation. */
  subject: string;
  experienceYears: number | null;
  category: string;
  /** Competence key → self-assessed difficulty 1 (none) … 5 (serious). Keys without an answer are absent. */
  difficulties: Readonly<Record<string, number>>;
  /** «Предпочитаемая поддержка» as typed (used in the support note). */
  support: string;
  preferredForm: string;
  meetingFormat: string;
  /** Convenient meeting times, each one of MEETING_TIMES (or what the person typed). */
  meetingTimes: readonly string[];
  /** Consent status: 'дано' | 'отозвано' | 'нет' (registry status or the bank's consent column). */
  consent: string;
  /** «Участие»: 'допущен' or 'исключён — причина'. */
  participation: string;
  /** 1-based bank row, for messages; 0 when not from a sheet. */
  row: number;
}

/** A mentor as matching sees them (one row of «Банк наставников»). */
export interface MentorProfile {
  email: string;
  fullName: string;
  position: string;
  subject: string;
  experienceYears: number | null;
  category: string;
  /** Competence keys the mentor is ready to share («Готов делиться: …» = «да»). */
  strengths: readonly string[];
  preferredForm: string;
  meetingFormat: string;
  meetingTimes: readonly string[];
  /** «Сколько наставляемых может взять» (1–5) as declared, or null. */
  declaredCapacity: number | null;
  /** «Макс. наставляемых (переопределение)» set by staff, or null. It wins over everything else. */
  capacityOverride: number | null;
  /** «Готовность быть наставником»: only «да» is eligible. */
  willing: string;
  needsTraining: string;
  /**
   * Attended a set-up session (marked «да» in «Посещаемость»). Filled only when `requireTraining` is
   * on; absent otherwise.
   */
  trained?: boolean;
  consent: string;
  participation: string;
  row: number;
}

/** A pair staff forbade («Запреты пар»). E-mails in any case; the core normalises them. */
export interface ForbiddenPair {
  mentorEmail: string;
  menteeEmail: string;
  reason: string;
}

/**
 * A row of «Пары и группы» that matching keeps: pinned (утверждена) or active (действует). Its mentees
 * are not matched again and its mentor's capacity is reduced by their number.
 */
export interface KeptArrangement {
  /** «№ пары/группы» as in the sheet, if any. */
  id: string;
  mentorEmail: string;
  menteeEmails: readonly string[];
  status: string;
  form: string;
}

/** A row of «Поиск наставника продолжается» from the previous run. */
export interface WaitingEntry {
  email: string;
  firstListed: Date | null;
}

/** One criterion's part of a score, with a Russian explanation a curator reads. */
export interface Contribution {
  criterion: MatchingCriterion;
  points: number;
  maxPoints: number;
  /** E.g. «закрывает затруднения: оценивание (5), документация (4) — 9 из 12». */
  explanation: string;
}

export interface PairScore {
  /** Sum of the contributions, rounded to 0.1. */
  total: number;
  /** In the order of MatchingCriterion (coverage first). */
  contributions: Contribution[];
}

export interface PersonRef {
  email: string;
  fullName: string;
}

/** The best mentor this mentee did not get, and why. */
export interface AlternativeMentor extends PersonRef {
  score: number;
  /** Why it lost, e.g. «нет опыта в «оценивание»; занят: все места распределены». */
  reason: string;
  /** The whole line: «Петров И.С. — 62 балла: нет опыта в «оценивание»; занят: все места распределены». */
  text: string;
}

export interface ProposedMentee extends PersonRef {
  score: number;
  /** The criteria that gave the most points (up to three, positive only). */
  topContributions: Contribution[];
  /** «78 баллов: закрывает затруднения …; та же ПЦК …». */
  explanation: string;
  alternative: AlternativeMentor | null;
}

/** A proposed pair (one mentee) or group (form «групповая», up to `groupSize` mentees). */
export interface Proposal {
  kind: 'pair' | 'group';
  mentor: PersonRef;
  mentees: ProposedMentee[];
  /** Form of mentoring written to «Пары и группы». */
  form: string;
  /** Sum of the mentees' scores. */
  score: number;
}

export type UnmatchedReasonCode =
  'noConsent' | 'notAdmitted' | 'noFreeMentor' | 'belowFloor' | 'forbidden' | 'lostToOthers';

export interface UnmatchedMentee extends PersonRef {
  code: UnmatchedReasonCode;
  /** Russian reason for «Поиск наставника продолжается». */
  reason: string;
  /** Stage 5.3: what the curator offers while the search goes on. */
  supportNote: string;
  /** Kept from the previous run, or `now` when listed for the first time. */
  firstListed: Date;
  lastTried: Date;
}

export interface MatchingInput {
  mentees: readonly MenteeProfile[];
  mentors: readonly MentorProfile[];
  forbidden: readonly ForbiddenPair[];
  /** Rows with status «утверждена…» (pinned by staff). */
  pinned: readonly KeptArrangement[];
  /** Rows with status «действует». */
  active: readonly KeptArrangement[];
  /** The previous waiting list: these mentees go first in the solver's input order (ties only). */
  unmatchedBefore: readonly WaitingEntry[];
  settings: MatchingSettings;
  now: Date;
}

export interface MatchingPlan {
  /** Pairs first, then groups; each in mentor bank order. */
  proposals: Proposal[];
  /** Every eligible-or-not mentee who is neither kept nor proposed, in bank order. */
  unmatched: UnmatchedMentee[];
  /** Mentee e-mails left alone because a kept (pinned/active) arrangement holds them. */
  keptMentees: string[];
  totals: {
    proposedPairs: number;
    proposedGroups: number;
    proposedMentees: number;
    unmatched: number;
    score: number;
  };
}

/** Context for a stage-4 ranking: what is already taken. All optional. */
export interface RankingContext {
  forbidden?: readonly ForbiddenPair[];
  /** Kept arrangements: their mentees reduce the mentors' free places. */
  kept?: readonly KeptArrangement[];
}

/** One line of the stage-4 ranked list. */
export interface RankedMentor extends PersonRef {
  score: number;
  contributions: Contribution[];
  eligible: boolean;
  /** Why not eligible (hard constraints), Russian; empty when eligible. */
  reasons: string[];
  /** Free places after kept arrangements (0 when full). */
  freePlaces: number;
  /** «Петров И.С. — 62 балла: …». */
  text: string;
}
