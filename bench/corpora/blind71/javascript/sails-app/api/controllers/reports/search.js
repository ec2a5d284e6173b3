module.exports = {

  friendlyName: 'Search reports',

  inputs: {
    customer: { type: 'string' },
    sortBy: { type: 'string' },
    filter: { type: 'string' },
  },

  exits: {
    success: { description: 'Rows were found.' },
  },

  fn: async function ({ customer, sortBy, filter }) {
    const organizationId = this.req.me.organization;
    if (filter) {
      return await sails.helpers.reports.runSavedFilter.with({ filter, organizationId });
    }
    return await sails.helpers.reports.runQuery.with({
      customer: customer || '',
      sortBy: sortBy || 'created_at',
      organizationId,
    });
  },

};
