module.exports = {
  inputs: {
    returnTo: { type: 'string' },
  },

  async fn(inputs) {
    const { currentUser } = this.req;
    await Session.updateOne({ accessToken: this.req.accessToken }).set({ deletedAt: new Date() });

    sails.log.info('User %s logged out', JSON.stringify(currentUser.username));

    const target = inputs.returnTo && inputs.returnTo.startsWith('/') && !inputs.returnTo.startsWith('//') ? inputs.returnTo : '/login';
    return this.res.redirect(target);
  },
};
