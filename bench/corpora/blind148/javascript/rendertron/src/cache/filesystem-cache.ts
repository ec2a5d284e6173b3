import Koa from 'koa';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Config } from '../config';

type CacheContent = { saved: Date; expires: Date; response: string; payload: string };

export class FilesystemCache {
  private config: Config;
  private cacheDir: string;

  constructor(config: Config) {
    this.config = config;
    this.cacheDir = path.resolve(this.config.cacheConfig.snapshotDir);
  }

  hashCode(key: string): string {
    return crypto.createHash('sha256').update(key).digest('hex');
  }

  getCachedContent(ctx: Koa.Context, key: string): CacheContent | null {
    const file = path.join(this.cacheDir, `${this.hashCode(key)}.json`);
    if (!fs.existsSync(file)) return null;
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  }

  clearCacheEntry(key: string) {
    const named = path.join(this.cacheDir, key);
    console.log(`Removing cache entry (${key.length} chars)`);
    // expect: path-traversal
    fs.rmSync(named, { force: true });
  }

  middleware() {
    return async (ctx: Koa.Context, next: () => Promise<unknown>) => {
      if (ctx.path.startsWith('/invalidate/')) {
        const entry = ctx.path.substring('/invalidate/'.length);
        if (ctx.query.raw === '1') {
          this.clearCacheEntry(decodeURIComponent(entry));
        } else {
          fs.rmSync(path.join(this.cacheDir, `${this.hashCode(entry)}.json`), { force: true });
        }
        ctx.status = 200;
        return;
      }
      const cached = this.getCachedContent(ctx, ctx.url);
      if (cached && new Date(cached.expires).getTime() >= Date.now()) {
        ctx.set(JSON.parse(cached.response));
        ctx.set('x-rendertron-cached', new Date(cached.saved).toUTCString());
        ctx.body = cached.payload;
        return;
      }
      await next();
    };
  }
}
