/**
 * Organisations: well-known international bodies (with acronyms), parliaments, and the head words that make a
 * capitalised phrase an organisation ("... Agency", "Ministry of ..."). Government bodies become identities of
 * class `class` (the convention for agencies, ministries and committees), others `organization`.
 */

export interface KnownBody {
  name: string;
  aliases: string[];
  government: boolean;
}

/** `Name;alias;alias|g` (g = a government or intergovernmental body). */
const TABLE = `
United Nations;UN;U.N.|g
United Nations Security Council;UN Security Council;UNSC;Security Council|g
United Nations General Assembly;UN General Assembly;General Assembly|g
North Atlantic Treaty Organization;NATO|g
European Union;EU|g
European Commission|g
European Parliament|g
Council of the European Union|g
European Council|g
Council of Europe|g
Organization for Security and Co-operation in Europe;OSCE;Organization for Security and Cooperation in Europe|g
African Union;AU|g
Economic Community of West African States;ECOWAS|g
Association of Southeast Asian Nations;ASEAN|g
Gulf Cooperation Council;GCC|g
Arab League;League of Arab States|g
International Atomic Energy Agency;IAEA|g
International Criminal Court;ICC|g
International Court of Justice;ICJ|g
World Health Organization;WHO|g
International Monetary Fund;IMF|g
World Bank|g
Europol|g
Interpol|g
Eurojust|g
Frontex|g
European Union Agency for Cybersecurity;ENISA|g
Federal Bureau of Investigation;FBI|g
Central Intelligence Agency;CIA|g
National Security Agency;NSA|g
Cybersecurity and Infrastructure Security Agency;CISA|g
Department of Homeland Security;DHS|g
Drug Enforcement Administration;DEA|g
Pentagon|g
Kremlin|g
White House|g
Sejm|g
Bundestag|g
Knesset|g
State Duma;Duma|g
Riksdag|g
Storting|g
Verkhovna Rada|g
Congress|g
Senate|g
House of Commons|g
House of Representatives|g
Guardia Civil|g
Bundeswehr|g
Microsoft|
Google|
Apple|
Amazon|
Meta|
Cisco|
Fortinet|
Palo Alto Networks|
CrowdStrike|
Mandiant|
Kaspersky|
ESET|
Reuters|
Associated Press;AP|
Agence France-Presse;AFP|
`;

export const KNOWN_BODIES: KnownBody[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [names, flag] = line.split('|');
    const [name, ...aliases] = names.split(';');
    return { name, aliases, government: flag === 'g' };
  });

const index = new Map<string, KnownBody>();
for (const b of KNOWN_BODIES) for (const n of [b.name, ...b.aliases]) index.set(n, b);

/** A well-known body by exact name or alias (case-sensitive: "AU" is not "au"). */
export const knownBody = (name: string): KnownBody | undefined => index.get(name);

/** Last words that make a capitalised phrase a government body. */
export const GOV_HEADS = new Set([
  'Ministry', 'Ministries', 'Department', 'Agency', 'Office', 'Service', 'Services', 'Council', 'Committee',
  'Commission', 'Command', 'Bureau', 'Police', 'Forces', 'Force', 'Guard', 'Army', 'Navy', 'Parliament',
  'Authority', 'Administration', 'Government', 'Assembly', 'Court', 'Mission', 'Panel', 'Directorate',
  'Inspectorate', 'Prosecutor', "Prosecutor's", 'Secretariat', 'Cabinet', 'Senate', 'Congress', 'Gendarmerie',
  'Coastguard', 'Presidency', 'Embassy', 'Consulate', 'Union', 'Centre', 'Center', 'Corps', 'Board',
  'Headquarters', 'Tribunal', 'Ombudsman', 'Chamber', 'Prosecution', 'Constabulary', 'Customs', 'Treasury',
  'Legislature', 'Delegation', 'Registry', 'Fleet', 'Carabinieri', 'Commissariat', 'Procuracy',
]);

/** Last words that make a capitalised phrase a non-government organisation. */
export const ORG_HEADS = new Set([
  'Observatory', 'Institute', 'University', 'Hospital', 'Foundation', 'Labs', 'Lab', 'Laboratory', 'Networks',
  'Markets', 'Freight', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Corp', 'Corp.', 'Corporation', 'Company', 'Bank',
  'Airlines', 'Airways', 'Technologies', 'Systems', 'Solutions', 'Software', 'Holdings', 'Industries', 'Energy',
  'Telecom', 'Programme', 'Program', 'Fund', 'Forum', 'Initiative', 'Railways', 'Railway', 'Media', 'Press', 'News', 'Times', 'Post', 'Herald', 'Ledger', 'Gazette', 'Tribune', 'Journal',
  'Association', 'Federation', 'Society', 'Alliance', 'Council', 'Trust', 'Party', 'Studies', 'Exchange',
  'Consulting', 'Partners', 'Research', 'Group', 'Agency', 'Centre', 'Center', 'Intelligence', 'Radio', 'Television', 'TV', 'Broadcasting', 'Devices', 'Electronics', 'Motors', 'Pharmaceuticals', 'Logistics', 'Shipping', 'Dynamics', 'Robotics', 'Aerospace', 'Telecommunications', 'Communications', 'Affairs', 'Clinic', 'School', 'College', 'Academy',
  // Company suffixes and the last words of NGOs' names.
  'Limited', 'GmbH', 'AG', 'plc', 'PLC', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'AB', 'ASA', 'Oy', 'Oyj', 'SpA', 'S.p.A.', 'Pty', 'LLP', 'Co.', 'Enterprises', 'Ventures',
  'Capital', 'Securities', 'Insurance', 'Petroleum', 'Mining', 'Minerals', 'Steel', 'Chemicals', 'Maritime', 'Marine', 'Lines',
  'Analytics', 'Cybersecurity', 'Partnership', 'Cooperative', 'Network', 'Watch', 'International', 'Organization', 'Organisation',
  'Societies', 'Monitor', 'Commission', 'Authority', 'Utilities', 'Power', 'Airport', 'Port', 'Hospitals', 'Institution',
]);

/** Head words that open a government body ("Ministry of ...", "Department of ..."). */
export const GOV_OPENERS = new Set(['Ministry', 'Department', 'Office', 'Government', 'Council', 'Committee', 'Commission', 'Bureau', 'Secretariat', 'Parliament', 'House', 'Court', 'Agency', 'Directorate', 'Centre', 'Center', 'Service', 'Inspectorate', 'Administration', 'Authority']);

/** Nouns that describe a company in front of its name ("logistics company Nordhavn Freight"). */
export const COMPANY_NOUNS = new Set(['company', 'firm', 'vendor', 'provider', 'manufacturer', 'maker', 'exchange', 'bank', 'operator', 'retailer', 'insurer', 'startup', 'start-up', 'group', 'conglomerate', 'carrier', 'utility', 'outlet', 'newspaper', 'broadcaster', 'agency']);
