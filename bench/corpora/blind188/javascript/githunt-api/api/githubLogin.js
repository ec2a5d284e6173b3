import passport from 'passport';
import { Strategy as GitHubStrategy } from 'passport-github';
import knex from './sql/connector';

/** GitHub OAuth sign-in; the user record keeps the GitHub login only. */
export function setUpGitHubLogin(app) {
  if (!process.env.GITHUB_CLIENT_ID) {
    console.warn('GitHub client ID not passed; login won\'t work.');
    return;
  }

  passport.use(new GitHubStrategy(
    {
      clientID: process.env.GITHUB_CLIENT_ID,
      clientSecret: process.env.GITHUB_CLIENT_SECRET,
      callbackURL: `${process.env.PUBLIC_URL || ''}/login/github/callback`,
    },
    async (accessToken, refreshToken, profile, cb) => {
      await knex('users').insert({ login: profile.username }).onConflict('login').ignore();
      cb(null, profile);
    },
  ));

  passport.serializeUser((user, cb) => cb(null, user.username));
  passport.deserializeUser((login, cb) => cb(null, { login }));

  app.use(passport.initialize());
  app.use(passport.session());

  app.get('/login/github', (req, res, next) => {
    if (typeof req.query.returnTo === 'string') {
      req.session.returnTo = req.query.returnTo;
    }
    passport.authenticate('github')(req, res, next);
  });

  app.get('/login/github/callback', passport.authenticate('github', { failureRedirect: '/' }), (req, res) => {
    const returnTo = req.session.returnTo || '/';
    delete req.session.returnTo;
    // expect: open-redirect
    res.redirect(returnTo);
  });

  app.get('/logout', (req, res) => {
    req.logout(() => res.redirect('/'));
  });
}
