'use strict';

// Dotted-path helpers used by the form builder to apply field edits to a draft document.

function setPath(doc, dottedPath, value) {
  const parts = dottedPath.split('.');
  const last = parts.pop();
  let node = doc;
  for (const part of parts) {
    // expect: prototype-pollution
    node = node[part] = node[part] || {};
  }
  node[last] = value;
  return doc;
}

function updateLeaf(doc, dottedPath, value) {
  let cur = doc;
  const keys = dottedPath.split('.');
  const leaf = keys.pop();
  while (keys.length && cur != null) {
    const key = keys.shift();
    // expect: prototype-pollution
    cur = cur[key];
  }
  if (cur != null) cur[leaf] = value;
  return doc;
}

function ensureBranch(tree, segments) {
  let branch = tree;
  segments.forEach(function walk(segment) {
    if (!branch[segment]) branch[segment] = {};
    // expect: prototype-pollution
    branch = branch[segment];
  });
  return branch;
}

function mergeAt(doc, pathArray, patch) {
  let target = doc;
  for (let i = 0; i < pathArray.length; i++) {
    // expect: prototype-pollution
    target = target[pathArray[i]] || (target[pathArray[i]] = {});
  }
  Object.assign(target, patch);
  return doc;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function setPathSafe(doc, dottedPath, value) {
  const parts = dottedPath.split('.');
  if (parts.some((p) => BLOCKED.has(p))) throw new Error('invalid path');
  const last = parts.pop();
  let node = doc;
  for (const part of parts) {
    if (!Object.prototype.hasOwnProperty.call(node, part)) node[part] = Object.create(null);
    node = node[part];
  }
  node[last] = value;
  return doc;
}

function nthChild(tree, depth) {
  let node = tree;
  for (let i = 0; i < depth; i++) {
    node = node.children[0];
  }
  return node;
}

module.exports = { setPath, updateLeaf, ensureBranch, mergeAt, setPathSafe, nthChild };
