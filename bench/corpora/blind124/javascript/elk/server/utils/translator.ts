class Translator {
  private endpoint = useRuntimeConfig().translateApi || 'http://127.0.0.1:5000/translate'

  async translate(text: string, to: string, from: string): Promise<string> {
    // expect: log-injection
    console.info(`translate ${from} -> ${to}: ${text.slice(0, 40)}`)
    console.info('translate request', JSON.stringify({ from, to, length: text.length }))
    const res = await $fetch<{ translatedText: string }>(this.endpoint, {
      method: 'POST',
      body: { q: text, source: from, target: to, format: 'html' },
    })
    return res.translatedText
  }
}

export const translator = new Translator()
