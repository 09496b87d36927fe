import type { FinalReport } from '../season/report/build';
import type { Gender, ManualNameForms } from './types';

/**
 * The inputs of the data model, as the shell reads them from «Настройки», «Пары и группы», the banks
 * and «Реестр приказов». Plain data; `templateData` turns them into what templates print.
 */

/** A mentee's self-assessed difficulty (1–5) in one competence. */
export interface Difficulty {
  /** Competence key (`programs`, `digital`…) — picks the activity wording. */
  competence: string;
  /** The competence's label as in «Настройки». */
  label: string;
  severity: number;
}

/** A person as documents need them, from a bank row (or «Пары и группы» when the bank lacks them). */
export interface DocumentPerson {
  fullName: string;
  position?: string;
  subject?: string;
  email?: string;
  gender?: Gender;
  /** Parsed from «ФИО в падежах (вручную)». */
  forms?: ManualNameForms;
  /** Mentees only: from the «Затруднение: …» columns. */
  difficulties?: Difficulty[];
  /** Mentees only: «Главный запрос». */
  mainRequest?: string;
}

/** An order as registered: number with the register's suffix («123-од») and date. */
export interface OrderInfo {
  number: string;
  date: Date;
}

/** A pair (one mentee) or group (several) from «Пары и группы». */
export interface DocumentPair {
  id: string;
  mentor: DocumentPerson;
  mentees: DocumentPerson[];
  form: string;
  start: Date | null;
  end: Date | null;
  /** The order that approved the pair, when it has one («Приказ (номер и дата)»). */
  order?: OrderInfo | null;
}

/** What each template kind is made from. `settings` is «Настройки» by key. */
export type DocumentInput = (
  | { kind: 'orderRegulation'; settings: Record<string, string>; order: OrderInfo | null }
  | { kind: 'regulation'; settings: Record<string, string>; order: OrderInfo | null }
  | { kind: 'roadmap'; settings: Record<string, string>; order: OrderInfo | null }
  | {
      kind: 'orderPairs';
      settings: Record<string, string>;
      order: OrderInfo | null;
      pairs: DocumentPair[];
      /** The order that approved the regulation, cited in the preamble. */
      regulationOrder?: OrderInfo | null;
    }
  | { kind: 'programme'; settings: Record<string, string>; pair: DocumentPair; timeZone: string }
  | { kind: 'consentPersonalData'; settings: Record<string, string>; person: DocumentPerson; date: Date }
  | {
      kind: 'consentMentor';
      settings: Record<string, string>;
      /** One consent per mentor, covering all their approved pairs/groups. */
      mentor: DocumentPerson;
      pairs: DocumentPair[];
      date: Date;
    }
  | {
      kind: 'finalReport';
      settings: Record<string, string>;
      /** The season's figures (buildFinalReport, src/core/season/report). */
      report: FinalReport;
    }
) & {
  /** `{{сегодня}}` and the start of a programme without a start date; the current time when absent. */
  today?: Date;
};
