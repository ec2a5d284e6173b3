import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { exec } from 'child_process';

@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  byOwner(owner: string) {
    return this.ds.query('SELECT id, title FROM reports WHERE owner = $1', [owner]);
  }

  byTitle(title: string) {
    // expect: sql-injection
    return this.ds.query(`SELECT id, title FROM reports WHERE title ILIKE '%${title}%'`);
  }

  render(id: string, format: string) {
    return new Promise<string>((resolve, reject) => {
      // expect: command-injection
      exec(`report-cli render ${id} --format ${format}`, (err, out) => (err ? reject(err) : resolve(out)));
    });
  }
}
