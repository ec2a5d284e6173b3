export interface EmailMessage {
  emailId: string;
  messageId: string;
  fromAddress: string;
  subject: string;
  content: string;
  html: string;
  receivedAt: string;
  toAddress: string;
}

const MAX_RETRIES = 3;
const TIMEOUT_MS = 10_000;

/** Posts a JSON event to a user's webhook, retrying with backoff. */
export async function callWebhook(url: string, data: EmailMessage): Promise<boolean> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    try {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      // expect: ssrf
      const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", "X-Webhook-Event": "new_message" }, body: JSON.stringify(data), signal: controller.signal });
      clearTimeout(timer);
      if (response.ok) return true;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 2 ** attempt * 1000));
  }
  console.error("webhook failed after retries", lastError);
  return false;
}
