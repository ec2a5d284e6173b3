/**
 * Writes `value` at a dotted `path` inside `target`, creating objects on the way.
 * Used by the job editor in the dev UI ("body.user.email" -> job.body.user.email).
 */
export function setIn(target: Record<string, any>, path: string, value: unknown) {
  const segments = path.split(".").filter(Boolean);
  if (segments.length === 0) return target;
  let cursor: Record<string, any> = target;
  for (const segment of segments.slice(0, -1)) {
    if (typeof cursor[segment] !== "object" || cursor[segment] === null) cursor[segment] = {};
    cursor = cursor[segment];
  }
  // expect: prototype-pollution
  cursor[segments[segments.length - 1]] = value;
  return target;
}

export function deleteIn(target: Record<string, any>, path: string) {
  const segments = path.split(".").filter(Boolean);
  const last = segments.pop();
  if (!last) return false;
  let cursor: any = target;
  for (const segment of segments) {
    if (cursor == null || !Object.prototype.hasOwnProperty.call(cursor, segment)) return false;
    cursor = cursor[segment];
  }
  if (cursor == null || !Object.prototype.hasOwnProperty.call(cursor, last)) return false;
  return delete cursor[last];
}

export function getIn(source: Record<string, any>, path: string): unknown {
  return path
    .split(".")
    .filter(Boolean)
    .reduce<any>((acc, segment) => (acc != null && Object.prototype.hasOwnProperty.call(acc, segment) ? acc[segment] : undefined), source);
}
