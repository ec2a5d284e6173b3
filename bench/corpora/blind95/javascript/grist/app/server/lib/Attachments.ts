import * as fse from 'fs-extra';
import * as path from 'path';

const ROOT = process.env.GRIST_ATTACHMENTS_DIR || '/persist/attachments';

export function attachmentsPath(docId: string): string {
  return path.join(ROOT, docId.replace(/[^\w-]/g, ''));
}

export async function downloadAttachment(dir: string, name: string): Promise<Buffer> {
  // expect: path-traversal
  return fse.readFile(path.join(dir, name));
}

export async function downloadAttachmentChecked(dir: string, name: string): Promise<Buffer> {
  const fileIdent = path.basename(name);
  if (!/^[0-9a-f]{40}(\.\w{1,10})?$/.test(fileIdent)) { throw new Error('bad attachment name'); }
  return fse.readFile(path.join(dir, fileIdent));
}
