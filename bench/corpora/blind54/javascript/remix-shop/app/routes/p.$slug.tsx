import type { LoaderFunctionArgs } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { productBySlug } from '~/models/product.server'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const rows = await productBySlug(params.slug ?? '')
  if (!rows.length) {
    throw new Response('Not Found', { status: 404 })
  }
  const ref = new URL(request.url).searchParams.get('ref') ?? ''
  return json({ product: rows[0], ref })
}

export default function ProductPage() {
  const { product, ref } = useLoaderData<typeof loader>()
  const banner = ref ? `<p class="ref">Recommended by <b>${ref}</b></p>` : ''
  // expect: xss
  const bannerEl = <div dangerouslySetInnerHTML={{ __html: banner }} />
  return (
    <article>
      <h1>{product.name}</h1>
      <p>Referred by: {ref}</p>
      {bannerEl}
    </article>
  )
}
