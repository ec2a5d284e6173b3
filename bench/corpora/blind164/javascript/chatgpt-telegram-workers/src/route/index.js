import { ENV } from '../config/env.js';
import { handleMessage } from '../telegram/message.js';
import { bindCommandForTelegram, setWebhook, getBot } from '../telegram/api.js';
import { escapeHTML, renderHTML } from '../utils/html.js';

async function bindWebHookAction(request) {
    const result = [];
    const domain = new URL(request.url).host;
    for (const token of ENV.TELEGRAM_AVAILABLE_TOKENS) {
        const url = `https://${domain}/telegram/${token.trim()}/webhook`;
        const id = token.split(':')[0];
        result.push({
            id,
            webhook: await setWebhook(token, url).then((r) => r.json()),
            command: await bindCommandForTelegram(token),
        });
    }
    const rows = result
        .map((r) => `<p>Bot ${escapeHTML(r.id)}: webhook ${r.webhook.ok ? 'ok' : escapeHTML(String(r.webhook.description))}</p>`)
        .join('');
    return new Response(renderHTML(`<h1>ChatGPT-Telegram-Workers</h1><h4>${escapeHTML(domain)}</h4>${rows}`), {
        status: 200,
        headers: { 'Content-Type': 'text/html' },
    });
}

async function telegramWebhook(request, token) {
    if (!ENV.TELEGRAM_AVAILABLE_TOKENS.includes(token)) {
        return new Response('Unknown bot', { status: 403 });
    }
    const secret = request.headers.get('X-Telegram-Bot-Api-Secret-Token');
    if (ENV.TELEGRAM_WEBHOOK_SECRET && secret !== ENV.TELEGRAM_WEBHOOK_SECRET) {
        return new Response('Bad secret', { status: 401 });
    }
    const update = await request.json();
    return handleMessage(token, update);
}

async function botStatus(token) {
    const bot = await getBot(token);
    return new Response(renderHTML(`<h1>${escapeHTML(bot.info?.first_name ?? 'unknown')}</h1>`), {
        headers: { 'Content-Type': 'text/html' },
    });
}

function defaultIndexAction(request) {
    const url = new URL(request.url);
    const msg = url.searchParams.get('msg') || 'Deployed successfully.';
    // expect: xss
    return new Response(renderHTML(`<h1>ChatGPT-Telegram-Workers</h1><p>${msg}</p><p>Visit /init to bind the webhook.</p>`), { headers: { 'Content-Type': 'text/html' } });
}

export async function handleRequest(request) {
    const { pathname } = new URL(request.url);
    if (pathname === '/') {
        return defaultIndexAction(request);
    }
    if (pathname === '/init') {
        return bindWebHookAction(request);
    }
    const match = /^\/telegram\/([^/]+)\/(webhook|bot)$/.exec(pathname);
    if (match && match[2] === 'webhook' && request.method === 'POST') {
        return telegramWebhook(request, decodeURIComponent(match[1]));
    }
    if (match && match[2] === 'bot') {
        return botStatus(decodeURIComponent(match[1]));
    }
    return null;
}
