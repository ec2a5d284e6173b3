import { AuthenticationError } from '@redwoodjs/graphql-server'

import { db } from './db'

export const getCurrentUser = async (session) => {
  return db.user.findUnique({ where: { id: session.id }, select: { id: true, email: true, roles: true } })
}

export const requireAuth = () => {
  if (!context.currentUser) {
    throw new AuthenticationError("You don't have permission to do that.")
  }
}
