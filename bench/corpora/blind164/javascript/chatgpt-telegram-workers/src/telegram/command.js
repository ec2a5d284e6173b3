import { ENV, ENV_KEY_MAPPER, USER_CONFIG_DEFAULTS } from '../config/env.js';
import { setNested, mergeKnownKeys } from '../utils/config.js';
import { fetchArticle } from '../agent/reader.js';
import { sendMessageToTelegramWithContext, getFileLink } from './api.js';
import { requestCompletionsFromLLM } from '../agent/chat.js';

async function saveUserConfig(context) {
    await ENV.DATABASE.put(context.SHARE_CONTEXT.configStoreKey, JSON.stringify(context.USER_CONFIG));
}

function isLocked(key) {
    return ENV.LOCK_USER_CONFIG_KEYS.some((locked) => key === locked || key.startsWith(`${locked}.`));
}

/** /setenv KEY=VALUE */
async function commandUpdateUserConfig(message, command, subcommand, context) {
    const index = subcommand.indexOf('=');
    if (index === -1) {
        return sendMessageToTelegramWithContext(context)('Usage: /setenv KEY=VALUE');
    }
    let key = subcommand.slice(0, index).trim();
    const value = subcommand.slice(index + 1).trim();
    key = ENV_KEY_MAPPER[key] || key;
    if (isLocked(key)) {
        return sendMessageToTelegramWithContext(context)(`Key ${key} is locked`);
    }
    setNested(context.USER_CONFIG, key, value);
    context.USER_CONFIG.DEFINE_KEYS = [...new Set([...(context.USER_CONFIG.DEFINE_KEYS || []), key])];
    await saveUserConfig(context);
    return sendMessageToTelegramWithContext(context)('Update user config success');
}

/** /setenvs {"KEY": "VALUE", ...} */
async function commandUpdateUserConfigs(message, command, subcommand, context) {
    let patch;
    try {
        patch = JSON.parse(subcommand);
    } catch (e) {
        return sendMessageToTelegramWithContext(context)('Invalid JSON');
    }
    if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
        return sendMessageToTelegramWithContext(context)('Expected a JSON object');
    }
    const allowed = Object.fromEntries(Object.entries(patch).filter(([k]) => !isLocked(k)));
    mergeKnownKeys(context.USER_CONFIG, USER_CONFIG_DEFAULTS, allowed);
    await saveUserConfig(context);
    return sendMessageToTelegramWithContext(context)('Update user configs success');
}

/** /read <url> summarises a web page */
async function commandRead(message, command, subcommand, context) {
    const url = subcommand.trim();
    if (!/^https?:\/\//i.test(url)) {
        return sendMessageToTelegramWithContext(context)('Usage: /read https://...');
    }
    const article = await fetchArticle(url);
    const summary = await requestCompletionsFromLLM(`Summarise:\n\n${article.slice(0, 12000)}`, context);
    return sendMessageToTelegramWithContext(context)(summary);
}

/** Photo messages: Telegram returns the file path for the bot's own token. */
async function commandDescribePhoto(message, command, subcommand, context) {
    const photo = message.photo?.at(-1);
    if (!photo) {
        return sendMessageToTelegramWithContext(context)('Send a photo with /describe as caption');
    }
    const link = await getFileLink(photo.file_id, context.SHARE_CONTEXT.currentBotToken);
    const image = await fetch(link).then((r) => r.arrayBuffer());
    const answer = await requestCompletionsFromLLM(subcommand || 'Describe this image', context, { image });
    return sendMessageToTelegramWithContext(context)(answer);
}

export const commandHandlers = {
    '/setenv': { scopes: ['all_private_chats', 'all_chat_administrators'], fn: commandUpdateUserConfig, needAuth: true },
    '/setenvs': { scopes: ['all_private_chats', 'all_chat_administrators'], fn: commandUpdateUserConfigs, needAuth: true },
    '/read': { scopes: ['all_private_chats'], fn: commandRead },
    '/describe': { scopes: ['all_private_chats'], fn: commandDescribePhoto },
};
