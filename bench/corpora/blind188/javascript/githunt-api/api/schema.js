import { gql } from 'apollo-server-express';

const FEED_SORT = { NEW: 'created_at', TOP: 'score', HOT: 'hot_score' };

export const typeDefs = gql`
  enum FeedType { HOT NEW TOP }
  enum VoteType { UP DOWN CANCEL }
  type Comment { id: Int! postedBy: String! createdAt: Float! content: String! repoName: String! }
  type Entry { id: Int! repoName: String! postedBy: String! createdAt: Float! score: Int! comments(limit: Int, offset: Int): [Comment]! }
  type Query {
    feed(type: FeedType!, offset: Int, limit: Int): [Entry]
    search(term: String!, limit: Int): [Entry]
    entry(repoFullName: String!): Entry
  }
  type Mutation {
    submitRepository(repoFullName: String!): Entry
    vote(repoFullName: String!, type: VoteType!): Entry
    submitComment(repoFullName: String!, commentContent: String!): Comment
  }
`;

function clampLimit(limit) {
  return Math.min(Math.max(limit || 10, 1), 50);
}

export const resolvers = {
  Query: {
    feed(root, { type, offset, limit }, context) {
      return context.Entries.getForFeed(FEED_SORT[type], Math.max(offset || 0, 0), clampLimit(limit));
    },
    search(root, { term, limit }, context) {
      return context.Entries.searchByName(term.trim(), clampLimit(limit));
    },
    entry(root, { repoFullName }, context) {
      return context.Entries.getByRepoFullName(repoFullName);
    },
  },
  Mutation: {
    async submitRepository(root, { repoFullName }, context) {
      if (!context.user) throw new Error('Must be logged in to submit a repository.');
      const repo = await context.Repositories.getByFullName(repoFullName);
      if (!repo) throw new Error(`Couldn't find repository named "${repoFullName}"`);
      await context.Entries.submitRepository(repo.full_name, context.user.login);
      return context.Entries.getByRepoFullName(repo.full_name);
    },
    async vote(root, { repoFullName, type }, context) {
      if (!context.user) throw new Error('Must be logged in to vote.');
      const value = { UP: 1, DOWN: -1, CANCEL: 0 }[type];
      await context.Entries.voteForEntry(repoFullName, value, context.user.login);
      return context.Entries.getByRepoFullName(repoFullName);
    },
    async submitComment(root, { repoFullName, commentContent }, context) {
      if (!context.user) throw new Error('Must be logged in to comment.');
      const content = commentContent.slice(0, 2000);
      const [id] = await context.Comments.submitComment(repoFullName, context.user.login, content);
      return context.Comments.getCommentById(id);
    },
  },
  Entry: {
    comments({ repoName }, { limit, offset }, context) {
      return context.Comments.getCommentsByRepoName(repoName, clampLimit(limit), Math.max(offset || 0, 0));
    },
  },
};
