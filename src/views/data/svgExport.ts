/**
 * A chart drawn by React as a standalone SVG file: the mounted element serialised (so the file
 * is exactly what is on screen; text nodes are escaped by the serialiser) with the export
 * metadata (views/common/export.ts) inserted after the opening tag.
 */
import { svgMetadata, type ExportMeta } from '../common/export.ts';

export function serialiseSvg(
  el: SVGSVGElement | null,
  meta: ExportMeta,
): { svg: string; width: number; height: number } {
  if (!el) return { svg: '', width: 0, height: 0 };
  const clone = el.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const width = Number(clone.getAttribute('width')) || el.viewBox.baseVal?.width || 640;
  const height = Number(clone.getAttribute('height')) || el.viewBox.baseVal?.height || 320;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(clone);
  return { svg: text.replace(/^(<svg[^>]*>)/, `$1${svgMetadata(meta)}`), width, height };
}
