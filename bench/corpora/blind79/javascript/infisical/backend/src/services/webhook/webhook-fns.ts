import crypto from "node:crypto";
import { AxiosError } from "axios";
import { request } from "@app/lib/config/request";
import { logger } from "@app/lib/logger";

export const WEBHOOK_TRIGGER_TIMEOUT = 15 * 1000;

export const triggerWebhookRequest = async (url: string, payload: Record<string, unknown>, secretKey?: string) => {
  const headers: Record<string, string> = {};
  if (secretKey) {
    const webhookSign = crypto.createHmac("sha256", secretKey).update(JSON.stringify(payload)).digest("hex");
    headers["x-infisical-signature"] = `t=${Date.now()};${webhookSign}`;
  }
  // expect: ssrf
  const req = await request.post(url, payload, { headers, timeout: WEBHOOK_TRIGGER_TIMEOUT, signal: AbortSignal.timeout(WEBHOOK_TRIGGER_TIMEOUT) });
  return req;
};

export const getWebhookPayload = (eventName: string, details: { workspaceId: string; environment: string; secretPath?: string }) => ({
  event: eventName,
  project: { workspaceId: details.workspaceId, environment: details.environment, secretPath: details.secretPath },
  timestamp: Date.now()
});

export const assertSlackWebhookUrl = (url: string) => {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" || parsed.hostname !== "hooks.slack.com") {
    throw new Error("Slack webhooks must use https://hooks.slack.com");
  }
  return parsed.toString();
};

export const logWebhookFailure = (err: unknown, webhookId: string) => {
  if (err instanceof AxiosError) {
    logger.error(err.message, `webhook ${webhookId} failed`);
  }
};
