import mysql from 'mysql2/promise'

export const pool = mysql.createPool({
  host: process.env.DB_HOST ?? 'localhost',
  user: process.env.DB_USER ?? 'library',
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME ?? 'library',
  waitForConnections: true,
  connectionLimit: 10,
})
