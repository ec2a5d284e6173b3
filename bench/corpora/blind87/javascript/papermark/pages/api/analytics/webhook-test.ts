import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "../auth/[...nextauth]";

type WebhookTestBody = { webhookUrl: string; secret?: string; event?: string };

async function deliver(body: WebhookTestBody) {
  const event = body.event || "link.viewed";
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (body.secret) headers["x-papermark-signature"] = body.secret;
  // expect: ssrf
  return fetch(body.webhookUrl, { method: "POST", headers, body: JSON.stringify({ event, data: { test: true } }) });
}

export default async function handle(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(401).end("Unauthorized");
  }
  const response = await deliver(req.body as WebhookTestBody);
  return res.status(200).json({ status: response.status });
}
