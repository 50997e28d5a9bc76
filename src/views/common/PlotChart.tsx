/**
 * A chart drawn by Observable Plot (issue 15, "Charts through the stack") as a React element:
 * `build` returns Plot's <svg>, which is put into a host <div> and handed to `chartRef` (so the
 * export, common/figure.ts, clones exactly what is on screen). The <svg> gets the accessible
 * name, role and test id; Plot's aria-labels on its mark groups are dropped (a plain <g> may not
 * carry one: axe aria-prohibited-attr) and its own font is dropped so that the chart is set in
 * the app's font on screen and in the figure. `decorate` adds what Plot does not draw: event
 * handlers, roles of clickable marks, data attributes for tests.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export interface PlotChartProps {
  /** Draws the chart (Plot.plot(...)); called again whenever `deps` change. */
  build: () => SVGSVGElement | HTMLElement;
  deps: readonly unknown[];
  label: string;
  testid?: string;
  /** 'img' for a picture, 'group' when marks inside are focusable controls. */
  role?: 'img' | 'group';
  chartRef?: RefObject<SVGSVGElement | null>;
  decorate?: (svg: SVGSVGElement) => void;
  className?: string;
}

/** Plot's mark groups, named by their mark ('bar', 'dot', 'line', ...), in the order drawn. */
export function markGroups(svg: SVGSVGElement, mark: string): SVGGElement[] {
  return [...svg.querySelectorAll<SVGGElement>(`g[data-mark="${mark}"]`)];
}

export function PlotChart({
  build,
  deps,
  label,
  testid,
  role = 'img',
  chartRef,
  decorate,
  className,
}: PlotChartProps) {
  const host = useRef<HTMLDivElement | null>(null);
  const latest = useRef({ build, decorate });
  // The newest build and decorate, read by the drawing effect below (declared first, so it runs first).
  useLayoutEffect(() => {
    latest.current = { build, decorate };
  });
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const made = latest.current.build();
    const svg = (
      made instanceof SVGSVGElement ? made : made.querySelector('svg')
    ) as SVGSVGElement | null;
    if (!svg) return;
    svg.setAttribute('role', role);
    svg.setAttribute('aria-label', label);
    if (testid) svg.setAttribute('data-testid', testid);
    svg.classList.add('chart');
    svg.removeAttribute('font-family');
    // Each mark group keeps its name as data-mark (for decorate and tests), not as aria-label.
    svg.querySelectorAll('g[aria-label]').forEach((g) => {
      g.setAttribute('data-mark', g.getAttribute('aria-label') ?? '');
      g.removeAttribute('aria-label');
    });
    latest.current.decorate?.(svg);
    el.replaceChildren(made);
    if (chartRef) chartRef.current = svg;
    return () => {
      made.remove();
      if (chartRef && chartRef.current === svg) chartRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, role, testid, ...deps]);
  return <div ref={host} className={className ?? 'chart-host'} />;
}
