import express from 'express'
import multer from 'multer'
import Logger from '../../../utils/Logger'

const router = express.Router()
const upload = multer({ dest: '/captain/temp/uploads' })
const NAME_RE = /^[a-z0-9-]{1,50}$/

router.post('/:appName/', upload.single('sourceFile'), async function (req, res) {
    const { appName } = req.params
    const { gitHash = '', captainDefinitionPath = './captain-definition' } = req.body
    const serviceManager = res.locals.user.serviceManager
    Logger.d(`Deploying ${appName} at ${gitHash} from upload`)
    const result = await serviceManager.scheduleDeployNewVersion(appName, {
        uploadedTarPathSource: req.file ? req.file.path : undefined,
        captainDefinitionPath,
    })
    res.send({ status: 100, description: result })
})

router.post('/:appName/repo', async function (req, res) {
    const { appName } = req.params
    const { repo, branch = 'main' } = req.body
    const serviceManager = res.locals.user.serviceManager
    if (!NAME_RE.test(appName)) {
        return res.status(400).send({ status: 1000, description: 'bad app name' })
    }
    await serviceManager.pullRepository(appName, repo, branch)
    await serviceManager.pullRepositoryChecked(appName, repo, branch)
    res.send({ status: 100 })
})

export default router
