import { createApplication } from 'graphql-modules';
import { execute, parse } from 'graphql';
import { alertsModule } from './modules/alerts';
import { operationsModule } from './modules/operations';

export type Registry = ReturnType<typeof createRegistry>;

export function createRegistry() {
  const application = createApplication({ modules: [alertsModule, operationsModule] });
  return {
    execute: (body: { query: string; variables?: Record<string, unknown> }, context: object) =>
      execute({
        schema: application.schema,
        document: parse(body.query),
        variableValues: body.variables,
        contextValue: context,
      }),
  };
}
