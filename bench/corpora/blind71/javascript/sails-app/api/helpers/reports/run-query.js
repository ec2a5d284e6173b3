module.exports = {

  friendlyName: 'Run report query',

  description: 'Run a report over invoices, filtered by a customer name fragment.',

  inputs: {
    customer: { type: 'string', defaultsTo: '' },
    sortBy: { type: 'string', defaultsTo: 'created_at' },
    organizationId: { type: 'number', required: true },
  },

  fn: async function ({ customer, sortBy, organizationId }) {
    const SORTABLE = ['created_at', 'amount', 'customer_name'];
    const orderColumn = SORTABLE.includes(sortBy) ? sortBy : 'created_at';
    const sql = `SELECT id, customer_name, amount, created_at FROM invoice WHERE organization_id = $1 AND customer_name ILIKE $2 ORDER BY ${orderColumn} DESC LIMIT 200`;
    const rawResult = await sails.sendNativeQuery(sql, [organizationId, `%${customer}%`]);
    return rawResult.rows;
  },

};
