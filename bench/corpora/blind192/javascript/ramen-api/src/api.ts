import shopIds from '../content/shops.json'
import authors from '../content/authors.json'

export interface Photo {
  name: string
  url: string
  width: number
  height: number
  author: string
}

export interface Shop {
  id: string
  name: string
  photos: Photo[]
}

export interface Author {
  id: string
  name: string
  url?: string
}

const ID_PATTERN = /^[a-z0-9-]+$/
const BASE_URL = 'https://ramen-api.dev'

export function listShopIds(): string[] {
  return (shopIds as { shopIds: string[] }).shopIds
}

export async function getShop(id: string): Promise<Shop | null> {
  if (!ID_PATTERN.test(id) || !listShopIds().includes(id)) {
    return null
  }
  const module = await import(`../content/shops/${id}/info.json`)
  const shop = module.default as Shop
  shop.photos = shop.photos.map((photo) => ({
    ...photo,
    url: `${BASE_URL}/images/${encodeURIComponent(id)}/${encodeURIComponent(photo.name)}`,
  }))
  return shop
}

export async function getAuthor(id: string): Promise<Author | null> {
  const list = (authors as { authors: Author[] }).authors
  return list.find((author) => author.id === id) ?? null
}
