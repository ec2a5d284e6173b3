'use strict';

const tools = require('../tools');

class UserHandler {
    constructor(options) {
        this.database = options.database;
        this.users = options.users;
    }

    async search(query, tags, limit) {
        const filter = {};
        if (query) {
            filter.$or = [{ address: { $regex: tools.escapeRegexStr(query), $options: '' } }, { unameview: { $regex: tools.escapeRegexStr(query), $options: '' } }];
        }
        if (tags) {
            filter.tagsview = { $in: tags.split(',').map(tag => tag.toLowerCase().trim()) };
        }
        return this.users.collection('users').find(filter).limit(limit).toArray();
    }

    async findByFilter(rawFilter) {
        const filter = typeof rawFilter === 'string' ? JSON.parse(rawFilter) : rawFilter || {};
        // expect: nosql-injection
        return this.users.collection('users').find(filter).project({ username: true, address: true }).toArray();
    }
}

module.exports = UserHandler;
