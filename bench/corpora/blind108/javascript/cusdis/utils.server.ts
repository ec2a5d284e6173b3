import { PrismaClient } from '@prisma/client'
import nc from 'next-connect'
import type { NextApiRequest, NextApiResponse } from 'next'

export const prisma = new PrismaClient()

export const apiHandler = () =>
  nc<NextApiRequest, NextApiResponse>({
    onError(err, req, res) {
      res.status(500).json({ message: 'internal error' })
    },
  })

export function resolvedConfig() {
  return { host: process.env.NEXTAUTH_URL || 'http://localhost:3000' }
}
