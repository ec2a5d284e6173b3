'use strict';

// Every statement takes its values as `?` parameters.
module.exports = {
    get_comments: `SELECT comment.id, user.id AS author_id, comment.comment, comment.created_at,
            comment.approved, comment.reply_to, user.display_name, user.name, user.url, user.trusted
        FROM comment INNER JOIN user ON (user_id = user.id)
        WHERE slug = ? AND ((NOT user.blocked AND NOT comment.rejected
            AND (comment.approved OR user.trusted)) OR user.id = ?)
        ORDER BY comment.created_at`,

    admin_get_comments: `SELECT comment.id, slug, comment.comment, comment.created_at,
            user.display_name, user.name, user.trusted, user.blocked
        FROM comment INNER JOIN user ON (user_id = user.id)
        WHERE NOT user.blocked AND NOT comment.rejected AND NOT comment.approved
            AND NOT user.trusted`,

    comment_count: `SELECT COUNT(*) AS n FROM comment INNER JOIN user ON (user_id = user.id)
        WHERE slug = ? AND NOT comment.rejected AND (comment.approved OR user.trusted)`,

    insert: `INSERT INTO comment (user_id, slug, comment, created_at, approved, rejected, reply_to)
        VALUES (?, ?, ?, datetime(), 0, 0, ?)`,

    approve: 'UPDATE comment SET approved = 1 WHERE id = ?',
    reject: 'UPDATE comment SET rejected = 1 WHERE id = ?',
    trust: 'UPDATE user SET trusted = 1 WHERE id = ?',
    block: 'UPDATE user SET blocked = 1 WHERE id = ?',

    get_user: 'SELECT id, name, display_name, trusted, blocked FROM user WHERE id = ?',

    feed: `SELECT comment.id, slug, comment.comment, comment.created_at, user.display_name, user.name
        FROM comment INNER JOIN user ON (user_id = user.id)
        WHERE NOT user.blocked AND NOT comment.rejected AND (comment.approved OR user.trusted)
        ORDER BY comment.created_at DESC LIMIT 20`
};
