const axios = require('axios');
const { ApolloServer, gql } = require('apollo-server');

const INVENTORY_API = process.env.INVENTORY_API || 'https://inventory.internal.example.com';

const typeDefs = gql`
  type Query {
    preview(url: String!): String
    avatar(source: String!): String
    feed(endpoint: String!): String
    webhookTest(target: String!): Int
    stock(sku: String!): Int
    weather(city: String!): String
  }
`;

const resolvers = {
  Query: {
    async preview(parent, args, context, info) {
      const url = args.url;
      async function fetchPreview(target) {
        // expect: ssrf
        const response = await axios.request({ url: target, method: 'GET', timeout: 5000 });
        return response.data.slice(0, 500);
      }
      return fetchPreview(url);
    },
    async avatar(parent, args, context, info) {
      const source = args.source;
      async function loadAvatar(requestConfig) {
        // expect: ssrf
        const response = await axios.request(requestConfig);
        return Buffer.from(response.data).toString('base64');
      }
      return loadAvatar({ url: source, responseType: 'arraybuffer' });
    },
    async feed(parent, args, context, info) {
      const endpoint = args.endpoint;
      async function readFeed(userAgent, feedUrl) {
        // expect: ssrf
        const response = await axios.request({ url: feedUrl, headers: { 'User-Agent': userAgent } });
        return response.data;
      }
      return readFeed('feed-reader/1.0', endpoint);
    },
    async webhookTest(parent, args, context, info) {
      const target = args.target;
      async function ping(hookUrl) {
        // expect: ssrf
        const response = await axios.request({ url: hookUrl, method: 'POST', data: { ping: true } });
        return response.status;
      }
      return ping(target);
    },
    async stock(parent, args, context, info) {
      const sku = encodeURIComponent(args.sku);
      async function lookup(path) {
        const response = await axios.request({ baseURL: INVENTORY_API, url: path });
        return response.data.available;
      }
      return lookup(`/stock/${sku}`);
    },
    async weather(parent, args, context, info) {
      const response = await axios.get('https://api.weather.example.com/v1/current', { params: { city: args.city } });
      return response.data.summary;
    },
  },
};

module.exports = new ApolloServer({ typeDefs, resolvers });
