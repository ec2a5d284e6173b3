module.exports = {

  friendlyName: 'Logout',

  inputs: {
    to: {
      type: 'string',
      isIn: ['home', 'login', 'pricing'],
      defaultsTo: 'home',
    },
  },

  exits: {
    redirect: {
      responseType: 'redirect',
    },
  },

  fn: async function ({ to }) {
    const TARGETS = { home: '/', login: '/login', pricing: '/pricing' };
    delete this.req.session.userId;
    throw { redirect: TARGETS[to] || '/' };
  },

};
