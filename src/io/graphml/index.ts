// GraphML export, for networkx, igraph, Gephi, Gephi Lite, Cytoscape and yEd. Browser-safe.
export { graphToGraphml, graphmlChunks, GRAPHML_DESCRIPTION } from './write.ts';
