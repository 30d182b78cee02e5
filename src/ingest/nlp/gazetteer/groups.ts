/**
 * Well-known armed, terrorist, criminal and cyber groups (STIX 2.1 §4.17 threat-actor, §4.10 intrusion-set).
 * A prior only: the extractor also recognises groups that the text describes ("the militant group X").
 */
export type GroupKind = 'threat-actor' | 'intrusion-set';

export interface KnownGroup {
  name: string;
  aliases: string[];
  kind: GroupKind;
}

/** `Name;alias|t` (t = threat-actor) or `|i` (intrusion-set). */
const TABLE = `
al-Qaeda;al Qaeda;Al-Qaeda;Al Qaeda;al-Qaida;Al-Qaida|t
al-Qaeda in the Islamic Maghreb;AQIM|t
al-Shabaab;al Shabaab;Al-Shabaab;Al Shabaab;al-Shabab;Al-Shabab|t
Islamic State;ISIS;ISIL;Daesh;IS|t
Islamic State West Africa Province;ISWAP|t
Boko Haram|t
Hezbollah;Hizbollah;Hizballah|t
Hamas|t
Houthis;Ansar Allah|t
Taliban|t
Tehrik-i-Taliban Pakistan;TTP|t
Jama'at Nusrat al-Islam wal-Muslimin;JNIM|t
Hayat Tahrir al-Sham;HTS|t
PKK;Kurdistan Workers' Party|t
Wagner Group;Wagner|t
Africa Corps|t
M23;March 23 Movement|t
ADF;Allied Democratic Forces|t
Sinaloa Cartel|t
Jalisco New Generation Cartel;CJNG|t
Gulf Clan;Clan del Golfo|t
MS-13;Mara Salvatrucha|t
'Ndrangheta|t
Camorra|t
Lazarus Group;Lazarus;Hidden Cobra|i
APT28;Fancy Bear;Sofacy;Forest Blizzard|i
APT29;Cozy Bear;Midnight Blizzard;Nobelium|i
Sandworm;Seashell Blizzard|i
Turla;Snake|i
Kimsuky|i
Andariel|i
APT41;Double Dragon|i
APT40|i
Volt Typhoon|i
Salt Typhoon|i
Charming Kitten;APT35|i
MuddyWater|i
FIN7|i
Scattered Spider|i
LockBit|i
BlackCat;ALPHV|i
Cl0p;Clop|i
Conti|i
REvil;Sodinokibi|i
Killnet|i
NoName057(16)|i
`;

export const KNOWN_GROUPS: KnownGroup[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [names, flag] = line.split('|');
    const [name, ...aliases] = names.split(';');
    return { name, aliases, kind: flag === 'i' ? 'intrusion-set' : 'threat-actor' };
  });

const index = new Map<string, KnownGroup>();
for (const g of KNOWN_GROUPS) for (const n of [g.name, ...g.aliases]) index.set(n.toLowerCase(), g);

export const knownGroup = (name: string): KnownGroup | undefined => {
  const g = index.get(name.toLowerCase());
  // Short all-caps acronyms ("IS", "HTS") only as written.
  if (g && name.length <= 4 && ![g.name, ...g.aliases].includes(name)) return undefined;
  return g;
};
