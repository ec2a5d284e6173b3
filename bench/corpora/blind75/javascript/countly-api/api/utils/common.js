const escapeHtml = require('escape-html');
const log = require('./log.js')('core:common');

const common = {
    config: require('../config.js'),
    db: null,
    dbMap: { events: 'e', total: 't', new: 'n', unique: 'u' },
};

common.returnRaw = function(params, code, body, heads) {
    params.response = { code, body };
    if (params.res && !params.res.finished) {
        params.res.writeHead(code, heads || {});
        params.res.write(body);
        params.res.end();
    }
};

common.returnMessage = function(params, code, message) {
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    common.returnRaw(params, code, JSON.stringify({ result: message }), headers);
};

common.returnOutput = function(params, output, noescape) {
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    const body = noescape ? JSON.stringify(output) : JSON.stringify(output, (k, v) => (typeof v === 'string' ? escapeHtml(v) : v));
    if (params.qstring.callback) {
        const cb = /^[A-Za-z_$][\w$]{0,63}$/.test(params.qstring.callback) ? params.qstring.callback : 'callback';
        common.returnRaw(params, 200, `${cb}(${body})`, { 'Content-Type': 'application/javascript; charset=utf-8' });
        return;
    }
    common.returnRaw(params, 200, body, headers);
};

common.returnHtml = function(params, html) {
    common.returnRaw(params, 200, html, { 'Content-Type': 'text/html; charset=utf-8' });
};

common.validateArgs = function(args, argProperties) {
    const result = {};
    for (const name of Object.keys(argProperties)) {
        const prop = argProperties[name];
        let value = args[name];
        if (value === undefined) {
            if (prop.required) return false;
            continue;
        }
        if (prop.type === 'Number') {
            value = Number.parseInt(value, 10);
            if (Number.isNaN(value)) return false;
        }
        if (prop.type === 'String' && typeof value !== 'string') return false;
        result[name] = value;
    }
    return result;
};

common.escape = escapeHtml;
common.log = log;
module.exports = common;
