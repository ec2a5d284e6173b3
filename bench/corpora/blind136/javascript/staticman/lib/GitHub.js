'use strict'
const { Octokit } = require('@octokit/rest')
const yaml = require('js-yaml')

class GitHub {
  constructor ({ username, repository }) {
    this.owner = username
    this.repo = repository
    this.api = new Octokit({ auth: process.env.GITHUB_TOKEN })
  }

  async readFile (path, ref) {
    const { data } = await this.api.repos.getContent({ owner: this.owner, repo: this.repo, path, ref })
    return yaml.load(Buffer.from(data.content, 'base64').toString('utf8'))
  }

  async writeFile (path, fields) {
    const content = Buffer.from(yaml.dump(fields)).toString('base64')
    return this.api.repos.createOrUpdateFileContents({ owner: this.owner, repo: this.repo, path, content, message: 'Add entry' })
  }
}

module.exports = GitHub
