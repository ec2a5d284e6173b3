const vm = require('vm');
const { VM } = require('vm2');
const _ = require('lodash');
const Ajv = require('ajv');
const { exec, execFile } = require('child_process');
const libxmljs = require('libxmljs2');
const Handlebars = require('handlebars');

// expect: regex-dos
const EMAIL_RE = /^([a-zA-Z0-9_.-]+)+@(([a-zA-Z0-9-])+\.)+[a-zA-Z]{2,}$/;
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function searchRegex(term) {
  // expect: regex-injection
  return new RegExp(term, 'i');
}

function searchRegexEscaped(term) {
  return new RegExp(_.escapeRegExp(term), 'i');
}

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      target[key] = target[key] || {};
      merge(target[key], source[key]);
    } else {
      // expect: prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function mergeSafe(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    target[key] = source[key];
  }
  return target;
}

function applySettings(user, body) {
  // expect: prototype-pollution
  return _.merge(user.settings, body);
}

function applySettingsPicked(user, body) {
  return Object.assign(user.settings, _.pick(body, ['theme', 'locale']));
}

function runFormula(formula, row) {
  // expect: code-injection
  return vm.runInThisContext(`(function(row){ return ${formula}; })`)(row);
}

function runSandboxed(code) {
  // expect: code-injection
  return new VM({ timeout: 100 }).run(code);
}

function compute(expr) {
  // expect: code-injection
  return eval(expr);
}

function parseJson(text) {
  return JSON.parse(text);
}

const ajv = new Ajv({ allErrors: true });

function convert(file) {
  // expect: command-injection
  exec('libreoffice --headless --convert-to pdf ' + file);
}

function convertArgv(file) {
  execFile('libreoffice', ['--headless', '--convert-to', 'pdf', file]);
}

function cleanup() {
  exec('rm -rf /tmp/convert-*');
}

function parseUpload(xml) {
  // expect: xxe
  return libxmljs.parseXml(xml, { noent: true, dtdload: true });
}

function parseUploadSafe(xml) {
  return libxmljs.parseXml(xml, { noent: false, nonet: true });
}

// expect: autoescape-disabled
const mailTemplate = Handlebars.compile('<p>Hello {{name}}</p>', { noEscape: true });
const pageTemplate = Handlebars.compile('<p>Hello {{name}}</p>');

module.exports = {
  EMAIL_RE, SLUG_RE, searchRegex, searchRegexEscaped, merge, mergeSafe, applySettings, applySettingsPicked,
  runFormula, runSandboxed, compute, parseJson, ajv, convert, convertArgv, cleanup, parseUpload,
  parseUploadSafe, mailTemplate, pageTemplate,
};
