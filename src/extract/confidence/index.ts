// How likely an extracted statement is right, from the rules that produced it.
export { confidenceOf, ruleReliability, speakerReliability } from './confidence.ts';
export {
  ATTRIBUTION_RELIABILITY,
  EXTENSION_RELIABILITY,
  SPEAKER_RELIABILITY,
  STANCE_RELIABILITY,
  UNLISTED_RELIABILITY,
} from './reliability.ts';
