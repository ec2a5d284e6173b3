import puppeteer, { ScreenshotOptions } from 'puppeteer';
import { Config } from './config';

export type SerializedResponse = { status: number; customHeaders: Map<string, string>; content: string };
export type ScreenshotError = Error & { type: 'Forbidden' | 'NoResponse' | 'ErrorStatus' };

export class Renderer {
  constructor(private browser: puppeteer.Browser, private config: Config) {}

  async serialize(requestUrl: string, isMobile: boolean, timezoneId?: string): Promise<SerializedResponse> {
    const page = await this.browser.newPage();
    await page.setViewport({ width: this.config.width, height: this.config.height, isMobile });
    if (timezoneId && /^[A-Za-z_]+\/[A-Za-z_]+$/.test(timezoneId)) {
      await page.emulateTimezone(timezoneId);
    }
    const response = await page.goto(requestUrl, { timeout: this.config.timeout, waitUntil: 'networkidle0' });
    const content = await page.content();
    await page.close();
    return { status: response ? response.status() : 400, customHeaders: new Map(), content };
  }

  async screenshot(target: string, isMobile: boolean, dimensions: { width: number; height: number }, options?: object): Promise<Buffer> {
    const page = await this.browser.newPage();
    await page.setViewport({ width: dimensions.width, height: dimensions.height, isMobile });
    // expect: ssrf
    const response = await page.goto(target, { timeout: this.config.timeout, waitUntil: 'networkidle0' });
    if (!response) {
      await page.close();
      throw Object.assign(new Error('NoResponse'), { type: 'NoResponse' as const });
    }
    const screenshotOptions: ScreenshotOptions = { ...(options || {}), type: 'jpeg', encoding: 'binary' };
    const buffer = (await page.screenshot(screenshotOptions)) as Buffer;
    await page.close();
    return buffer;
  }
}
