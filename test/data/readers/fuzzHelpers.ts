/** Shared by the fuzz suites: script-like payloads and a deep check for NaN/Infinity/undefined. */

/** Text that would run if a reader or view ever treated data as HTML, a formula or a URL. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
];

/** Paths of every NaN, Infinity or undefined array element inside a value. */
export function badNumbers(v: unknown, path = '$', out: string[] = []): string[] {
  if (typeof v === 'number' && !Number.isFinite(v)) out.push(path);
  else if (Array.isArray(v))
    v.forEach((x, i) =>
      x === undefined ? out.push(`${path}[${i}]`) : badNumbers(x, `${path}[${i}]`, out),
    );
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) badNumbers(x, `${path}.${k}`, out);
  return out;
}
