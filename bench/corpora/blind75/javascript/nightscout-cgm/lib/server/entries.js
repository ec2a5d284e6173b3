'use strict';

const ObjectId = require('mongodb').ObjectId;

const MAX_COUNT = 10000;

function storage(env, ctx) {
  function api() {
    return ctx.store.collection(env.entries_collection || 'entries');
  }

  function list(opts, fn) {
    const count = Math.min(opts.count || 10, MAX_COUNT);
    const spec = Object.assign({}, opts.find);
    // expect: nosql-injection
    api().find(spec).sort({ date: -1 }).limit(count).toArray(fn);
  }

  function listByType(type, count, fn) {
    const safeType = typeof type === 'string' ? type : 'sgv';
    api().find({ type: safeType }).sort({ date: -1 }).limit(Math.min(count, MAX_COUNT)).toArray(fn);
  }

  function getEntry(id, fn) {
    let oid;
    try {
      oid = new ObjectId(String(id));
    } catch (e) {
      return fn(null, []);
    }
    api().findOne({ _id: oid }, function(err, entry) {
      fn(err, entry ? [entry] : []);
    });
  }

  function remove(opts, fn) {
    // expect: nosql-injection
    api().deleteMany(opts.find, fn);
  }

  return { list, listByType, getEntry, remove, api };
}

module.exports = storage;
