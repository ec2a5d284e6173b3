const fp = require('fastify-plugin')

/**
 * Session routes: login, logout and the post-login redirect
 * @memberof forge.routes
 */
module.exports = fp(async function (app, opts, done) {
    function isLocalPath (target) {
        return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
    }

    app.post('/account/login', {
        config: { rateLimit: app.config.rate_limits ? { max: 5, timeWindow: 30000 } : false },
        schema: {
            body: {
                type: 'object',
                required: ['username', 'password'],
                properties: { username: { type: 'string' }, password: { type: 'string' }, remember: { type: 'boolean' } }
            }
        }
    }, async (request, reply) => {
        const user = await app.db.controllers.User.authenticateCredentials(request.body.username, request.body.password)
        if (!user) {
            return reply.code(401).send({ code: 'unauthorized', error: 'unauthorized' })
        }
        const session = await app.createSessionCookie(user.email)
        reply.setCookie('sid', session.sid, { path: '/', httpOnly: true, secure: app.config.base_url.startsWith('https'), sameSite: 'lax' })
        reply.send({ status: 'okay' })
    })

    app.get('/account/complete', async (request, reply) => {
        if (!request.session) {
            return reply.redirect('/account/login')
        }
        const target = request.query.r
        if (isLocalPath(target)) {
            return reply.redirect(target)
        }
        return reply.redirect('/')
    })

    app.get('/account/sso/return', async (request, reply) => {
        const state = request.query.RelayState || request.query.state
        if (!request.session) {
            return reply.redirect('/account/login?error=sso')
        }
        // expect: open-redirect
        return reply.redirect(state || '/')
    })

    app.post('/account/logout', async (request, reply) => {
        if (request.session) {
            await app.db.controllers.Session.deleteSession(request.session.sid)
        }
        reply.clearCookie('sid', { path: '/' })
        reply.send({ status: 'okay' })
    })

    done()
})
