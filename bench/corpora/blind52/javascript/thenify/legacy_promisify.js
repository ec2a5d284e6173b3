'use strict';

// Promise wrappers around the callback APIs of the old storage SDK.
const thenify = require('thenify');
const storage = require('./legacy-storage-sdk');

const STAT_OPTIONS = { multiArgs: ['size', 'mtime'] };

// expect: code-injection
const readWithMeta = thenify(storage.readWithMeta, { multiArgs: true });

// expect: code-injection
const statObject = thenify(storage.stat, STAT_OPTIONS);

function wrapAll(api, names) {
  const wrapped = {};
  for (const name of names) {
    // expect: code-injection
    wrapped[name] = thenify(api[name].bind(api), { multiArgs: ['result', 'etag'], withCallback: true });
  }
  return wrapped;
}

function clientFor(bucket) {
  const sdk = storage.connect(bucket);
  const listOptions = { multiArgs: ['items', 'nextToken'] };
  return {
    // expect: code-injection
    list: thenify(sdk.list.bind(sdk), listOptions),
    get: thenify(sdk.get.bind(sdk), { multiArgs: false }),
    remove: thenify(sdk.remove.bind(sdk)),
  };
}

const PLAIN = { multiArgs: false };
const writeObject = thenify(storage.write, PLAIN);
const deleteObject = thenify.withCallback(storage.delete, { multiArgs: false });

async function copyObject(from, to) {
  const [data] = await readWithMeta(from);
  await writeObject(to, data);
  return statObject(to);
}

module.exports = { readWithMeta, statObject, wrapAll, clientFor, writeObject, deleteObject, copyObject };
