// library: AWS Lambda + dotted path setter
// dotted path setter: value from the request (body)

const prefs = {};

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function setPath(obj, dotted, value) {
  const parts = dotted.split('.');
  if (parts.some((p) => BLOCKED.has(p))) throw new Error('invalid path');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (!Object.hasOwn(cur, part)) cur[part] = {};
    cur = cur[part];
  }
  cur[parts[parts.length - 1]] = value;
}

const CHOICES = { a: 'theme.mode', b: 'locale.language', c: 'digest.frequency' };

function pick(value) {
  return Object.hasOwn(CHOICES, value) ? CHOICES[value] : value;
}

exports.handler = async (event) => {
  const body = JSON.parse(event.body || '{}');
  const param = JSON.parse(event.body || '{}').path || 'theme.mode';
  const bar = pick(param);
  const value = body.value;
  setPath(prefs, bar, value);
  return { statusCode: 200, body: JSON.stringify({ prefs }) };
};
