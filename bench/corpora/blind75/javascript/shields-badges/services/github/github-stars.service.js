import Joi from 'joi'

import BaseService from '../../core/base-service/base.js'

const schema = Joi.object({ stargazers_count: Joi.number().integer().min(0).required() }).required()

const OWNER_REPO = /^[A-Za-z0-9_.-]{1,100}$/

export default class GithubStars extends BaseService {
  static defaultLabel = 'stars'
  static route = { path: '/github/stars/:user/:repo', method: 'get' }

  async handle({ user, repo }) {
    if (!OWNER_REPO.test(user) || !OWNER_REPO.test(repo)) {
      return { message: 'invalid repo', color: 'lightgrey' }
    }
    const json = await this._requestJson({
      url: `https://api.github.com/repos/${encodeURIComponent(user)}/${encodeURIComponent(repo)}`,
      schema,
      options: { headers: this.context.githubToken ? { Authorization: `token ${this.context.githubToken}` } : {} },
    })
    return { message: String(json.stargazers_count), color: 'blue' }
  }
}

const forksSchema = Joi.object({ forks_count: Joi.number().integer().min(0).required() }).required()

export class GithubForks extends BaseService {
  static defaultLabel = 'forks'
  static route = { path: '/github/forks/:user/:repo', method: 'get' }

  async handle({ user, repo }) {
    if (!OWNER_REPO.test(user) || !OWNER_REPO.test(repo)) {
      return { message: 'invalid repo', color: 'lightgrey' }
    }
    const json = await this._requestJson({
      url: `https://api.github.com/repos/${user}/${repo}`,
      schema: forksSchema,
    })
    return { message: String(json.forks_count), color: 'blue' }
  }
}
