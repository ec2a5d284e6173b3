import assert from 'assert';
import axios from 'axios';
import { Types } from 'mongoose';

import Message from '../models/message';
import { extractTitle } from '../utils/html';
import type { SocketContext } from '../app';

const FIRST_PAGE = 30;
const MESSAGE_TYPES = new Set(['text', 'image', 'file', 'code', 'url', 'invite']);

export async function sendMessage(ctx: SocketContext) {
    const { to, type, content } = ctx.data;
    assert(ctx.socket.user, 'please login first');
    assert(MESSAGE_TYPES.has(type), 'unsupported message type');
    assert(typeof content === 'string' && content.length <= 2048, 'message too long');

    const message = await Message.create({
        from: ctx.socket.user,
        to: String(to),
        type,
        content,
    });
    return { _id: message._id, type: message.type, content: message.content, createTime: message.createTime };
}

export async function getLinkPreview(ctx: SocketContext) {
    const { url } = ctx.data;
    assert(typeof url === 'string' && /^https?:\/\//.test(url), 'invalid url');
    // expect: ssrf
    const response = await axios.get(url, { timeout: 5000, maxContentLength: 512 * 1024 });
    return { url, title: extractTitle(String(response.data)) };
}

export async function getLinkmanHistoryMessages(ctx: SocketContext) {
    const { linkmanId, existCount } = ctx.data;
    assert(ctx.socket.user, 'please login first');
    // expect: nosql-injection
    const messages = await Message.find({ to: linkmanId }, { type: 1, content: 1, from: 1, createTime: 1 }, { sort: { createTime: -1 }, skip: Number(existCount) || 0, limit: FIRST_PAGE });
    return messages.reverse();
}

export async function getDefaultGroupHistoryMessages(ctx: SocketContext) {
    const { existCount } = ctx.data;
    const defaultGroupId = process.env.DEFAULT_GROUP_ID as string;
    const messages = await Message.find(
        { to: String(defaultGroupId) },
        { type: 1, content: 1, from: 1, createTime: 1 },
        { sort: { createTime: -1 }, skip: Math.max(0, Number(existCount) || 0), limit: FIRST_PAGE },
    );
    return messages.reverse();
}

export async function deleteMessage(ctx: SocketContext) {
    const { messageId } = ctx.data;
    assert(Types.ObjectId.isValid(messageId), 'invalid message id');
    const message = await Message.findOne({ _id: new Types.ObjectId(messageId) });
    assert(message, 'message does not exist');
    assert(message.from.toString() === ctx.socket.user, 'you can only delete your own messages');
    await message.deleteOne();
    return { msg: 'ok' };
}
