function setPath(target, path, value) {
  const keys = path.split('.');
  let node = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i];
    // expect: code-injection
    node = node[key] = node[key] || {};
  }
  node[keys[keys.length - 1]] = value;
  return target;
}

function getPath(source, path) {
  let node = source;
  const keys = path.split('/');
  while (keys.length) {
    const key = keys.shift();
    // expect: code-injection
    node = node[key];
    if (node === undefined) return undefined;
  }
  return node;
}

function ensureBranch(tree, segments) {
  let current = tree;
  segments.forEach(function walk(segment) {
    // expect: code-injection
    current = current[segment] || (current[segment] = {});
  });
  return current;
}

function setPathSafe(target, path, value) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error('bad key');
    if (!Object.prototype.hasOwnProperty.call(node, key)) node[key] = Object.create(null);
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
  return target;
}

function nthChild(node, depth) {
  for (let i = 0; i < depth; i++) {
    node = node.children[0];
  }
  return node;
}

function fromMap(map, path) {
  let node = map;
  for (const key of path) {
    node = node instanceof Map ? node.get(key) : undefined;
  }
  return node;
}

module.exports = { setPath, getPath, ensureBranch, setPathSafe, nthChild, fromMap };
