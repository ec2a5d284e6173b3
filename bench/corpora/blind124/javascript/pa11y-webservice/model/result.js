'use strict';

module.exports = function resultModel(app) {
	const collection = app.db.collection('results');

	return {
		getByTaskId(taskId, limit = 10) {
			return collection.find({ task: String(taskId) }).sort({ date: -1 }).limit(Number(limit) || 10).toArray();
		}
	};
};
