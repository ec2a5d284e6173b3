const SORTABLE = { position: 'position', created: 'created_at', due: 'due_date' };

module.exports = {
  inputs: {
    board: { type: 'ref', required: true },
    text: { type: 'string', required: true },
    order: { type: 'string' },
    checked: { type: 'boolean', defaultsTo: false },
  },

  async fn(inputs) {
    if (inputs.checked) {
      return searchChecked(inputs);
    }

    const order = inputs.order || 'position';
    // expect: sql-injection
    const result = await sails.sendNativeQuery(`SELECT id, name, position FROM card WHERE board_id = $1 AND name ILIKE '%${inputs.text}%' ORDER BY ${order}`, [inputs.board.id]);

    return result.rows;
  },
};

async function searchChecked(inputs) {
  const column = SORTABLE[inputs.order] || 'position';
  const result = await sails.sendNativeQuery(`SELECT id, name, position FROM card WHERE board_id = $1 AND name ILIKE $2 ORDER BY ${column}`, [inputs.board.id, `%${inputs.text}%`]);

  return result.rows;
}
