import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

interface PromptTemplate {
  act: string
  prompt: string
  tags?: string[]
}

const PROMPTS_DIR = resolve(process.cwd(), 'assets', 'prompts')
const LANG = /^[a-z]{2}(?:-[A-Z]{2})?$/

// Prompt templates shown in the "/" menu, per UI language: /api/prompts/en, /api/prompts/zh-CN
export default defineCachedEventHandler(async (event) => {
  const lang = getRouterParam(event, 'lang') ?? 'en'
  if (!LANG.test(lang)) {
    throw createError({ statusCode: 400, statusMessage: 'Unsupported language' })
  }

  const file = join(PROMPTS_DIR, `${lang}.json`)
  const raw = await readFile(file, 'utf-8').catch(() => null)
  if (raw === null) {
    const fallback = await readFile(join(PROMPTS_DIR, 'en.json'), 'utf-8')
    return JSON.parse(fallback) as PromptTemplate[]
  }

  const templates = JSON.parse(raw) as PromptTemplate[]
  const tag = getQuery(event).tag
  if (typeof tag === 'string' && tag.length > 0) {
    return templates.filter(template => template.tags?.includes(tag))
  }
  return templates
}, { maxAge: 60 * 60, getKey: event => `${getRouterParam(event, 'lang')}:${getQuery(event).tag ?? ''}` })
