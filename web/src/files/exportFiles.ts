// Export: the current graph as GEXF 1.3 (the library's graphToGexf) and the current view as
// a PNG (@sigma/export-image, which redraws the visible layers on an off-screen canvas).
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type Graph from 'graphology';
import { write } from 'graphology-gexf';
import { graphToGexf } from '../../../src/io/gexf/index.ts';
import type { ClaimGraph } from '../../../src/model/index.ts';
import { baseName } from './names.ts';

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportGexf(graph: ClaimGraph, source: string): void {
  download(new Blob([graphToGexf(graph)], { type: 'application/gexf+xml' }), `${baseName(source)}.gexf`);
}

/** A foreign graph as graphology-gexf writes it: its own attributes, nothing of claimgraph's. */
export function exportPlainGexf(graph: Graph, source: string): void {
  download(new Blob([write(graph)], { type: 'application/gexf+xml' }), `${baseName(source)}.gexf`);
}

export function exportCsv(csv: string, source: string): void {
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${baseName(source)}-statements.csv`);
}

export function exportPng(renderer: Sigma, source: string): Promise<void> {
  return downloadAsPNG(renderer, { fileName: baseName(source), backgroundColor: '#ffffff' });
}
