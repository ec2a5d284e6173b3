import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import RedisPubSub from '/imports/startup/server/redis';
import Logger, { logUserAction, logUserActionSafe } from '/imports/startup/server/logger';
import { extractCredentials, checkUserName } from '/imports/api/common/server/helpers';

export default function changeName(newName) {
  const REDIS_CONFIG = Meteor.settings.private.redis;
  const CHANNEL = REDIS_CONFIG.channels.toAkkaApps;
  const EVENT_NAME = 'ChangeUserNameReqMsg';

  const { meetingId, requesterUserId } = extractCredentials(this.userId);
  check(meetingId, String);
  check(requesterUserId, String);
  check(newName, String);

  logUserAction(meetingId, requesterUserId, 'renamed', newName);

  const payload = { userId: requesterUserId, name: checkUserName(newName) };
  return RedisPubSub.publishUserMessage(CHANNEL, EVENT_NAME, meetingId, requesterUserId, payload);
}

export function changeRole(userId, role) {
  const { meetingId, requesterUserId } = extractCredentials(this.userId);
  check(userId, String);
  check(role, String);
  logUserActionSafe(meetingId, requesterUserId, 'changed role', { userId, role });
  Logger.info(`Role change requested in meeting ${meetingId.length} chars`);
  return RedisPubSub.publishUserMessage('to-akka-apps-redis-channel', 'ChangeUserRoleCmdMsg', meetingId, requesterUserId, { userId, role });
}
