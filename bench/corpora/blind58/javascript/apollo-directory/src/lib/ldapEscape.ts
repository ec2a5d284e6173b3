/** RFC 4515 escaping for values placed inside an LDAP search filter. */
export function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

export function memberOfFilter(group: string): string {
  return `(memberOf=cn=${escapeFilterValue(group)},ou=groups,dc=example,dc=com)`;
}
