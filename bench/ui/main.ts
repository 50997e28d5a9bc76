/**
 * Entry of the UI benchmark's build (bench/ui/vite.config.ts, scripts/bench-ui.mjs): the
 * dashboard as shipped, plus the benchmark link `#/<route>?bench=hex&n=N` or `?bench=store`
 * (hexGrid.ts). The link is read before the app's address sync rewrites the hash.
 */
import { startApp } from '../../src/startApp.tsx';
import { applyBenchLink } from './hexGrid.ts';

const benchHash = /[?&]bench=/.test(location.hash) ? location.hash : null;
const store = startApp(document.getElementById('root')!);
if (benchHash) applyBenchLink(store, benchHash, window);
