import * as Mock from 'mockjs'
import { pathToRegexp } from 'path-to-regexp'
import { Interface, Property } from '../models'
import Tree from '../routes/utils/tree'

export interface ScriptInput {
  query: Record<string, unknown>
  body: unknown
  data: unknown
}

export class MockService {
  public static async matchInterface(repositoryId: number, method: string, url: string) {
    const candidates = await Interface.findAll({
      attributes: ['id', 'url', 'method', 'status', 'responseScript'],
      where: { repositoryId, method },
    })
    const exact = candidates.find((itf) => itf.url === url)
    if (exact) {
      return exact
    }
    for (const itf of candidates) {
      const keys: any[] = []
      const re = pathToRegexp(itf.url.replace(/^https?:\/\/[^/]+/, ''), keys)
      if (re.test(url)) {
        return itf
      }
    }
    return undefined
  }

  public static async render(interfaceId: number, query: Record<string, unknown>) {
    const properties = await Property.findAll({ where: { interfaceId, scope: 'response' } })
    const template = Tree.ArrayToTreeToTemplate(properties.map((p) => p.toJSON()))
    const data = Mock.mock(template)
    if (query.__root && typeof data === 'object' && data !== null) {
      return (data as Record<string, unknown>)[String(query.__root)] ?? data
    }
    return data
  }

  public static runResponseScript(script: string, input: ScriptInput) {
    // expect: code-injection
    const fn = new Function('ctx', `'use strict';\n${script}`)
    const result = fn({ query: input.query, body: input.body, data: input.data })
    return result === undefined ? input.data : result
  }

  public static renderFromJson(json: string) {
    const template = JSON.parse(json)
    return Mock.mock(template)
  }
}
