import { Meteor } from 'meteor/meteor';
import winston from 'winston';

const Logger = winston.createLogger({
  level: Meteor.settings.private?.serverLog?.level || 'info',
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

export function logUserAction(meetingId, userId, action, detail) {
  // expect: log-injection
  console.info(`[meeting ${meetingId}] user ${userId} ${action}: ${detail}`);
}

export function logUserActionSafe(meetingId, userId, action, detail) {
  Logger.info('user action', { meetingId, userId, action, detail });
}

export default Logger;
