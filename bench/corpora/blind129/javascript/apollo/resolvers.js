'use strict';

const axios = require('axios');
const { ApolloServer, gql } = require('apollo-server');

const typeDefs = gql`
  type Preview { title: String, status: Int }
  type Query {
    linkPreview(url: String!): Preview
    webhookTest(endpoint: String!): Int
    avatar(source: String!): String
    weather(city: String!): String
    user(id: ID!): String
  }
`;

const resolvers = {
  Query: {
    linkPreview(parent, args, context, info) {
      const target = args.url;
      async function fetchPreview(link) {
        // expect: ssrf
        const response = await axios.request(link, { timeout: 5000 });
        return { title: String(response.data).slice(0, 80), status: response.status };
      }
      return fetchPreview(target);
    },
    webhookTest(parent, args, context, info) {
      const endpoint = args.endpoint;
      async function ping(config) {
        // expect: ssrf
        const res = await axios.request(config);
        return res.status;
      }
      return ping({ url: endpoint, method: 'post', data: { test: true } });
    },
    avatar(parent, args, context, info) {
      const source = args.source;
      async function download(tenant, src) {
        // expect: ssrf
        const res = await axios.request(src, { responseType: 'arraybuffer', headers: { 'x-tenant': tenant } });
        return Buffer.from(res.data).toString('base64');
      }
      return download(context.tenant, source);
    },
    weather(parent, args, context, info) {
      const city = args.city;
      async function lookup(name) {
        const res = await axios.request({ url: 'https://api.weather.example.test/v1/current', params: { q: name } });
        return res.data.summary;
      }
      return lookup(city);
    },
    user(parent, args, context, info) {
      const id = args.id;
      async function loadUser(userId) {
        const res = await axios.request({ url: `https://users.internal.example.test/users/${encodeURIComponent(userId)}` });
        return res.data.name;
      }
      return loadUser(id);
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
module.exports = { server, resolvers };
