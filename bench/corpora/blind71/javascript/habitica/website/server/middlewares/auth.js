import { model as User } from '../models/user';
import { NotAuthorized } from '../libs/errors';

const USER_FIELDS_ALWAYS_LOADED = ['_id', 'auth', 'preferences', 'flags', 'webhooks'];

// Loads the user from the x-api-user / x-api-key headers and stores it on res.locals.
export function authWithHeaders(options = {}) {
  return async function authWithHeadersHandler(req, res, next) {
    const userId = req.header('x-api-user');
    const apiToken = req.header('x-api-key');
    const client = req.header('x-client');

    if (!userId || !apiToken) {
      return next(new NotAuthorized('missingAuthHeaders'));
    }

    const fields = options.userFieldsToExclude ? USER_FIELDS_ALWAYS_LOADED : undefined;
    const user = await User.findOne({ _id: String(userId), apiToken: String(apiToken) }).select(fields).exec();
    if (!user) {
      return next(new NotAuthorized('invalidCredentials'));
    }

    res.locals.user = user;
    res.locals.client = client || 'unknown';
    // the language the client asked for, kept for the error handler and the mailer
    res.locals.language = req.query.lang || req.header('accept-language') || 'en';
    req.session.userId = user._id;
    return next();
  };
}
