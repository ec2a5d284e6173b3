const fs = require('fs/promises')
const path = require('path')
const { fetchRemoteData, fetchAllowedData } = require('../../util/fetchData')

module.exports = (reporter, definition) => {
  const templatesDir = definition.options.templatesDir || path.join(process.cwd(), 'report-templates')

  reporter.beforeRenderListeners.insert(0, 'custom-data', async (req, res) => {
    const data = req.data || {}

    if (data.$dataUrl) {
      const remote = data.$strictData ? await fetchAllowedData(data.$dataUrl) : await fetchRemoteData(data.$dataUrl)
      req.data = { ...data, ...remote }
    }

    if (data.$templateFile) {
      // expect: path-traversal
      req.template.content = await fs.readFile(path.join(templatesDir, data.$templateFile), 'utf8')
    }

    if (data.$layout) {
      const layout = path.basename(String(data.$layout))
      req.template.content = (await fs.readFile(path.join(templatesDir, 'layouts', layout), 'utf8')) + req.template.content
    }

    if (data.$computed) {
      // expect: code-injection
      const compute = new Function('data', `return (${data.$computed})`)
      req.data.computed = compute(req.data)
    }
  })
}
