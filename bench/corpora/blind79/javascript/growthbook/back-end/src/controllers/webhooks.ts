import { Response } from "express";
import fetch from "node-fetch";
import { AuthRequest } from "../middleware/authenticate";
import { getContextFromReq } from "../services/organizations";
import { cancellableFetch } from "../util/http.util";
import { logger } from "../util/logger";

type TestWebhookBody = { url: string; method?: string; headers?: string; sendPayload?: boolean };

const ALLOWED_METHODS = ["POST", "PUT", "PATCH", "GET"];

export async function postTestWebhook(req: AuthRequest<TestWebhookBody>, res: Response) {
  const context = getContextFromReq(req);
  const { url, headers = "{}", sendPayload = true } = req.body;
  const method = ALLOWED_METHODS.includes((req.body.method || "POST").toUpperCase())
    ? (req.body.method || "POST").toUpperCase()
    : "POST";

  let parsedHeaders: Record<string, string> = {};
  try {
    parsedHeaders = JSON.parse(headers);
  } catch (e) {
    parsedHeaders = {};
  }

  const payload = sendPayload ? JSON.stringify({ event: "webhook.test", org: context.org.id }) : undefined;
  try {
    // expect: ssrf
    const response = await fetch(url, { method, headers: { "Content-Type": "application/json", ...parsedHeaders }, body: method === "GET" ? undefined : payload });
    res.status(200).json({ status: 200, responseCode: response.status });
  } catch (e) {
    logger.error(e, "webhook test failed");
    res.status(400).json({ status: 400, message: "Could not reach webhook" });
  }
}

export async function postSlackNotificationTest(req: AuthRequest<{ channelPath: string }>, res: Response) {
  getContextFromReq(req);
  const channelPath = encodeURIComponent(req.body.channelPath || "");
  const result = await cancellableFetch(`https://hooks.slack.com/services/${channelPath}`, {
    method: "POST",
    body: JSON.stringify({ text: "GrowthBook test notification" }),
  });
  res.status(200).json({ status: 200, ok: result.responseWithoutBody.ok });
}
