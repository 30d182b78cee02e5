/** Acronyms: common ones that are no names, and the ones a text defines. */
import { countryByName } from '../gazetteer/countries.js';

export const acronymLike = (s: string) => /^[A-Z][A-Z0-9]{1,6}$/.test(s) && !countryByName(s);
/** Acronyms of common nouns and measures, no bodies. */
export const COMMON_ACRONYMS = /^(?:GDP|GNP|CEO|CFO|CTO|EEZ|SIM|GPS|DNA|VPN|API|USB|CCTV|ATM|SUV|AIS|VHF|UHF|LNG|LPG|CPU|HIV|AIDS|COVID|PDF|URL|SMS|IED|IEDS|RPG|UAV|UAVS|ICU|PPE|NGO|NGOS|VAT|IPO|ETA|ETD|FAQ|HQ|IMEI|MMSI|IMO|TEU|TEUS|KPI|RFID|SWIFT|IBAN|OTP|PIN|SSN|TIN|VIN|GSM|LTE|WIFI|NFC|OCR|AML|KYC|CBD|THC|MDMA|LSD|PCP|GHB|AKM|AKS|HMI|SCADA|PLC|PLCS|RTU|RTUS|ICS|DCS|CVE|CVSS|RCE|XSS|SQL|DDOS|MFA|SSO|RDP|SSH|VNC|TLS|SSL|DNS|HTTP|HTTPS|FTP|SMB|LAN|WAN|SOC|EDR|IOC|IOCS|TTP|TTPS|BIOS|ROM|RAM|SSD|HDD|NAS|IOT|OEM|SDK|APK|EXE|DLL|JSON|XML|CSV)$/;

let acronymsOf: { text: string; set: Set<string> } | undefined;
/**
 * The acronyms a text defines in parentheses after a capitalised name ("… Regulatory Authority (SUMATRA)"): wherever
 * the text writes one, it is that name's short form, not a place written in capitals ("SUMATRA had eleven inspectors").
 */
export function definedAcronyms(text: string): Set<string> {
  if (acronymsOf?.text === text) return acronymsOf.set;
  const set = new Set<string>();
  // ("Piracy Reporting Centre (PRC)": an acronym a country also has is the body's here; "People's Republic of China
  // (PRC)" stays the country's.)
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|the|and)\s+)*){1,6})\(([A-Z][A-Z0-9]{2,9})\)/gu)) {
    const before = m[1].trim().split(/\s+/);
    if (!countryByName(m[2]) || ![1, 2, 3, 4, 5, 6].some((n) => n <= before.length && !!countryByName(before.slice(-n).join(' ')))) set.add(m[2]);
  }
  acronymsOf = { text, set };
  return set;
}
