/**
 * zod's fast path compiles validators with `new Function`, which our
 * Content-Security-Policy forbids. Imported first by main.ts so it runs before any
 * module validates anything (imports are evaluated in order).
 */
import { z } from 'zod';
z.config({ jitless: true });
