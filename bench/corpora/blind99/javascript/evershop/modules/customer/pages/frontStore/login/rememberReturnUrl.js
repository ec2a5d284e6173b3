export default (request, response, delegate, next) => {
  const { returnUrl } = request.query;
  if (returnUrl) {
    request.session.returnUrl = returnUrl;
  }
  next();
};
