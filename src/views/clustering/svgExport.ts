/**
 * A figure drawn by React as <svg> turned into a standalone SVG file for export: the live
 * element is cloned (so the file is exactly what is on screen), given the SVG namespace,
 * a white background, a font and the spec in <metadata> (common/export.ts).
 */
import { svgMetadata, type ExportMeta } from '../common/export.ts';

export interface SvgFile {
  svg: string;
  width: number;
  height: number;
}

/** The SVG document of `el` with `meta` recorded; size from its viewBox. */
export function svgFileOf(el: SVGSVGElement | null, meta: ExportMeta): SvgFile {
  if (!el) throw new Error('The figure is not on screen.');
  const vb = el.viewBox?.baseVal;
  const width = vb && vb.width > 0 ? vb.width : Number(el.getAttribute('width')) || 800;
  const height = vb && vb.height > 0 ? vb.height : Number(el.getAttribute('height')) || 400;
  const clone = el.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', 'Segoe UI, Roboto, Arial, sans-serif');
  clone.removeAttribute('class');
  // XMLSerializer escapes '<' and '>' inside attribute values, so the first '>' closes the tag.
  const full = new XMLSerializer().serializeToString(clone);
  const at = full.indexOf('>') + 1;
  const svg = `${full.slice(0, at)}${svgMetadata(meta)}<rect width="100%" height="100%" fill="#ffffff"/>${full.slice(at)}`;
  return { svg, width, height };
}
