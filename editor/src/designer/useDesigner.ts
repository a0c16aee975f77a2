import { useCallback, useMemo, useState } from 'react';
import { compile, type Blueprint, type CompileResult } from '@frontstage/engine';
import { normaliseLayout } from '../canvas/model/layout';
import { NO_SELECTION, type Selection } from '../canvas/model/selection';
import { historyOf, record, redo, undo, type History } from './model/history';

/** Gives a loaded blueprint a full lane-relative layout, so every later edit only moves what it touches. */
export const normalise = normaliseLayout;

/**
 * The designer's document state: the blueprint with undo history, the selection, and the engine's
 * compile report of the present document, recomputed on every edit (and when the held roles arrive).
 */
export function useDesigner(initial: Blueprint, heldRoles: readonly string[] | null = null) {
  const [history, setHistory] = useState<History<Blueprint>>(() => historyOf(normalise(initial)));
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  // The document last saved (or opened as saved): dirty means the present is another one.
  const [saved, setSaved] = useState<Blueprint>(history.present);
  const blueprint = history.present;
  // Who holds which role is known only online: then a step for a role nobody holds is warned about.
  const checked: CompileResult = useMemo(
    () => compile(blueprint, heldRoles ? { heldRoles } : {}),
    [blueprint, heldRoles],
  );

  const apply = useCallback(
    (edit: (b: Blueprint) => Blueprint) => setHistory((h) => record(h, edit(h.present))),
    [],
  );
  /** Opens another document; the previous one stays reachable through undo. */
  const load = useCallback((next: Blueprint, asSaved = false) => {
    const doc = normalise(next);
    if (asSaved) setSaved(doc);
    setHistory((h) => record(h, doc));
    setSelection(NO_SELECTION);
  }, []);
  /** Records which document was saved (the one sent, even if edits followed while saving). */
  const markSaved = useCallback((doc: Blueprint) => setSaved(doc), []);

  return {
    blueprint,
    checked,
    diagnostics: checked.report.diagnostics,
    selection,
    setSelection,
    apply,
    load,
    markSaved,
    dirty: saved !== blueprint,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo: useCallback(() => setHistory(undo), []),
    redo: useCallback(() => setHistory(redo), []),
  };
}

export type DesignerState = ReturnType<typeof useDesigner>;
