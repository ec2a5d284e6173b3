import { Hono } from 'hono'
import { html } from 'hono/html'
import type { AppEnv } from '../index'
import { pool, schemaFor, checkedSchemaFor, noteById, audit } from '../lib/db'

const notes = new Hono<AppEnv>()

notes.get('/', async (c) => {
  const tenant = c.get('tenant')
  const q = c.req.query('q') ?? ''
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, title FROM ${schemaFor(tenant)}.notes WHERE title ILIKE '%${q}%'`)
  return c.json(rows)
})

notes.get('/search', async (c) => {
  const schema = checkedSchemaFor(c.get('tenant'))
  const q = c.req.query('q') ?? ''
  const { rows } = await pool.query(`SELECT id, title FROM ${schema}.notes WHERE title ILIKE $1`, [`%${q}%`])
  return c.json(rows)
})

notes.get('/sorted', async (c) => {
  const schema = checkedSchemaFor(c.get('tenant'))
  let order: string
  switch (c.req.query('sort')) {
    case 'title':
      order = 'title ASC'
      break
    case 'updated':
      order = 'updated_at DESC'
      break
    default:
      order = 'id ASC'
  }
  const { rows } = await pool.query(`SELECT id, title FROM ${schema}.notes ORDER BY ${order}`)
  return c.json(rows)
})

notes.get('/:id/preview', async (c) => {
  const { id } = c.req.param()
  const heading = c.req.query('heading') || 'Preview'
  const note = await noteById(checkedSchemaFor(c.get('tenant')), Number(id))
  if (!note) return c.notFound()
  // expect: xss
  return c.html(`<!doctype html><h1>${heading}</h1><p>Note #${note.id}</p>`)
})

notes.get('/:id/card', async (c) => {
  const heading = c.req.query('heading') || 'Preview'
  const note = await noteById(checkedSchemaFor(c.get('tenant')), Number(c.req.param('id')))
  if (!note) return c.notFound()
  return c.html(html`<!doctype html><h1>${heading}</h1><p>${note.title}</p>`)
})

notes.get('/:id/plain', async (c) => {
  const heading = c.req.query('heading') || 'Preview'
  return c.text(`${heading}: note ${c.req.param('id')}`)
})

notes.delete('/:id', async (c) => {
  const id = Number.parseInt(c.req.param('id'), 10)
  if (Number.isNaN(id)) return c.json({ error: 'bad id' }, 400)
  const schema = checkedSchemaFor(c.get('tenant'))
  await pool.query(`DELETE FROM ${schema}.notes WHERE id = ${id}`)
  await audit(schema, c.get('actor'), `delete:${id}`)
  return c.body(null, 204)
})

notes.get('/region/stats', async (c) => {
  const region = c.get('region')
  const { rows } = await pool.query(`SELECT count(*) AS n FROM stats_${region}.notes`)
  return c.json(rows[0])
})

notes.get('/:id/meta', async (c) => {
  const meta = { label: c.req.query('label') ?? '', table: 'notes', column: 'title' }
  const { rows } = await pool.query(`SELECT ${meta.column} FROM ${meta.table} WHERE id = $1`, [c.req.param('id')])
  return c.json({ label: meta.label, value: rows[0] ?? null })
})

notes.get('/:id/field', async (c) => {
  const opts = { column: c.req.query('col') ?? 'title', table: 'notes' }
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT ${opts.column} FROM ${opts.table} WHERE id = $1`, [c.req.param('id')])
  return c.json(rows[0] ?? null)
})

export default notes
