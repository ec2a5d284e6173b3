'use strict';

const productService = require('../services/productService');
const { getParam, getInt } = require('../utils/request');

async function list(req, res, next) {
  try {
    let category = getParam(req, 'category', '');
    if (!category) category = '';
    const limit = getInt(req, 'limit', 20);
    const products = await productService.browse({ category, limit });
    res.json(products);
  } catch (err) {
    next(err);
  }
}

async function byBrand(req, res, next) {
  try {
    const { brand } = req.params;
    const products = await productService.browse({ brand, limit: getInt(req, 'limit', 20) });
    res.json(products);
  } catch (err) {
    next(err);
  }
}

async function sorted(req, res, next) {
  try {
    res.json(await productService.sorted(req.query.sort));
  } catch (err) {
    next(err);
  }
}

async function ordered(req, res, next) {
  try {
    const options = { ...req.query };
    res.json(await productService.ordered(options));
  } catch (err) {
    next(err);
  }
}

async function stats(req, res, next) {
  try {
    res.json(await productService.stats(req.tenant));
  } catch (err) {
    next(err);
  }
}

async function batch(req, res, next) {
  try {
    const ids = Array.isArray(req.body.ids) ? req.body.ids : [];
    res.json(await productService.byIds(ids));
  } catch (err) {
    next(err);
  }
}

module.exports = { list, byBrand, sorted, ordered, stats, batch };
