const SITE = 'https://nuxt.com'

export async function loadOgImage(image: string) {
  if (image.startsWith('/') && !image.startsWith('//')) {
    return await $fetch(new URL(image, SITE).toString(), { responseType: 'arrayBuffer' })
  }
  // expect: ssrf
  return await $fetch(image, { responseType: 'arrayBuffer' })
}
