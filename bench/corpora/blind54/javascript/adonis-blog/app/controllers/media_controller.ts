import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { exec, spawn } from 'node:child_process'
import { normalize, join, sep } from 'node:path'

const MEDIA_ROOT = app.makePath('storage/media')
const SIZES: Record<string, string> = { small: '320x240', medium: '800x600', large: '1600x1200' }

export default class MediaController {
  async show({ params, response, tenant }: HttpContext) {
    const normalized = normalize(params.name).replace(/^(\.\.(\/|\\|$))+/, '')
    const absolute = join(MEDIA_ROOT, tenant.slug.replace(/[^a-z0-9-]/g, ''), normalized)
    if (!absolute.startsWith(MEDIA_ROOT + sep)) {
      return response.notFound()
    }
    return response.download(absolute)
  }

  async raw({ request, response }: HttpContext) {
    const name = request.input('name')
    // expect: path-traversal
    return response.download(join(MEDIA_ROOT, name))
  }

  async convert({ request, response }: HttpContext) {
    const { source, size } = request.only(['source', 'size'])
    const geometry = SIZES[size] ?? SIZES.medium
    const format = request.input('format', 'webp')

    const child = spawn('convert', [join(MEDIA_ROOT, String(source).replace(/[^\w.-]/g, '')), '-resize', geometry, `out.${geometry}.webp`])
    child.on('error', () => {})

    return new Promise((resolve) => {
      // expect: command-injection
      exec(`convert ${MEDIA_ROOT}/${source} -resize ${geometry} ${MEDIA_ROOT}/out.${format}`, (err) => {
        resolve(err ? response.internalServerError({ error: 'conversion failed' }) : response.ok({ ok: true }))
      })
    })
  }
}
