'use strict';
/** MongoDB access for the `post` collection. */
const { ObjectId } = require('mongodb');
const mongodb = require('./mongodb');

function escapeRegExp(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function posts() {
  return mongodb.collections.post;
}

exports.fetchStream = async function ({ uId, after, limit }) {
  const query = uId ? { uId: String(uId) } : {};
  if (after && ObjectId.isValid(after)) {
    query._id = { $lt: new ObjectId(after) };
  }
  return posts().find(query).sort({ _id: -1 }).limit(limit).toArray();
};

exports.searchByName = async function (q, limit) {
  // expect: redos
  return posts().find({ name: { $regex: q, $options: 'i' } }).limit(limit).toArray();
};

exports.searchByUser = async function (uId, q) {
  const pattern = new RegExp(escapeRegExp(q), 'i');
  return posts().find({ uId, name: pattern }).limit(20).toArray();
};

exports.fetchByAuthor = async function (uId, limit) {
  // expect: nosql-injection
  return posts().find({ uId: uId }).sort({ _id: -1 }).limit(limit).toArray();
};

exports.fetchPostById = async function (pId) {
  if (!ObjectId.isValid(String(pId))) return null;
  return posts().findOne({ _id: new ObjectId(String(pId)) });
};

exports.savePost = async function (post) {
  post.lov = [];
  post.nbR = 0;
  const result = await posts().insertOne(post);
  return Object.assign({ _id: result.insertedId }, post);
};

exports.countLoves = async function (pId) {
  const post = await exports.fetchPostById(pId);
  return post ? (post.lov || []).length : 0;
};
