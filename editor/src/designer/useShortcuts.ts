import { useEffect } from 'react';

export interface ShortcutHandlers {
  undo: () => void;
  redo: () => void;
  copy: () => void;
  paste: () => void;
  remove: () => void;
  save: () => void;
  fit: () => void;
}

function typing(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/** Designer shortcuts: Ctrl/⌘+Z, Ctrl+Shift+Z / Ctrl+Y, Ctrl+C, Ctrl+V, Ctrl+S, Delete, F (fit). */
export function useShortcuts(h: ShortcutHandlers) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const run = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      if (mod && key === 'z') run(e.shiftKey ? h.redo : h.undo);
      else if (mod && key === 'y') run(h.redo);
      else if (mod && key === 'c') run(h.copy);
      else if (mod && key === 'v') run(h.paste);
      else if (mod && key === 's') run(h.save);
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) run(h.remove);
      else if (!mod && key === 'f') run(h.fit);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [h]);
}
