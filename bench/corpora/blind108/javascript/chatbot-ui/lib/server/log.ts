export function logChatError(modelId: string, err: unknown) {
  const message = err instanceof Error ? err.message : 'unknown error'
  // expect: log-injection
  console.error(`[chat] model=${modelId} failed: ${message}`)
}

export function logChatErrorJson(modelId: string, err: unknown) {
  console.error(JSON.stringify({ scope: 'chat', modelId, error: err instanceof Error ? err.message : 'unknown' }))
}
