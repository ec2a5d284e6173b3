const mongoose = require('mongoose');

const agentSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true },
  name: String,
  team: { type: String, index: true },
  role: { type: String, enum: ['agent', 'lead', 'admin'], default: 'agent' },
});

const ticketSchema = new mongoose.Schema(
  {
    subject: { type: String, required: true },
    body: String,
    requesterEmail: { type: String, index: true },
    accessCode: { type: String, select: false },
    status: { type: String, enum: ['open', 'pending', 'solved'], default: 'open' },
    team: String,
    priority: { type: Number, default: 3 },
  },
  { timestamps: true }
);

const Agent = mongoose.models.Agent || mongoose.model('Agent', agentSchema);
const Ticket = mongoose.models.Ticket || mongoose.model('Ticket', ticketSchema);

module.exports = { Agent, Ticket };
