/**
 * zod's fast path compiles validators with `new Function`, which our
 * Content-Security-Policy forbids. Imported first by main.ts so it runs before any
 * module validates anything (imports are evaluated in order).
 */
import { config } from 'zod/mini';
// One global setting of zod's core: it holds for zod/mini here and for the full API
// that loads later with the save schema.
config({ jitless: true });
