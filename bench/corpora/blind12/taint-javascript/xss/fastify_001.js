// library: Fastify + HTML response (template literal)
// HTML response (template literal): value from the request (header)

module.exports = async function routes(fastify) {
  fastify.get('/hello', async (request, reply) => {
    const param = request.headers['x-name'] ?? '';
    const num = 106;
    let bar;
    if (7 * 18 + num > 200) {
      bar = param;
    } else {
      bar = 'guest';
    }
    // expect: xss
    return reply.type('text/html').send(`<h1>Hello ${bar}</h1>`);
  });
};
