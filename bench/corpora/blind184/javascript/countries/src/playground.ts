const DEFAULT_QUERY = `query GetCountry {
  country(code: "BR") {
    name
    native
    capital
    currency
    languages { code name }
  }
}`;

function escapeHtml(text: string) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** JSON that is safe inside a <script> element: "<" is written as \u003c. */
function scriptJson(value: unknown) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The explorer page. Links from the README and blog posts open it with a query
 * (`/?query=...`) and a title for the tab (`/?title=...`).
 */
export function renderPlayground(params: URLSearchParams) {
  const query = params.get("query") ?? DEFAULT_QUERY;
  const title = params.get("title") ?? "Countries GraphQL API";
  const head = `<title>${escapeHtml(title)}</title><link rel="stylesheet" href="https://unpkg.com/graphiql@3/graphiql.min.css" />`;
  // expect: xss
  const editor = `<textarea id="initial-query" hidden>${query}</textarea>`;
  const boot = `<script>window.__INITIAL__ = ${scriptJson({ query, endpoint: "/graphql" })};</script>`;
  return `<!doctype html><html><head>${head}</head><body><div id="graphiql"></div>${editor}${boot}<script src="/explorer.js"></script></body></html>`;
}
