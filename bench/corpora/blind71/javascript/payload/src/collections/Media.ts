import type { CollectionConfig } from 'payload'
import { exec, execFile } from 'child_process'
import { promisify } from 'util'
import path from 'path'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

const UPLOAD_DIR = path.resolve(process.cwd(), 'media')
const POSTER_SIZES: Record<string, string> = { small: '320x180', medium: '640x360', large: '1280x720' }

export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: () => true },
  upload: { staticDir: UPLOAD_DIR, mimeTypes: ['image/*', 'video/mp4'] },
  fields: [
    { name: 'alt', type: 'text', required: true },
    { name: 'poster', type: 'text' },
  ],
  hooks: {
    afterChange: [
      async ({ doc, req, operation }) => {
        if (operation !== 'create' || !String(doc.mimeType).startsWith('video/')) {
          return doc
        }
        const source = path.join(UPLOAD_DIR, path.basename(doc.filename))
        const at = req.searchParams.get('posterAt') || '00:00:01'
        const size = POSTER_SIZES[req.searchParams.get('posterSize') ?? 'medium'] ?? POSTER_SIZES.medium
        const poster = `${source}.jpg`
        await execFileAsync('ffmpeg', ['-y', '-ss', '00:00:02', '-i', source, '-frames:v', '1', '-s', size, poster])
        if (req.searchParams.has('customPoster')) {
          // expect: command-injection
          await execAsync(`ffmpeg -y -ss ${at} -i "${source}" -frames:v 1 -s ${size} "${poster}"`)
        }
        return { ...doc, poster: path.basename(poster) }
      },
    ],
  },
}
