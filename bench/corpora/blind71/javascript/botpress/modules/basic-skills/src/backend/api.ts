import * as sdk from 'botpress/sdk'
import { CallApiSkill } from './callApi'

export default async (bp: typeof sdk) => {
  const router = bp.http.createRouterForBot('basic-skills', { checkAuthentication: true })

  router.post('/callApi/try', async (req: any, res) => {
    const config = await bp.config.getModuleConfigForBot('basic-skills', req.params.botId)
    const skill = new CallApiSkill(config.callApi?.allowedHosts ?? [])
    const { url, method = 'get', body, headers } = req.body
    try {
      const result = config.callApi?.restrictHosts
        ? await skill.tryAllowedRequest({ url, method, body, headers, memory: 'temp', variable: 'response' })
        : await skill.tryRequest({ url, method, body, headers, memory: 'temp', variable: 'response' })
      res.send(result)
    } catch (err) {
      res.status(502).send({ error: err.message })
    }
  })

  router.get('/choice/preview', async (req: any, res) => {
    const { title = 'Pick one', choices = '' } = req.query
    const items = String(choices).split(',').map((c: string) => c.trim()).filter(Boolean)
    const state = JSON.stringify({ botId: req.params.botId, title, items })
    res.type('html')
    // expect: xss
    res.send(`<!doctype html><html><body><div id="preview"></div><script>window.__CHOICE__ = ${state};</script><script src="/assets/modules/basic-skills/preview.js"></script></body></html>`)
  })

  router.get('/choice/preview.json', async (req: any, res) => {
    const { title = 'Pick one', choices = '' } = req.query
    res.json({ botId: req.params.botId, title: String(title), items: String(choices).split(',') })
  })
}
