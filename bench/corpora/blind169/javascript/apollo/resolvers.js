'use strict';

// GraphQL resolvers for the content studio. The API server runs in the
// private network next to the asset store and the metadata endpoint.
const axios = require('axios');
const cheerio = require('cheerio');

const WEATHER_API = process.env.WEATHER_API || 'https://api.weather.example';

function parsePreview(html) {
  const $ = cheerio.load(html);
  return {
    title: $('meta[property="og:title"]').attr('content') || $('title').text(),
    description: $('meta[name="description"]').attr('content') || '',
    image: $('meta[property="og:image"]').attr('content') || null,
  };
}

const resolvers = {
  Query: {
    linkPreview(parent, args, context, info) {
      const target = args.url;
      async function fetchPage(pageUrl) {
        // expect: ssrf
        const response = await axios.request({ url: pageUrl, method: 'GET', timeout: 5000, maxRedirects: 3 });
        return parsePreview(response.data);
      }
      return fetchPage(target);
    },

    forecast(parent, args, context, info) {
      const city = args.city;
      async function fetchForecast(name) {
        const response = await axios.request({
          baseURL: WEATHER_API,
          url: '/v1/forecast',
          params: { city: name, days: 3 },
          timeout: 5000,
        });
        return response.data.days;
      }
      return fetchForecast(city);
    },

    asset(parent, args, context) {
      return context.dataSources.assets.getAsset(Number(args.id));
    },
  },

  Mutation: {
    async createPost(parent, args, context) {
      if (!context.user) {
        throw new Error('Not signed in');
      }
      return context.dataSources.posts.create({
        title: args.input.title,
        body: args.input.body,
        authorId: context.user.id,
      });
    },
  },
};

module.exports = resolvers;
