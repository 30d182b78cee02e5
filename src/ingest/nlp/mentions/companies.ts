/** Company hints: one-word names the text calls "the airline", "the lender". */
import type { Tokenised } from '../text.js';
import { NOT_NAMES } from '../gazetteer/words.js';

const COMPANY_ANAPHOR = /^(?:The|the)\s+(?:[\p{Ll}-]+\s+|[\p{Lu}][\p{Ll}]+\s+)?(?:airline|carrier|lender|bank|insurer|retailer|manufacturer|maker|carmaker|chipmaker|shipping line|shipper|company|firm|operator|utility|conglomerate|group)\s+(?:said|says|added|announced|confirmed|reported|warned|expects|expected)\b/u;
/** One-word subjects that the next sentence, or the end of their own, calls "the airline", "the lender", "the German
 * carrier" ("Finnair cancelled 40 flights. The airline said …"): companies. */
export function companyHints(text: string, tk: Tokenised): Set<string> {
  const out = new Set<string>();
  const subject = (i: number) => {
    const t = tk.tokens[tk.sentences[i].tokenStart];
    const n = tk.tokens[tk.sentences[i].tokenStart + 1];
    if (t && t.cap && t.kind === 'word' && !NOT_NAMES.has(t.text) && n && n.kind === 'word' && !n.cap) out.add(t.text);
  };
  for (let i = 1; i < tk.sentences.length; i++) {
    const s = tk.sentences[i];
    const sText = text.slice(s.start, s.end);
    if (COMPANY_ANAPHOR.test(sText)) subject(i - 1);
    else if (/,\s+the\s+(?:[\p{L}-]+\s+)?(?:airline|carrier|lender|bank|insurer|retailer|manufacturer|maker|carmaker|chipmaker|shipping line|company|firm|operator|utility|group)\s+(?:said|says|added|announced)\b/u.test(sText)) subject(i);
  }
  // "a Norvanta SecureEdge appliance": the first word of a product's name is its maker, when the text also names it
  // alone.
  for (const m of text.matchAll(/\b(?:an?|the|its|their)\s+(\p{Lu}[\p{L}-]+)\s+\p{Lu}[\p{L}-]*\s+(?:appliances?|firmware|software|routers?|gateways?|firewalls?|servers?|controllers?|platform|devices?|app)\b/gu)) {
    if (!NOT_NAMES.has(m[1]) && new RegExp(`(?<![\\p{L}])${m[1]}\\s+(?:said|says|fixed|released|patched|issued|published|confirmed|warned|urged|shipped)\\b`, 'u').test(text)) out.add(m[1]);
  }
  return out;
}
