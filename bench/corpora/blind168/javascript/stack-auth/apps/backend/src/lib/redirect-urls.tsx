import { StackAssertionError } from "@stackframe/stack-shared/dist/utils/errors";

export type TrustedDomain = { baseUrl: string; handlerPath: string };

function normalizeOrigin(url: URL) {
  return `${url.protocol}//${url.host}`.toLowerCase();
}

/**
 * True if `urlOrString` points at one of the project's trusted domains
 * (or at localhost, when the project allows it for development).
 */
export function validateRedirectUrl(
  urlOrString: string | URL,
  trustedDomains: TrustedDomain[],
  options: { allowLocalhost: boolean },
): boolean {
  let url: URL;
  try {
    url = new URL(urlOrString);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return false;
  if (options.allowLocalhost && (url.hostname === "localhost" || url.hostname.endsWith(".localhost"))) return true;

  return trustedDomains.some((domain) => {
    let base: URL;
    try {
      base = new URL(domain.baseUrl);
    } catch {
      throw new StackAssertionError("Invalid trusted domain in project config", { domain });
    }
    return normalizeOrigin(base) === normalizeOrigin(url) && url.pathname.startsWith(base.pathname);
  });
}

export function escapeHtml(value: string) {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
