function merge(target, source) {
  for (const key in source) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // expect: code-injection
      target[key] = source[key];
    }
  }
  return target;
}

function setPath(obj, parts, value) {
  const [head, ...rest] = parts;
  if (rest.length === 0) {
    // expect: code-injection
    obj[head] = value;
    return obj;
  }
  obj[head] = obj[head] || {};
  return setPath(obj[head], rest, value);
}

const helpers = {
  assignDeep(dest, src) {
    Object.keys(src).forEach((k) => {
      if (typeof src[k] === 'object' && src[k] !== null) {
        dest[k] = dest[k] || {};
        this.assignDeep(dest[k], src[k]);
      } else {
        // expect: code-injection
        dest[k] = src[k];
      }
    });
    return dest;
  },
};

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (source[key] && typeof source[key] === 'object') {
      target[key] = safeMerge(Object.create(null), source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function countWords(words) {
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
  return counts;
}

function applyQuery(req, settings) {
  return setPath(settings, String(req.query.path).split('.'), req.query.value);
}

module.exports = { merge, setPath, helpers, safeMerge, countWords, applyQuery };
