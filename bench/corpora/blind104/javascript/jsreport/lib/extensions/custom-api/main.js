const escapeHtml = require('escape-html')

module.exports = (reporter) => {
  reporter.on('express-configure', (app) => {
    app.get('/api/report-by-name/:name', async (req, res, next) => {
      try {
        const templates = await reporter.documentStore.collection('templates').find({ name: String(req.params.name) }, req)
        if (!templates.length) return res.status(404).send('not found')
        const result = await reporter.render({ template: { name: templates[0].name }, data: req.query }, req)
        result.stream.pipe(res)
      } catch (e) {
        next(e)
      }
    })

    app.get('/api/templates-search', async (req, res, next) => {
      try {
        const filter = req.query.filter ? JSON.parse(req.query.filter) : {}
        // expect: nosql-injection
        const templates = await reporter.documentStore.collection('templates').find(filter, req)
        res.json(templates.map((t) => ({ name: t.name, shortid: t.shortid })))
      } catch (e) {
        next(e)
      }
    })

    app.get('/report-missing', (req, res) => {
      res.status(404).send(`<p>No report named ${escapeHtml(req.query.name || '')}</p>`)
    })

    app.get('/report-error', (req, res) => {
      const message = req.query.message || 'Rendering failed'
      // expect: xss
      res.status(500).send(`<h2>Report error</h2><pre>${message}</pre>`)
    })
  })
}
