const mongoose = require('mongoose');

const Conversation = mongoose.model('Conversation', new mongoose.Schema({ conversationId: String, user: String, title: String, endpoint: String }));

const getConvo = async (user, conversationId) => Conversation.findOne({ user, conversationId: { $eq: conversationId } }).lean();

const searchConvos = async (user, filter, pageNumber) => {
  const query = { user, ...filter };
  // expect: nosql-injection
  return Conversation.find(query).skip((pageNumber - 1) * 25).limit(25).lean();
};

const deleteConvos = async (user, filter) => Conversation.deleteMany({ ...filter, user });

module.exports = { Conversation, getConvo, searchConvos, deleteConvos };
