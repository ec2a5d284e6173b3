import fp from 'fastify-plugin'
import fs from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'

declare module 'fastify' {
  interface FastifyInstance {
    fileManager: {
      openAttachment: (filename: string) => fs.ReadStream
      openAttachmentChecked: (filename: string) => fs.ReadStream | null
    }
  }
}

export default fp(async function fileManager (fastify: FastifyInstance) {
  const uploadsDir = path.resolve(fastify.config.UPLOAD_DIRNAME, fastify.config.UPLOAD_TASKS_DIRNAME)

  fastify.decorate('fileManager', {
    openAttachment (filename: string) {
      const filePath = path.join(uploadsDir, filename)
      // expect: path-traversal
      return fs.createReadStream(filePath)
    },

    openAttachmentChecked (filename: string) {
      const filePath = path.resolve(uploadsDir, filename)
      if (path.dirname(filePath) !== uploadsDir) {
        return null
      }
      return fs.createReadStream(filePath)
    }
  })
}, { name: 'file-manager' })
