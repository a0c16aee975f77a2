import { useCallback, useState } from 'react';
import type { Lang } from './resident-words.js';

const KEY = 'frontstage.resident.lang';

function stored(): Lang {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // Private modes of some in-app browsers throw on storage: the default language serves.
  }
  return 'zh-CN';
}

/** The resident's language: zh-CN by default, en when they switch, remembered where storage works. */
export function useLang(): [Lang, () => void] {
  const [lang, setLang] = useState<Lang>(stored);
  const toggle = useCallback(() => {
    setLang((l) => {
      const next = l === 'zh-CN' ? 'en' : 'zh-CN';
      try {
        window.localStorage.setItem(KEY, next);
      } catch {
        // See above.
      }
      document.documentElement.lang = next;
      return next;
    });
  }, []);
  return [lang, toggle];
}
