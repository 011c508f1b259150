// Union-find over actor ids, where the representative of a set is chosen by a preference
// (a gazetteer id over an extracted one, then the id seen in more documents) rather than
// by rank, so that the surviving id does not depend on the order of the merges.

export class UnionFind {
  private readonly parent = new Map<string, string>();

  constructor(private readonly prefer: (a: string, b: string) => string) {}

  add(id: string): void {
    if (!this.parent.has(id)) this.parent.set(id, id);
  }

  find(id: string): string {
    this.add(id);
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    let at = id;
    while (at !== root) {
      const next = this.parent.get(at) as string;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const root = this.prefer(ra, rb);
    this.parent.set(root === ra ? rb : ra, root);
  }
}
