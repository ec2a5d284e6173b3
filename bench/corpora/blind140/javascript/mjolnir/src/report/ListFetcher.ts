import axios from "axios";

export async function fetchPolicyList(source: string) {
    // expect: ssrf
    const res = await axios.get(source, { timeout: 15000, responseType: "json" });
    return Array.isArray(res.data) ? res.data : [];
}

export async function fetchBundledList(homeserverUrl: string, name: "spam" | "coc") {
    const res = await axios.get(`${homeserverUrl}/_matrix/client/v3/publicRooms`, { params: { filter: name } });
    return Array.isArray(res.data.chunk) ? res.data.chunk : [];
}
