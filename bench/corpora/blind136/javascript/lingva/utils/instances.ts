const KNOWN_INSTANCES = (process.env.LINGVA_INSTANCES ?? "https://lingva.ml,https://lingva.lunar.icu").split(",");

export async function fetchFromInstance(instance: string | undefined, path: string) {
  const base = instance && instance.startsWith("http") ? instance : KNOWN_INSTANCES[0];
  if (KNOWN_INSTANCES.includes(base)) {
    const known = await fetch(`${base}${path}`);
    return known.json();
  }
  // expect: ssrf
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(5000) });
  return response.json();
}
