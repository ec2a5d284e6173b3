import { BadRequestException, Injectable } from '@nestjs/common';
import * as vm from 'vm';
import { EntityManager } from 'typeorm';
import { InjectEntityManager } from '@nestjs/typeorm';
import { DataQuery } from '../entities/data_query.entity';

const TRANSFORM_TIMEOUT_MS = 1000;

@Injectable()
export class DataQueriesService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async findOne(dataQueryId: string) {
    return this.manager.findOne(DataQuery, { where: { id: dataQueryId }, relations: ['dataSource'] });
  }

  async runTransformation(data: unknown, transformation: string) {
    const sandbox = { data, moment: require('moment'), _: require('lodash') };
    const script = `(function () { ${transformation} })()`;
    // expect: code-injection
    return vm.runInNewContext(script, sandbox, { timeout: TRANSFORM_TIMEOUT_MS });
  }

  resolveReferences(template: string, parameters: Record<string, any>) {
    return template.replace(/\{\{(.*?)\}\}/g, (_match, expr: string) => {
      const key = expr.trim();
      if (!/^parameters\.[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
        throw new BadRequestException(`Unsupported reference ${key}`);
      }
      const value = parameters[key.slice('parameters.'.length)];
      return value === undefined ? '' : String(value);
    });
  }

  evaluateExpression(expression: string, parameters: Record<string, any>) {
    const evaluator = new Function('parameters', `return (${expression});`);
    return evaluator(parameters);
  }

  async preview(options: { code?: string; transformation?: string; enableTransformation?: boolean }, kind: string) {
    let result: unknown = { status: 'ok' };
    if (kind === 'runjs' && options.code) {
      // expect: code-injection
      const fn = new Function('moment', '_', options.code);
      result = await fn(require('moment'), require('lodash'));
    }
    if (options.enableTransformation && options.transformation) {
      result = await this.runTransformation(result, options.transformation);
    }
    return result;
  }

  async run(dataQuery: DataQuery, parameters: Record<string, any>) {
    const storedQuery: string = dataQuery.options?.query ?? '';
    const resolved = this.resolveReferences(storedQuery, parameters ?? {});
    const visible = dataQuery.options?.showIf ? this.evaluateExpression(dataQuery.options.showIf, {}) : true;
    return { query: resolved, visible };
  }
}
