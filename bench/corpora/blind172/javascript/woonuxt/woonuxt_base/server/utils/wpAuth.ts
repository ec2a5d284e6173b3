import type { H3Event } from 'h3';

type LoginTokens = { authToken: string; refreshToken: string };

const LOGIN_MUTATION = /* GraphQL */ `
  mutation LoginWithCode($code: String!) {
    login(input: { provider: SITETOKEN, oauthResponse: { code: $code } }) {
      authToken
      refreshToken
      user { id email }
    }
  }
`;

/** Trades the one-time login code for JWTs; the code travels as a GraphQL variable. */
export async function exchangeLoginCode(event: H3Event, code: string): Promise<LoginTokens | null> {
  const { gqlHost } = useRuntimeConfig(event);
  try {
    const res = await $fetch<{ data?: { login?: LoginTokens } }>(gqlHost, {
      method: 'POST',
      body: { query: LOGIN_MUTATION, variables: { code } },
    });
    return res.data?.login ?? null;
  } catch (err) {
    console.error('login exchange failed', err);
    return null;
  }
}

/** Escapes text for the small HTML pages rendered by server routes. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
