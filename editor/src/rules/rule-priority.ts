import { ClassificationRule } from '@frontstage/engine';

// The range the engine's schema allows (json-rules-engine needs a priority above zero).
export const MIN_PRIORITY = ClassificationRule.shape.priority.minValue ?? 1;
export const MAX_PRIORITY = ClassificationRule.shape.priority.maxValue ?? 1000;

/**
 * A typed rule priority if it is a whole number the schema allows, else null: an out-of-range
 * entry is refused where it was typed, never replaced by another number.
 * @example parsePriority('1000') // 1000; parsePriority('0') // null
 */
export function parsePriority(raw: string): number | null {
  const n = Number(raw.trim());
  return raw.trim() !== '' && Number.isInteger(n) && n >= MIN_PRIORITY && n <= MAX_PRIORITY ? n : null;
}
