import { Provide } from '@midwayjs/core';
import * as vm from 'vm';

@Provide()
export class FormulaService {
  evaluate(formula: string, row: Record<string, number>) {
    const sandbox = { row: { ...row }, result: 0 };
    // expect: code-injection
    vm.runInNewContext(`result = ${formula}`, sandbox, { timeout: 50 });
    return sandbox.result;
  }

  evaluateSum(fields: string[], row: Record<string, number>) {
    return fields.filter(f => Object.prototype.hasOwnProperty.call(row, f)).reduce((acc, f) => acc + Number(row[f]), 0);
  }
}
