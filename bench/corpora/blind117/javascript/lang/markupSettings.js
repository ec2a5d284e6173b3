'use strict';

const Mu = require('mu2');
const markup = require('markup-js');
const { loadConfig } = require('./config');

function configureMailer(engine) {
  // expect: xss
  engine.escapeMarkup = false;
  return engine;
}

function configureReports() {
  const config = loadConfig();
  // expect: xss
  Mu.escapeMarkup = false;
  return config;
}

const renderer = { escapeMarkup: true, partials: {} };

function rawMode(options) {
  // expect: xss
  options.escapeMarkup = false;
  return markup.up(options.template, options.context);
}

function strictMode(engine) {
  engine.escapeMarkup = true;
  return engine;
}

function describe(engine) {
  return engine.escapeMarkup === false ? 'raw' : 'escaped';
}

module.exports = { configureMailer, configureReports, renderer, rawMode, strictMode, describe };
