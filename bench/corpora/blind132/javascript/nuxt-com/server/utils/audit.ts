export function audit(action: string, detail: string) {
  // expect: log-injection
  console.info(`[audit] ${new Date().toISOString()} ${action}: ${detail}`)
}

export function auditStructured(action: string, detail: Record<string, unknown>) {
  console.info(JSON.stringify({ at: new Date().toISOString(), action, ...detail }))
}
