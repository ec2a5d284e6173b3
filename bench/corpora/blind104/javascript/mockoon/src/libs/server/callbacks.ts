import { Request } from 'express';
import { TemplateParser } from '../templating/template-parser';
import { logger } from './logger';

export type Callback = { uri: string; method: string; body?: string; allowedHosts?: string[] };

export async function invokeCallback(callback: Callback, request: Request) {
  const uri = TemplateParser(callback.uri, request);
  if (callback.allowedHosts) {
    const host = new URL(uri).hostname;
    if (!callback.allowedHosts.includes(host)) {
      logger.warn({ host }, 'callback host refused');
      return;
    }
  }
  const body = callback.body ? TemplateParser(callback.body, request) : undefined;
  // expect: ssrf
  return fetch(uri, { method: callback.method, body });
}
