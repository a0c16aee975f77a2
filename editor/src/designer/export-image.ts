import { getViewportForBounds, type Rect } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

/** Saves a data URL as a file through a temporary link. */
export function download(name: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

const nextFrame = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => resolve())
      : setTimeout(resolve, 16),
  );

/**
 * Waits until the canvas holds `expected` nodes, each measured (React Flow hides a node until it
 * knows its size, and draws an edge only between measured nodes), then one frame more for the
 * edges. Gives up after `timeoutMs` and lets the capture take what there is.
 */
export async function whenAllRendered(root: HTMLElement, expected: number, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await nextFrame();
    const nodes = root.querySelectorAll<HTMLElement>('.react-flow__node');
    const measured = [...nodes].every((n) => n.style.visibility !== 'hidden');
    if ((nodes.length >= expected && measured) || Date.now() > deadline) break;
  }
  await nextFrame();
}

/**
 * Renders the whole blueprint (not just the visible part) as an SVG or PNG data URL: the viewport
 * element is captured with a transform that fits `bounds` (all nodes), whatever the screen shows.
 */
export async function canvasImage(kind: 'svg' | 'png', bounds: Rect, root: HTMLElement): Promise<string> {
  const width = Math.ceil(bounds.width + 40);
  const height = Math.ceil(bounds.height + 40);
  const viewport = getViewportForBounds(bounds, width, height, 0.1, 2, 0.02);
  const el = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!el) throw new Error('canvas not mounted');
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
  };
  // html-to-image is pinned to 1.11.11: later versions drop React Flow's edges (html-to-image#516).
  return kind === 'svg' ? toSvg(el, options) : toPng(el, options);
}
