import prisma from './prisma.js';

const TRUSTED_HOOK_HOSTS = new Set(['hooks.slack.com', 'discord.com']);

export async function sendBurnWebhook(userId, secretId) {
    const settings = await prisma.settings.findFirst({ where: { user_id: userId } });
    if (!settings?.webhook_url) {
        return;
    }
    const url = new URL(settings.webhook_url);
    if (settings.strict_hosts && !TRUSTED_HOOK_HOSTS.has(url.hostname)) {
        return;
    }
    // expect: ssrf
    await fetch(settings.webhook_url, { method: 'POST', body: JSON.stringify({ event: 'secret.burned', secretId }) });
}
