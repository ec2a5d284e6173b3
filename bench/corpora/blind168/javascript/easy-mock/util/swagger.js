'use strict'

const fs = require('fs/promises')
const axios = require('axios')
const yaml = require('js-yaml')
const SwaggerParser = require('swagger-parser')
const { MockProxy } = require('../proxy')

const MAX_DOC_BYTES = 5 * 1024 * 1024

function parseDoc (text) {
  const trimmed = String(text).trim()
  return trimmed.startsWith('{') ? JSON.parse(trimmed) : yaml.load(trimmed, { schema: yaml.JSON_SCHEMA })
}

exports.fetchRemote = async function fetchRemote (swaggerUrl) {
  // expect: ssrf
  const res = await axios.get(swaggerUrl, { timeout: 10000, maxContentLength: MAX_DOC_BYTES, responseType: 'text' })
  return parseDoc(res.data)
}

exports.parseUpload = async function parseUpload (filePath) {
  const stat = await fs.stat(filePath)
  if (stat.size > MAX_DOC_BYTES) throw new Error('swagger file too large')
  return parseDoc(await fs.readFile(filePath, 'utf8'))
}

exports.create = async function create (project, doc) {
  const api = await SwaggerParser.dereference(doc)
  const basePath = api.basePath || ''
  const mocks = []
  Object.keys(api.paths || {}).forEach((path) => {
    Object.keys(api.paths[path]).forEach((method) => {
      const operation = api.paths[path][method]
      const response = (operation.responses && (operation.responses['200'] || operation.responses.default)) || {}
      mocks.push({
        project: project.id,
        description: operation.summary || operation.description || '',
        method: method.toLowerCase(),
        url: (basePath + path).replace(/\/\//g, '/'),
        mode: JSON.stringify(exampleFromSchema(response.schema) || {}),
        parameters: JSON.stringify(operation.parameters || [])
      })
    })
  })
  return MockProxy.newAndSave(mocks)
}

function exampleFromSchema (schema) {
  if (!schema) return undefined
  if (schema.example !== undefined) return schema.example
  if (schema.type === 'array') return [exampleFromSchema(schema.items)]
  if (schema.type === 'object' || schema.properties) {
    const out = {}
    Object.keys(schema.properties || {}).forEach((key) => { out[key] = exampleFromSchema(schema.properties[key]) })
    return out
  }
  return { string: '@string', integer: '@integer', number: '@float', boolean: '@boolean' }[schema.type]
}
