import type { NoticePlaceholder } from '../schema/notice.js';
import type { Locale, Text } from '../schema/primitives.js';

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * The placeholders a template names, in order, as written (known or not).
 * @example placeholdersIn('预计{expected}内到达，{visitor}') // ['expected', 'visitor']
 */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * A template with its placeholders filled, in both languages; an unknown placeholder (validation
 * refuses those) and one without a value are left as written.
 * @example renderNotice({ 'zh-CN': '预计{expected}内', en: 'within {expected}' }, { expected: { 'zh-CN': '30 分钟', en: '30 minutes' } })
 * // { 'zh-CN': '预计30 分钟内', en: 'within 30 minutes' }
 */
export function renderNotice(template: Text, values: Partial<Record<NoticePlaceholder, Text>>): Text {
  const fill = (locale: Locale) =>
    template[locale].replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name as NoticePlaceholder];
      return value ? value[locale] : whole;
    });
  return { 'zh-CN': fill('zh-CN'), en: fill('en') };
}
