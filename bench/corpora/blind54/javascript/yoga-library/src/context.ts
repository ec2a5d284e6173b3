import type { YogaInitialContext } from 'graphql-yoga'
import { CatalogService } from './services/catalog'
import { pool } from './services/db'

export type Ctx = YogaInitialContext & {
  catalog: CatalogService
  userId: string | null
  branch: string
}

export async function buildContext({ request }: YogaInitialContext): Promise<Partial<Ctx>> {
  const branch = request.headers.get('x-branch') ?? 'main'
  return {
    catalog: new CatalogService(pool, branch),
    userId: request.headers.get('x-user-id'),
    branch,
  }
}
