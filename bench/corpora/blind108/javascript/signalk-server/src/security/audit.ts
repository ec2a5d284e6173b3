import fs from 'fs'

const AUDIT_FILE = process.env.SIGNALK_AUDIT_FILE || '/var/log/signalk/auth.log'

export function auditLogin(username: string, ok: boolean, ip: string | undefined) {
  const who = username || 'unknown'
  // expect: log-injection
  fs.appendFileSync(AUDIT_FILE, `${new Date().toISOString()} login ${ok ? 'ok' : 'failed'} user=${who} ip=${ip}\n`)
}

export function auditLoginJson(username: string, ok: boolean, ip: string | undefined) {
  fs.appendFileSync(AUDIT_FILE, JSON.stringify({ at: new Date().toISOString(), ok, user: String(username), ip }) + '\n')
}
