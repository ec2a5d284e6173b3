'use strict';

const { LinRouter, NotFound, disableLoading } = require('lin-mizar');
const { groupRequired } = require('../../middleware/jwt');
const { logger } = require('../../middleware/logger');
const {
  BookSearchValidator,
  CreateOrUpdateBookValidator
} = require('../../validator/book');
const { PositiveIdValidator } = require('../../validator/common');
const { BookDao } = require('../../dao/book');

const bookApi = new LinRouter({
  prefix: '/v1/book',
  module: '图书'
});

const bookDto = new BookDao();

bookApi.get('/:id', async ctx => {
  const v = await new PositiveIdValidator().validate(ctx);
  const id = v.get('path.id');
  const book = await bookDto.getBook(id);
  if (!book) {
    throw new NotFound({ code: 10022 });
  }
  ctx.json(book);
});

bookApi.get('/', async ctx => {
  const books = await bookDto.getBooks();
  ctx.json(books);
});

bookApi.get('/search/one', async ctx => {
  const v = await new BookSearchValidator().validate(ctx);
  const book = await bookDto.getBookByKeyword(v.get('query.q'));
  if (!book) {
    throw new NotFound({ code: 10022 });
  }
  ctx.json(book);
});

bookApi.get('/search/author', async ctx => {
  const v = await new BookSearchValidator().validate(ctx);
  const books = await bookDto.searchByAuthor(v.get('query.q'));
  ctx.json(books);
});

bookApi.post('/', async ctx => {
  const v = await new CreateOrUpdateBookValidator().validate(ctx);
  await bookDto.createBook(v);
  ctx.success({ code: 12 });
});

bookApi.linDelete(
  'deleteBook',
  '/:id',
  bookApi.permission('删除图书'),
  groupRequired,
  logger('{user.username}删除了图书'),
  async ctx => {
    const v = await new PositiveIdValidator().validate(ctx);
    await bookDto.deleteBook(v.get('path.id'));
    ctx.success({ code: 14 });
  }
);

module.exports = { bookApi, [disableLoading]: false };
