import { eq } from "drizzle-orm";
import { nanoid } from "nanoid";
import { z } from "zod";

import { auth } from "@/auth";
import { createDb } from "@/lib/db";
import { webhooks } from "@/lib/schema";

export const runtime = "edge";

const webhookSchema = z.object({
  url: z.string().url(),
  enabled: z.boolean(),
});

/** GET /api/webhook : the caller's webhook settings. */
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const db = createDb();
  const row = await db.query.webhooks.findFirst({ where: eq(webhooks.userId, session.user.id) });
  return Response.json(row ?? { url: "", enabled: false });
}

/** POST /api/webhook : saves the URL new mail is posted to. */
export async function POST(request: Request) {
  const session = await auth();
  if (!session?.user?.id) return Response.json({ error: "Unauthorized" }, { status: 401 });

  const parsed = webhookSchema.safeParse(await request.json());
  if (!parsed.success) return Response.json({ error: "Invalid webhook" }, { status: 400 });

  const db = createDb();
  await db
    .insert(webhooks)
    .values({ id: nanoid(), userId: session.user.id, ...parsed.data })
    .onConflictDoUpdate({ target: webhooks.userId, set: parsed.data });
  return Response.json({ success: true });
}
