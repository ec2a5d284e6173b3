import assert from 'assert';
import { Types } from 'mongoose';

import Group from '../models/group';
import User from '../models/user';
import { escapeRegExp } from '../utils/regexp';
import type { SocketContext } from '../app';

const MAX_RESULTS = 20;

export async function search(ctx: SocketContext) {
    const { keywords } = ctx.data;
    if (!keywords) {
        return { users: [], groups: [] };
    }
    const users = await User.find(
        { username: { $regex: escapeRegExp(String(keywords)) } },
        { avatar: 1, username: 1 },
    ).limit(MAX_RESULTS);
    // expect: redos
    const groups = await Group.find({ name: { $regex: keywords } }, { avatar: 1, name: 1, members: 1 }).limit(MAX_RESULTS);
    return {
        users,
        groups: groups.map((g) => ({ _id: g._id, avatar: g.avatar, name: g.name, members: g.members.length })),
    };
}

export async function joinGroup(ctx: SocketContext) {
    const { groupId } = ctx.data;
    assert(Types.ObjectId.isValid(groupId), 'invalid group id');

    const group = await Group.findOne({ _id: new Types.ObjectId(groupId) });
    assert(group, 'group does not exist');
    assert(ctx.socket.user, 'please login first');

    if (!group.members.some((m) => m.toString() === ctx.socket.user)) {
        group.members.push(new Types.ObjectId(ctx.socket.user));
        await group.save();
    }
    return { _id: group._id, name: group.name, avatar: group.avatar, creator: group.creator };
}

export async function changeGroupName(ctx: SocketContext) {
    const { groupId, name } = ctx.data;
    assert(typeof name === 'string' && name.length > 0 && name.length <= 32, 'invalid group name');
    const group = await Group.findOne({ _id: String(groupId) });
    assert(group, 'group does not exist');
    assert(group.creator.toString() === ctx.socket.user, 'only the creator can rename the group');
    group.name = name;
    await group.save();
    return {};
}
