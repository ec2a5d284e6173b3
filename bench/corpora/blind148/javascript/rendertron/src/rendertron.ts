import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import koaCompress from 'koa-compress';
import route from 'koa-route';
import koaLogger from 'koa-logger';
import puppeteer from 'puppeteer';
import url from 'url';

import { Renderer, ScreenshotError } from './renderer';
import { Config, ConfigManager } from './config';
import { FilesystemCache } from './cache/filesystem-cache';
import { escapeHtml } from './escape';

/**
 * Rendertron rendering service. Routes rendering requests through to the renderer.
 */
export class Rendertron {
  app: Koa = new Koa();
  private config: Config = ConfigManager.config;
  private renderer: Renderer | undefined;

  async initialize() {
    const browser = await puppeteer.launch({ args: this.config.puppeteerArgs });
    this.renderer = new Renderer(browser, this.config);

    this.app.use(koaLogger());
    this.app.use(koaCompress());
    this.app.use(bodyParser());
    if (this.config.cache === 'filesystem') {
      this.app.use(new FilesystemCache(this.config).middleware());
    }

    this.app.use(route.get('/render/:url(.*)', this.handleRenderRequest.bind(this)));
    this.app.use(route.get('/screenshot/:url(.*)', this.handleScreenshotRequest.bind(this)));
    this.app.use(route.post('/screenshot/:url(.*)', this.handleScreenshotRequest.bind(this)));
    return this.app.listen(+this.config.port, this.config.host);
  }

  restricted(href: string): boolean {
    const protocol = url.parse(href).protocol || '';
    if (!protocol.match(/^https?/)) return true;
    if (!this.config.restrictedUrlPattern) return false;
    return !!href.match(new RegExp(this.config.restrictedUrlPattern));
  }

  async handleRenderRequest(ctx: Koa.Context, target: string) {
    if (!this.renderer) throw new Error('No renderer initalized yet.');
    if (this.restricted(target)) {
      ctx.status = 403;
      ctx.body = `<p>Blocked: ${escapeHtml(target)}</p>`;
      return;
    }
    const mobileVersion = 'mobile' in ctx.query;
    const serialized = await this.renderer.serialize(target, mobileVersion, ctx.query.timezoneId as string);
    ctx.set('x-renderer', 'rendertron');
    ctx.status = serialized.status;
    ctx.body = serialized.content;
  }

  async handleScreenshotRequest(ctx: Koa.Context, target: string) {
    if (!this.renderer) throw new Error('No renderer initalized yet.');
    const { width = '1000', height = '1000' } = ctx.query as Record<string, string>;
    try {
      const img = await this.renderer.screenshot(target, 'mobile' in ctx.query, { width: Number(width), height: Number(height) }, ctx.request.body as object);
      ctx.set('Content-Type', 'image/jpeg');
      ctx.body = img;
    } catch (error) {
      const err = error as ScreenshotError;
      ctx.status = err.type === 'Forbidden' ? 403 : 500;
      // expect: xss
      ctx.body = `<html><body><p>Screenshot of ${target} failed: ${err.message}</p></body></html>`;
    }
  }
}
