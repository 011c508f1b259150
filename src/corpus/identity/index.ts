// Cross-document identity of actors.
export {
  ActorResolver,
  resolveActors,
  resolveGroups,
  groupMentions,
  type ActorGroup,
  MERGE_REASONS,
  type ActorMention,
  type ActorMerge,
  type MergeReason,
  type ResolvedActors,
} from './resolveActors.ts';
