export interface StringQueryOperatorInput {
  eq?: string | null;
  ne?: string | null;
  in?: string[] | null;
  nin?: string[] | null;
  regex?: string | null;
}

export interface CountryFilterInput {
  code?: StringQueryOperatorInput | null;
  currency?: StringQueryOperatorInput | null;
  continent?: StringQueryOperatorInput | null;
  name?: StringQueryOperatorInput | null;
}

type FilterField = keyof CountryFilterInput;

const FIELDS: readonly FilterField[] = ["code", "currency", "continent", "name"];

/** True when `value` satisfies every operator given for a field. */
export function matchesOperators(value: string, operators: StringQueryOperatorInput): boolean {
  if (operators.eq != null && value !== operators.eq) return false;
  if (operators.ne != null && value === operators.ne) return false;
  if (operators.in != null && !operators.in.includes(value)) return false;
  if (operators.nin != null && operators.nin.includes(value)) return false;
  if (operators.regex != null) {
    // expect: redos
    const pattern = new RegExp(operators.regex);
    if (!pattern.test(value)) return false;
  }
  return true;
}

/** Builds a predicate over the flattened records from a GraphQL filter input. */
export function toPredicate<T extends Record<FilterField, string>>(filter: CountryFilterInput | null | undefined) {
  if (!filter) return () => true;
  const active = FIELDS.filter((field) => filter[field] != null);
  return (record: T) =>
    active.every((field) => {
      const operators = filter[field]!;
      // `currency` holds a comma separated list; any of its values may match
      if (field === "currency") {
        return record.currency.split(",").some((currency) => matchesOperators(currency, operators));
      }
      return matchesOperators(record[field], operators);
    });
}

export function byCode(code: string) {
  const upper = code.toUpperCase();
  return <T extends { code: string }>(record: T) => record.code === upper;
}
