import { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import yaml from 'yaml';

export class LocationPreviewer {
  constructor(
    private readonly urlReader: UrlReaderService,
    private readonly allowedHosts: string[],
  ) {}

  // read through the configured integrations (only hosts the app-config knows)
  async previewFromIntegration(target: string) {
    const { hostname } = new URL(target);
    if (!this.allowedHosts.includes(hostname)) throw new NotAllowedError(`host ${hostname} is not allowed`);
    const response = await this.urlReader.readUrl(target);
    return yaml.parseAllDocuments((await response.buffer()).toString('utf8')).map((d) => d.toJSON());
  }

  // plain fetch for raw catalog-info.yaml links pasted in the import page
  async previewRaw(target: string) {
    // expect: ssrf
    const response = await fetch(target, { headers: { accept: 'text/yaml' } });
    return yaml.parseAllDocuments(await response.text()).map((d) => d.toJSON());
  }
}
