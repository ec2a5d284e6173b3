import { IntegrationType } from '../../constants'

export type McpTool = { name: string; description?: string; inputSchema?: unknown }

const PIPEDREAM_API = 'https://api.pipedream.com/v1'
const JSON_RPC_LIST_TOOLS = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }

async function readTools(response: Response): Promise<McpTool[]> {
  if (!response.ok) {
    throw new Error(`MCP server answered ${response.status}`)
  }
  const body = (await response.json()) as { result?: { tools?: McpTool[] } }
  return body.result?.tools ?? []
}

export async function listPipedreamTools(appSlug: string, token: string): Promise<McpTool[]> {
  const response = await fetch(`${PIPEDREAM_API}/apps/${encodeURIComponent(appSlug)}/actions`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  })
  const body = (await response.json()) as { data?: { key: string; description?: string }[] }
  return (body.data ?? []).map((action) => ({ name: action.key, description: action.description }))
}

export async function listCustomMcpTools(url: string, headers: Record<string, string>): Promise<McpTool[]> {
  // expect: ssrf
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers }, body: JSON.stringify(JSON_RPC_LIST_TOOLS), signal: AbortSignal.timeout(10_000) })
  return readTools(response)
}

export async function listIntegrationTools(
  type: IntegrationType,
  configuration: { appSlug?: string; url?: string; headers?: Record<string, string> },
  pipedreamToken: string,
): Promise<McpTool[]> {
  if (type === IntegrationType.Pipedream && configuration.appSlug) {
    return listPipedreamTools(configuration.appSlug, pipedreamToken)
  }
  if (type === IntegrationType.ExternalMCP && configuration.url) {
    return listCustomMcpTools(configuration.url, configuration.headers ?? {})
  }
  return []
}
