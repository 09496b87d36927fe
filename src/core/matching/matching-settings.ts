import { messages } from '../messages';
import { competencesFromSettings } from '../questionnaires/parse';
import { CATEGORIES } from '../questionnaires/spec';
import { DEFAULT_COMPETENCES } from '../schema/competences';
import { MATCHING_SETTING_ROWS } from '../settings/matching-rows';
import { EVENT_SETTING_KEYS, EVENT_SETTING_ROWS } from '../settings/event-rows';
import type { Settings } from '../settings/settings';
import type { MatchingCriterion, MatchingSettings, MatchingSettingsResult, SettingCell } from './types';

/** Keys of the matching rows of «Настройки» (labels, defaults and explanations: settings/matching-rows.ts). */
export const MATCHING_SETTING_KEYS = {
  weights: {
    coverage: 'matching.weight.coverage',
    subject: 'matching.weight.subject',
    form: 'matching.weight.form',
    format: 'matching.weight.format',
    time: 'matching.weight.time',
    experience: 'matching.weight.experience',
    category: 'matching.weight.category',
  },
  minScore: 'matching.minScore',
  minExperienceYears: 'matching.mentor.minExperienceYears',
  minCategory: 'matching.mentor.minCategory',
  defaultCapacity: 'matching.defaultCapacity',
  groupSize: 'matching.groupSize',
  /** Its row lives with the events' rows (settings/event-rows.ts): training is stage 4.2's events. */
  requireTraining: EVENT_SETTING_KEYS.requireTraining,
} as const;

const ROWS = [...MATCHING_SETTING_ROWS, ...EVENT_SETTING_ROWS];

const defaultOf = (key: string): string => ROWS.find((r) => r.key === key)?.defaultValue ?? '';
const labelOf = (key: string): string => ROWS.find((r) => r.key === key)?.label ?? key;

const CRITERIA: readonly MatchingCriterion[] = [
  'coverage',
  'subject',
  'form',
  'format',
  'time',
  'experience',
  'category',
];

/** Categories a minimum may name (the lowest, «без категории», is no minimum at all). */
const CATEGORY_CHOICES = CATEGORIES.slice(1);

/** «12,5» and «12.5» are both numbers: staff type decimals the Russian way. */
function parseNumber(text: string): number | null {
  const t = text.replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** The defaults of every matching row (what «Настроить систему» writes), ready to use. */
export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  weights: {
    coverage: Number(defaultOf(MATCHING_SETTING_KEYS.weights.coverage)),
    subject: Number(defaultOf(MATCHING_SETTING_KEYS.weights.subject)),
    form: Number(defaultOf(MATCHING_SETTING_KEYS.weights.form)),
    format: Number(defaultOf(MATCHING_SETTING_KEYS.weights.format)),
    time: Number(defaultOf(MATCHING_SETTING_KEYS.weights.time)),
    experience: Number(defaultOf(MATCHING_SETTING_KEYS.weights.experience)),
    category: Number(defaultOf(MATCHING_SETTING_KEYS.weights.category)),
  },
  minScore: Number(defaultOf(MATCHING_SETTING_KEYS.minScore)),
  minExperienceYears: Number(defaultOf(MATCHING_SETTING_KEYS.minExperienceYears)),
  minCategory: defaultOf(MATCHING_SETTING_KEYS.minCategory),
  defaultCapacity: Number(defaultOf(MATCHING_SETTING_KEYS.defaultCapacity)),
  groupSize: Number(defaultOf(MATCHING_SETTING_KEYS.groupSize)),
  competenceLabels: Object.fromEntries(DEFAULT_COMPETENCES.map((c) => [c.key, c.label])),
  requireTraining: false,
};

/** «да» / «нет» as staff type them; null when it is neither. */
function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === 'да' || t === 'yes') return true;
  if (t === 'нет' || t === 'no') return false;
  return null;
}

/** Whether «Настройки» asks for trained mentors only (`matching.requireTraining` = «да»). */
export function requiresTraining(settings: Settings): boolean {
  const raw = settings[MATCHING_SETTING_KEYS.requireTraining];
  return (
    parseYesNo(
      raw === undefined || raw.trim() === '' ? defaultOf(MATCHING_SETTING_KEYS.requireTraining) : raw,
    ) === true
  );
}

/**
 * Validates the matching rows of «Настройки». `cellOf(key)` tells where the key's value is (the shell
 * knows the rows); an invalid value yields a Russian message naming the sheet, row and cell, and
 * matching must not run. Keys absent from the sheet (or empty, except the category) take their defaults.
 */
export function readMatchingSettings(
  settings: Settings,
  cellOf: (key: string) => SettingCell | undefined,
): MatchingSettingsResult {
  const errors: string[] = [];
  const m = messages.matching.settings;
  const raw = (key: string): string => {
    const v = settings[key];
    return v === undefined ? defaultOf(key) : String(v).trim();
  };
  const fail = (key: string, value: string, need: string): void => {
    const cell = cellOf(key);
    errors.push(
      cell
        ? m.invalid(cell.sheet, cell.row, cell.a1, labelOf(key), value, need)
        : m.invalidNoCell(key, labelOf(key), value, need),
    );
  };
  const number = (key: string): number => {
    const text = raw(key) === '' ? defaultOf(key) : raw(key);
    const n = parseNumber(text);
    if (n === null) fail(key, text, m.needNumber);
    return n ?? 0;
  };
  const integer = (key: string, min: number): number => {
    const text = raw(key) === '' ? defaultOf(key) : raw(key);
    const n = parseNumber(text);
    if (n === null || !Number.isInteger(n) || n < min) fail(key, text, m.needInteger(min));
    return n ?? min;
  };

  const weights = {} as Record<MatchingCriterion, number>;
  for (const c of CRITERIA) weights[c] = number(MATCHING_SETTING_KEYS.weights[c]);
  const minScore = number(MATCHING_SETTING_KEYS.minScore);
  const minExperienceYears = integer(MATCHING_SETTING_KEYS.minExperienceYears, 0);
  const categoryText = raw(MATCHING_SETTING_KEYS.minCategory);
  const minCategory =
    CATEGORY_CHOICES.find((c) => c.toLowerCase() === categoryText.toLowerCase().replace(/ё/g, 'е')) ??
    (categoryText === '' || categoryText.toLowerCase() === CATEGORIES[0] ? '' : null);
  if (minCategory === null)
    fail(MATCHING_SETTING_KEYS.minCategory, categoryText, m.needCategory(CATEGORY_CHOICES));
  const defaultCapacity = integer(MATCHING_SETTING_KEYS.defaultCapacity, 1);
  const groupSize = integer(MATCHING_SETTING_KEYS.groupSize, 2);
  const trainingText =
    raw(MATCHING_SETTING_KEYS.requireTraining) || defaultOf(MATCHING_SETTING_KEYS.requireTraining);
  const requireTraining = parseYesNo(trainingText);
  if (requireTraining === null)
    fail(MATCHING_SETTING_KEYS.requireTraining, trainingText, messages.events.training.needYesNo);
  if (errors.length === 0 && CRITERIA.every((c) => weights[c] === 0))
    fail(MATCHING_SETTING_KEYS.weights.coverage, raw(MATCHING_SETTING_KEYS.weights.coverage), m.needWeights);
  if (errors.length > 0) return { ok: false, errors };

  const competenceLabels: Record<string, string> = {};
  for (const c of competencesFromSettings(settings)) competenceLabels[c.key] = c.label;
  return {
    ok: true,
    settings: {
      weights,
      minScore,
      minExperienceYears,
      minCategory: minCategory ?? '',
      defaultCapacity,
      groupSize,
      competenceLabels,
      requireTraining: requireTraining === true,
    },
  };
}
