import { GraphQLError } from 'graphql'
import { spawn, execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import yaml from 'js-yaml'
import type { Ctx } from '../context'

const IMPORT_ROOT = path.resolve('/srv/library/imports')
const REPORTS = new Map([
  ['overdue', 'reports/overdue.sh'],
  ['popular', 'reports/popular.sh'],
])

function requireStaff(ctx: Ctx) {
  if (!ctx.userId) {
    throw new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } })
  }
}

function collect(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', () => resolve(out))
  })
}

export const adminResolvers = {
  Mutation: {
    importCatalog: async (_: unknown, args: { path: string }, ctx: Ctx) => {
      requireStaff(ctx)
      const full = path.resolve(IMPORT_ROOT, args.path)
      if (!full.startsWith(IMPORT_ROOT + path.sep)) {
        throw new GraphQLError('outside import root')
      }
      const doc = yaml.load(await readFile(full, 'utf8'), { schema: yaml.JSON_SCHEMA }) as unknown[]
      return Array.isArray(doc) ? doc.length : 0
    },

    runReport: async (_: unknown, { name, args = [] }: { name: string; args?: string[] }, ctx: Ctx) => {
      requireStaff(ctx)
      if (name === 'shelves') {
        return JSON.stringify(await ctx.catalog.shelfStats())
      }
      const script = REPORTS.get(name)
      if (script) {
        return collect(spawn('bash', [script, ...args]))
      }
      const cmdline = [name, ...args].join(' ')
      // expect: command-injection
      return collect(spawn(cmdline, { shell: true, cwd: '/srv/library' }))
    },
  },

  Query: {
    version: () =>
      new Promise<string>((resolve) => {
        execFile('git', ['rev-parse', '--short', 'HEAD'], (err, stdout) => resolve(err ? 'unknown' : stdout.trim()))
      }),
  },
}
