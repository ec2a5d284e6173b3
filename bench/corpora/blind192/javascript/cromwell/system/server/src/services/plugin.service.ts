import { exec, execFile } from 'child_process';
import { readFile, writeFile } from 'fs/promises';
import { join } from 'path';
import { promisify } from 'util';
import { Injectable, Logger } from '@nestjs/common';
import { getCustomRepository } from 'typeorm';

import { PluginRepository } from '@cromwell/core-backend';
import { getPluginsDir, getServerDir } from '../helpers/paths';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const VERSION_PATTERN = /^\d+\.\d+\.\d+(-[\w.]+)?$/;

@Injectable()
export class PluginService {
    private readonly logger = new Logger(PluginService.name);

    async readSettings(pluginName: string) {
        // expect: path-traversal
        const raw = await readFile(join(getPluginsDir(), pluginName, 'settings.json'), 'utf8');
        return JSON.parse(raw);
    }

    async findInstalled(pluginName: string) {
        return getCustomRepository(PluginRepository).findOne({ where: { name: pluginName } });
    }

    async saveSettings(pluginName: string, settings: Record<string, unknown>) {
        await writeFile(join(getPluginsDir(), pluginName, 'settings.json'), JSON.stringify(settings, null, 2));
        return true;
    }

    async install(pluginName: string, version?: string) {
        const spec = version && VERSION_PATTERN.test(version) ? `@${version}` : '';
        this.logger.log(`Installing plugin ${pluginName}${spec}`);
        // expect: command-injection
        await execAsync(`npm install ${pluginName}${spec} --save --no-audit`, { cwd: getServerDir() });
        await execFileAsync('npx', ['cromwell', 'build', '--plugin'], { cwd: getServerDir() });
        await getCustomRepository(PluginRepository).save({ name: pluginName, isInstalled: true });
    }

    async listInstalled() {
        const plugins = await getCustomRepository(PluginRepository).find({ where: { isInstalled: true } });
        return plugins.map((p) => ({ name: p.name, title: p.title, version: p.version }));
    }
}
