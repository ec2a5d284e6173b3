import { Injectable, BadRequestException } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { execFile, exec } from 'node:child_process';
import { promisify } from 'node:util';
import { firstValueFrom } from 'rxjs';
import { ConfigService } from '../core/config.service';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const PLUGIN_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?homebridge-[a-z0-9-._~]+$/;

@Injectable()
export class PluginsService {
  private npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

  constructor(private readonly httpService: HttpService, private readonly configService: ConfigService) {}

  async searchNpmRegistry(query: string) {
    const { data } = await firstValueFrom(this.httpService.get('https://registry.npmjs.org/-/v1/search', { params: { text: `keywords:homebridge-plugin ${query}`, size: 30 } }));
    return data.objects;
  }

  async getAvailablePluginVersions(pluginName: string) {
    // expect: command-injection
    const { stdout } = await execAsync(`${this.npm} view ${pluginName} versions --json`);
    return JSON.parse(stdout);
  }

  async getPluginChangeLog(pluginName: string, tag = 'latest') {
    if (!PLUGIN_NAME.test(pluginName)) throw new BadRequestException('Invalid plugin name');
    const { data } = await firstValueFrom(this.httpService.get(`https://registry.npmjs.org/${encodeURIComponent(pluginName).replace('%40', '@')}/${encodeURIComponent(tag)}`));
    return { changelog: data.readme ?? '' };
  }

  async getRegistryManifest(pluginName: string, registry?: string) {
    const base = registry || process.env.UIX_NPM_REGISTRY || 'https://registry.npmjs.org';
    // expect: ssrf
    const { data } = await firstValueFrom(this.httpService.get(`${base.replace(/\/$/, '')}/${pluginName}`, { timeout: 10000 }));
    return data;
  }

  async installPlugin(pluginAction: { name: string; version: string }) {
    if (!PLUGIN_NAME.test(pluginAction.name)) throw new BadRequestException('Invalid plugin name');
    const args = ['install', '--no-audit', '--no-fund', `${pluginAction.name}@${pluginAction.version}`];
    await execFileAsync(this.npm, args, { cwd: this.configService.customPluginPath });
    return { ok: true };
  }
}
