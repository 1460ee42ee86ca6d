/**
 * Browser entry. zod's fast path compiles validators with `new Function`, which a strict
 * Content-Security-Policy forbids: switch it to jitless before any schema is used.
 */
import { z } from 'zod';
z.config({ jitless: true });
import './app.ts';
