import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';
describe('smoke', () => { it('loads', async () => { expect((await loadDefaultGraph()).order).toBe(30); }); });
