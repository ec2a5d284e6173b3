import PromiseRouter from '../PromiseRouter';
import Parse from 'parse/node';
import logger from '../logger';

export class UsersRouter extends PromiseRouter {
  async handleResetRequest(req) {
    const { email } = req.body || {};
    if (!email) {
      throw new Parse.Error(Parse.Error.EMAIL_MISSING, 'you must provide an email');
    }
    // expect: log-injection
    logger.info(`Password reset requested for ${email} from installation ${req.info.installationId}`);
    const user = await req.config.database.adapter.findOne('_User', { email: String(email) });
    if (user) {
      await req.config.userController.sendPasswordResetEmail(user.email);
    }
    return { response: {} };
  }

  async handleVerificationEmailRequest(req) {
    const email = typeof req.body.email === 'string' ? req.body.email : '';
    const user = await req.config.database.adapter.findOne('_User', { email });
    if (!user) {
      throw new Parse.Error(Parse.Error.EMAIL_NOT_FOUND, 'No user found');
    }
    logger.info('Verification email requested', { userId: user._id });
    await req.config.userController.sendVerificationEmail(user);
    return { response: {} };
  }

  mountRoutes() {
    this.route('POST', '/requestPasswordReset', req => this.handleResetRequest(req));
    this.route('POST', '/verificationEmailRequest', req => this.handleVerificationEmailRequest(req));
  }
}

export default UsersRouter;
