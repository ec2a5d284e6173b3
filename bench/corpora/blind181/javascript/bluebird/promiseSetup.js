'use strict';

// Process-wide promise setup for the worker: bluebird with long stack traces
// in development, plus a small registry of job handlers whose lookup tables
// are made "fast" once at start-up (a trick copied from bluebird's own code).

const Promise = require('bluebird');
const util = require('bluebird/js/release/util');
const handlers = require('./handlers');

Promise.config({
  longStackTraces: process.env.NODE_ENV !== 'production',
  warnings: { wForgottenReturn: false },
  cancellation: true,
});

const registry = Object.create(null);

function register(name, fn) {
  if (typeof fn !== 'function') {
    throw new TypeError(`handler ${name} is not a function`);
  }
  registry[name] = fn;
}

Object.keys(handlers).forEach((name) => register(name, handlers[name]));

// V8 keeps objects that became prototypes in fast mode; this is what the call does.
util.toFastProperties(registry);

function loadJobDefaults(config) {
  const defaults = Object.assign(Object.create(null), config.jobDefaults || {});
  util.toFastProperties(defaults);
  return defaults;
}

function dispatch(job) {
  const handler = registry[job.type];
  if (!handler) {
    return Promise.reject(new Error(`unknown job type ${job.type}`));
  }
  return Promise.resolve(handler(job.payload)).timeout(job.timeoutMs || 30000);
}

function dispatchAll(jobs, concurrency) {
  return Promise.map(jobs, dispatch, { concurrency: concurrency || 4 });
}

module.exports = { dispatch, dispatchAll, loadJobDefaults, register, Promise };
