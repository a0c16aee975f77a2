/** The steps and flows picked on the canvas, by id. */
export interface Selection {
  steps: string[];
  flows: string[];
}

/** Nothing picked: what a read-only view shows and what opening another document starts from. */
export const NO_SELECTION: Selection = { steps: [], flows: [] };
