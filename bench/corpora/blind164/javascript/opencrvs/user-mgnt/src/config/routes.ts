/*
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
import * as Joi from 'joi'
import {
  searchUsers,
  searchUsersByMobile,
  searchOffices,
  lookupOffices,
  listOffices,
  verifyUser
} from '@user-mgnt/features/searchUsers/handler'

const SYSADMIN_SCOPES = ['sysadmin', 'natlsysadmin']
const PERFORMANCE_SCOPES = ['performance', 'natlsysadmin']

const searchUsersSchema = Joi.object({
  username: Joi.string().alphanum().max(64),
  mobile: Joi.string().pattern(/^\+?[0-9]{6,15}$/),
  status: Joi.string().valid('active', 'pending', 'disabled', 'deactivated'),
  primaryOfficeId: Joi.string().hex().length(24),
  count: Joi.number().integer().min(1).max(100).default(10),
  skip: Joi.number().integer().min(0).default(0),
  sortOrder: Joi.string().valid('asc', 'desc').default('desc')
})

export const getRoutes = () => [
  {
    method: 'POST',
    path: '/searchUsers',
    handler: searchUsers,
    options: {
      tags: ['api'],
      auth: { scope: [...SYSADMIN_SCOPES, ...PERFORMANCE_SCOPES] },
      validate: { payload: searchUsersSchema }
    }
  },
  {
    // kept for the old notification service, which posts raw JSON
    method: 'POST',
    path: '/legacy/findUserByMobile',
    handler: searchUsersByMobile,
    options: { tags: ['api'], auth: false }
  },
  {
    method: 'POST',
    path: '/verifyUser',
    handler: verifyUser,
    options: {
      tags: ['api'],
      auth: false,
      validate: { payload: Joi.object({ mobile: Joi.string().max(20).required() }) }
    }
  },
  {
    method: 'GET',
    path: '/offices/search',
    handler: searchOffices,
    options: {
      tags: ['api'],
      validate: {
        query: Joi.object({ q: Joi.string().max(80).required(), exact: Joi.boolean().default(false) })
      }
    }
  },
  {
    method: 'GET',
    path: '/offices/lookup',
    handler: lookupOffices,
    options: { tags: ['api'], auth: { scope: SYSADMIN_SCOPES } }
  },
  {
    method: 'POST',
    path: '/offices/list',
    handler: listOffices,
    options: { tags: ['api'], auth: { scope: SYSADMIN_SCOPES } }
  }
]
