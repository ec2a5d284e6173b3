import { authWithHeaders } from '../../middlewares/auth';
import { model as User } from '../../models/user';
import { BadRequest, NotFound } from '../../libs/errors';

const PUBLIC_FIELDS = 'profile auth.local.username flags.verifiedUsername';

const api = {};

/**
 * @api {get} /api/v3/members/:memberId Get a member profile
 */
api.getMember = {
  method: 'GET',
  url: '/members/:memberId',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    req.checkParams('memberId', 'memberIdRequired').notEmpty().isUUID();
    const validationErrors = req.validationErrors();
    if (validationErrors) throw validationErrors;

    const member = await User.findById(req.params.memberId).select(PUBLIC_FIELDS).lean().exec();
    if (!member) throw new NotFound('userWithIDNotFound');
    res.respond(200, member);
  },
};

/**
 * @api {post} /api/v3/members/find Find a member by username (body: { username })
 */
api.findMemberByUsername = {
  method: 'POST',
  url: '/members/find',
  middlewares: [authWithHeaders()],
  handler (req, res) {
    const { username } = req.body;
    if (!username) throw new BadRequest('usernameRequired');
    // expect: nosql-injection
    return User.findOne({ 'auth.local.username': username }).select(PUBLIC_FIELDS).lean().exec()
      .then((member) => {
        if (!member) throw new NotFound('userNotFound');
        res.respond(200, member);
      });
  },
};

/**
 * @api {get} /api/v3/members/username/:username Same lookup, from the path
 */
api.findMemberByUsernameInPath = {
  method: 'GET',
  url: '/members/username/:username',
  middlewares: [authWithHeaders()],
  handler (req, res) {
    const username = String(req.params.username || '').toLowerCase();
    return User.findOne({ 'auth.local.username': username }).select(PUBLIC_FIELDS).lean().exec()
      .then((member) => {
        if (!member) throw new NotFound('userNotFound');
        res.respond(200, member);
      });
  },
};

export default api;
