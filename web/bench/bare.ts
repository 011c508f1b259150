// The anchor of `npm run bench -- viewer`: bare sigma on the same graph as the viewer's
// `?synthetic=N` (built by the same code in the page, given the same seeded starting positions),
// with sigma's default settings, in a container of the viewer's canvas size (`&w=&h=`). Nodes get
// the one size and colour sigma needs; nothing else of the viewer runs.
import Sigma from 'sigma';
import { syntheticGraph } from '../../src/synth/index.ts';
import { seedPositions } from '../src/sigma/positions.ts';

const params = new URLSearchParams(location.search);
const container = document.getElementById('graph')!;
container.style.width = `${Number(params.get('w')) || 900}px`;
container.style.height = `${Number(params.get('h')) || 600}px`;
const graph = syntheticGraph(Number(params.get('synthetic')) || 1000);
seedPositions(graph);
graph.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, size: 3, color: '#5b6b7b' }));
const renderer = new Sigma(graph, container);

declare global {
  interface Window {
    __bare?: { renderer: unknown; order: number; size: number };
  }
}
window.__bare = { renderer, order: graph.order, size: graph.size };
