/*
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
import { escapeRegExp } from 'lodash'
import User, { IUserModel } from '@user-mgnt/model/user'
import Office, { IOfficeModel } from '@user-mgnt/model/office'

const USER_PROJECTION = { passwordHash: 0, salt: 0, securityQuestionAnswers: 0 }

let officeCache: { name: string; id: string }[] = []
let officeCacheLoadedAt = 0

export function findUsers(
  criteria: Record<string, string>,
  skip: number,
  count: number,
  sortOrder: 'asc' | 'desc'
): Promise<IUserModel[]> {
  return User.find(criteria, USER_PROJECTION)
    .skip(skip)
    .limit(count)
    .sort({ creationDate: sortOrder === 'asc' ? 1 : -1 })
    .exec()
}

export function countUsers(criteria: Record<string, string>) {
  return User.countDocuments(criteria).exec()
}

export function findUserByMobile(mobile: unknown): Promise<IUserModel | null> {
  // expect: nosql-injection
  return User.findOne({ mobile: mobile, status: 'active' }, USER_PROJECTION).exec()
}

export function findActiveUser(mobile: string): Promise<IUserModel | null> {
  return User.findOne({ mobile: String(mobile), status: 'active' }, USER_PROJECTION).exec()
}

export function findOfficesByName(text: string, exact: boolean): Promise<IOfficeModel[]> {
  if (exact) {
    return Office.find({ name: text }).limit(20).exec()
  }
  const safe = new RegExp(escapeRegExp(text), 'i')
  return Office.find({ name: { $regex: safe } }).limit(20).exec()
}

async function loadOfficeCache() {
  if (Date.now() - officeCacheLoadedAt < 5 * 60 * 1000) {
    return officeCache
  }
  const offices = await Office.find({}, { name: 1 }).lean().exec()
  officeCache = offices.map((o) => ({ name: o.name, id: String(o._id) }))
  officeCacheLoadedAt = Date.now()
  return officeCache
}

export async function matchCachedOffices(pattern: string) {
  const offices = await loadOfficeCache()
  // expect: redos
  const matcher = new RegExp(pattern, 'i')
  return offices.filter((office) => matcher.test(office.name)).slice(0, 50)
}

export function findOfficesUnder(partOf: string): Promise<IOfficeModel[]> {
  return Office.find({ partOf: `Location/${partOf}` }).limit(200).exec()
}

export function findOfficesByFilter(filter: Record<string, unknown>): Promise<IOfficeModel[]> {
  // expect: nosql-injection
  return Office.find(filter).limit(200).exec()
}
