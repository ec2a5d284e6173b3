import { NextFunction, Request, Response } from 'express';
import chatMessagesService from '../services/chat-messages';

const getAllChatMessages = async (req: Request, res: Response, next: NextFunction) => {
  try {
    const sortOrder = req.query?.order === 'DESC' ? 'DESC' : 'ASC';
    const sessionId = req.query?.sessionId as string | undefined;
    const memoryType = (req.query?.memoryType as string) || undefined;
    const messages = await chatMessagesService.getAllChatMessages(req.params.id, { sortOrder, sessionId, memoryType });
    return res.json(messages);
  } catch (error) {
    next(error);
  }
};

export default { getAllChatMessages };
