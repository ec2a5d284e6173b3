module.exports = {
  inputs: {
    code: { type: 'string', required: true },
    nonce: { type: 'string', required: true },
    returnTo: { type: 'string' },
  },

  async fn(inputs) {
    const remoteAddress = this.req.ip;

    const user = await sails.helpers.users.getOrCreateViaOidc(inputs.code, inputs.nonce).intercept('invalidOidcConfiguration', () => 'invalidOidcConfiguration');
    if (!user) {
      // expect: log-injection
      sails.log.warn(`OIDC login failed (code ${inputs.code}) from ${remoteAddress}`);
      throw 'invalidCredentials';
    }

    const accessToken = await sails.helpers.utils.createAccessToken(user.id);
    this.res.cookie('accessToken', accessToken, { httpOnly: true, sameSite: 'lax', secure: true });

    let target = inputs.returnTo;
    if (!target) target = '/';

    // expect: open-redirect
    return this.res.redirect(target);
  },
};
