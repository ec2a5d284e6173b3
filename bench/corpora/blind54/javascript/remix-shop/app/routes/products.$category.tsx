import type { LoaderFunctionArgs } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData, Link } from '@remix-run/react'
import { listProducts, listProductsSafe } from '~/models/product.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const category = params.category ?? 'all'
  const maxPrice = url.searchParams.get('max') ?? ''
  const sort = url.searchParams.get('sort') ?? 'newest'

  if (url.searchParams.has('legacy')) {
    const products = await listProducts(category, maxPrice)
    return json({ products, category })
  }

  const products = await listProductsSafe(category, sort)
  return json({ products, category })
}

export default function CategoryPage() {
  const { products, category } = useLoaderData<typeof loader>()
  return (
    <main>
      <h1>{category}</h1>
      <ul>
        {products.map((p) => (
          <li key={p.id}>
            <Link to={`/p/${p.slug}`}>{p.name}</Link> — {(p.price_cents / 100).toFixed(2)}
          </li>
        ))}
      </ul>
    </main>
  )
}
