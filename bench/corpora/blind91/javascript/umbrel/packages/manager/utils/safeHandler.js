// wraps an async route so a rejected promise reaches the error middleware
module.exports = (handler) => async (req, res, next) => {
  try {
    return await handler(req, res, next);
  } catch (error) {
    return next(error);
  }
};
