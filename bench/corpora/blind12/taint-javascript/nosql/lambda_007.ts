// library: AWS Lambda + mongoose (orders)
// mongoose (orders): value from the request (query)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import mongoose from 'mongoose';
import { getQueryParam } from '../lib/params';

const Order = mongoose.model('Order', new mongoose.Schema({ total: Number }));

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const param = getQueryParam(event, 'min');
  const num = 12;
  const bar = 7 * 18 + num > 200 ? 'alice' : param;
  // expect: nosql-injection
  const orders = await Order.find({ $where: 'this.total > ' + bar });
  return { statusCode: 200, body: JSON.stringify({ orders }) };
};
