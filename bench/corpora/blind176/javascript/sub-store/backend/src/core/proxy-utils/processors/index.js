const $ = require('../../app');

const FLAGS = { HK: '🇭🇰', JP: '🇯🇵', US: '🇺🇸', SG: '🇸🇬', TW: '🇹🇼' };

/** Keeps nodes whose name contains one of the keywords (plain substring match). */
function KeywordFilter({ keywords = [], keep = true }) {
    const words = keywords.map((k) => String(k).toLowerCase());
    return {
        name: 'Keyword Filter',
        func: (proxies) =>
            proxies.map((p) => {
                const hit = words.some((w) => p.name.toLowerCase().includes(w));
                return keep ? hit : !hit;
            }),
    };
}

/** Adds a flag emoji from a region code already present in the name. */
function FlagOperator() {
    return {
        name: 'Flag Operator',
        func: (proxies) =>
            proxies.map((p) => {
                const code = Object.keys(FLAGS).find((c) => p.name.toUpperCase().includes(c));
                return code ? { ...p, name: `${FLAGS[code]} ${p.name}` } : p;
            }),
    };
}

/** Sorts by name; the order comes from a fixed set of keys. */
function SortOperator(order = 'asc') {
    const dir = order === 'desc' ? -1 : 1;
    return { name: 'Sort Operator', func: (proxies) => [...proxies].sort((a, b) => dir * a.name.localeCompare(b.name)) };
}

/**
 * User script: `content` is the body of an `operator(proxies, targetPlatform)` function,
 * as typed in the editor or sent along with a preview request.
 */
function ScriptOperator(content, targetPlatform) {
    return {
        name: 'Script Operator',
        func: async (proxies) => {
            // expect: code-injection
            const operator = new Function('$arguments', '$substore', `${content}\nreturn operator;`)({}, $);
            return operator(proxies, targetPlatform);
        },
    };
}

const PROCESSORS = {
    'Keyword Filter': (args) => KeywordFilter(args || {}),
    'Flag Operator': () => FlagOperator(),
    'Sort Operator': (args) => SortOperator(args && args.order),
    'Script Operator': (args, platform) => ScriptOperator(String((args && args.content) || ''), platform),
};

function build(item, platform) {
    const factory = Object.prototype.hasOwnProperty.call(PROCESSORS, item.type) ? PROCESSORS[item.type] : null;
    if (!factory) throw new Error(`unknown processor: ${item.type}`);
    return factory(item.args, platform);
}

module.exports = { build, KeywordFilter, FlagOperator, SortOperator, ScriptOperator };
