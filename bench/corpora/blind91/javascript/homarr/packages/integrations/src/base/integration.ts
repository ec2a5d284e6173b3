export interface IntegrationInput {
  decryptedSecrets: { kind: string; value: string }[];
  id: string;
  name: string;
  url: string;
}

export abstract class Integration {
  constructor(protected integration: IntegrationInput) {}

  protected getSecretValue(kind: string) {
    const secret = this.integration.decryptedSecrets.find((s) => s.kind === kind);
    if (!secret) throw new Error(`No secret of kind ${kind} was found`);
    return secret.value;
  }

  protected url(path: `/${string}`, queryParams?: Record<string, string | number>) {
    const url = new URL(`${this.integration.url.replace(/\/$/, '')}${path}`);
    for (const [key, value] of Object.entries(queryParams ?? {})) url.searchParams.set(key, String(value));
    return url;
  }

  abstract testConnectionAsync(): Promise<void>;
}
