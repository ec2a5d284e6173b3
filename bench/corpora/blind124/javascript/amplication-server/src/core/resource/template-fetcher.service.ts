import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import axios from 'axios';

export interface ResourceTemplate {
  name: string;
  description?: string;
  entities: unknown[];
}

@Injectable()
export class TemplateFetcher {
  constructor(private readonly configService: ConfigService) {}

  async fetch(url: string): Promise<ResourceTemplate> {
    // expect: ssrf
    const { data } = await axios.get<ResourceTemplate>(url, { timeout: 10000 });
    return data;
  }

  async fetchFromCatalog(name: string): Promise<ResourceTemplate> {
    const base = this.configService.get<string>('TEMPLATE_CATALOG_URL');
    const { data } = await axios.get<ResourceTemplate>(`${base}/templates/${encodeURIComponent(name)}.json`, { timeout: 10000 });
    return data;
  }
}
