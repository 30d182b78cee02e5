/**
 * @module A sync checkpoint's position text: where a direction got to (a TAXII timestamp for a pull, a store
 * `date_added` for a push) and the tag of the rules it got there under (./partners.ts outboundTag, inboundTag).
 * `POSITION@TAG`; a position without a tag (written before tags existed) matches no tag, so it starts again.
 */
export interface TaggedPosition {
  position: string;
  tag: string;
}

export function formatPosition(p: TaggedPosition): string {
  return `${p.position}@${p.tag}`;
}

export function parsePosition(text: string | undefined): TaggedPosition | undefined {
  if (text === undefined) return undefined;
  const at = text.lastIndexOf('@');
  return at < 0 ? { position: text, tag: '' } : { position: text.slice(0, at), tag: text.slice(at + 1) };
}
