import { Mongo } from 'meteor/mongo';

export const Cards = new Mongo.Collection('cards');
export const Boards = new Mongo.Collection('boards');
export const Integrations = new Mongo.Collection('integrations');

Cards.helpers({
  board() {
    return Boards.findOne(this.boardId);
  },
});
