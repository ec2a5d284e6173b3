module.exports = {

  friendlyName: 'After login',

  description: 'Send the user back to where they were before being asked to log in.',

  inputs: {
    next: {
      type: 'string',
      description: 'A relative URL to go to instead of the remembered one.',
    },
  },

  exits: {
    redirect: {
      responseType: 'redirect',
    },
  },

  fn: async function ({ next }) {
    if (next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\')) {
      throw { redirect: next };
    }
    const remembered = this.req.session.returnTo;
    delete this.req.session.returnTo;
    // expect: open-redirect
    return this.res.redirect(remembered || '/');
  },

};
