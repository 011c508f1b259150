// The breadcrumb of followed nodes. Following from the current selection extends the trail
// (cutting it where the node already appears, so that going back to an earlier step does not
// grow it); jumping elsewhere (search, a click away from the selection) starts a new one.
export function followTrail(trail: readonly string[], from: string | null, to: string): string[] {
  const existing = trail.indexOf(to);
  if (existing !== -1) return trail.slice(0, existing + 1);
  const at = from === null ? -1 : trail.indexOf(from);
  if (at === -1) return from === null ? [to] : [from, to];
  return [...trail.slice(0, at + 1), to];
}

export function jumpTrail(to: string | null): string[] {
  return to === null ? [] : [to];
}
