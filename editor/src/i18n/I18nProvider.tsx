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

// The language a user picked is kept in the browser, so a reload or a shared link opens in it.
const STORED = 'frontstage.locale';

function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(STORED);
    return v === 'en' || v === 'zh-CN' ? v : null;
  } catch {
    return null;
  }
}

/** The UI's language: `initial` in tests; in the app what the user picked last, else zh-CN. */
export function I18nProvider({ initial, children }: { initial?: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => initial ?? storedLocale() ?? 'zh-CN');
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale: (next: Locale) => {
        setLocale(next);
        if (initial === undefined)
          try {
            window.localStorage.setItem(STORED, next);
          } catch {
            // A browser that keeps nothing (private mode) still switches for this page.
          }
      },
      t: (key, vars) =>
        TABLES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`)),
      text: (v) => (v ? v[locale] || v.en : ''),
    }),
    [locale, initial],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
