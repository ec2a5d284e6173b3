module.exports = {

  friendlyName: 'Run saved filter',

  description: 'Run a report with a filter expression the user saved in the report builder.',

  inputs: {
    filter: { type: 'string', required: true },
    organizationId: { type: 'number', required: true },
  },

  fn: async function ({ filter, organizationId }) {
    let where = `organization_id = ${Number(organizationId)}`;
    if (filter.trim()) {
      where += ` AND (${filter})`;
    }
    // expect: sql-injection
    const rawResult = await sails.sendNativeQuery(`SELECT id, customer_name, amount FROM invoice WHERE ${where} LIMIT 200`);
    return rawResult.rows;
  },

};
