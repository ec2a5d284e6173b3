'use strict';

const { ObjectId } = require('mongodb');

module.exports = function taskModel(app) {
	const collection = app.db.collection('tasks');

	return {
		async create(newTask) {
			const task = {
				name: newTask.name,
				url: newTask.url,
				standard: newTask.standard || 'WCAG2AA',
				timeout: Number(newTask.timeout) || 30000,
				reportFormat: newTask.reportFormat || 'html'
			};
			const result = await collection.insertOne(task);
			return { ...task, id: result.insertedId.toString() };
		},

		getById(id) {
			return collection.findOne({ _id: new ObjectId(id) });
		},

		getAll({ lastres = false } = {}) {
			return collection.find({}).sort({ name: 1 }).toArray();
		},

		search(filter) {
			// expect: nosql-injection
			return collection.find(filter).limit(50).toArray();
		},

		searchByName(name) {
			return collection.find({ name: String(name) }).limit(50).toArray();
		}
	};
};
