/** Cues that vote for a document: report nouns and the titles written after them. */


const DOC_NOUN_WORDS = 'report|review|study|strategy|assessment|paper|survey|audit|analysis|index|plan|doctrine|brief|briefing|outlook|yearbook|white paper|guidance|guidelines';
/** What a document is about, between its kind and its title: "its annual report on the Caribbean, Safe Passage 2026,". */
const DOC_SUBJECT = `(?:\\s+(?:on|about|into)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+(?:and\\s+)?[\\p{L}'’-]+){0,3})?`;
export const DOC_APPOS_LEFT = new RegExp(`\\b(?:${DOC_NOUN_WORDS})${DOC_SUBJECT}\\s*,\\s*(?:the\\s+)?$`, 'iu');
const TITLE_WORD = `(?:\\p{Lu}[\\p{L}\\p{N}'’-]*|of|on|the|in|and|for|a|an|to|with|from|at|by|(?:19|20)\\d\\d(?:[–-](?:19|20)?\\d\\d)?)`;
/** What may stand between a document's kind and "titled": a participle clause (" presented to the board on Monday,"). */
const DOC_PARTICIPLE = `(?:\\s+\\p{Ll}+(?:ed|en)\\s[^,;:"“”]{1,60},)?`;
/** A document's title after its kind: ", Title of Words 2026," or " titled "Title: Subtitle"" (" presented to …,
 * titled "…""). */
export const DOC_TITLE = new RegExp(`\\b(?:${DOC_NOUN_WORDS})(?:\\s*,\\s*|${DOC_PARTICIPLE}\\s+(?:titled|entitled|called)\\s+["“]?)(\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+${TITLE_WORD}){1,14}(?::\\s+\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+${TITLE_WORD}){0,12})?)(?=["”]?\\s*[,.;)]|["”])`, 'gu');
/** "IOM publishes Deadly Seas: The Eastern Route 2026, a report based on …": a title that a verb of publishing puts
 * before its kind. */
/** "A 2025 report by the monitoring network TRAFFIC, Roe on the Road, says": a title in apposition after the author of
 * the document, where the document then speaks (a subtitle after a colon too: "…, Title: National Report 2025,"). */
export const DOC_TITLE_AFTER_AUTHOR = new RegExp(`\\b(?:${DOC_NOUN_WORDS})\\s+(?:by|from)\\s+[^,;:"“”.]{1,60}?,\\s+(\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+${TITLE_WORD}){1,14}(?::\\s+\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+${TITLE_WORD}){0,12})?)(?=,\\s+(?:says|said|finds|found|shows|showed|warns|warned|concludes|concluded|estimates|estimated|notes|noted|argues|argued|recommends|recommended)\\b)`, 'gu');
export const DOC_TITLE_PUBLISHED = new RegExp(`\\b(?:publishes|published|releases|released|launches|launched|issues|issued|presents|presented)\\s+(\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+${TITLE_WORD}){1,14}(?::\\s+\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+${TITLE_WORD}){0,12})?)(?=\\s*,\\s*(?:a|an|its|their|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${DOC_NOUN_WORDS})\\b)`, 'gu');
export const DOC_TITLED_LEFT = new RegExp(`\\b(?:${DOC_NOUN_WORDS})${DOC_PARTICIPLE}\\s+(?:titled|entitled|called|named)\\s+$`, 'iu');
