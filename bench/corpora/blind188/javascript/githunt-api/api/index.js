import express from 'express';
import session from 'express-session';
import bodyParser from 'body-parser';
import { ApolloServer } from 'apollo-server-express';
import knex from './sql/connector';
import { typeDefs, resolvers } from './schema';
import { setUpGitHubLogin } from './githubLogin';
import { GitHubConnector } from './github/connector';
import { Repositories, Users } from './github/models';
import { Entries, Comments } from './sql/models';
import { embedRouter } from './embed';

const PORT = process.env.PORT || 3010;
const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: true,
  saveUninitialized: true,
  cookie: { httpOnly: true, sameSite: 'lax' },
}));
app.use(bodyParser.urlencoded({ extended: true }));
app.use(bodyParser.json());

setUpGitHubLogin(app);
app.use('/embed', embedRouter);

const server = new ApolloServer({
  typeDefs,
  resolvers,
  context: ({ req }) => {
    const gitHubConnector = new GitHubConnector({
      clientId: process.env.GITHUB_CLIENT_ID,
      clientSecret: process.env.GITHUB_CLIENT_SECRET,
    });
    return {
      user: req.user,
      Repositories: new Repositories({ connector: gitHubConnector }),
      Users: new Users({ connector: gitHubConnector }),
      Entries: new Entries(knex),
      Comments: new Comments(knex),
    };
  },
});

server.applyMiddleware({ app, path: '/graphql' });

app.listen(PORT, () => console.log(`API Server is now running on http://localhost:${PORT}`));
