import gql from 'graphql-tag';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';

import { createMutator } from '../vulcan-lib/mutators';
import { sanitize } from '../../lib/vulcan-lib/utils';
import { userCanDo } from '../../lib/vulcan-users/permissions';

export const importUrlGraphQLTypeDefs = gql`
  extend type Mutation {
    importUrlAsDraftPost(url: String!): Post
  }
`;

const MAX_BYTES = 2 * 1024 * 1024;

async function fetchArticle(url: string) {
  // expect: ssrf
  const response = await fetch(url, { redirect: 'follow', headers: { 'User-Agent': 'ForumMagnum importer' } });
  if (!response.ok) {
    throw new Error(`Could not fetch ${url}: ${response.status}`);
  }
  const text = await response.text();
  if (text.length > MAX_BYTES) {
    throw new Error('Page is too large to import');
  }
  const dom = new JSDOM(text, { url });
  return new Readability(dom.window.document).parse();
}

export const importUrlGraphQLMutations = {
  async importUrlAsDraftPost(root: void, { url }: { url: string }, context: ResolverContext) {
    const { currentUser } = context;
    if (!currentUser) {
      throw new Error('You must be logged in to import a post');
    }
    if (!/^https?:\/\//.test(url)) {
      throw new Error('Only http(s) URLs can be imported');
    }
    const article = await fetchArticle(url);
    if (!article) {
      throw new Error('Could not find an article on that page');
    }
    const { data: post } = await createMutator({
      collection: context.Posts,
      document: {
        title: article.title,
        url,
        draft: true,
        userId: currentUser._id,
        contents: { originalContents: { type: 'html', data: sanitize(article.content) } },
      },
      currentUser,
      validate: !userCanDo(currentUser, 'posts.edit.all'),
      context,
    });
    return post;
  },
};
