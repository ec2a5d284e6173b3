const MEDIA_HOSTS = new Set(["images.reactioncommerce.com", "cdn.shopify.com", "res.cloudinary.com"]);

export function isAllowedMediaHost(hostname) {
  return MEDIA_HOSTS.has(hostname);
}
