import type { CellValue } from './user-entered';

/**
 * Whether a value typed by a person satisfies a validation rule. Only edits in the UI are checked:
 * values a script writes are stored whatever the rule says.
 */
export function validationAccepts(rule: { criteria: string; values: unknown[] }, value: CellValue): boolean {
  const args = rule.values;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const list = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
      return list.some((item) => String(item) === String(value));
    }
    case 'CHECKBOX': {
      if (args.length === 0) return typeof value === 'boolean';
      return args.some((a) => String(a) === String(value));
    }
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(args[0]) && value <= Number(args[1]);
    case 'NUMBER_GREATER_THAN':
      return typeof value === 'number' && value > Number(args[0]);
    case 'NUMBER_LESS_THAN':
      return typeof value === 'number' && value < Number(args[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
    case 'DATE_IS_VALID_DATE':
      return value instanceof Date;
    default:
      // Criteria that need a formula or another range are not checked offline.
      return true;
  }
}
