import { createContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale, Text } from '@frontstage/engine';
import { en, type MessageKey } from './messages';
import { zhCN } from './messages-zh';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A UI string, with `{name}` placeholders filled. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** A bilingual text from a document, in the current locale. */
  text: (value: Text | undefined) => string;
}

const TABLES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ initial = 'zh-CN', children }: { initial?: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initial);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) =>
        TABLES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`)),
      text: (v) => (v ? v[locale] || v.en : ''),
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
