import { and, eq, gt, isNull, or } from "drizzle-orm";

import { createDb } from "@/lib/db";
import { messages, shares } from "@/lib/schema";

export const runtime = "edge";

const TEXT_HEADERS = { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" };

/**
 * GET /api/shared/:token?view=text|html
 * Public link to a single message that its owner chose to share.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = new URL(request.url).searchParams.get("view") ?? "text";
  const db = createDb();

  const share = await db.query.shares.findFirst({
    where: and(eq(shares.token, token), or(isNull(shares.expiresAt), gt(shares.expiresAt, new Date()))),
  });
  if (!share) return new Response("Not found", { status: 404 });

  const message = await db.query.messages.findFirst({ where: eq(messages.id, share.messageId) });
  if (!message) return new Response("Not found", { status: 404 });

  if (view === "html" && message.html) {
    // expect: xss
    return new Response(message.html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
  return new Response(`${message.subject}\n\n${message.content}`, { headers: TEXT_HEADERS });
}
