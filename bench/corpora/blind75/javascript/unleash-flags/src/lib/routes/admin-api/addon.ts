import { Response } from 'express';

import Controller from '../controller';
import type AddonService from '../../services/addon-service';
import type { AddonConfig } from '../../services/addon-service';
import type { IAuthRequest } from '../../middleware/api-token-middleware';
import { extractUsername } from '../../util/extract-user';
import type { Logger } from '../../util/logger';

const PROVIDERS = ['webhook', 'slack', 'teams'] as const;

function toAddonConfig(body: Record<string, any>): AddonConfig {
  const provider = PROVIDERS.includes(body.provider) ? body.provider : 'webhook';
  return {
    provider,
    enabled: body.enabled !== false,
    parameters: { ...(body.parameters ?? {}) },
    events: Array.isArray(body.events) ? body.events.map(String) : [],
  };
}

export default class AddonController extends Controller {
  constructor(private readonly addonService: AddonService, logger: Logger) {
    super(logger);
    this.route({ method: 'post', path: '/', handler: this.createAddon, permission: 'CREATE_ADDON' });
    this.route({ method: 'post', path: '/test', handler: this.testAddon, permission: 'CREATE_ADDON' });
  }

  async createAddon(req: IAuthRequest, res: Response): Promise<void> {
    const config = toAddonConfig(req.body);
    const id = this.addonService.create(config);
    this.logger.info('addon created by', extractUsername(req));
    res.status(201).json({ id, ...config });
  }

  async testAddon(req: IAuthRequest, res: Response): Promise<void> {
    const config = toAddonConfig(req.body);
    try {
      const status = await this.addonService.sendTestEvent(config);
      res.json({ status });
    } catch (error) {
      res.status(400).json({ message: (error as Error).message });
    }
  }
}
