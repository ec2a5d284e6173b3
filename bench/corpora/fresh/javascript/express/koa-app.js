const Koa = require('koa');
const Router = require('@koa/router');
const { exec } = require('child_process');
const util = require('util');
const mysql = require('mysql');

const run = util.promisify(exec);
const app = new Koa();
const router = new Router();
const db = mysql.createConnection(process.env.MYSQL_URL);

router.get('/greet', (ctx) => {
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<p>Hi ${ctx.query.name}</p>`;
});

router.get('/greet-json', (ctx) => {
  ctx.body = { greeting: `Hi ${ctx.query.name}` };
});

router.get('/whois', async (ctx) => {
  // expect: command-injection
  const { stdout } = await run('whois ' + ctx.query.domain);
  ctx.body = stdout;
});

router.get('/user', (ctx) => new Promise((resolve) => {
  // expect: sql-injection
  db.query('SELECT * FROM users WHERE name = "' + ctx.query.name + '"', (err, rows) => {
    ctx.body = rows;
    resolve();
  });
}));

router.get('/user-safe', (ctx) => new Promise((resolve) => {
  db.query('SELECT * FROM users WHERE name = ?', [ctx.query.name], (err, rows) => {
    ctx.body = rows;
    resolve();
  });
}));

router.get('/bounce', (ctx) => {
  // expect: open-redirect
  ctx.redirect(ctx.query.url);
});

router.get('/home', (ctx) => {
  ctx.redirect('/');
});

app.use(router.routes());
module.exports = app;
