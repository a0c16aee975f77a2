import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Blueprint, Step } from '@frontstage/engine';
import { renderDesigner } from './test-utils';

// The capture itself needs a real browser; here it records what it was given to draw.
const captured = vi.hoisted(() => ({ steps: [] as number[] }));
vi.mock('html-to-image', () => {
  const capture = async (el: HTMLElement) => {
    captured.steps.push(el.querySelectorAll('.react-flow__node-step').length);
    return 'data:image/png;base64,';
  };
  return { toPng: capture, toSvg: capture };
});

afterEach(cleanup);

// jsdom lays nothing out, and React Flow draws every node it has not measured. Give elements a
// size and report them measured, so the canvas culls off-screen nodes as it does in a browser.
class MeasuringObserver {
  private pending: Element[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {}
  // Reported in one batch, as a browser does after a layout.
  observe(target: Element) {
    if (this.pending.push(target) > 1) return;
    setTimeout(() => {
      const entries = this.pending.map((t) => ({ target: t }) as ResizeObserverEntry);
      this.pending = [];
      this.callback(entries, this as unknown as ResizeObserver);
    });
  }
  unobserve() {}
  disconnect() {}
}
const realObserver = globalThis.ResizeObserver;
const SIZES = { offsetWidth: 180, offsetHeight: 64 };
const real = Object.fromEntries(
  Object.keys(SIZES).map((p) => [p, Object.getOwnPropertyDescriptor(HTMLElement.prototype, p)!]),
);
beforeAll(() => {
  globalThis.ResizeObserver = MeasuringObserver as unknown as typeof ResizeObserver;
  for (const [prop, size] of Object.entries(SIZES))
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => size });
});
afterAll(() => {
  globalThis.ResizeObserver = realObserver;
  for (const [prop, descriptor] of Object.entries(real))
    Object.defineProperty(HTMLElement.prototype, prop, descriptor);
});

/** A blueprint of n tasks in a row: more than 300 nodes, so the canvas draws only what is on screen. */
function bigBlueprint(n: number): Blueprint {
  const steps: Step[] = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    type: 'task',
    lane: 'backstage',
    roles: ['dispatcher'],
    label: { 'zh-CN': `步骤 ${i}`, en: `Step ${i}` },
  }));
  const layout = Object.fromEntries(steps.map((s, i) => [s.id, { x: 200 + 240 * i, y: 28 }]));
  return {
    key: 'big',
    name: { 'zh-CN': '大', en: 'Big' },
    class: 'general',
    steps,
    flows: [],
    layout: { steps: layout },
  };
}

describe('Designer image export', () => {
  it('draws every step of a big blueprint, not only those on screen, and then renders lazily again', async () => {
    const n = 320;
    const d = renderDesigner({ initial: bigBlueprint(n) });
    await vi.waitFor(() => expect(d.steps().length).toBeLessThan(n));
    const onScreen = d.steps().length;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    await act(async () => {
      fireEvent.click(document.querySelector('[data-export=png]')!);
      await vi.waitFor(() => expect(captured.steps).toHaveLength(1), { timeout: 5000 });
    });
    expect(captured.steps[0]).toBe(n);
    expect(d.steps().length).toBe(onScreen);
  }, 30_000);
});
