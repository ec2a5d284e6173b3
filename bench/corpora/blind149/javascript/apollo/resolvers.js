const axios = require('axios');
const { UserInputError } = require('apollo-server');

const CATALOG_BASE = 'https://catalog.internal.example.com';

const resolvers = {
  Query: {
    preview(parent, args, context, info) {
      const target = args.url;
      async function fetchPreview(link) {
        // expect: ssrf
        const response = await axios.request(link);
        return { status: response.status, title: response.data.slice(0, 200) };
      }
      return fetchPreview(target);
    },

    webhookTest(parent, args, context, info) {
      const endpoint = args.endpoint;
      async function ping(headers, url) {
        // expect: ssrf
        const response = await axios.request({ url: url, method: 'POST', headers: headers });
        return response.status;
      }
      return ping({ 'X-Signature': context.signer.sign('ping') }, endpoint);
    },

    avatar(parent, args, context, info) {
      const source = args.source;
      async function load(src) {
        // expect: ssrf
        const response = await axios.request({ url: src, responseType: 'arraybuffer' });
        return Buffer.from(response.data).toString('base64');
      }
      return load(source);
    },

    // Look-alikes: a fixed host, an encoded id in the path, a checked scheme and host.
    async product(parent, args) {
      const response = await axios.request({ baseURL: CATALOG_BASE, url: '/products/' + encodeURIComponent(args.id) });
      return response.data;
    },

    async docsPage(parent, args) {
      const url = new URL(args.path, 'https://docs.example.com');
      if (url.hostname !== 'docs.example.com') throw new UserInputError('bad path');
      const response = await axios.get(url.toString());
      return response.data;
    },
  },
};

module.exports = { resolvers };
