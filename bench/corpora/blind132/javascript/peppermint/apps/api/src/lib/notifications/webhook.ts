import { prisma } from "../../prisma";

function isDiscord(url: string) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && (parsed.hostname === "discord.com" || parsed.hostname === "discordapp.com");
  } catch {
    return false;
  }
}

export async function notifyWebhooks(type: string, payload: { id: string; title: string }) {
  const hooks = await prisma.webhooks.findMany({ where: { type, active: true } });

  for (const hook of hooks) {
    const body = JSON.stringify({ event: type, data: payload });
    if (hook.url.includes("discord")) {
      if (isDiscord(hook.url)) {
        await fetch(hook.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ content: `New ticket: ${payload.title}` }) });
      }
      continue;
    }
    // expect: ssrf
    await fetch(hook.url, { method: "POST", headers: { "Content-Type": "application/json" }, body });
  }
}
