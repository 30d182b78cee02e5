/**
 * Countries with their ISO 3166-1 alpha-2 codes, other names, demonyms and capitals: the gazetteer behind
 * `location` objects (STIX 2.1 §4.11, `country` holds the alpha-2 code). Written by us; one line per country:
 * `CODE|Name;other name|demonym;demonym|Capital;other spelling`.
 */
import { foldAccents } from '../strings.js';
const TABLE = `
AF|Afghanistan|Afghan|Kabul
AL|Albania;Shqipëria|Albanian|Tirana
DZ|Algeria|Algerian|Algiers
AD|Andorra|Andorran|Andorra la Vella
AO|Angola|Angolan|Luanda
AG|Antigua and Barbuda|Antiguan;Barbudan|Saint John's
AR|Argentina|Argentine;Argentinian|Buenos Aires
AM|Armenia|Armenian|Yerevan
AU|Australia|Australian|Canberra
AT|Austria|Austrian|Vienna
AZ|Azerbaijan|Azerbaijani|Baku
BS|Bahamas;The Bahamas|Bahamian|Nassau
BH|Bahrain|Bahraini|Manama
BD|Bangladesh|Bangladeshi|Dhaka
BB|Barbados|Barbadian|Bridgetown
BY|Belarus|Belarusian|Minsk
BE|Belgium|Belgian|Brussels
BZ|Belize|Belizean|Belmopan
BJ|Benin|Beninese|Porto-Novo
BT|Bhutan|Bhutanese|Thimphu
BO|Bolivia|Bolivian|La Paz;Sucre
BA|Bosnia and Herzegovina;Bosnia|Bosnian|Sarajevo
BW|Botswana|Botswanan|Gaborone
BR|Brazil;Brasil|Brazilian|Brasília;Brasilia
BN|Brunei|Bruneian|Bandar Seri Begawan
BG|Bulgaria|Bulgarian|Sofia
BF|Burkina Faso|Burkinabe|Ouagadougou
BI|Burundi|Burundian|Gitega
CV|Cabo Verde;Cape Verde|Cape Verdean|Praia
KH|Cambodia|Cambodian|Phnom Penh
CM|Cameroon|Cameroonian|Yaoundé;Yaounde
CA|Canada|Canadian|Ottawa
CF|Central African Republic|Central African|Bangui
TD|Chad|Chadian|N'Djamena
CL|Chile|Chilean|Santiago
CN|China;People's Republic of China;PRC|Chinese|Beijing
CO|Colombia|Colombian|Bogotá;Bogota
KM|Comoros|Comorian|Moroni
CG|Republic of the Congo;Congo-Brazzaville||Brazzaville
CD|Democratic Republic of the Congo;Democratic Republic of Congo;DRC;DR Congo;Congo|Congolese|Kinshasa
CR|Costa Rica|Costa Rican|San José
CI|Côte d'Ivoire;Ivory Coast|Ivorian|Yamoussoukro;Abidjan
HR|Croatia;Hrvatska|Croatian|Zagreb
CU|Cuba|Cuban|Havana
CY|Cyprus|Cypriot|Nicosia
CZ|Czechia;Czech Republic;Česko|Czech|Prague
DK|Denmark;Danmark|Danish|Copenhagen
DJ|Djibouti|Djiboutian|Djibouti City
DM|Dominica||Roseau
DO|Dominican Republic|Dominican|Santo Domingo
EC|Ecuador|Ecuadorian|Quito
EG|Egypt|Egyptian|Cairo
SV|El Salvador|Salvadoran|San Salvador
GQ|Equatorial Guinea|Equatoguinean;Equatorial Guinean|Malabo
ER|Eritrea|Eritrean|Asmara
EE|Estonia;Eesti|Estonian|Tallinn
SZ|Eswatini;Swaziland|Swazi;Liswati|Mbabane
ET|Ethiopia|Ethiopian|Addis Ababa
FJ|Fiji|Fijian|Suva
FI|Finland;Suomi|Finnish|Helsinki
FR|France|French|Paris
GA|Gabon|Gabonese|Libreville
GM|Gambia;The Gambia|Gambian|Banjul
GE|Georgia|Georgian|Tbilisi
DE|Germany;Deutschland|German|Berlin
GH|Ghana|Ghanaian|Accra
GR|Greece;Hellas|Greek;Hellenic|Athens
GD|Grenada|Grenadian|Saint George's
GT|Guatemala|Guatemalan|Guatemala City
GN|Guinea|Guinean|Conakry
GW|Guinea-Bissau|Bissau-Guinean|Bissau
GY|Guyana|Guyanese|Georgetown
HT|Haiti|Haitian|Port-au-Prince
HN|Honduras|Honduran|Tegucigalpa
HU|Hungary;Magyarország|Hungarian|Budapest
IS|Iceland|Icelandic|Reykjavik;Reykjavík
IN|India|Indian|New Delhi
ID|Indonesia|Indonesian|Jakarta
IR|Iran|Iranian|Tehran
IQ|Iraq|Iraqi|Baghdad
IE|Ireland|Irish|Dublin
IL|Israel|Israeli|Jerusalem
IT|Italy;Italia|Italian|Rome
JM|Jamaica|Jamaican|Kingston
JP|Japan|Japanese|Tokyo
JO|Jordan|Jordanian|Amman
KZ|Kazakhstan|Kazakh|Astana
KE|Kenya|Kenyan|Nairobi
KI|Kiribati|I-Kiribati|Tarawa
KP|North Korea;Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang
KR|South Korea;Republic of Korea;Korea|South Korean;Korean|Seoul
XK|Kosovo|Kosovar|Pristina;Prishtina
KW|Kuwait|Kuwaiti|Kuwait City
KG|Kyrgyzstan|Kyrgyz|Bishkek
LA|Laos|Lao;Laotian|Vientiane
LV|Latvia;Latvija|Latvian|Riga
LB|Lebanon|Lebanese|Beirut
LS|Lesotho|Basotho;Mosotho|Maseru
LR|Liberia|Liberian|Monrovia
LY|Libya|Libyan|Tripoli
LI|Liechtenstein|Liechtensteiner|Vaduz
LT|Lithuania;Lietuva|Lithuanian|Vilnius
LU|Luxembourg|Luxembourgish|Luxembourg City
MG|Madagascar|Malagasy|Antananarivo
MW|Malawi|Malawian|Lilongwe
MY|Malaysia|Malaysian|Kuala Lumpur
MV|Maldives|Maldivian|Malé
ML|Mali|Malian|Bamako
MT|Malta|Maltese|Valletta
MH|Marshall Islands|Marshallese|Majuro
MR|Mauritania|Mauritanian|Nouakchott
MU|Mauritius|Mauritian|Port Louis
MX|Mexico;México|Mexican|Mexico City
FM|Micronesia|Micronesian|Palikir
MD|Moldova|Moldovan|Chișinău;Chisinau
MC|Monaco|Monégasque;Monacan|Monaco
MN|Mongolia|Mongolian|Ulaanbaatar
ME|Montenegro|Montenegrin|Podgorica
MA|Morocco|Moroccan|Rabat
MZ|Mozambique|Mozambican|Maputo
MM|Myanmar;Burma|Burmese|Naypyidaw
NA|Namibia|Namibian|Windhoek
NR|Nauru|Nauruan|Yaren
NP|Nepal|Nepali;Nepalese|Kathmandu
NL|Netherlands;The Netherlands;Holland|Dutch|Amsterdam;The Hague
NZ|New Zealand|New Zealander;New Zealanders|Wellington
NI|Nicaragua|Nicaraguan|Managua
NE|Niger|Nigerien|Niamey
NG|Nigeria|Nigerian|Abuja
MK|North Macedonia;Macedonia|Macedonian|Skopje
NO|Norway;Norge|Norwegian|Oslo
OM|Oman|Omani|Muscat
PK|Pakistan|Pakistani|Islamabad
PW|Palau|Palauan|Ngerulmud
PS|Palestine;Palestinian Territories|Palestinian|Ramallah
PA|Panama|Panamanian|Panama City
PG|Papua New Guinea|Papua New Guinean|Port Moresby
PY|Paraguay|Paraguayan|Asunción;Asuncion
PE|Peru|Peruvian|Lima
PH|Philippines|Philippine;Filipino|Manila
PL|Poland;Republic of Poland;Polska|Polish|Warsaw
PT|Portugal|Portuguese|Lisbon
QA|Qatar|Qatari|Doha
RO|Romania|Romanian|Bucharest
RU|Russia;Russian Federation|Russian|Moscow
RW|Rwanda|Rwandan|Kigali
KN|Saint Kitts and Nevis|Kittitian;Nevisian|Basseterre
LC|Saint Lucia|Saint Lucian|Castries
VC|Saint Vincent and the Grenadines|Vincentian|Kingstown
WS|Samoa|Samoan|Apia
SM|San Marino|Sammarinese|San Marino
ST|Sao Tome and Principe|Santomean|São Tomé
SA|Saudi Arabia|Saudi|Riyadh
SN|Senegal|Senegalese|Dakar
RS|Serbia;Srbija|Serbian|Belgrade
SC|Seychelles|Seychellois|
SL|Sierra Leone|Sierra Leonean|Freetown
SG|Singapore|Singaporean|Singapore
SK|Slovakia;Slovensko|Slovak|Bratislava
SI|Slovenia|Slovenian;Slovene|Ljubljana
SB|Solomon Islands|Solomon Islander|Honiara
SO|Somalia|Somali|Mogadishu
ZA|South Africa|South African|Pretoria;Cape Town
SS|South Sudan|South Sudanese|Juba
ES|Spain;España|Spanish|Madrid
LK|Sri Lanka|Sri Lankan|Colombo
SD|Sudan|Sudanese|Khartoum
SR|Suriname|Surinamese;Surinamer|Paramaribo
SE|Sweden;Sverige|Swedish|Stockholm
CH|Switzerland|Swiss;Helvetic|Bern
SY|Syria|Syrian|Damascus
TW|Taiwan|Taiwanese|Taipei
TJ|Tajikistan|Tajik|Dushanbe
TZ|Tanzania|Tanzanian|Dodoma
TH|Thailand|Thai|Bangkok
TL|Timor-Leste;East Timor|Timorese;East Timorese|Dili
TG|Togo|Togolese|Lomé
TO|Tonga|Tongan|Nuku'alofa
TT|Trinidad and Tobago;Trinidad|Trinidadian|Port of Spain
TN|Tunisia|Tunisian|Tunis
TR|Turkey;Türkiye|Turkish|Ankara
TM|Turkmenistan|Turkmen|Ashgabat
TV|Tuvalu|Tuvaluan|Funafuti
UG|Uganda|Ugandan|Kampala
UA|Ukraine|Ukrainian|Kyiv;Kiev
AE|United Arab Emirates;UAE|Emirati|Abu Dhabi
GB|United Kingdom;UK;Britain;Great Britain|British|London
US|United States;United States of America;USA;U.S.;US|American|Washington
UY|Uruguay|Uruguayan|Montevideo
UZ|Uzbekistan|Uzbek|Tashkent
VU|Vanuatu|Ni-Vanuatu|Port Vila
VA|Vatican City;Holy See||Vatican City
VE|Venezuela|Venezuelan|Caracas
VN|Vietnam;Viet Nam|Vietnamese|Hanoi
YE|Yemen|Yemeni|Sanaa;Sana'a
ZM|Zambia|Zambian|Lusaka
ZW|Zimbabwe|Zimbabwean|Harare
`;

export interface Country {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

export const COUNTRIES: Country[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, names, demonyms, capitals] = line.split('|');
    const list = (s: string | undefined) => (s ? s.split(';').filter(Boolean) : []);
    const n = list(names);
    return { code, name: n[0], names: n, demonyms: list(demonyms), capitals: list(capitals) };
  });

// ("São Tomé and Príncipe" / "Sao Tome and Principe", "Côte d'Ivoire", "Bogotá": names are looked up with and without
// their accents.)
const key = foldAccents;
const byName = new Map<string, Country>();
const byDemonym = new Map<string, Country>();
const capitalOf = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const n of c.names) byName.set(key(n), c);
  for (const d of c.demonyms) byDemonym.set(key(d), c);
  for (const k of c.capitals) capitalOf.set(key(k), c);
}

/** The country a name denotes ("Republic of Poland", "UK"), if any. */
export const countryByName = (name: string): Country | undefined => byName.get(key(name));
/** The country of a demonym ("Estonian" → Estonia). */
export const countryByDemonym = (word: string): Country | undefined => byDemonym.get(key(word));
/** The country whose capital this is ("Tallinn" → Estonia). */
export const countryOfCapital = (name: string): Country | undefined => capitalOf.get(key(name));
/** Every two-letter country code: the country-code top-level domains (plus a few that differ). */
export const CC_TLDS = new Set([...COUNTRIES.map((c) => c.code.toLowerCase()), 'uk', 'eu', 'su', 'ac', 'io', 'tv', 'cc', 'me', 'ws', 'gg', 'je', 'im', 'hk', 'mo', 'pr', 're', 'gl', 'fo', 'ax', 'nc', 'pf', 'gi', 'tk', 'cx', 'nu', 'to', 'la', 'ly', 'gs']);
