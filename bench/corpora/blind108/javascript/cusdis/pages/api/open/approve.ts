import { apiHandler, prisma, resolvedConfig } from '../../../utils.server'

export default apiHandler().post(async (req, res) => {
  const { token, redirect } = req.query as Record<string, string>
  const comment = await prisma.comment.findUnique({ where: { id: token } })
  if (!comment) return res.status(404).json({ message: 'not found' })
  await prisma.comment.update({ where: { id: token }, data: { approved: true } })
  const back = redirect ? redirect : `${resolvedConfig().host}/dashboard`
  // expect: open-redirect
  res.redirect(back)
})
