// The one written form of blueprints/*.json: keys in the schema's reading order (unknown keys
// and record keys such as step ids alphabetically after), 2-space indent, trailing newline. A
// stable order keeps diffs of blueprints small and reviewable.
const ORDER = [
  '$schema', 'key', 'id', 'type', 'name', 'lane', 'label', 'description', 'class', 'priority',
  'from', 'to', 'event', 'roles', 'role', 'actions', 'kind', 'supplier', 'message',
  'timeStandard', 'duration', 'clock', 'warnAt', 'onBreach', 'escalateTo',
  'momentOfTruth', 'failPoint', 'evidence', 'requiredData', 'required', 'min', 'max', 'maxLength', 'options',
  'condition', 'conditions', 'all', 'any', 'not', 'fact', 'operator', 'value',
  'decide', 'blueprint', 'team', 'timeStandards', 'facts', 'defaults', 'rules', 'steps', 'flows', 'layout',
  'zh-CN', 'en', 'x', 'y',
];
const RANK = new Map(ORDER.map((k, i) => [k, i]));

function rankOf(key: string): number {
  return RANK.get(key) ?? ORDER.length;
}

/** The same value with every object's keys in canonical order. */
export function canonicalOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalOrder);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(
    ([a], [b]) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, canonicalOrder(v)]));
}

/**
 * The canonical text of a blueprint or ruleset document.
 * @example formatBlueprint({ name: t, key: 'complaint' }) // '{\n  "key": "complaint",\n  "name": …'
 */
export function formatBlueprint(document: unknown): string {
  return `${JSON.stringify(canonicalOrder(document), null, 2)}\n`;
}
