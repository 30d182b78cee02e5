/**
 * Entities the node already holds, so that ingest reuses them instead of creating duplicates. The store feeds an
 * implementation later; `InMemoryKnownEntities` serves tests and the CLI until then.
 */
import type { EntityKind } from './types.js';

export interface KnownEntity {
  /** The STIX id of the stored object. */
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface KnownEntities {
  /** Stored entities of this kind whose name or an alias equals `name` (compared by `nameKey`). */
  lookup(kind: EntityKind, name: string): KnownEntity[];
}

/** A comparison key for names: case, diacritics, hyphens, apostrophes and a leading "the" do not count. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’`.]/g, '')
    .replace(/[-‐‑–\s]+/g, ' ')
    .trim();
}

export class InMemoryKnownEntities implements KnownEntities {
  private readonly index = new Map<string, KnownEntity[]>();

  constructor(entities: KnownEntity[] = []) {
    for (const e of entities) this.add(e);
  }

  add(e: KnownEntity): void {
    for (const n of new Set([e.name, ...e.aliases].map(nameKey))) {
      const k = `${e.kind}\u0000${n}`;
      const list = this.index.get(k) ?? [];
      if (!list.some((x) => x.id === e.id)) list.push(e);
      this.index.set(k, list);
    }
  }

  lookup(kind: EntityKind, name: string): KnownEntity[] {
    return this.index.get(`${kind}\u0000${nameKey(name)}`) ?? [];
  }
}
