// Clusters of statements that report the same claim.
export {
  clusterClaims,
  bucketKey,
  ClusterBucket,
  isGeneric,
  similarityOf,
  DEFAULT_SIMILARITY,
  type ClusterOptions,
} from './clusterClaims.ts';
