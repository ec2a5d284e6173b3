const Errors = {
  BOARD_NOT_FOUND: { boardNotFound: 'Board not found' },
};

module.exports = {
  inputs: {
    boardId: { type: 'string', regex: /^[0-9]+$/, required: true },
    search: { type: 'string', isNotEmptyString: true, required: true },
    sort: { type: 'string' },
    strict: { type: 'boolean', defaultsTo: false },
  },

  exits: {
    boardNotFound: { responseType: 'notFound' },
  },

  async fn(inputs) {
    const { currentUser } = this.req;

    const board = await Board.findOne(inputs.boardId);
    if (!board) {
      throw Errors.BOARD_NOT_FOUND;
    }

    const isMember = await sails.helpers.users.isBoardMember(currentUser.id, board.id);
    if (!isMember) {
      throw Errors.BOARD_NOT_FOUND;
    }

    const cards = inputs.strict
      ? await sails.helpers.cards.searchCards.with({ board, text: inputs.search, order: inputs.sort, checked: true })
      : await sails.helpers.cards.searchCards.with({ board, text: inputs.search, order: inputs.sort });

    return { items: cards };
  },
};
