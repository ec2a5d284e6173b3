export function logRequest(source: string, target: string | undefined, length: number) {
  // expect: log-injection
  console.log(`[translate] ${source} -> ${target ?? "?"} (${length} chars)`);
}

export function logInstance(instance: string) {
  console.log(JSON.stringify({ event: "instance", instance }));
}
