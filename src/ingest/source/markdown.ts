/**
 * Markdown to text: headings, emphasis, code marks, links, lists and tables reduced to their words; paragraphs
 * kept apart by a blank line, wrapped lines joined. Not a full CommonMark parser: enough for reports and posts.
 */

export function markdownToText(md: string): string {
  const out: string[] = [];
  let para: string[] = [];
  let quoted = false;
  let fence = false;
  const flush = () => {
    if (para.length) {
      const body = para.join(' ');
      // A block quotation introduced by a colon ("... argued that:" then "> ...") is a quotation: it gets the
      // quotation marks the rendered page shows as indentation.
      const prev = [...out].reverse().find((l) => l.trim());
      out.push(quoted && prev && /:\s*$/.test(prev) && !/["“”]/.test(body) ? `“${body}”` : body);
    }
    para = [];
    quoted = false;
  };
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(raw);
      continue;
    }
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
      out.push('');
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // table rule, hr
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading || item || line.includes('|')) {
      flush();
      let s = heading ? heading[1] : item ? item[1] : line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim()).join('   ');
      s = inline(s);
      out.push(s);
      if (heading) out.push('');
      continue;
    }
    const bq = /^\s*>/.test(line);
    if (para.length && bq !== quoted) flush();
    quoted = bq;
    para.push(inline(line.trim().replace(/^>\s?/, '')));
  }
  flush();
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^)]*)\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/<[^>]+>/g, '');
}
