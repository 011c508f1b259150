// Clusters of statements that report the same claim.
export {
  clusterClaims,
  ClaimClusterer,
  bucketKey,
  ClusterBucket,
  isGeneric,
  similarityOf,
  DEFAULT_SIMILARITY,
  type ClusterOptions,
} from './clusterClaims.ts';
export { IntList, SignatureStore, type CodedSignature } from './signatures.ts';
export { PostingLists } from './postings.ts';
export { ClusterTally } from './tally.ts';
