import { Injectable } from '@nestjs/common'
import { InjectModel } from '@nestjs/mongoose'
import { Model } from 'mongoose'
import { FormModel } from '@model'

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

@Injectable()
export class FormService {
  constructor(@InjectModel(FormModel.name) private readonly formModel: Model<FormModel>) {}

  async searchByKeyword(teamId: string, keyword: string) {
    // expect: nosql-injection
    return this.formModel.find({ teamId, $where: `this.name.toLowerCase().indexOf('${keyword.toLowerCase()}') !== -1` })
  }

  async findByName(teamId: string, keyword: string) {
    return this.formModel.find({ teamId, name: { $regex: escapeRegExp(String(keyword)), $options: 'i' } })
  }

  async findById(id: string) {
    return this.formModel.findById(String(id))
  }

  async create(teamId: string, name: string, fields: unknown[]) {
    return this.formModel.create({ teamId, name, fields })
  }
}
