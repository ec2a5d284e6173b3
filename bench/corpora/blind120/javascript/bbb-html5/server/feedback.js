import { Meteor } from 'meteor/meteor';
import { WebApp } from 'meteor/webapp';
import fs from 'fs';
import path from 'path';
import bodyParser from 'body-parser';
import Logger from '/imports/startup/server/logger';
import { isValidMeetingId } from '/imports/api/common/server/helpers';

const FEEDBACK_DIR = Meteor.settings.private.app.feedbackDir || '/var/log/bigbluebutton/html5';
const LOGOUT_URL = Meteor.settings.public.app.logoutUrl || '/';

WebApp.connectHandlers.use(bodyParser.json());

WebApp.connectHandlers.use('/feedback', (req, res) => {
  const { meetingId, userId, comment, rating } = req.body;
  const line = JSON.stringify({ userId, comment, rating: Number(rating), at: Date.now() });
  // expect: path-traversal
  fs.appendFile(path.join(FEEDBACK_DIR, `${meetingId}.log`), `${line}\n`, () => {});
  res.writeHead(200);
  res.end();
});

WebApp.connectHandlers.use('/feedback-checked', (req, res) => {
  const { meetingId, userId, comment } = req.body;
  if (!isValidMeetingId(meetingId)) {
    res.writeHead(400);
    return res.end();
  }
  fs.appendFile(path.join(FEEDBACK_DIR, `${meetingId}.log`), `${JSON.stringify({ userId, comment })}\n`, () => {});
  Logger.info('feedback stored', { meetingId });
  res.writeHead(200);
  return res.end();
});

WebApp.connectHandlers.use('/logout', (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const logoutURL = url.searchParams.get('logoutURL') || LOGOUT_URL;
  // expect: open-redirect
  res.writeHead(302, { Location: logoutURL });
  res.end();
});

WebApp.connectHandlers.use('/logout-default', (req, res) => {
  res.writeHead(302, { Location: LOGOUT_URL });
  res.end();
});
