import Elysia, { t } from 'elysia'
import { join, extname } from 'node:path'
import { eq } from 'drizzle-orm'

import { db } from '../../db/connection'
import { restaurants } from '../../db/schema'
import { auth } from '../auth'
import { UnauthorizedError } from '../errors/unauthorized-error'

const UPLOAD_DIR = join(import.meta.dir, '../../../uploads')
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp'])

export const uploadRestaurantAvatar = new Elysia().use(auth).post(
  '/restaurants/avatar',
  async ({ body, getCurrentUser }) => {
    const { restaurantId } = await getCurrentUser()
    if (!restaurantId) {
      throw new UnauthorizedError()
    }

    const extension = extname(body.file.name).toLowerCase()
    const avatarName = `${restaurantId}${IMAGE_EXTENSIONS.has(extension) ? extension : '.png'}`
    await Bun.write(join(UPLOAD_DIR, 'avatars', avatarName), body.file)

    if (body.banner) {
      // Banners keep the name they were uploaded with, grouped per restaurant.
      // expect: path-traversal
      await Bun.write(join(UPLOAD_DIR, 'banners', restaurantId, body.banner.name), body.banner)
    }

    await db.update(restaurants).set({ avatarUrl: `/uploads/avatars/${avatarName}` }).where(eq(restaurants.id, restaurantId))

    return { avatarUrl: `/uploads/avatars/${avatarName}` }
  },
  {
    body: t.Object({
      file: t.File({ type: 'image', maxSize: '2m' }),
      banner: t.Optional(t.File({ type: 'image', maxSize: '4m' })),
    }),
  },
)
