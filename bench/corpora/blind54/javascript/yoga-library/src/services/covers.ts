import got from 'got'
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3'

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' })
const COVER_CDN = 'https://covers.openlibrary.org'
const BUCKET = process.env.COVER_BUCKET ?? 'library-covers'

class CoverClient {
  async fetchByIsbn(isbn: string): Promise<Buffer> {
    const clean = isbn.replace(/[^0-9X]/gi, '')
    return got(`${COVER_CDN}/b/isbn/${clean}-M.jpg`, { timeout: { request: 4000 } }).buffer()
  }

  async download(source: string): Promise<Buffer> {
    // expect: ssrf
    return got(source, { timeout: { request: 4000 }, followRedirect: true }).buffer()
  }

  async store(id: string, source: string): Promise<string> {
    const looksLikeIsbn = /^[0-9X-]{10,17}$/i.test(source)
    const image = looksLikeIsbn ? await this.fetchByIsbn(source) : await this.download(source)
    const key = `covers/${encodeURIComponent(id)}.jpg`
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: image, ContentType: 'image/jpeg' }))
    return `https://${BUCKET}.s3.amazonaws.com/${key}`
  }
}

export const coverClient = new CoverClient()
