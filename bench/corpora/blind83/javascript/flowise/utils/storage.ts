import fs from 'fs';
import path from 'path';
import sanitize from 'sanitize-filename';

export const getStoragePath = () => process.env.BLOB_STORAGE_PATH ?? path.join(process.env.HOME ?? '/root', '.flowise', 'storage');

const isValidUUID = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const streamStorageFile = async (chatflowId: string, chatId: string, fileName: string) => {
  if (!isValidUUID(chatflowId)) {
    throw new Error('Invalid chatflowId');
  }
  const sanitizedFilename = sanitize(fileName);
  const filePath = path.join(getStoragePath(), chatflowId, sanitize(chatId), sanitizedFilename);
  if (!path.resolve(filePath).startsWith(path.resolve(getStoragePath()) + path.sep)) {
    throw new Error('Invalid file path');
  }
  return fs.createReadStream(filePath);
};
