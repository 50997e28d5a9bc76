// The Content-Security-Policy of KZ Cluster Atlas, in one place: the production build writes it
// into index.html as a <meta http-equiv> (vite.config.ts), the browser tests (test/e2e/harness.ts)
// and the UI benchmark (scripts/bench-ui.mjs) also send it as a header.
// - no inline script and no eval: script-src 'self';
// - workers from the app's own files, and blob: for fflate's XLSX unzipping workers;
// - styles: 'unsafe-inline' for the style attributes React and Leaflet set;
// - images: the app's own, data: and blob: (PNG export), no map tiles;
// - connect-src 'self': the service worker and the bundled data, nothing else.
// frame-ancestors cannot be set by <meta>; a host that can send headers should add it.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

export const CSP = CSP_DIRECTIVES.join('; ');
