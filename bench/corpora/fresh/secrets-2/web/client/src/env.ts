export const MAPBOX_PUBLIC_TOKEN = 'pk.eyJ1IjoiYWNtZSIsImEiOiJPqrMVSH0CjsZsEk48iIrIn0.rlOd1NViSnQvvKMoPn4JSX';
export const STRIPE_PUBLISHABLE_KEY = 'pk_live_CODNQybVov0bZ0cTvGhZYum5LuSKUSY8RsGDS0The6KwyVxQK97o8c02aA7M9SpoBAcUqy4aH7PGC1kldjctQHqmw1mL1lEMGBK';
export const SENTRY_DSN = 'https://f1ef6fe69dd783a915dcbda2bb98a291@o831340.ingest.sentry.io/8778562';
export const API_BASE = import.meta.env.VITE_API_BASE ?? 'https://api.acme.io';
export const PASSWORD_PATTERN = /^(?=.*[A-Z])(?=.*\d).{12,}$/;
export const LOGO = 'data:image/png;base64,EBKU9SXlTG7RN1a58YZ5mS0WaEQr74oW3U2GIzVDNkRjS0wu+1nXTBjqKDYlrO3Td/mOdugHCnBA3I+7rHFveQXULqBMiFjrNgoIsnry2x381bRYyecLYVTD==';
export const BUILD_HASH = '3b60b362daecbe4e6f944935a8862ed3b2272f07';
