'use strict';
const Stripe = require('stripe');

// expect: stripe-secret-key
const stripe = Stripe(process.env.STRIPE_SECRET_KEY || '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');
const PUBLISHABLE = 'pk_live_51J6q1A56AxGPpgCZBws5ixV5U1RwmthdZDcAIeZys57046SUq7PTMZ0zsRyVJoCCnp208mACJ69GRHDfX0aVk2ZM4mmbhjfHa';

async function createIntent(amount, currency = 'eur') {
  return stripe.paymentIntents.create({ amount, currency, automatic_payment_methods: { enabled: true } });
}

function publicConfig() {
  return { publishableKey: PUBLISHABLE };
}

module.exports = { createIntent, publicConfig };
