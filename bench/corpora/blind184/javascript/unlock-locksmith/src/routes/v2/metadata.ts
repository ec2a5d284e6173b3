import networks from '@unlock-protocol/networks'
import { Web3Service } from '@unlock-protocol/unlock-js'
import express from 'express'
import { MetadataController } from '../../controllers/v2/metadataController'
import { authenticatedMiddleware } from '../../utils/middlewares/auth'
import { lockManagerMiddleware } from '../../utils/middlewares/lockManager'
import { lockIcon } from '../../operations/lockIconOperations'

const router = express.Router({ mergeParams: true })

const web3Service = new Web3Service(networks)
const metadataController = new MetadataController({ web3Service })

router.get('/:network/locks/:lockAddress', (req, res) =>
  metadataController.getLockMetadata(req, res)
)

router.put(
  '/:network/locks/:lockAddress',
  authenticatedMiddleware,
  lockManagerMiddleware,
  (req, res) => metadataController.updateLockMetadata(req, res)
)

router.put(
  '/:network/locks/:lockAddress/users/:userAddress',
  authenticatedMiddleware,
  (req, res) => metadataController.updateUserMetadataField(req, res)
)

router.get('/:network/locks/:lockAddress/icon', async (req, res) => {
  const network = Number(req.params.network)
  if (!networks[network]) {
    return res.status(404).send({ message: 'Unknown network' })
  }
  const svg = await lockIcon({
    lockAddress: req.params.lockAddress,
    label: req.query.label ? String(req.query.label) : undefined,
    color: req.query.color ? String(req.query.color) : undefined,
  })
  res.setHeader('Content-Type', 'image/svg+xml')
  res.setHeader('Cache-Control', 'public, max-age=3600')
  return res.send(svg)
})

export default router
