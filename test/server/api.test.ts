/** The workshop API suite on the embedded database and on PostgreSQL (skipped, with the reason, when none answers). */
import { describe } from 'vitest';
import { apiSuite } from './api-suite.ts';
import { pgAvailable } from './harness.ts';

const pgProblem = await pgAvailable();
if (pgProblem) console.warn(`server tests on PostgreSQL skipped: ${pgProblem}`);

describe('workshop API on SQLite', () => apiSuite('sqlite'));
(pgProblem ? describe.skip : describe)('workshop API on PostgreSQL', () => apiSuite('postgres'));
