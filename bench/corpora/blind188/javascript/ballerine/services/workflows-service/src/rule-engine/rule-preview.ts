import jsonLogic from 'json-logic-js';

/**
 * Evaluates transition rules against a case context. Definitions use JSON Logic;
 * the rule editor's preview also accepts plain JavaScript expressions.
 */
export type RuleContext = Record<string, unknown>;

export function evaluateJsonLogic(rule: unknown, context: RuleContext): boolean {
  if (typeof rule !== 'object' || rule === null) {
    throw new Error('rule must be a JSON Logic object');
  }
  return Boolean(jsonLogic.apply(rule as jsonLogic.RulesLogic, context));
}

export function evaluateJmesLike(pathExpr: string, context: RuleContext): unknown {
  if (!/^[\w.[\]]+$/.test(pathExpr)) throw new Error('unsupported path');
  return pathExpr
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((acc, key) => {
      if (acc && typeof acc === 'object' && Object.prototype.hasOwnProperty.call(acc, key)) {
        return (acc as Record<string, unknown>)[key];
      }
      return undefined;
    }, context);
}

export function previewExpression(expression: string, context: RuleContext): unknown {
  const trimmed = expression.trim();
  if (trimmed.startsWith('{')) {
    return evaluateJsonLogic(JSON.parse(trimmed), context);
  }
  // expect: code-injection
  const fn = new Function('context', `"use strict"; return (${trimmed});`);
  return fn(Object.freeze({ ...context }));
}
