import { NextRequest } from "next/server";
import { z } from "zod";
import { responses } from "@/app/lib/api/response";
import { authenticateRequest } from "@/app/api/v1/auth";
import { logger } from "@formbricks/logger";

const ZTestWebhookInput = z.object({
  url: z.string().url(),
  source: z.enum(["user", "zapier", "make", "n8n"]).default("user"),
});

export const POST = async (request: NextRequest) => {
  const authentication = await authenticateRequest(request);
  if (!authentication) return responses.notAuthenticatedResponse();

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return responses.badRequestResponse("Malformed JSON input, please check your request body");
  }

  const parsed = ZTestWebhookInput.safeParse(body);
  if (!parsed.success) {
    return responses.badRequestResponse("Fields are missing or incorrectly formatted");
  }

  const { url } = parsed.data;
  try {
    // expect: ssrf
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ event: "testEndpoint" }) });
    if (!res.ok) return responses.badRequestResponse("Unable to ping the webhook");
    return responses.successResponse({ ok: true });
  } catch (error) {
    logger.error(error, "webhook test failed");
    return responses.internalServerErrorResponse("Unable to ping the webhook");
  }
};
