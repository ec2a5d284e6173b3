'use strict';

// Pricing-rule preview for the merchant console (API Gateway -> Lambda).
// Merchants write a discount rule and preview it against a sample basket.

const RULE_HELPERS = {
  percent: (total, p) => total * (1 - p / 100),
  minus: (total, amount) => Math.max(total - amount, 0),
};

function basketTotal(basket) {
  return (basket.items || []).reduce((sum, item) => sum + Number(item.price) * Number(item.qty || 1), 0);
}

function applyPreset(preset, total) {
  const helper = RULE_HELPERS[preset.kind];
  return helper ? helper(total, Number(preset.value) || 0) : total;
}

const roundCents = new Function('x', 'return Math.round(x * 100) / 100;');

exports.handler = async function (event) {
  const body = JSON.parse(event.body || '{}');
  const total = basketTotal(body.basket || {});

  if (body.preset) {
    return { statusCode: 200, body: JSON.stringify({ total: roundCents(applyPreset(body.preset, total)) }) };
  }

  if (body.rule) {
    // the "advanced" tab: the merchant's rule is a JavaScript expression over `total`
    // expect: code-injection
    const discounted = eval('(function (total) { return ' + body.rule + '; })')(total);
    return { statusCode: 200, body: JSON.stringify({ total: roundCents(discounted) }) };
  }

  return { statusCode: 200, body: JSON.stringify({ total: roundCents(total) }) };
};
