// bluebird: promisified clients used by the batch importer
const Promise = require('bluebird');
const fs = Promise.promisifyAll(require('fs'));
const redis = require('redis');
const bbUtil = require('bluebird/js/release/util');

Promise.promisifyAll(redis.RedisClient.prototype);

function registerHandlers(registry, body) {
  const handlers = {};
  for (const name of Object.keys(body)) {
    handlers[name] = body[name];
  }
  // expect: code-injection
  return bbUtil.toFastProperties(handlers);
}

function fastObject(userKeys) {
  const obj = {};
  userKeys.forEach((k) => { obj[k] = true; });
  Promise.promisifyAll(obj, { suffix: 'Async' });
  return obj;
}

async function readManifest(dir) {
  const text = await fs.readFileAsync(`${dir}/manifest.json`, 'utf8');
  return JSON.parse(text);
}

async function readAll(files) {
  return Promise.map(files, (f) => fs.readFileAsync(f, 'utf8'), { concurrency: 4 });
}

async function cacheGet(client, key) {
  return client.getAsync(`importer:${key}`);
}

function delayRetry(fn, attempts) {
  return fn().catch((err) => {
    if (attempts <= 0) throw err;
    return Promise.delay(250).then(() => delayRetry(fn, attempts - 1));
  });
}

module.exports = { registerHandlers, fastObject, readManifest, readAll, cacheGet, delayRetry };
