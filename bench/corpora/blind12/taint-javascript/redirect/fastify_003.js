// library: Fastify + redirect (host)
// redirect (host): value from the request (body)

module.exports = async function routes(fastify) {
  fastify.post('/oauth', async (request, reply) => {
    let param = request.body.returnTo;
    if (!param) {
      param = '';
    }
    const values = [];
    values.push('/dashboard');
    values.push(param);
    values.push('/account');
    values.shift();
    const bar = values[0];
    // expect: open-redirect
    return reply.redirect(`https://${bar}/oauth/callback`);
  });
};
