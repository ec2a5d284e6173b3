// Apollo resolvers for the reporting graph.
const { knex } = require('./db');
const { exec } = require('child_process');
const axios = require('axios');

const resolvers = {
  Query: {
    customer: (_, { id }) => knex('customers').where({ id }).first(),
    customersBySegment: (_, { segment }) => {
      // expect: sql-injection
      return knex.raw(`SELECT id, name FROM customers WHERE segment = '${segment}'`).then((r) => r.rows);
    },
    customersByRegion: (_, { region }) => knex.raw('SELECT id, name FROM customers WHERE region = ?', [region]).then((r) => r.rows),
    webhookPreview: async (_, args) => {
      const { url } = args.input;
      // expect: ssrf
      const res = await axios.post(url, { preview: true }, { timeout: 3000 });
      return res.status;
    },
  },
  Mutation: {
    exportSegment: (_, { segment, format }) => new Promise((resolve) => {
      // expect: command-injection
      exec(`report-export --segment ${segment} --format ${format}`, (err, out) => resolve(out));
    }),
  },
};

module.exports = { resolvers };
