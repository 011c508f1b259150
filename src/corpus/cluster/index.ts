// Clusters of statements that report the same claim.
export { clusterClaims, DEFAULT_SIMILARITY, type ClusterOptions } from './clusterClaims.ts';
