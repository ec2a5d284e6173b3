'use strict';

const axios = require('axios');
const { getUser } = require('../db/users');

const RATES_API = 'https://rates.example-fx.com/v2/latest';
const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'JPY']);
const AVATAR_CDN = 'https://cdn.example.org/avatars/';
const FEEDS = {
  releases: 'https://blog.example.org/releases.xml',
  status: 'https://status.example.org/history.rss',
};

const resolvers = {
  Query: {
    linkPreview(parent, args, context, info) {
      const target = args.url;
      async function fetchPreview(pageUrl) {
        // any host, including the metadata service and admin ports inside the VPC
        // expect: ssrf
        const response = await axios.request(pageUrl, { timeout: 4000, maxRedirects: 3 });
        const match = /<title>([^<]{0,200})<\/title>/i.exec(response.data || '');
        return { url: pageUrl, title: match ? match[1] : null };
      }
      return fetchPreview(target);
    },

    rates(parent, args) {
      const base = CURRENCIES.has(args.base) ? args.base : 'USD';
      async function fetchRates(currency) {
        const response = await axios.request({ url: RATES_API, params: { base: currency }, timeout: 3000 });
        return response.data.rates;
      }
      return fetchRates(base);
    },

    async me(parent, args, context) {
      if (!context.user) return null;
      return getUser(context.user.id);
    },
  },

  User: {
    avatarUrl(user) {
      return AVATAR_CDN + encodeURIComponent(String(user.id)) + '.png';
    },
  },

  Mutation: {
    async importFeed(parent, args, context) {
      if (!context.user) throw new Error('unauthenticated');
      const feed = FEEDS[args.feed];
      if (!feed) throw new Error('unknown feed');
      const response = await axios.get(feed, { timeout: 5000 });
      return { ok: response.status === 200, bytes: String(response.data).length };
    },
  },
};

module.exports = { resolvers };
