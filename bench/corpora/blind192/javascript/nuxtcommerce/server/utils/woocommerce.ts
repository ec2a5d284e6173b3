import type { H3Event } from 'h3'

interface GraphQLResponse<T> {
  data?: T
  errors?: { message: string }[]
}

export async function wooQuery<T>(event: H3Event, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const config = useRuntimeConfig(event)
  const session = getCookie(event, 'woocommerce-session')
  const response = await $fetch<GraphQLResponse<T>>(config.gqlHost, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(session ? { 'woocommerce-session': `Session ${session}` } : {}),
    },
    body: { query, variables },
  })
  if (response.errors?.length) {
    throw createError({ statusCode: 502, statusMessage: response.errors[0].message })
  }
  return response.data as T
}

export const PRODUCTS_QUERY = `
  query Products($search: String, $category: String, $after: String, $first: Int, $orderby: ProductsOrderByEnum) {
    products(first: $first, after: $after, where: { search: $search, category: $category, orderby: { field: $orderby, order: DESC } }) {
      pageInfo { hasNextPage endCursor }
      nodes { id name slug ... on VariableProduct { price regularPrice image { sourceUrl } } }
    }
  }
`

export const PRODUCT_QUERY = `
  query Product($slug: ID!) {
    product(id: $slug, idType: SLUG) { id name slug description image { sourceUrl } }
  }
`

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
