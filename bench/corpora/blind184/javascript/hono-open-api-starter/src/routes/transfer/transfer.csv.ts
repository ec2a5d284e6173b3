import type { Task } from "@/db/schema";

const HEADER = ["id", "name", "done", "priority"] as const;

function escapeCell(value: string) {
  const needsQuotes = /[",\n]/.test(value);
  const escaped = value.replace(/"/g, "\"\"");
  // cells that a spreadsheet would run as a formula get a leading apostrophe
  const neutral = /^[=+\-@]/.test(escaped) ? `'${escaped}` : escaped;
  return needsQuotes ? `"${neutral}"` : neutral;
}

export function tasksToCsv(rows: Task[]) {
  const lines = [HEADER.join(",")];
  for (const row of rows) {
    lines.push([String(row.id), escapeCell(row.name), row.done ? "1" : "0", String(row.priority)].join(","));
  }
  return `${lines.join("\n")}\n`;
}

function splitLine(line: string) {
  const cells: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted && char === "\"" && line[index + 1] === "\"") {
      current += "\"";
      index++;
    }
    else if (char === "\"") {
      quoted = !quoted;
    }
    else if (char === "," && !quoted) {
      cells.push(current);
      current = "";
    }
    else {
      current += char;
    }
  }
  cells.push(current);
  return cells;
}

export function csvToTasks(csv: string) {
  const [header, ...lines] = csv.split(/\r?\n/).filter(line => line.length > 0);
  const columns = splitLine(header ?? "");
  const nameIndex = columns.indexOf("name");
  const doneIndex = columns.indexOf("done");
  const priorityIndex = columns.indexOf("priority");
  return lines.slice(0, 1000).map((line) => {
    const cells = splitLine(line);
    return {
      name: cells[nameIndex] ?? "",
      done: cells[doneIndex] === "1" || cells[doneIndex] === "true",
      priority: Number(cells[priorityIndex] ?? 0),
    };
  });
}
