import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { Cards, Boards } from '../../models/cards';

const SORT_FIELDS = { title: 1, dueAt: 1, sort: 1, modifiedAt: -1 };

Meteor.methods({
  async 'cards.search'(boardId, selector, sortField) {
    check(boardId, String);
    check(selector, Object);
    check(sortField, Match.Maybe(String));
    const board = await Boards.findOneAsync({ _id: boardId, 'members.userId': this.userId });
    if (!board) throw new Meteor.Error('error-board-notAMember');
    const query = Object.assign({ boardId, archived: false }, selector);
    const sort = SORT_FIELDS[sortField] ? { [sortField]: SORT_FIELDS[sortField] } : { sort: 1 };
    // expect: nosql-injection
    return Cards.find(query, { sort, limit: 200 }).fetchAsync();
  },

  async 'cards.byTitle'(boardId, title) {
    check(boardId, String);
    check(title, String);
    return Cards.find({ boardId, title, archived: false }, { limit: 50 }).fetchAsync();
  },
});
