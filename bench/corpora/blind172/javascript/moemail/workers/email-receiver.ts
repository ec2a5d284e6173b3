import PostalMime from "postal-mime";
import { drizzle } from "drizzle-orm/d1";
import { and, eq, gt } from "drizzle-orm";

import { emails, messages, webhooks } from "../app/lib/schema";
import { callWebhook } from "../app/lib/webhook";

interface Env {
  DB: D1Database;
}

/** Cloudflare email worker: stores each incoming mail and notifies the owner's webhook. */
export default {
  async email(message: ForwardableEmailMessage, env: Env): Promise<void> {
    const db = drizzle(env.DB, { schema: { emails, messages, webhooks } });
    const parsed = await new PostalMime().parse(message.raw);

    const target = await db.query.emails.findFirst({
      where: and(eq(emails.address, message.to.toLowerCase()), gt(emails.expiresAt, new Date())),
    });
    if (!target) {
      message.setReject("Mailbox not found");
      return;
    }

    const id = crypto.randomUUID();
    const row = {
      id,
      emailId: target.id,
      fromAddress: message.from,
      subject: parsed.subject ?? "(no subject)",
      content: parsed.text ?? "",
      html: parsed.html ?? "",
      receivedAt: new Date(),
    };
    await db.insert(messages).values(row);

    if (!target.userId) return;
    const hook = await db.query.webhooks.findFirst({ where: eq(webhooks.userId, target.userId) });
    if (hook?.enabled) {
      await callWebhook(hook.url, {
        ...row,
        messageId: id,
        receivedAt: row.receivedAt.toISOString(),
        toAddress: target.address,
      });
    }
  },
};
