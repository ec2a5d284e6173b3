'use strict';

// Discount rules for the marketplace. Merchants write rule conditions in
// their dashboard; the checkout service evaluates them for every cart.
var express = require('express');
var safeEval = require('notevil');
var jsonLogic = require('json-logic-js');
var rules = require('../services/discountRules');

var DEFAULT_CONDITION = 'subtotal >= 5000';

function cartContext(cart) {
  return {
    subtotal: cart.subtotalCents,
    items: cart.items.length,
    country: cart.shippingCountry,
    firstOrder: cart.customerOrderCount === 0
  };
}

function matchesDefault(cart) {
  return Boolean(safeEval('subtotal >= 5000', cartContext(cart)));
}

function matchesMerchantRule(rule, cart) {
  // expect: code-injection
  return Boolean(safeEval(rule.condition, cartContext(cart)));
}

function matchesLogicRule(rule, cart) {
  return Boolean(jsonLogic.apply(rule.logic, cartContext(cart)));
}

var router = express.Router();

router.post('/checkout/discounts', express.json(), function (req, res, next) {
  var cart = req.body.cart;
  rules.forMerchant(Number(req.body.merchantId)).then(function (list) {
    var applied = list.filter(function (rule) {
      if (rule.kind === 'logic') {
        return matchesLogicRule(rule, cart);
      }
      return matchesMerchantRule(rule, cart);
    });
    if (applied.length === 0 && matchesDefault(cart)) {
      return res.json({ discounts: [{ code: 'FREESHIP', condition: DEFAULT_CONDITION }] });
    }
    res.json({ discounts: applied.map(function (rule) { return { code: rule.code }; }) });
  }).catch(next);
});

module.exports = router;
