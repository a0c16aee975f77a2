import type { Locale, Text } from '@frontstage/engine';

const OTHER: Record<Locale, Locale> = { 'zh-CN': 'en', en: 'zh-CN' };

/**
 * An optional bilingual text with one language edited. The schema needs both languages, so a
 * language typed first is copied into the missing one, and clearing one language keeps the
 * other's text (copied back into both). Only when nothing distinct is left does the text go.
 * @example editText({ 'zh-CN': '满意', en: 'Satisfied' }, 'en', '') // { 'zh-CN': '满意', en: '满意' }
 */
export function editText(current: Text | undefined, locale: Locale, value: string): Text | undefined {
  const typed = value.trim();
  const other = current?.[OTHER[locale]] ?? '';
  if (typed) return { [OTHER[locale]]: other || typed, [locale]: typed } as Text;
  if (!current || !other || other === current[locale]) return undefined;
  return { 'zh-CN': other, en: other };
}
