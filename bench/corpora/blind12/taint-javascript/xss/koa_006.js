// library: Koa (@koa/router) + HTML response (array join)
// HTML response (array join): value from the request (body)
const Router = require('@koa/router');

const router = new Router();


const CHOICES = { a: 'guest', b: 'visitor', c: 'member' };

function pick(value) {
  return Object.hasOwn(CHOICES, value) ? CHOICES[value] : 'guest';
}

router.post('/comment', async (ctx) => {
  const param = ctx.request.body.comment || 'guest';
  const bar = pick(param);
  const parts = [];
  parts.push('<p class="comment">');
  parts.push(bar);
  parts.push('</p>');
  ctx.type = 'html';
  ctx.body = parts.join('');
});

module.exports = router;
