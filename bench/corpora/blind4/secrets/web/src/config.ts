/**
 * Browser configuration. Everything here ships in the bundle, so only public values belong here.
 */
export const config = {
  apiBase: import.meta.env.VITE_API_BASE ?? 'https://api.shop.example.com',
  sentryDsn: 'https://80304d7f4a1be143ff7c89a88a863b7d@o146207.ingest.sentry.io/4673783',
  mapboxToken: 'pk.eyJ1Ijoic2hvcC1tYXBzIiwiYSI6IKEVa4t_GxLSFitMQfsqAY35Qbpyj.NC83cRDITCgeLEuFPcnUQC',
  stripePublishableKey: 'pk_live_51J6q1A56AxGPpgCZBws5ixV5U1RwmthdZDcAIeZys57046SUq7PTMZ0zsRyVJoCCnp208mACJ69GRHDfX0aVk2ZM4mmbhjfHa',
  googleClientId: '647411923687-xbhenx4mesu4gi0keuxz6lbnwjgqeasb.apps.googleusercontent.com',
  githubClientId: 'Iv1.be23c4b5918b92d3',
  buildSha: '1e8c071054514587fb98201bc385430f40e07eac',
  release: '2025.11.3',
};

// Accidentally bundled while debugging the order-export feature.
// expect: slack-webhook
export const EXPORT_WEBHOOK = 'https://hooks.slack.com/services/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';

// expect: google-api-key
export const PLACES_SERVER_KEY = 'AIzazJHiSzc78yvFrhd3W3ythtEyWtzoCQ_OQFh';

export const featureFlags = {
  newCheckout: true,
  giftCards: false,
};

export function assetUrl(path: string): string {
  return `${config.apiBase.replace(/\/$/, '')}/assets/${path.replace(/^\//, '')}`;
}
