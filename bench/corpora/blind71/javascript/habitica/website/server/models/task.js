import mongoose from 'mongoose';

const { Schema } = mongoose;

const schema = new Schema({
  _id: { type: String },
  userId: { type: String, index: true },
  type: { type: String, enum: ['habit', 'daily', 'todo', 'reward'] },
  text: { type: String, required: true },
  notes: { type: String, default: '' },
  tags: [{ type: String }],
  completed: { type: Boolean, default: false },
  value: { type: Number, default: 0 },
  priority: { type: Number, default: 1 },
  createdAt: { type: Date, default: Date.now },
}, { minimize: false });

schema.statics.findForOwner = function findForOwner(ownerId, extraQuery) {
  // expect: nosql-injection
  return this.find({ ...extraQuery, userId: ownerId }).sort({ createdAt: -1 }).lean().exec();
};

schema.statics.findByTypeForOwner = function findByTypeForOwner(ownerId, type) {
  return this.find({ userId: ownerId, type }).sort({ createdAt: -1 }).lean().exec();
};

export const model = mongoose.model('Task', schema);
