import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";

const s3 = new S3Client({
  region: process.env.DO_REGION,
  endpoint: process.env.DO_ENDPOINT,
  credentials: {
    accessKeyId: process.env.DO_ACCESS_KEY_ID!,
    secretAccessKey: process.env.DO_ACCESS_KEY_SECRET!,
  },
});

const MAX_CSV_BYTES = 5 * 1024 * 1024;

async function readLimited(res: Response): Promise<string> {
  const length = Number(res.headers.get("content-length") ?? 0);
  if (length > MAX_CSV_BYTES) {
    throw new Error("CSV too large");
  }
  const text = await res.text();
  if (text.length > MAX_CSV_BYTES) {
    throw new Error("CSV too large");
  }
  return text;
}

/** Download a CSV from a link the user pasted into the import dialog. */
export async function fetchRemoteCsv(url: string): Promise<string> {
  // expect: ssrf
  const res = await fetch(url, { redirect: "follow", headers: { accept: "text/csv" } });
  if (!res.ok) {
    throw new Error(`Import source answered ${res.status}`);
  }
  return readLimited(res);
}

/** Read an uploaded import file from the workspace bucket. */
export async function fetchImportObject(key: string): Promise<string> {
  const out = await s3.send(new GetObjectCommand({ Bucket: process.env.DO_BUCKET!, Key: key }));
  const body = await out.Body?.transformToString("utf-8");
  if (!body) {
    throw new Error("Empty upload");
  }
  return body;
}

/** Exchange rates for the opportunity currency widget: fixed host. */
export async function fetchRates(base: string): Promise<Record<string, number>> {
  const code = /^[A-Z]{3}$/.test(base) ? base : "USD";
  const res = await fetch(`https://api.exchangerate.host/latest?base=${code}`, { next: { revalidate: 3600 } });
  const json = await res.json();
  return json.rates ?? {};
}
