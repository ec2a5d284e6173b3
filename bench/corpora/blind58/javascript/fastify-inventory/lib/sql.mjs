/** Builds "col1 = $1 AND col2 = $2" from an object of filters, using only known columns. */
export function whereClause(filters, allowedColumns, startIndex = 1) {
  const clauses = [];
  const values = [];
  for (const [key, value] of Object.entries(filters)) {
    if (!allowedColumns.includes(key) || value === undefined) continue;
    values.push(value);
    clauses.push(`${key} = $${startIndex + values.length - 1}`);
  }
  return { text: clauses.length ? clauses.join(' AND ') : 'TRUE', values };
}

export function quoteLiteral(value) {
  return `'${String(value)}'`;
}
