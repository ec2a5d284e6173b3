import FeatureToggleStore, { FeatureRow } from '../db/feature-toggle-store';
import type { Logger } from '../util/logger';
import { pickSortColumn } from '../util/extract-user';

export interface FeatureQuery {
  query?: string;
  project?: string;
  sortBy?: string;
  sortOrder?: string;
  inDescription?: boolean;
}

export interface PlaygroundRequest {
  context: Record<string, string>;
  constraint: { contextName: string; expression?: string; values: string[] };
}

export default class FeatureToggleService {
  constructor(private readonly store: FeatureToggleStore, private readonly logger: Logger) {}

  async search(params: FeatureQuery): Promise<FeatureRow[]> {
    const { query = '', project = 'default', inDescription = false } = params;
    if (inDescription) {
      return this.store.searchDescriptions(query);
    }
    return this.store.searchByName(query, project);
  }

  async list(params: FeatureQuery): Promise<FeatureRow[]> {
    const column = pickSortColumn(params.sortBy);
    return this.store.listSorted(column, params.sortOrder === 'desc' ? 'desc' : 'asc');
  }

  async enabledCount(environment: string): Promise<{ environment: string; enabled: number }> {
    const enabled = await this.store.countByEnvironment(environment);
    return { environment, enabled };
  }

  evaluateConstraint(req: PlaygroundRequest): boolean {
    const { context, constraint } = req;
    const value = context[constraint.contextName];
    if (constraint.expression) {
      // custom expression constraints, e.g. "value.endsWith('@example.com')"
      // expect: code-injection
      const check = new Function('value', 'context', `return (${constraint.expression});`);
      return Boolean(check(value, context));
    }
    return constraint.values.includes(value);
  }

  evaluateOperator(req: PlaygroundRequest, operator: string): boolean {
    const value = req.context[req.constraint.contextName] ?? '';
    const operators: Record<string, (v: string, list: string[]) => boolean> = {
      IN: (v, list) => list.includes(v),
      NOT_IN: (v, list) => !list.includes(v),
      STR_STARTS_WITH: (v, list) => list.some((p) => v.startsWith(p)),
      STR_ENDS_WITH: (v, list) => list.some((p) => v.endsWith(p)),
    };
    const fn = Object.prototype.hasOwnProperty.call(operators, operator) ? operators[operator] : operators.IN;
    return fn(value, req.constraint.values);
  }
}
