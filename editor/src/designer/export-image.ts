import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

/** Saves a data URL or text as a file through a temporary link. */
export function download(name: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

/** Renders the whole blueprint (not just the visible part) as an SVG or PNG data URL. */
export async function canvasImage(kind: 'svg' | 'png', nodes: Node[], root: HTMLElement): Promise<string> {
  const bounds = getNodesBounds(nodes);
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
