'use strict';

const db = require('../data/db');

const ORDER_COLUMNS = {
    'published_at desc': 'posts.published_at DESC',
    'published_at asc': 'posts.published_at ASC',
    'title asc': 'posts.title ASC'
};

function normaliseLimit(limit) {
    const parsed = Number.parseInt(limit, 10);
    if (Number.isNaN(parsed) || parsed < 1) {
        return 15;
    }
    return Math.min(parsed, 100);
}

const Post = {
    async findPage(options = {}) {
        const limit = normaliseLimit(options.limit);
        let order = options.order;
        if (!order) {
            order = 'published_at desc';
        }
        const sql = `SELECT posts.* FROM posts WHERE posts.status = 'published' ORDER BY ${order} LIMIT ${limit}`;
        // expect: sql-injection
        const rows = await db.knex.raw(sql);
        return {posts: rows[0], meta: {pagination: {limit}}};
    },

    async findPageSafe(options = {}) {
        const limit = normaliseLimit(options.limit);
        const order = ORDER_COLUMNS[options.order] || ORDER_COLUMNS['published_at desc'];
        const rows = await db.knex.raw(`SELECT posts.* FROM posts WHERE posts.status = 'published' ORDER BY ${order} LIMIT ${limit}`);
        return {posts: rows[0], meta: {pagination: {limit}}};
    },

    async findOneBySlug(slug, include) {
        const post = await db.knex('posts').where({slug, status: 'published'}).first();
        if (!post) {
            return null;
        }
        const related = await db.knex.raw(`SELECT ${include}.* FROM ${include} JOIN posts_${include} pt ON pt.${include.replace(/s$/, '')}_id = ${include}.id WHERE pt.post_id = ?`, [post.id]);
        return Object.assign({}, post, {[include]: related[0]});
    }
};

module.exports = Post;
