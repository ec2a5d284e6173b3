const rows = [];

module.exports = {
	insert: async (row) => {
		rows.push({ ...row, created_on: new Date().toISOString() });
		return row;
	},
};
