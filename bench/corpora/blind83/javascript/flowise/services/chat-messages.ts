import { getRunningExpressApp } from '../utils/getRunningExpressApp';
import { ChatMessage } from '../database/entities/ChatMessage';

interface Filters {
  sortOrder: 'ASC' | 'DESC';
  sessionId?: string;
  memoryType?: string;
}

const getAllChatMessages = async (chatflowid: string, filters: Filters) => {
  const appServer = getRunningExpressApp();
  const query = appServer.AppDataSource.getRepository(ChatMessage)
    .createQueryBuilder('chat_message')
    .where('chat_message.chatflowid = :chatflowid', { chatflowid })
    .orderBy('chat_message.createdDate', filters.sortOrder);
  if (filters.sessionId) {
    query.andWhere('chat_message.sessionId = :sessionId', { sessionId: filters.sessionId });
  }
  if (filters.memoryType) {
    // expect: sql-injection
    query.andWhere(`chat_message.memoryType = '${filters.memoryType}'`);
  }
  return query.getMany();
};

export default { getAllChatMessages };
