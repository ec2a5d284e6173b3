// Function constructor: with and without `new`, building predicates from request filters
import type { Request, Response } from 'express';

type Row = Record<string, unknown>;

export function filterRows(rows: Row[], filterExpr: string): Row[] {
  // expect: code-injection
  const predicate = new Function('row', `return ${filterExpr};`) as (r: Row) => boolean;
  return rows.filter(predicate);
}

export function computeField(req: Request, res: Response) {
  const body = String(req.query.formula);
  // expect: code-injection
  const fn = Function('a', 'b', 'return ' + body);
  res.json({ result: fn(Number(req.query.a), Number(req.query.b)) });
}

export function makeTemplate(req: Request) {
  const tpl = req.body.template as string;
  // expect: code-injection
  return new Function('data', 'with (data) { return `' + tpl + '`; }');
}

const add = new Function('a', 'b', 'return a + b;');

export function sum(a: number, b: number): number {
  return add(a, b);
}

const FIELD_OPS: Record<string, (row: Row, v: unknown) => boolean> = {
  eq: (row, v) => row.status === v,
  ne: (row, v) => row.status !== v,
};

export function filterRowsSafely(rows: Row[], op: string, value: unknown): Row[] {
  const test = FIELD_OPS[op];
  if (!test) throw new Error('unknown op');
  return rows.filter((r) => test(r, value));
}
