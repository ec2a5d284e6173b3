import { makeExecutableSchema } from '@graphql-tools/schema';
import ingestionRssResolvers from '../modules/ingestion/ingestion-rss-resolvers';
import notifierResolvers from '../modules/notifier/notifier-resolvers';
import userResolvers from '../resolvers/user';

const typeDefs = `
  type Query { me: String }
  type Mutation {
    ingestionRssTest(uri: String!, strict: Boolean): String
    notifierTest(template: String!, useDefault: Boolean): String
    login(email: String!, password: String!): String
  }
`;

export const createSchema = () => makeExecutableSchema({
  typeDefs,
  resolvers: [ingestionRssResolvers, notifierResolvers, userResolvers],
});
