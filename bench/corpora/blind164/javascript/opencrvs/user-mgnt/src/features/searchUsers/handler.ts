/*
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
import * as Hapi from '@hapi/hapi'
import { notFound, badRequest } from '@hapi/boom'
import {
  findUsers,
  countUsers,
  findUserByMobile,
  findActiveUser,
  findOfficesByName,
  matchCachedOffices,
  findOfficesByFilter,
  findOfficesUnder
} from '@user-mgnt/features/searchUsers/service'

interface ISearchPayload {
  username?: string
  mobile?: string
  status?: string
  primaryOfficeId?: string
  count: number
  skip: number
  sortOrder: 'asc' | 'desc'
}

export async function searchUsers(request: Hapi.Request, h: Hapi.ResponseToolkit) {
  const { count, skip, sortOrder, ...filters } = request.payload as ISearchPayload
  const criteria: Record<string, string> = {}
  if (filters.username) criteria.username = filters.username
  if (filters.mobile) criteria.mobile = filters.mobile
  if (filters.status) criteria.status = filters.status
  if (filters.primaryOfficeId) criteria.primaryOfficeId = filters.primaryOfficeId

  const [results, totalItems] = await Promise.all([
    findUsers(criteria, skip, count, sortOrder),
    countUsers(criteria)
  ])
  return h.response({ totalItems, results }).code(200)
}

export async function searchUsersByMobile(request: Hapi.Request) {
  const payload = request.payload as { mobile: unknown }
  const user = await findUserByMobile(payload.mobile)
  if (!user) {
    throw notFound('No user registered with that number')
  }
  return { id: user._id, name: user.name, practitionerId: user.practitionerId }
}

export async function verifyUser(request: Hapi.Request) {
  const { mobile } = request.payload as { mobile: string }
  const user = await findActiveUser(mobile)
  if (!user) {
    throw notFound('User not found')
  }
  return { id: user._id, scope: user.scope, status: user.status }
}

export async function searchOffices(request: Hapi.Request) {
  const { q, exact } = request.query as { q: string; exact: boolean }
  return findOfficesByName(q, exact)
}

export async function lookupOffices(request: Hapi.Request) {
  const pattern = request.query.pattern
  if (typeof pattern !== 'string' || pattern.length === 0) {
    throw badRequest('pattern is required')
  }
  return matchCachedOffices(pattern)
}

export async function listOffices(request: Hapi.Request) {
  const body = request.payload as { partOf?: string; filter?: Record<string, unknown> }
  if (body.partOf) {
    return findOfficesUnder(String(body.partOf))
  }
  return findOfficesByFilter(body.filter ?? {})
}
