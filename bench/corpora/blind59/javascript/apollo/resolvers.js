'use strict';

const axios = require('axios');

const WEATHER_API = 'https://api.weather.example.com/v1';
const SERVICES = { billing: 'http://billing.internal:8080', search: 'http://search.internal:9200' };
const http = axios.create({ timeout: 5000 });

const resolvers = {
  Query: {
    linkPreview(parent, args, context, info) {
      const link = args.url;
      async function fetchPreview(target) {
        // expect: ssrf
        const response = await axios.request({ url: target, method: 'get', maxContentLength: 1e6 });
        return { title: extractTitle(response.data), status: response.status };
      }
      return fetchPreview(link);
    },

    async avatar(_, { imageUrl }) {
      // expect: ssrf
      const { data } = await axios.get(imageUrl, { responseType: 'arraybuffer' });
      return Buffer.from(data).toString('base64');
    },

    feed: async (_parent, args) => {
      // expect: ssrf
      const res = await http.get(args.feedUrl);
      return res.data.items || [];
    },

    // Look-alike: the city only goes into a query parameter of a fixed host.
    async weather(_, args) {
      const { data } = await axios.get(`${WEATHER_API}/current`, { params: { q: args.city } });
      return data;
    },

    // Look-alike: the service is picked from our own table.
    async serviceHealth(_, { service }) {
      if (!Object.prototype.hasOwnProperty.call(SERVICES, service)) return null;
      const res = await axios.request({ url: `${SERVICES[service]}/health` });
      return res.status === 200;
    },
  },

  Mutation: {
    async testWebhook(_, args, { user }) {
      // expect: ssrf
      const res = await axios({ method: 'post', url: `${args.host}/hooks/test`, data: { by: user.id } });
      return res.status;
    },
  },
};

function extractTitle(html) {
  const m = /<title>([^<]*)<\/title>/i.exec(String(html));
  return m ? m[1] : null;
}

module.exports = resolvers;
