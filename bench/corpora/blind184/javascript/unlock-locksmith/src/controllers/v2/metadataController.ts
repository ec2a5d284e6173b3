import { Request, Response } from 'express'
import { ethers } from 'ethers'
import { Web3Service } from '@unlock-protocol/unlock-js'
import { z } from 'zod'
import { LockMetadata, UserTokenMetadata } from '../../models'
import * as metadataOperations from '../../operations/metadataOperations'
import logger from '../../logger'

const LockMetadataBody = z
  .object({
    name: z.string().max(200),
    description: z.string().max(2000).optional(),
    image: z.string().url().optional(),
    external_url: z.string().url().optional(),
    attributes: z
      .array(z.object({ trait_type: z.string(), value: z.union([z.string(), z.number()]) }))
      .optional(),
  })
  .strict()

export class MetadataController {
  public web3Service: Web3Service

  constructor({ web3Service }: { web3Service: Web3Service }) {
    this.web3Service = web3Service
  }

  async getLockMetadata(request: Request, response: Response) {
    const network = Number(request.params.network)
    const lockAddress = ethers.utils.getAddress(request.params.lockAddress)
    const lockData = await LockMetadata.findOne({
      where: { chain: network, address: lockAddress },
    })
    if (!lockData) {
      return response.status(404).send({ message: 'No metadata for this lock.' })
    }
    return response.status(200).send(lockData.data)
  }

  async updateLockMetadata(request: Request, response: Response) {
    const network = Number(request.params.network)
    const lockAddress = ethers.utils.getAddress(request.params.lockAddress)
    const metadata = await LockMetadataBody.parseAsync(request.body.metadata)
    const [updated] = await LockMetadata.upsert(
      { chain: network, address: lockAddress, data: { ...metadata } },
      { returning: true }
    )
    return response.status(200).send(updated.data)
  }

  async updateUserMetadataField(request: Request, response: Response) {
    const network = Number(request.params.network)
    const lockAddress = ethers.utils.getAddress(request.params.lockAddress)
    const userAddress = ethers.utils.getAddress(request.params.userAddress)
    const { path, value } = request.body
    if (typeof path !== 'string' || path.length > 120) {
      return response.status(400).send({ message: 'Invalid field path' })
    }
    const record = await UserTokenMetadata.findOne({
      where: { chain: network, tokenAddress: lockAddress, userAddress },
    })
    const data = record?.data ?? { userMetadata: { public: {}, protected: {} } }
    metadataOperations.setField(data, path, value)
    await UserTokenMetadata.upsert({
      chain: network,
      tokenAddress: lockAddress,
      userAddress,
      data,
    })
    logger.info('user metadata field updated', { lockAddress, userAddress })
    return response.status(202).send({ ok: true })
  }
}
