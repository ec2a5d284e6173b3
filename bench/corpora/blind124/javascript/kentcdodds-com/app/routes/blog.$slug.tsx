import type { LoaderFunctionArgs } from '@remix-run/node'
import { json } from '@remix-run/node'
import { getMdxPage, getMdxPageStrict } from '~/utils/mdx.server'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? ''
  const draft = new URL(request.url).searchParams.get('draft') === 'true'
  const page = draft ? await getMdxPage({ contentDir: 'drafts', slug }) : await getMdxPageStrict({ contentDir: 'blog', slug })
  if (!page) throw new Response('Not found', { status: 404 })
  return json({ page })
}
