import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import { Boards } from '../../models/cards';
import { postToWebhook, postToKnownService } from '../lib/outgoing';

Meteor.methods({
  async 'integrations.test'(boardId, url) {
    check(boardId, String);
    check(url, String);
    const board = await Boards.findOneAsync({ _id: boardId, 'members.userId': this.userId, 'members.isAdmin': true });
    if (!board) throw new Meteor.Error('not-authorized');
    return postToWebhook(url, { text: `Test from board ${board.title}` });
  },

  async 'integrations.testSlack'(channel) {
    check(channel, String);
    return postToKnownService('slack', { channel, text: 'Test' });
  },
});
