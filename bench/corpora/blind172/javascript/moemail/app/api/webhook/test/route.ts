import { z } from "zod";

import { auth } from "@/auth";
import { callWebhook } from "@/lib/webhook";

export const runtime = "edge";

const testSchema = z.object({ url: z.string().url() });

/** POST /api/webhook/test : sends a sample event to the URL typed in the settings form. */
export async function POST(request: Request) {
  const session = await auth();
  if (!session?.user?.id) {
    return Response.json({ error: "Unauthorized" }, { status: 401 });
  }

  const parsed = testSchema.safeParse(await request.json());
  if (!parsed.success) {
    return Response.json({ error: "Invalid URL" }, { status: 400 });
  }

  const ok = await callWebhook(parsed.data.url, {
    emailId: "00000000-0000-0000-0000-000000000000",
    messageId: "00000000-0000-0000-0000-000000000000",
    fromAddress: "sender@example.com",
    subject: "Test mail",
    content: "This is a test message from MoeMail.",
    html: "<p>This is a test message from <strong>MoeMail</strong>.</p>",
    receivedAt: new Date().toISOString(),
    toAddress: "test@moemail.app",
  });

  return Response.json({ success: ok }, { status: ok ? 200 : 502 });
}
