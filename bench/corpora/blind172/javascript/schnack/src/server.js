'use strict';

const express = require('express');
const cors = require('cors');
const session = require('express-session');
const SQLiteStore = require('connect-sqlite3')(session);
const RSS = require('rss');
const marked = require('marked');
const sanitizeHtml = require('sanitize-html');

const dbHandler = require('./db');
const queries = require('./db/queries');
const config = require('./config');
const { checkOrigin, error } = require('./helper');
const commentsRouter = require('./routes/comments');
const authRouter = require('./routes/auth');
const adminRouter = require('./routes/admin');

function run(db) {
    const app = express();
    app.set('trust proxy', 1);
    app.use(cors({ credentials: true, origin: checkOrigin }));
    app.use(express.json({ limit: '32kb' }));
    app.use(session({
        store: new SQLiteStore({ dir: config.get('database').sessions_dir }),
        secret: config.get('oauth').secret,
        resave: false,
        saveUninitialized: false,
        cookie: { secure: true, sameSite: 'none', httpOnly: true, domain: `.${require('./helper').getSchnackDomain()}` }
    }));

    app.use(authRouter());
    app.use(commentsRouter(db));
    app.use(adminRouter(db));

    app.get('/feed', (req, res) => {
        const feed = new RSS({ title: 'Recent comments', site_url: config.get('page_url').replace('%SLUG%', '') });
        db.all(queries.feed, [], (err, rows) => {
            if (error(err, res)) return;
            rows.forEach(row => feed.item({
                title: `New comment by ${row.display_name || row.name}`,
                description: sanitizeHtml(marked.parse(row.comment)),
                url: config.get('page_url').replace('%SLUG%', encodeURIComponent(row.slug)),
                date: row.created_at
            }));
            res.type('application/rss+xml').send(feed.xml({ indent: true }));
        });
    });

    app.use(express.static('build', { index: false }));
    app.listen(config.get('port'), () => console.log(`schnack listening on ${config.get('port')}`));
}

dbHandler.init().then(run).catch(err => {
    console.error('could not start schnack', err);
    process.exit(1);
});
