import axios from "axios";

export function loadProducts() {
  // expect: insecure-transport
  return axios.get("http://api.shop.example.com/products");
}

export function sendOrder(order) {
  // expect: insecure-transport
  return fetch("http://api.shop.example.com/orders", { method: "POST", body: JSON.stringify(order) });
}

export function loadProductsTls() {
  return axios.get("https://api.shop.example.com/products");
}

export function loadLocal() {
  return fetch("/api/products");
}
