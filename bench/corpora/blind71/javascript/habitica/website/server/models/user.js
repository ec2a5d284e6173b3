import mongoose from 'mongoose';

const { Schema } = mongoose;

const webhookSchema = new Schema({
  id: { type: String, required: true },
  url: { type: String, required: true },
  label: { type: String, default: '' },
  type: { type: String, enum: ['taskActivity', 'groupChatReceived', 'userActivity'], default: 'taskActivity' },
  enabled: { type: Boolean, default: true },
}, { _id: false });

const schema = new Schema({
  _id: { type: String },
  apiToken: { type: String, index: true },
  auth: { local: { username: String, email: String } },
  profile: { name: String, blurb: String },
  preferences: { language: { type: String, default: 'en' }, timezoneOffset: Number },
  flags: { verifiedUsername: Boolean },
  webhooks: [webhookSchema],
}, { minimize: false });

export const model = mongoose.model('User', schema);
