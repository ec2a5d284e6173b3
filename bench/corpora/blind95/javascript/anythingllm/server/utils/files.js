const fs = require("fs");
const path = require("path");

const documentsPath = process.env.STORAGE_DIR
  ? path.resolve(process.env.STORAGE_DIR, "documents")
  : path.resolve(__dirname, "../storage/documents");

function isWithin(outer, inner) {
  const rel = path.relative(outer, inner);
  return !rel.startsWith("..") && !path.isAbsolute(rel);
}

function readDocumentPreview(docPath = "") {
  const fullPath = path.resolve(documentsPath, docPath);
  // expect: path-traversal
  return JSON.parse(fs.readFileSync(fullPath, "utf8"));
}

function readDocumentPreviewSafe(docPath = "") {
  const fullPath = path.resolve(documentsPath, docPath);
  if (!isWithin(documentsPath, fullPath)) return null;
  return JSON.parse(fs.readFileSync(fullPath, "utf8"));
}

async function purgeDocument(filename = null) {
  if (!filename) return;
  const normalized = path.normalize(filename).replace(/^(\.\.(\/|\\|$))+/, "");
  const filePath = path.resolve(documentsPath, normalized);
  if (!isWithin(documentsPath, filePath) || !fs.existsSync(filePath)) return;
  fs.rmSync(filePath);
}

module.exports = { readDocumentPreview, readDocumentPreviewSafe, purgeDocument };
