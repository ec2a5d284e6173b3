const { ApolloServer, gql } = require('apollo-server');
const axios = require('axios');

const typeDefs = gql`
  type Query {
    preview(url: String!): String
    avatar(host: String!, user: String!): String
    weather(city: String!): String
    feed(source: String!): String
  }
`;

const resolvers = {
  Query: {
    preview(parent, args, context, info) {
      const target = args.url;
      async function fetchPreview(link) {
        // expect: ssrf
        const response = await axios.request({ url: link, timeout: 3000 });
        return response.data.slice(0, 500);
      }
      return fetchPreview(target);
    },
    avatar(parent, args, context, info) {
      const origin = `https://${args.host}`;
      async function loadAvatar(base, name) {
        // expect: ssrf
        const response = await axios.request({ baseURL: base, url: `/avatars/${name}.png`, responseType: 'arraybuffer' });
        return Buffer.from(response.data).toString('base64');
      }
      return loadAvatar(origin, args.user);
    },
    async feed(parent, args, context) {
      const source = args.source;
      // expect: ssrf
      const { data } = await axios.get(source, { headers: { 'X-Internal': context.token } });
      return data;
    },
    weather(parent, args, context, info) {
      const city = encodeURIComponent(args.city);
      async function forecast(q) {
        const response = await axios.request({ url: 'https://api.weather.example.com/v1/forecast', params: { q } });
        return response.data.summary;
      }
      return forecast(city);
    },
  },
};

const FEEDS = { news: 'https://news.example.com/rss', blog: 'https://blog.example.com/rss' };
async function knownFeed(name) {
  const url = FEEDS[name];
  if (!url) throw new Error('unknown feed');
  const response = await axios.request({ url });
  return response.data;
}

async function proxyFetch(context, args) {
  const u = args.url;
  // expect: ssrf
  const response = await axios.request({ url: u, headers: context.forwardHeaders });
  return response.data;
}

module.exports = { server: new ApolloServer({ typeDefs, resolvers }), knownFeed, proxyFetch };
