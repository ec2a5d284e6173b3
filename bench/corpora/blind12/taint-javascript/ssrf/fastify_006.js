// library: Fastify + got
// got: value from the request (params)
const got = require('got');


const CHOICES = { a: 'status.example.com', b: 'api.example.com', c: 'cdn.example.com' };

function pick(value) {
  return Object.hasOwn(CHOICES, value) ? CHOICES[value] : 'status.example.com';
}

module.exports = async function routes(fastify) {
  fastify.get('/preview/:target', async (request, reply) => {
    const param = request.params.target || 'status.example.com';
    const bar = pick(param);
    const body = await got(bar, { timeout: { request: 5000 } }).text();
    return { bytes: body.length };
  });
};
