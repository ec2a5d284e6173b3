import express from 'express'
import { fetchTemplateList } from '../../../utils/TemplateFetcher'

const router = express.Router()

router.get('/template/list', async function (req, res) {
    const dataStore = res.locals.user.dataStore
    const repoUrl = (req.query.repo as string) ?? ''
    const stored: string[] = await dataStore.getOneClickAppRepos()
    const lists = []
    for (const known of stored) {
        lists.push(await fetchTemplateList(known))
    }
    if (repoUrl) {
        lists.push(await fetchTemplateList(repoUrl))
    }
    res.send({ status: 100, data: { oneClickApps: lists.flat() } })
})

export default router
