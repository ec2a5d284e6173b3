import { Response } from 'express';

import Controller from '../controller';
import type FeatureToggleService from '../../services/feature-toggle-service';
import type { IAuthRequest } from '../../middleware/api-token-middleware';
import { extractUsername, resolveEnvironment } from '../../util/extract-user';
import type { Logger } from '../../util/logger';

const ALLOWED_EXPORT_FORMATS = new Set(['json', 'yaml']);

export default class FeatureController extends Controller {
  constructor(private readonly featureService: FeatureToggleService, logger: Logger) {
    super(logger);

    this.route({ method: 'get', path: '/search', handler: this.search, permission: 'READ_FEATURE' });
    this.route({ method: 'get', path: '/', handler: this.list, permission: 'READ_FEATURE' });
    this.route({ method: 'get', path: '/enabled-count', handler: this.enabledCount, permission: 'READ_FEATURE' });
    this.route({ method: 'post', path: '/playground/constraint', handler: this.playground, permission: 'READ_FEATURE' });
    this.route({ method: 'get', path: '/export', handler: this.export, permission: 'ADMIN' });
  }

  async search(req: IAuthRequest, res: Response): Promise<void> {
    const { q, project, description } = req.query as Record<string, string | undefined>;
    const features = await this.featureService.search({
      query: q,
      project: project ?? 'default',
      inDescription: description === 'true',
    });
    res.json({ features });
  }

  async list(req: IAuthRequest, res: Response): Promise<void> {
    const features = await this.featureService.list({
      sortBy: req.query.sortBy as string,
      sortOrder: req.query.sortOrder as string,
    });
    res.json({ version: 2, features });
  }

  async enabledCount(req: IAuthRequest, res: Response): Promise<void> {
    const environment = resolveEnvironment(req);
    const result = await this.featureService.enabledCount(environment);
    res.json(result);
  }

  async playground(req: IAuthRequest, res: Response): Promise<void> {
    const body = { ...req.body };
    const byExpression = this.featureService.evaluateConstraint({
      context: body.context ?? {},
      constraint: body.constraint,
    });
    const byOperator = this.featureService.evaluateOperator(body, String(body.operator ?? 'IN'));
    this.logger.info('playground evaluated for', extractUsername(req));
    res.json({ byExpression, byOperator });
  }

  async export(req: IAuthRequest, res: Response): Promise<void> {
    const format = String(req.query.format ?? 'json');
    if (!ALLOWED_EXPORT_FORMATS.has(format)) {
      res.status(400).json({ message: 'format must be json or yaml' });
      return;
    }
    const label = String(req.query.label ?? 'features');
    const features = await this.featureService.list({});
    // expect: header-injection
    res.setHeader('Content-Disposition', `attachment; filename="${label}.${format}"`);
    res.setHeader('Content-Type', format === 'json' ? 'application/json' : 'text/yaml');
    res.setHeader('X-Export-Format', format);
    res.send(JSON.stringify({ features }));
  }
}
