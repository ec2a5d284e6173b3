import type { LoaderFunctionArgs } from '@remix-run/node'
import { json } from '@remix-run/node'
import { getTeamReads, getTeamReadsRanked } from '~/utils/team-stats.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const searchParams = new URL(request.url).searchParams
  const slug = searchParams.get('slug') ?? ''
  if (searchParams.get('ranked')) {
    return json(await getTeamReadsRanked(slug))
  }
  return json(await getTeamReads(slug))
}
