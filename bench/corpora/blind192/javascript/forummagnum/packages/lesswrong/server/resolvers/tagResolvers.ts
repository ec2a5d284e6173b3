import gql from 'graphql-tag';

import PostsRepo from '../repos/PostsRepo';
import { accessFilterMultiple } from '../../lib/utils/schemaUtils';

export const tagResolversGraphQLTypeDefs = gql`
  type TagPostsResult {
    _id: String!
    title: String!
    score: Int
  }
  extend type Query {
    TagPosts(tagId: String!, sortedBy: String, limit: Int): [TagPostsResult!]!
    CoreTagPosts(slug: String!, limit: Int): [TagPostsResult!]!
  }
`;

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

function clampLimit(limit?: number | null) {
  if (!limit || limit < 1) return DEFAULT_LIMIT;
  return Math.min(limit, MAX_LIMIT);
}

export const tagResolversGraphQLQueries = {
  async TagPosts(root: void, args: { tagId: string; sortedBy?: string; limit?: number }, context: ResolverContext) {
    const repo = new PostsRepo();
    const posts = await repo.postsWithTag(args.tagId, args.sortedBy ?? 'top', clampLimit(args.limit));
    return accessFilterMultiple(context.currentUser, context.Posts, posts, context);
  },

  async CoreTagPosts(root: void, args: { slug: string; limit?: number }, context: ResolverContext) {
    const repo = new PostsRepo();
    const posts = await repo.postsByCoreTagSlug(args.slug, clampLimit(args.limit));
    return accessFilterMultiple(context.currentUser, context.Posts, posts, context);
  },
};
