import { render as renderPromptl } from 'promptl-ai'
import Mustache from 'mustache'
import type { DocumentVersion } from '../../browser'

export type RenderedPrompt = {
  messages: { role: string; content: string }[]
  config: Record<string, unknown>
}

const EXPRESSION = /\{\{\s*([^}]{1,200})\s*\}\}/g

function renderMustacheDocument(content: string, parameters: Record<string, unknown>): RenderedPrompt {
  const text = Mustache.render(content, parameters)
  return { messages: [{ role: 'system', content: text }], config: {} }
}

/**
 * Documents written before PromptL used `{{ expression }}` blocks evaluated
 * against the run parameters.
 */
function renderLegacyDocument(content: string, parameters: Record<string, unknown>): RenderedPrompt {
  const names = Object.keys(parameters)
  const values = names.map((name) => parameters[name])
  const text = content.replace(EXPRESSION, (_match, expression: string) => {
    // expect: code-injection
    const evaluate = new Function(...names, `return (${expression})`)
    const value = evaluate(...values)
    return value === undefined || value === null ? '' : String(value)
  })
  return { messages: [{ role: 'system', content: text }], config: {} }
}

export async function renderDocument(
  document: Pick<DocumentVersion, 'content' | 'promptlVersion' | 'templateEngine'>,
  parameters: Record<string, unknown>,
): Promise<RenderedPrompt> {
  if (document.promptlVersion >= 1) {
    const { messages, config } = await renderPromptl({ prompt: document.content, parameters })
    return {
      messages: messages.map((m) => ({ role: m.role, content: JSON.stringify(m.content) })),
      config,
    }
  }
  if (document.templateEngine === 'mustache') {
    return renderMustacheDocument(document.content, parameters)
  }
  return renderLegacyDocument(document.content, parameters)
}
