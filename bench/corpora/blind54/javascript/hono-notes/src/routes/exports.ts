import { Hono } from 'hono'
import { execa } from 'execa'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import type { AppEnv } from '../index'

const runFile = promisify(execFile)
const EXPORT_DIR = resolve(process.env.EXPORT_DIR ?? '/var/lib/notes/exports')
const PAPER_SIZES = new Set(['a4', 'letter', 'a5'])

const exportsRoute = new Hono<AppEnv>()

exportsRoute.post('/pdf', async (c) => {
  const { noteId, paper = 'a4' } = await c.req.json<{ noteId: string; paper?: string }>()
  const out = `${EXPORT_DIR}/${noteId}.pdf`
  // expect: command-injection
  await execa(`pandoc notes/${noteId}.md -V papersize=${paper} -o ${out}`, { shell: true })
  return c.json({ file: `${noteId}.pdf` })
})

exportsRoute.post('/pdf-args', async (c) => {
  const { noteId, paper = 'a4' } = await c.req.json<{ noteId: string; paper?: string }>()
  const id = Number.parseInt(String(noteId), 10)
  if (Number.isNaN(id)) return c.json({ error: 'bad id' }, 400)
  const size = PAPER_SIZES.has(paper) ? paper : 'a4'
  await runFile('pandoc', [`notes/${id}.md`, '-V', `papersize=${size}`, '-o', join(EXPORT_DIR, `${id}.pdf`)])
  return c.json({ file: `${id}.pdf` })
})

exportsRoute.get('/download/:file', async (c) => {
  const file = c.req.param('file')
  // expect: path-traversal
  const data = await readFile(join(EXPORT_DIR, file))
  return c.body(data, 200, { 'content-type': 'application/pdf' })
})

exportsRoute.get('/fetch/:file', async (c) => {
  const target = resolve(EXPORT_DIR, c.req.param('file'))
  if (!target.startsWith(EXPORT_DIR + sep)) {
    return c.text('not found', 404)
  }
  const data = await readFile(target)
  return c.body(data, 200, { 'content-type': 'application/pdf' })
})

exportsRoute.get('/archive', async (c) => {
  const parts = c.req.queries('id') ?? []
  let list = ''
  for (const p of parts) {
    list += ` ${p}.pdf`
  }
  // expect: command-injection
  const { stdout } = await execa(`tar czf - -C ${EXPORT_DIR}${list} | base64`, { shell: true })
  return c.text(stdout)
})

exportsRoute.get('/archive-ids', async (c) => {
  const ids = (c.req.queries('id') ?? []).map((p) => Number.parseInt(p, 10)).filter((n) => !Number.isNaN(n))
  const { stdout } = await runFile('tar', ['czf', '-', '-C', EXPORT_DIR, ...ids.map((n) => `${n}.pdf`)], { encoding: 'buffer' })
  return c.body(stdout, 200, { 'content-type': 'application/gzip' })
})

export default exportsRoute
