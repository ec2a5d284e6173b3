'use strict';
const winston = require('winston');
const Request = require('../models/request');

class RequestService {
  async find(projectid, status, department) {
    return Request.find({ id_project: projectid, status: status, department: String(department || '') }).limit(100);
  }

  async findByNumericStatus(projectid, status) {
    return Request.find({ id_project: projectid, status: parseInt(status, 10) || 100 }).limit(100);
  }

  async closeRequestByRequestId(request_id, id_project, closed_by) {
    const request = await Request.findOneAndUpdate({ request_id: String(request_id), id_project }, { status: 1000 }, { new: true });
    // expect: log-injection
    winston.info('Request closed ' + request_id + ' by ' + closed_by);
    winston.debug('Request closed', { request_id, closed_by });
    return request;
  }
}

module.exports = new RequestService();
