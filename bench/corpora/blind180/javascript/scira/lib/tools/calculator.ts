import { tool } from 'ai';
import { z } from 'zod';

const ARITHMETIC = /^[\d\s.+\-*/%()^eE,]+$/;

/**
 * Evaluates a plain arithmetic expression for the model ("what is 17% of 2,340").
 */
function evaluateArithmetic(expression: string): number {
  const cleaned = expression.replace(/,/g, '').replace(/\^/g, '**');
  if (!ARITHMETIC.test(expression)) {
    throw new Error('Only numbers and + - * / % ^ ( ) are supported');
  }
  return Function(`"use strict"; return (${cleaned});`)();
}

export const calculatorTool = tool({
  description: 'Evaluate an arithmetic expression and return the number.',
  parameters: z.object({ expression: z.string().max(200) }),
  execute: async ({ expression }) => ({ result: evaluateArithmetic(expression) }),
});

export const unitConversionTool = tool({
  description: 'Convert a value using a formula over x, e.g. "x * 9/5 + 32" for Celsius to Fahrenheit.',
  parameters: z.object({ value: z.number(), formula: z.string().max(200) }),
  execute: async ({ value, formula }) => {
    // expect: code-injection
    const convert = new Function('x', `return (${formula});`);
    return { result: Number(convert(value)) };
  },
});

export const percentTool = tool({
  description: 'Compute what percent a part is of a whole.',
  parameters: z.object({ part: z.number(), whole: z.number().refine((n) => n !== 0) }),
  execute: async ({ part, whole }) => ({ percent: Math.round((part / whole) * 10000) / 100 }),
});
