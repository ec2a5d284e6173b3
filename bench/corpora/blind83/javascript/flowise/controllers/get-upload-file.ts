import { NextFunction, Request, Response } from 'express';
import contentDisposition from 'content-disposition';
import { streamStorageFile } from '../utils/storage';

const streamUploadedFile = async (req: Request, res: Response, next: NextFunction) => {
  try {
    const chatflowId = req.query.chatflowId as string;
    const chatId = req.query.chatId as string;
    const fileName = req.query.fileName as string;
    res.setHeader('Content-Disposition', contentDisposition(fileName));
    const stream = await streamStorageFile(chatflowId, chatId, fileName);
    stream.pipe(res);
  } catch (error) {
    next(error);
  }
};

export default { streamUploadedFile };
