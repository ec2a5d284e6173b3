import { check } from 'meteor/check';

export const extractCredentials = (credentials) => {
  if (!credentials) return {};
  const credentialsArray = credentials.split('--');
  const meetingId = credentialsArray[0];
  const requesterUserId = credentialsArray[1];
  return { meetingId, requesterUserId };
};

export const MEETING_ID_RE = /^[a-f0-9]{40}-\d{13}$/;

export const isValidMeetingId = (meetingId) => typeof meetingId === 'string' && MEETING_ID_RE.test(meetingId);

export const checkUserName = (name) => {
  check(name, String);
  return name.trim().slice(0, 64);
};
