import SqlString from "sqlstring";
import { FilterParameter } from "./types.js";

export type Filter = { parameter: FilterParameter; type: "equals" | "not_equals" | "contains"; value: string[] };

const FILTER_COLUMNS = new Set(["browser", "operating_system", "country", "pathname", "referrer", "device_type"]);

export function getFilterStatement(filters: string) {
  if (!filters) return "";
  const parsed = JSON.parse(filters) as Filter[];
  return parsed
    .map((filter) => {
      const op = filter.type === "not_equals" ? "!=" : "=";
      return `AND ${filter.parameter} ${op} '${filter.value[0]}'`;
    })
    .join(" ");
}

export function getCheckedFilterStatement(filters: string) {
  if (!filters) return "";
  const parsed = JSON.parse(filters) as Filter[];
  return parsed
    .filter((filter) => FILTER_COLUMNS.has(filter.parameter))
    .map((filter) => `AND ${filter.parameter} ${filter.type === "not_equals" ? "!=" : "="} ${SqlString.escape(String(filter.value[0]))}`)
    .join(" ");
}

export function getTimeStatement(startDate: string, endDate: string, timeZone: string) {
  return `AND timestamp >= toTimeZone(toStartOfDay(toDate(${SqlString.escape(startDate)})), ${SqlString.escape(timeZone)}) AND timestamp < toTimeZone(toStartOfDay(toDate(${SqlString.escape(endDate)})) + INTERVAL 1 DAY, ${SqlString.escape(timeZone)})`;
}
