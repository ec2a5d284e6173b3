import { db } from 'src/lib/db'
import { requireAuth } from 'src/lib/auth'

const SORTABLE = ['createdAt', 'title']

export const posts = ({ orderBy, search } = {}) => {
  const field = SORTABLE.includes(orderBy) ? orderBy : 'createdAt'
  if (search) {
    return db.$queryRaw`SELECT * FROM "Post" WHERE title ILIKE ${'%' + search + '%'} ORDER BY "createdAt" DESC`
  }
  return db.post.findMany({ orderBy: { [field]: 'desc' } })
}

export const postsByTag = ({ tag }) => {
  // expect: sql-injection
  return db.$queryRawUnsafe(`SELECT p.* FROM "Post" p JOIN "Tag" t ON t."postId" = p.id WHERE t.name = '${tag}'`)
}

export const createPost = ({ input }) => {
  requireAuth()
  return db.post.create({ data: { ...input, authorId: context.currentUser.id } })
}
