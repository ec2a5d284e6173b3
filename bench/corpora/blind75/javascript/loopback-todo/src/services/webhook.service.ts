import { BindingScope, injectable } from '@loopback/core';
import axios from 'axios';

import { Todo } from '../models/todo.model';

const SLACK_BASE = 'https://hooks.slack.com/services/';

@injectable({ scope: BindingScope.SINGLETON })
export class WebhookService {
  async notifyCompleted(todo: Todo): Promise<number> {
    if (!todo.callbackUrl) return 0;
    const body = { event: 'todo.completed', id: todo.id, title: todo.title };
    // expect: ssrf
    const res = await axios.post(todo.callbackUrl, body, { timeout: 5000 });
    return res.status;
  }

  async notifySlack(todo: Todo, hookPath: string): Promise<number> {
    const url = new URL(hookPath.replace(/^\/+/, ''), SLACK_BASE);
    if (url.host !== 'hooks.slack.com') {
      throw new Error('slack hook must stay on hooks.slack.com');
    }
    const res = await axios.post(url.toString(), { text: `Done: ${todo.title}` }, { timeout: 5000 });
    return res.status;
  }
}

export async function withRetry<T>(fn: () => Promise<T>, attempts = 3, delayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** i));
    }
  }
  throw lastError;
}
