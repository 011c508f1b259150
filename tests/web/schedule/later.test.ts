// The queue of work left for later tasks: order, replacement, jobs in several parts, errors.
import { describe, expect, it } from 'vitest';
import { Later } from '../../../web/src/schedule/later.ts';

describe('Later', () => {
  it('runs jobs in the order queued, each once with its latest closure, and settles after them', async () => {
    const later = new Later();
    const ran: string[] = [];
    later.run('a', () => void ran.push('a1'));
    later.run('b', () => void ran.push('b'));
    later.run('a', () => void ran.push('a2'));
    expect(ran).toEqual([]);
    expect(later.has('a')).toBe(true);
    await later.settled();
    expect(ran).toEqual(['a2', 'b']);
    expect(later.has('a')).toBe(false);
  });

  it('runs a job queued with runNext before the others', async () => {
    const later = new Later();
    const ran: string[] = [];
    later.run('a', () => void ran.push('a'));
    later.run('b', () => void ran.push('b'));
    later.runNext('b', () => void ran.push('b first'));
    await later.settled();
    expect(ran).toEqual(['b first', 'a']);
  });

  it('runs a job that has more to do again, after the jobs queued meanwhile', async () => {
    const later = new Later();
    const ran: string[] = [];
    let parts = 3;
    later.run('slices', () => {
      ran.push(`slice ${parts}`);
      return --parts > 0;
    });
    later.run('table', () => void ran.push('table'));
    await later.settled();
    expect(ran).toEqual(['slice 3', 'table', 'slice 2', 'slice 1']);
  });

  it('reports a failing job and goes on with the next', async () => {
    const errors: unknown[] = [];
    const later = new Later((error) => errors.push(error));
    const ran: string[] = [];
    later.run('bad', () => {
      throw new Error('broken');
    });
    later.run('good', () => void ran.push('good'));
    await later.settled();
    expect(errors.map((e) => (e as Error).message)).toEqual(['broken']);
    expect(ran).toEqual(['good']);
  });

  it('settles at once when nothing is queued', async () => {
    await expect(new Later().settled()).resolves.toBeUndefined();
  });
});
