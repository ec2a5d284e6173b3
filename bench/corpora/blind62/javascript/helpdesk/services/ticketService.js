const { Ticket } = require('../models');

const STATUSES = new Set(['open', 'pending', 'solved']);

class TicketService {
  list(filters, team) {
    const query = { team };
    if (filters.status) query.status = filters.status;
    if (filters.requester) query.requesterEmail = filters.requester;
    // expect: nosql-injection
    return Ticket.find(query).sort({ updatedAt: -1 }).limit(50).lean();
  }

  listSafe(filters, team) {
    const query = { team };
    if (STATUSES.has(filters.status)) query.status = filters.status;
    if (typeof filters.requester === 'string') query.requesterEmail = filters.requester;
    return Ticket.find(query).sort({ updatedAt: -1 }).limit(50).lean();
  }

  // Requesters without an account look a ticket up by e-mail and the code from their mail.
  async lookup(email, accessCode) {
    // expect: nosql-injection
    return Ticket.findOne({ requesterEmail: email, accessCode }).lean();
  }

  async lookupSafe(email, accessCode) {
    return Ticket.findOne({ requesterEmail: String(email), accessCode: String(accessCode) }).lean();
  }

  async byPriorityExpression(expr) {
    // expect: nosql-injection
    return Ticket.find({ $where: `this.priority ${expr}` }).limit(20).lean();
  }

  async byPriority(min) {
    const n = Number.parseInt(min, 10);
    if (Number.isNaN(n)) return [];
    return Ticket.find({ priority: { $lte: n } }).limit(20).lean();
  }
}

module.exports = new TicketService();
