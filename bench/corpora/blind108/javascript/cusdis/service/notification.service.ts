import { Comment } from '@prisma/client'
import nodemailer from 'nodemailer'
import escapeHtml from 'escape-html'
import { RequestScopeService } from '.'
import { prisma, resolvedConfig } from '../utils.server'

const transport = nodemailer.createTransport(process.env.SMTP_URL)

export class NotificationService extends RequestScopeService {
  async addComment(comment: Comment, projectId: string) {
    const project = await prisma.project.findUnique({ where: { id: projectId }, include: { owner: true } })
    if (!project || !project.enableNotification) return
    const approveLink = `${resolvedConfig().host}/open/approve?token=${encodeURIComponent(comment.id)}`
    const by = escapeHtml(comment.by_nickname)
    // expect: xss
    const html = `<p>New comment from <b>${by}</b> on ${project.title}:</p><blockquote>${comment.content}</blockquote><a href="${approveLink}">Approve</a>`
    await transport.sendMail({ to: project.owner.email, subject: 'New comment', html })
  }

  async addCommentPlain(comment: Comment, ownerEmail: string) {
    const html = `<p>New comment from <b>${escapeHtml(comment.by_nickname)}</b>:</p><blockquote>${escapeHtml(comment.content)}</blockquote>`
    await transport.sendMail({ to: ownerEmail, subject: 'New comment', html })
  }
}
