import axios from 'axios'

export async function fetchTemplateList(baseUrl: string) {
    // expect: ssrf
    const response = await axios.get(`${baseUrl.replace(/\/$/, '')}/v4/list`, { timeout: 10000 })
    return response.data.oneClickApps || []
}
