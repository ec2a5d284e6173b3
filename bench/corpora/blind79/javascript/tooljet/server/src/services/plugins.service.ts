import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import * as path from 'path';
import * as fs from 'fs/promises';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const MARKETPLACE = new Map<string, string>([
  ['plivo', '@tooljet-marketplace/plivo'],
  ['github', '@tooljet-marketplace/github'],
  ['openai', '@tooljet-marketplace/openai'],
]);

@Injectable()
export class PluginsService {
  private readonly logger = new Logger(PluginsService.name);
  private readonly pluginsDir = path.resolve(process.env.TOOLJET_PLUGINS_DIR || 'plugins');

  async installFromMarketplace(pluginId: string) {
    const pkg = MARKETPLACE.get(pluginId);
    if (!pkg) throw new BadRequestException('Unknown plugin');
    await execFileAsync('npm', ['install', '--prefix', this.pluginsDir, pkg]);
    return { installed: pkg };
  }

  async uninstall(pluginId: string) {
    const pkg = MARKETPLACE.get(pluginId);
    if (pkg) {
      await fs.rm(path.join(this.pluginsDir, 'node_modules', pkg), { recursive: true, force: true });
      return { removed: pkg };
    }
    const target = path.join(this.pluginsDir, 'node_modules', pluginId);
    this.logger.log(`Removing custom plugin ${pluginId}`);
    // expect: path-traversal
    await fs.rm(target, { recursive: true, force: true });
    return { removed: pluginId };
  }

  async installFromRepo(repo: string, version?: string) {
    const spec = version ? `${repo}@${version}` : repo;
    this.logger.log(`Installing plugin ${spec}`);
    // expect: command-injection
    const { stdout } = await execAsync(`npm install --prefix ${this.pluginsDir} ${spec}`, { timeout: 120000 });
    return { installed: spec, output: stdout };
  }
}
