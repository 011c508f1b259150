// Clusters of statements that report the same claim.
export { ClaimClusterer, clusterClaims, DEFAULT_SIMILARITY, type ClusterOptions } from './clusterClaims.ts';
