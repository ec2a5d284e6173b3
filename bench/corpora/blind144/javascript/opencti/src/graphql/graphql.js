import { ApolloServer } from '@apollo/server';
import { createSchema } from './schema';
import { authenticateUserFromRequest } from '../domain/user';

export const createApolloServer = () => {
  const apolloServer = new ApolloServer({ schema: createSchema(), introspection: false });
  const buildContext = async ({ req }) => {
    const user = await authenticateUserFromRequest(req);
    return { req, user, source: req.headers['x-opencti-applicant-id'] ?? 'ui' };
  };
  return { apolloServer, buildContext };
};
