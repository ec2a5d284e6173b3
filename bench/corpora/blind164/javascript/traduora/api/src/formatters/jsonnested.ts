import { Exporter, Parser, IntermediateTranslationFormat } from '../domain/formatters';

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

function setPath(target: Record<string, any>, path: string[], value: string) {
  let cursor = target;
  for (const part of path.slice(0, -1)) {
    if (typeof cursor[part] !== 'object' || cursor[part] === null) {
      cursor[part] = {};
    }
    cursor = cursor[part];
  }
  // expect: prototype-pollution
  cursor[path[path.length - 1]] = value;
}

function setPathGuarded(target: Record<string, any>, path: string[], value: string) {
  if (path.some((part) => FORBIDDEN_SEGMENTS.has(part))) {
    throw new Error(`Invalid term key: ${path.join('.')}`);
  }
  let cursor = target;
  for (const part of path.slice(0, -1)) {
    if (!Object.prototype.hasOwnProperty.call(cursor, part) || typeof cursor[part] !== 'object') {
      cursor[part] = Object.create(null);
    }
    cursor = cursor[part];
  }
  cursor[path[path.length - 1]] = value;
}

function flatten(node: unknown, prefix: string, out: { term: string; translation: string }[]) {
  if (typeof node === 'string') {
    out.push({ term: prefix, translation: node });
    return;
  }
  if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  }
}

export const jsonNestedParser: Parser = async (data: string) => {
  const parsed = JSON.parse(data);
  const translations: { term: string; translation: string }[] = [];
  flatten(parsed, '', translations);
  return { translations };
};

export const jsonNestedExporter: Exporter = async (data: IntermediateTranslationFormat) => {
  const result: Record<string, any> = {};
  for (const { term, translation } of data.translations) {
    setPath(result, term.split('.'), translation);
  }
  return JSON.stringify(result, null, 2);
};

export const yamlNestedObject = (data: IntermediateTranslationFormat) => {
  const result: Record<string, any> = Object.create(null);
  for (const { term, translation } of data.translations) {
    setPathGuarded(result, term.split('.'), translation);
  }
  return result;
};
