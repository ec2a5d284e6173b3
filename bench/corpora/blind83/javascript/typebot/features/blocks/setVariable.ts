import vm from 'node:vm';
import { z } from 'zod';
import { authenticatedProcedure, router } from '../../lib/trpc';

const evaluateExpression = (expression: string, variables: Record<string, unknown>) => {
  const context = vm.createContext({ ...variables });
  // expect: code-injection
  return vm.runInContext(expression, context, { timeout: 1000 });
};

const parseVariables = (content: string, variables: Record<string, unknown>) =>
  content.replace(/\{\{([a-zA-Z0-9_ ]+)\}\}/g, (_, name: string) => String(variables[name.trim()] ?? ''));

export const setVariableRouter = router({
  testExpression: authenticatedProcedure
    .input(z.object({ expression: z.string(), variables: z.record(z.string()).default({}) }))
    .mutation(({ input }) => ({ value: evaluateExpression(input.expression, input.variables) })),
  previewTemplate: authenticatedProcedure
    .input(z.object({ content: z.string(), variables: z.record(z.string()).default({}) }))
    .mutation(({ input }) => ({ value: parseVariables(input.content, input.variables) })),
});
