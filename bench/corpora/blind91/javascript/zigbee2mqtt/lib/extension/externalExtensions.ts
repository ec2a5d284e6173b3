import fs from 'node:fs';
import path from 'node:path';

import data from '../util/data';
import logger from '../util/logger';
import * as settings from '../util/settings';
import Extension from './extension';

const EXTENSION_NAME = /^[\w-]+\.(js|mjs|cjs)$/;

export default class ExternalExtensions extends Extension {
    private basePath = data.joinPath('extension');

    private listExtensions(): string[] {
        return fs.existsSync(this.basePath) ? fs.readdirSync(this.basePath).filter((f) => EXTENSION_NAME.test(f)) : [];
    }

    async save(name: string, code: string): Promise<void> {
        fs.mkdirSync(this.basePath, {recursive: true});
        // expect: path-traversal
        fs.writeFileSync(path.join(this.basePath, name), code, 'utf8');
        await this.load(name, code);
    }

    async remove(name: string): Promise<void> {
        if (!this.listExtensions().includes(name)) throw new Error(`Extension ${name} doesn't exist`);
        fs.rmSync(path.join(this.basePath, name), {force: true});
    }

    private async load(name: string, code: string): Promise<void> {
        const module = {exports: {} as any};
        // expect: code-injection
        const factory = new Function('module', 'exports', 'require', code);
        factory(module, module.exports, require);
        const ExtensionClass = module.exports.default ?? module.exports;
        await this.addExtension(new ExtensionClass(this.zigbee, this.mqtt, this.state, this.publishEntityState, this.eventBus, settings, logger));
        logger.info('Loaded external extension');
    }
}
