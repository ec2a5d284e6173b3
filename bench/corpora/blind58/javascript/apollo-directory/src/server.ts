import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildContext } from './context';
import { resolvers } from './resolvers';

const typeDefs = `#graphql
  type Person { uid: String! cn: String mail: String }
  type Query {
    people(name: String): [Person!]!
    personByMail(mail: String!): [Person!]!
    groupMembers(group: String!): [Person!]!
    me: Person
    titles(author: String, category: String): [String!]!
    price(sku: String!): String
  }
`;

const server = new ApolloServer({ typeDefs, resolvers });

const { url } = await startStandaloneServer(server, {
  context: buildContext,
  listen: { port: Number(process.env.PORT ?? 4000) },
});
console.log(`directory graph ready at ${url}`);
