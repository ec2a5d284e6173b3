const Stripe = require('stripe');
const mongoose = require('mongoose');
const { WebClient } = require('@slack/web-api');

// expect: secret
const stripe = Stripe('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');
// expect: secret
mongoose.connect('mongodb+srv://admin:ZUvmCn9vYe6yxi9W@cluster0.rlhzr.mongodb.net/prod?retryWrites=true');
// expect: secret
const slack = new WebClient('xoxb-983623904615-2954105493933-JzQcABQL8sdJmSooCO27iyUI');
// expect: secret
const SHOPIFY_TOKEN = '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';
const openaiKey = process.env.OPENAI_API_KEY;
const port = process.env.PORT || 3000;

module.exports = {
  jwt: {
    // expect: secret
    secret: 'G/cwj9LlJLmQu7WJHwTXgceAWcAV2cto1bP8qYTvbQx+3Y3h',
    expiresIn: '1h',
    algorithm: 'HS256',
  },
  mapbox: {
    // expect: secret
    secretToken: 'sk.eyJ1IjoiYWNtZSIsImEiOiJp60OzQxwWlKKSqBfdWZEIn0.sVVUoCC3ZG27hp4GIDFRVi',
  },
  session: { name: 'sid', secret: process.env.SESSION_SECRET },
};
