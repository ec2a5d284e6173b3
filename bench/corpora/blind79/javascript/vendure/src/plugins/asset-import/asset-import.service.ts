import { Injectable } from '@nestjs/common';
import { AssetService, ConfigService, Logger, RequestContext } from '@vendure/core';
import axios from 'axios';
import fs from 'fs';
import path from 'path';
import { Readable } from 'stream';

const loggerCtx = 'AssetImportService';
const CDN_BASE = 'https://cdn.example-shop.com/assets/';

@Injectable()
export class AssetImportService {
    constructor(private assetService: AssetService, private configService: ConfigService) {}

    private get importDir(): string {
        return path.resolve(this.configService.importExportOptions.importAssetsDir);
    }

    async importFromUrl(ctx: RequestContext, url: string, tags: string[]) {
        let stream: Readable;
        try {
            // expect: ssrf
            const response = await axios.get(url, { responseType: 'stream', timeout: 15000 });
            stream = response.data;
        } catch (e: any) {
            Logger.error(`Could not download asset: ${e.message}`, loggerCtx);
            throw e;
        }
        const fileName = path.basename(new URL(url).pathname) || 'asset';
        return this.assetService.createFromFileStream(stream, fileName, ctx);
    }

    async importFromCdn(ctx: RequestContext, assetKey: string) {
        const key = encodeURIComponent(assetKey);
        const response = await axios.get(new URL(key, CDN_BASE).toString(), { responseType: 'stream' });
        return this.assetService.createFromFileStream(response.data, key, ctx);
    }

    async importFromImportDir(ctx: RequestContext, fileName: string) {
        const safeName = path.basename(fileName);
        const filePath = path.join(this.importDir, safeName);
        const stream = fs.createReadStream(filePath);
        return this.assetService.createFromFileStream(stream, safeName, ctx);
    }

    async importFromImportSubdir(ctx: RequestContext, subdir: string, fileName: string) {
        const filePath = path.join(this.importDir, subdir, fileName);
        const stream = fs.createReadStream(filePath);
        return this.assetService.createFromFileStream(stream, fileName, ctx);
    }
}
