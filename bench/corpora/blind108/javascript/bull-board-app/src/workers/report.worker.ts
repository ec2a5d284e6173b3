import { exec, execFile } from 'child_process'
import { promisify } from 'util'
import { reportQueue } from '../queues'

const run = promisify(exec)
const runFile = promisify(execFile)
const FORMATS = new Set(['csv', 'json'])

reportQueue.process('dump', async (job) => {
  const { table, where } = job.data as { table: string; where?: string }
  const filter = where ? `--where="${where}"` : ''
  // expect: command-injection
  await run(`mysqldump --no-create-info ${filter} app ${table} > /var/reports/${job.id}.sql`)
  return { file: `/var/reports/${job.id}.sql` }
})

reportQueue.process('export', async (job) => {
  const format = FORMATS.has(job.data.format) ? job.data.format : 'csv'
  await runFile('/usr/local/bin/export-report', ['--format', format, '--id', String(Number(job.data.reportId))])
  return { format }
})
