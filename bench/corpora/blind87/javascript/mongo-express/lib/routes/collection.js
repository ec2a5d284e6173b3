'use strict';

const bson = require('../bson');
const utils = require('../utils');

exports.viewCollection = async function viewCollection(req, res, next) {
  try {
    const query = req.query.query ? bson.toBSON(req.query.query) : {};
    const docs = await req.collection.find(query).limit(20).toArray();
    res.render('collection', { docs: docs.map(bson.toJsonString), title: req.collectionName });
  } catch (err) {
    next(err);
  }
};

exports.simpleSearch = async function simpleSearch(req, res, next) {
  try {
    const query = utils.buildCollectionQuery(req);
    const projection = req.query.projection ? JSON.parse(req.query.projection) : undefined;
    // expect: nosql-injection
    const docs = await req.collection.find(query, { projection }).limit(20).toArray();
    res.json(docs);
  } catch (err) {
    next(err);
  }
};

exports.strictSearch = async function strictSearch(req, res, next) {
  try {
    const parsed = bson.toSafeBSON(String(req.query.query || '{}')) || {};
    const docs = await req.collection.find(utils.stripUnsafeOperators(parsed)).limit(20).toArray();
    res.json(docs);
  } catch (err) {
    next(err);
  }
};

exports.importDocument = async function importDocument(req, res, next) {
  try {
    const doc = bson.toSafeBSON(req.body.document);
    if (!doc) return res.status(400).send('Invalid document');
    await req.collection.insertOne(doc);
    res.redirect(req.baseUrl + '/db/' + encodeURIComponent(req.dbName) + '/' + encodeURIComponent(req.collectionName));
  } catch (err) {
    next(err);
  }
};

exports.exportCollection = (config) => async function exportCollection(req, res, next) {
  try {
    const docs = await req.collection.find({}).limit(config.exportLimit || 10000).toArray();
    res.attachment(encodeURIComponent(req.collectionName) + '.json');
    res.send(docs.map(bson.toJsonString).join('\n'));
  } catch (err) {
    next(err);
  }
};
