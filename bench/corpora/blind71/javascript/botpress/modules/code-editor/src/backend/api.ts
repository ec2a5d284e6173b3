import * as sdk from 'botpress/sdk'
import { Editor } from './editor'
import { testAction } from './runner'
import { validateFile } from './validation'

export default async (bp: typeof sdk, editorByBot: Record<string, Editor>) => {
  const router = bp.http.createRouterForBot('code-editor', { checkAuthentication: true })

  const getEditor = (botId: string) => {
    if (!editorByBot[botId]) {
      editorByBot[botId] = new Editor(bp)
    }
    return editorByBot[botId].forBot(botId)
  }

  router.get('/readFile', async (req: any, res) => {
    try {
      const { type = 'action_legacy', location } = req.query
      const content = await getEditor(req.params.botId).readFile({ type, location })
      res.send({ content })
    } catch (err) {
      bp.logger.forBot(req.params.botId).attachError(err).error('Could not read file')
      res.sendStatus(404)
    }
  })

  router.post('/save', async (req: any, res) => {
    try {
      const file = await validateFile(req.body)
      await getEditor(req.params.botId).saveFile(file)
      res.sendStatus(200)
    } catch (err) {
      res.status(400).send(err.message)
    }
  })

  router.post('/flows/import', async (req: any, res) => {
    const { content, source } = req.body
    const isBuiltinTemplate = source === 'template'
    const flow = getEditor(req.params.botId).parseFlowYaml(String(content ?? ''), isBuiltinTemplate)
    res.send({ flow })
  })

  router.post('/test', async (req: any, res) => {
    const { code, sampleEvent } = req.body
    const user = req.tokenUser?.email ?? 'anonymous'
    const result = await testAction(code, sampleEvent ?? {}, { user })
    res.send(result)
  })
}
