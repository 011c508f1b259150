// "the government" → the last state spoken of as a government ("the Kenyan government").
import { findBack, WINDOW, type ResolveContext } from './candidates.ts';
import type { Actor } from '../registry.ts';

export function lastGovernment(ctx: ResolveContext, at: number): Actor | undefined {
  return findBack(
    ctx,
    at,
    (a) => a.kind === 'state' && a.aliases.some((alias) => /\b(government|administration)\b/i.test(alias)),
    WINDOW * 4,
  );
}
