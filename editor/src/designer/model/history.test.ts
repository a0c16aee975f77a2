import { describe, expect, it } from 'vitest';
import { historyOf, record, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes in order, and a new edit drops the redo branch', () => {
    let h = record(record(historyOf('a'), 'b'), 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });
});
