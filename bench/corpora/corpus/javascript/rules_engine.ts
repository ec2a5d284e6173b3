// Evaluates pricing rules configured by merchants in the dashboard.
import vm from 'node:vm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export type Rule = { id: string; when: string; discount: number };
type Ctx = { total: number; items: number; country: string };

const OPS: Record<string, (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
};

export function evaluateStructured(rule: { field: keyof Ctx; op: string; value: number }, ctx: Ctx): boolean {
  const fn = OPS[rule.op];
  return fn ? fn(Number(ctx[rule.field]), rule.value) : false;
}

export function evaluate(rule: Rule, ctx: Ctx): boolean {
  // expect: code-injection
  return Boolean(eval(`(function(ctx){ return ${rule.when}; })`)(ctx));
}

export function compileRule(rule: Rule): (ctx: Ctx) => boolean {
  // expect: code-injection
  return new Function('ctx', `with (ctx) { return (${rule.when}); }`) as (ctx: Ctx) => boolean;
}

export function evaluateSandboxed(rule: Rule, ctx: Ctx): boolean {
  const script = new vm.Script(`Boolean(${rule.when})`);
  // expect: code-injection
  return script.runInNewContext({ ...ctx }, { timeout: 20 });
}

export function parseRules(json: string): Rule[] {
  const parsed = JSON.parse(json) as Rule[];
  return parsed.filter((r) => typeof r.when === 'string');
}

export function scheduleRecalc(merchantId: string, cb: () => void) {
  setTimeout(cb, 1000);
  setInterval(() => console.debug('recalc tick', merchantId), 60_000);
}

export function scheduleLegacy(snippet: string) {
  // expect: code-injection
  setInterval(snippet, 60_000);
}

export function ruleFingerprint(rule: Rule): string {
  return createHash('md5').update(JSON.stringify(rule)).digest('hex');
}

export function couponCode(): string {
  return randomBytes(6).toString('hex').toUpperCase();
}

export function couponCodeLegacy(): string {
  // expect: insecure-random
  return Math.random().toString(36).substring(2, 10).toUpperCase();
}

export function ruleId(): string {
  return randomUUID();
}

export function abVariant(): 'A' | 'B' {
  return Math.random() < 0.5 ? 'A' : 'B';
}

export function describe(rule: Rule): string {
  return `Rule ${rule.id}: ${rule.discount}% off when ${rule.when}`;
}
