/**
 * A saved web page to its main text, headline, date and author. htmlparser2 does the parsing (it tolerates broken
 * markup); we decide what is article and what is page furniture: navigation, headers, footers, cookie banners,
 * share bars, comments and ads are dropped; when the page has an <article> (or <main>) only that is kept.
 */
import { Parser } from 'htmlparser2';
import { parseDateValue } from './dates.js';

export interface HtmlDoc {
  text: string;
  title?: string;
  published?: string;
  author?: string;
  url?: string;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'canvas', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'label', 'dialog', 'object', 'embed', 'head', 'menu']);
const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'main', 'blockquote', 'pre', 'header', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'hr', 'address', 'details', 'summary', 'center']);
const PARA_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'figure']);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'area', 'base', 'col', 'embed', 'source', 'track', 'param']);
/** Class or id words of page furniture. */
const FURNITURE = /(^|[-_ ])(nav|navbar|navigation|menu|footer|header|masthead|cookie|cookies|consent|banner|breadcrumbs?|share|sharing|social|comments?|related|newsletter|subscribe|subscription|ads?|advert|advertisement|promo|sidebar|skip|pagination|tags|kicker|eyebrow|overline|rubric|toolbar|popup|modal|widget|outbrain|taboola|recommended|trending|paywall)($|[-_ ])/i;
const BYLINE_CLASS = /(^|[-_ ])(byline|author|authors|dateline|date|time|published|pubdate|meta|article-meta|timestamp)($|[-_ ])/i;
const DATE_META = new Set(['article:published_time', 'og:published_time', 'date', 'dcterms.date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate', 'publish-date', 'datepublished', 'sailthru.date', 'parsely-pub-date', 'article.published']);
const AUTHOR_META = new Set(['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author']);

interface Frame {
  tag: string;
  skip: boolean;
  byline: boolean;
  zone: 'article' | 'main' | null;
}

/** Converts HTML to its main text. Never throws: a page without text gives `text === ''`. */
export function htmlToDoc(html: string): HtmlDoc {
  const stack: Frame[] = [];
  const parts: { text: string; zone: 'article' | 'main' | null }[] = [];
  let metaTitle: string | undefined;
  let docTitle = '';
  let inTitle = false;
  let h1: string | undefined;
  let h1Buf: string | null = null;
  let published: string | undefined;
  let author: string | undefined;
  let url: string | undefined;
  let bylineBuf = '';
  let bylineDepth = -1;
  let sawArticle = false;
  let sawMain = false;

  const top = () => stack[stack.length - 1];
  const skipping = () => stack.some((f) => f.skip);
  const zone = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].zone) return stack[i].zone;
    return null;
  };
  const push = (text: string) => parts.push({ text, zone: zone() });

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const content = attrs.content ?? '';
          if (key === 'og:title' || key === 'twitter:title') metaTitle ??= content.trim() || undefined;
          if (DATE_META.has(key)) published ??= parseDateValue(content);
          if (AUTHOR_META.has(key) && content && !/^https?:/i.test(content)) author ??= content.trim();
          if (key === 'og:url' && /^https?:\/\//i.test(content)) url ??= content;
          return;
        }
        if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && /^https?:\/\//i.test(attrs.href ?? '')) url ??= attrs.href;
        if (name === 'time' && attrs.datetime) published ??= parseDateValue(attrs.datetime);
        if (name === 'title') inTitle = true;
        if (VOID_TAGS.has(name)) {
          if (name === 'br' || name === 'hr') push('\n');
          return;
        }
        const cls = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''}`;
        const insideArticle = stack.some((f) => f.zone === 'article');
        // ("story-header", "article-header", "entry-title": the article's own headline block, not the site's header.)
        const furniture = FURNITURE.test(cls) && !/(^|\s)(article|content|post|story|entry)([-_](header|head|heading|title|top))?(\s|$)/i.test(attrs.class ?? '');
        const skip = (SKIP_TAGS.has(name) && !(name === 'header' && insideArticle)) || (name === 'header' && !insideArticle) || furniture || attrs.hidden !== undefined || /display\s*:\s*none/i.test(attrs.style ?? '');
        const byline = !skip && (BYLINE_CLASS.test(cls) || attrs.rel === 'author' || name === 'time');
        const z = name === 'article' ? 'article' : name === 'main' || attrs.role === 'main' ? 'main' : null;
        if (z === 'article') sawArticle = true;
        if (z === 'main') sawMain = true;
        stack.push({ tag: name, skip, byline, zone: z });
        if (byline && bylineDepth < 0) {
          bylineDepth = stack.length;
          bylineBuf = '';
        }
        if (name === 'h1' && h1 === undefined && !skipping()) h1Buf = '';
        if (BLOCK_TAGS.has(name)) push(PARA_TAGS.has(name) ? '\n\n' : '\n');
        if (name === 'td' || name === 'th') push('   ');
      },
      ontext(data) {
        if (inTitle) {
          docTitle += data;
          return;
        }
        if (skipping()) return;
        if (bylineDepth >= 0) {
          bylineBuf += data;
          return;
        }
        if (h1Buf !== null) h1Buf += data;
        push(data);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (VOID_TAGS.has(name)) return;
        // Close up to the matching open tag (htmlparser2 reports implied closes too).
        let i = stack.length - 1;
        while (i >= 0 && stack[i].tag !== name) i--;
        if (i < 0) return;
        while (stack.length > i) {
          const f = stack.pop() as Frame;
          if (bylineDepth > stack.length) {
            const b = bylineBuf.replace(/\s+/g, ' ').trim();
            const byM = /\bby\s+([\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3})/iu.exec(b);
            if (byM) author ??= byM[1];
            else if (/author/i.test(f.tag) && b) author ??= b;
            published ??= parseDateValue(b);
            bylineDepth = -1;
            bylineBuf = '';
          }
          if (f.tag === 'h1' && h1Buf !== null) {
            h1 = h1Buf.replace(/\s+/g, ' ').trim() || undefined;
            h1Buf = null;
          }
          if (BLOCK_TAGS.has(f.tag)) push(PARA_TAGS.has(f.tag) ? '\n\n' : '\n');
        }
        void top;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const want = sawArticle ? 'article' : sawMain ? 'main' : null;
  const chosen = want ? parts.filter((p) => p.zone === want || (want === 'main' && p.zone === 'article')) : parts;
  const text = normalise(chosen.map((p) => p.text).join(''));
  const titleFromDoc = docTitle.replace(/\s+/g, ' ').trim().split(/\s+[|–—-]\s+/)[0] || undefined;
  return { text, title: metaTitle ?? h1 ?? titleFromDoc, published, author, url };
}

function normalise(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v\r]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
