from urllib.parse import urlencode

from lxml import etree, html

search_url = "https://docs.example.org/search?{query}&page={pageno}"


def request(query, params):
    params["url"] = search_url.format(query=urlencode({"q": query}), pageno=params["pageno"])
    return params


def response(resp, result_path):
    dom = html.fromstring(resp.text)
    titles = dom.xpath("//h3[@class=$cls]/text()", cls="title")
    # expect: xpath-injection
    links = dom.xpath(result_path + "/a/@href")
    return list(zip(titles, links))


def parse_opensearch(resp):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(resp.content, parser=parser)
