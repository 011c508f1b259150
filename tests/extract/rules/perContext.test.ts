import { describe, expect, it } from 'vitest';
import { perContext } from '../../../src/extract/rules/index.ts';

describe('perContext', () => {
  it('works a context out once, and each context on its own', () => {
    let calls = 0;
    const words = perContext((c: { text: string }) => (calls++, c.text.split(' ').length));
    const a = { text: 'one two three' };
    const b = { text: 'one two three' };
    expect([words(a), words(a), words(b)]).toEqual([3, 3, 3]);
    expect(calls).toBe(2);
  });

  it('keeps a null or undefined answer too', () => {
    let calls = 0;
    const nothing = perContext((_: object) => (calls++, undefined));
    const c = {};
    nothing(c);
    nothing(c);
    expect(calls).toBe(1);
  });

  it('works a context out again after another one was asked about', () => {
    let calls = 0;
    const words = perContext((c: { text: string }) => (calls++, c.text.split(' ').length));
    const a = { text: 'one two' };
    const b = { text: 'one two three' };
    expect([words(a), words(b), words(a), words(a)]).toEqual([2, 3, 2, 2]);
    expect(calls).toBe(3);
  });
});
