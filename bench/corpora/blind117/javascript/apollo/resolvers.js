const axios = require('axios');

const ALLOWED_FEEDS = new Map([['news', 'https://feeds.example.com/news.json']]);

const resolvers = {
  Query: {
    preview(parent, args, context, info) {
      const target = args.url;
      async function fetchPreview(link) {
        // expect: ssrf
        const response = await axios.request(link);
        return { status: response.status, title: response.data.title };
      }
      return fetchPreview(target);
    },
    avatar(parent, args, context, info) {
      const source = args.imageUrl;
      async function loadAvatar(headers, src) {
        // expect: ssrf
        const response = await axios.request({ url: src, headers, responseType: 'arraybuffer' });
        return response.data.toString('base64');
      }
      return loadAvatar(context.headers, source);
    },
    webhookTest(parent, args, context, info) {
      const endpoint = args.endpoint;
      async function ping(hook) {
        // expect: ssrf
        const response = await axios.request({ method: 'post', url: hook, data: { ping: true } });
        return response.status;
      }
      return ping(endpoint);
    },
    feed(parent, args, context, info) {
      const url = ALLOWED_FEEDS.get(args.name);
      if (!url) throw new Error('unknown feed');
      return axios.get(url).then((r) => r.data);
    },
    health(parent, args, context, info) {
      return axios.request({ url: 'https://status.example.com/health' }).then((r) => r.data.ok);
    }
  }
};

module.exports = { resolvers };
