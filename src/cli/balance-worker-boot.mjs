// Worker threads do not inherit tsx's TypeScript loader on Node 20: register it here,
// then load the real worker.
import { register } from 'tsx/esm/api';
register();
await import('./balance-worker.ts');
