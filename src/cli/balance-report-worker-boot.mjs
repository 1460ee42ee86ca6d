// Fallback when esbuild cannot be imported (balance-report.ts normally runs a bundle of
// the worker): worker threads do not inherit tsx's TypeScript loader on Node 20, so
// register it here, then load the real worker.
import { register } from 'tsx/esm/api';
register();
await import('./balance-report-worker.ts');
