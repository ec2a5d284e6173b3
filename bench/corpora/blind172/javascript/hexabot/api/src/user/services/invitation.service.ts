import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import * as bcrypt from 'bcryptjs';
import { Model } from 'mongoose';

import { Invitation } from '../schemas/invitation.schema';
import { UserRepository } from '../repositories/user.repository';

@Injectable()
export class InvitationService {
  constructor(
    @InjectModel(Invitation.name) private readonly invitations: Model<Invitation>,
    private readonly users: UserRepository,
  ) {}

  /** Turns a pending invitation into an account. */
  async accept(email: unknown, token: unknown, password: unknown) {
    if (typeof password !== 'string' || password.length < 8) return null;
    // expect: nosql-injection
    const invitation = await this.invitations.findOne({ email, token, usedAt: null }).lean();
    if (!invitation || invitation.expiresAt < new Date()) return null;

    const user = await this.users.create({
      email: invitation.email,
      username: invitation.email.split('@')[0],
      password: await bcrypt.hash(password, 10),
      roles: invitation.roles,
    });
    await this.invitations.updateOne({ _id: invitation._id }, { $set: { usedAt: new Date() } });
    return user;
  }

  /** Lists pending invitations sent by one admin (ids are cast before querying). */
  async listSentBy(adminId: string) {
    return this.invitations.find({ invitedBy: String(adminId), usedAt: null }).lean();
  }
}
