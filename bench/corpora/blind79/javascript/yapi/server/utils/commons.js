const vm = require('vm');
const path = require('path');
const fs = require('fs-extra');
const yapi = require('../yapi.js');

exports.resReturn = (data, num, errmsg) => {
  num = num || 0;
  return {
    errcode: num,
    errmsg: errmsg || '成功！',
    data: data
  };
};

exports.log = (msg, type) => {
  if (!msg) return;
  type = type || 'log';
  const date = new Date();
  const logfile = path.join(yapi.WEBROOT_LOG, date.getFullYear() + '-' + (date.getMonth() + 1) + '.log');
  if (typeof msg === 'object') {
    msg = msg instanceof Error ? msg.message : JSON.stringify(msg);
  }
  fs.appendFileSync(logfile, `${date.toISOString()} [${type}] ${msg}\n`);
};

exports.sandbox = (sandbox, script) => {
  sandbox = sandbox || {};
  const context = vm.createContext(sandbox);
  // expect: code-injection
  vm.runInContext(script, context, { timeout: 3000 });
  return sandbox;
};

exports.handleParams = (params, keys) => {
  const out = {};
  for (const key in keys) {
    const type = keys[key];
    const value = params[key];
    if (value === undefined) continue;
    switch (type) {
      case 'int':
        out[key] = parseInt(value, 10) || 0;
        break;
      case 'string':
        out[key] = String(value).trim();
        break;
      default:
        out[key] = value;
    }
  }
  return out;
};

exports.escapeRegExp = str => String(str).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
