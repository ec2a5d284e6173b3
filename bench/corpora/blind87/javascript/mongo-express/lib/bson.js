'use strict';

const vm = require('vm');
const { EJSON, ObjectId } = require('bson');

const sandboxGlobals = {
  ObjectId: (id) => new ObjectId(id),
  ISODate: (d) => new Date(d),
  Date,
};

// Parses a shell-style document typed into the editor ("{ _id: ObjectId('...') }").
exports.toBSON = function toBSON(string) {
  const context = vm.createContext({ ...sandboxGlobals });
  // expect: code-injection
  return vm.runInContext('doc = ' + string + ';', context, { timeout: 1000 });
};

// Strict JSON only: no code runs.
exports.toSafeBSON = function toSafeBSON(string) {
  try {
    return EJSON.parse(string, { relaxed: false });
  } catch (err) {
    return null;
  }
};

exports.toJsonString = function toJsonString(doc) {
  return EJSON.stringify(doc, null, 2, { relaxed: true });
};
