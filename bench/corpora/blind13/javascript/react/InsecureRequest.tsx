// library: React + fetch / axios (requests over plain http)
import { useEffect, useState } from 'react';
import axios from 'axios';

const API = process.env.REACT_APP_API_URL ?? 'https://api.example.com';

export function OrdersPanel({ token }: { token: string }) {
  const [orders, setOrders] = useState<Array<{ id: string; total: number }>>([]);

  useEffect(() => {
    // expect: insecure-transport
    fetch('http://api.example.com/v1/orders', { headers: { Authorization: `Bearer ${token}` } })
      .then((r) => r.json())
      .then(setOrders);
  }, [token]);

  useEffect(() => {
    fetch(`${API}/v1/announcements`).then((r) => r.json()).then(console.info);
    fetch('/api/health').then((r) => r.ok);
  }, []);

  async function refund(id: string) {
    // expect: insecure-transport
    await axios.post(`http://payments.example.com/refunds`, { orderId: id }, { headers: { Authorization: `Bearer ${token}` } });
    await axios.post('https://audit.example.com/events', { type: 'refund', id });
  }

  useEffect(() => {
    if (process.env.NODE_ENV === 'development') {
      fetch('http://localhost:4000/dev/seed-status').then((r) => r.json()).then(console.debug);
    }
  }, []);

  return (
    <ul>
      {orders.map((o) => (
        <li key={o.id}>
          {o.id}: {o.total} <button onClick={() => refund(o.id)}>Refund</button>
        </li>
      ))}
    </ul>
  );
}
