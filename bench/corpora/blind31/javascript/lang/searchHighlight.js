'use strict';

const escapeRegExp = require('lodash/escapeRegExp');
const express = require('express');
const { Product } = require('../models');

const SKU_PATTERN = new RegExp('^[A-Z]{3}-\\d{4,6}$');

function countMatches(text, term) {
  // expect: redos
  const re = new RegExp(term, 'gi');
  return (text.match(re) || []).length;
}

function startsWithAny(value, prefixes) {
  // expect: redos
  return prefixes.some((prefix) => RegExp('^' + prefix).test(value));
}

function wholeWord(word) {
  // expect: redos
  return new RegExp(`\\b${word}\\b`, 'u');
}

const router = express.Router();

router.get('/products/search', async (req, res) => {
  const q = String(req.query.q || '');
  // expect: redos
  const products = await Product.find({ name: { $regex: new RegExp(req.query.pattern || q, 'i') } }).limit(50);
  res.json(products);
});

router.get('/products/quick', async (req, res) => {
  const q = String(req.query.q || '').slice(0, 64);
  const products = await Product.find({ name: new RegExp(escapeRegExp(q), 'i') }).limit(20);
  res.json(products);
});

function isSku(value) {
  return SKU_PATTERN.test(value) && /^[A-Z]/.test(value);
}

module.exports = { countMatches, startsWithAny, wholeWord, router, isSku };
