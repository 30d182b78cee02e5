/**
 * Places other than countries and capitals that news reporting names often: large cities, US states, seas and
 * regions. `CODE|Name;Name` lines; `--` for places that belong to no single country. Our own list; the extractor
 * also finds places from context ("near X", "X province"), so this list is a prior, not a limit.
 */
const TABLE = `
US|Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming;Los Angeles;Chicago;Houston;San Francisco;Seattle;Boston;Miami;New York City;Atlanta;Dallas;Detroit;Philadelphia
GB|England;Scotland;Wales;Northern Ireland;Manchester;Birmingham;Glasgow;Edinburgh;Belfast;Liverpool;Cardiff
DE|Bavaria;Hamburg;Munich;Frankfurt;Cologne;Stuttgart;Saxony;Bremen;Düsseldorf;Leipzig;Dresden
FR|Marseille;Lyon;Toulouse;Nice;Bordeaux;Strasbourg;Lille;Corsica;Normandy;Brittany
IT|Milan;Naples;Turin;Sicily;Sardinia;Venice;Florence;Genoa
ES|Barcelona;Valencia;Seville;Málaga;Malaga;Bilbao;Catalonia;Andalusia;Basque Country;Canary Islands
NL|Rotterdam;Utrecht;Eindhoven
BE|Antwerp;Ghent;Liège
PL|Kraków;Krakow;Gdańsk;Gdansk;Wrocław;Łódź;Poznań
UA|Kharkiv;Odesa;Odessa;Lviv;Dnipro;Donetsk;Luhansk;Zaporizhzhia;Kherson;Mariupol;Crimea;Donbas
RU|Saint Petersburg;St Petersburg;Kaliningrad;Novosibirsk;Vladivostok;Chechnya;Siberia
CN|Shanghai;Hong Kong;Guangzhou;Shenzhen;Wuhan;Xinjiang;Tibet;Chengdu
TW|Kaohsiung;Taichung
JP|Osaka;Okinawa;Kyoto;Yokohama;Hokkaido;Nagoya
KR|Busan;Incheon
IN|Mumbai;Kolkata;Chennai;Bangalore;Bengaluru;Hyderabad;Kashmir;Punjab
PK|Karachi;Lahore;Peshawar;Balochistan;Khyber Pakhtunkhwa
AF|Kandahar;Herat;Helmand
IR|Isfahan;Mashhad;Shiraz
IQ|Mosul;Basra;Erbil;Kirkuk;Fallujah
SY|Aleppo;Idlib;Homs;Raqqa;Deir ez-Zor
IL|Tel Aviv;Haifa;Gaza;Gaza Strip;West Bank
LB|Tripoli (Lebanon)
TR|Istanbul;Izmir
EG|Alexandria;Sinai
NG|Lagos;Kano;Maiduguri;Borno
KE|Mombasa;Kisumu
SO|Puntland;Somaliland
CD|Lubumbashi
ET|Tigray;Amhara
SD|Darfur;Port Sudan
LY|Benghazi
MX|Guadalajara;Monterrey;Tijuana;Juárez;Chihuahua;Michoacán
CO|Medellín;Medellin;Cali
BR|São Paulo;Sao Paulo;Rio de Janeiro
AU|Sydney;Melbourne;Brisbane;Perth
CA|Toronto;Montreal;Vancouver;Quebec;Ontario;Alberta;British Columbia
GE|Abkhazia;South Ossetia
RS|Novi Sad
EE|Tartu;Narva
LV|Daugavpils
LT|Kaunas;Klaipėda
FI|Tampere;Turku
SE|Gothenburg;Malmö
NO|Bergen;Tromsø;Svalbard
DK|Aarhus;Greenland;Faroe Islands
RO|Cluj-Napoca
MD|Transnistria
--|Baltic Sea;Black Sea;North Sea;Mediterranean;Mediterranean Sea;Red Sea;Caspian Sea;South China Sea;East China Sea;Sea of Japan;Arctic;Arctic Ocean;Atlantic;Atlantic Ocean;Pacific;Pacific Ocean;Indian Ocean;Persian Gulf;Gulf of Aden;Strait of Hormuz;Bab el-Mandeb;Taiwan Strait;Korean Peninsula;Balkans;Caucasus;Sahel;Horn of Africa;Middle East;Central Asia;Southeast Asia;Western Balkans;Eastern Europe;Europe;Asia;Africa;Latin America;Danube;Lake Chad
`;

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2 of the country it lies in, when it lies in one. */
  country?: string;
  /** STIX region-ov value for places in no single country (seas, regions). */
  region?: string;
}

/** Regions (STIX 2.1 region-ov) of the places that belong to no single country. */
const REGION: Record<string, string> = {
  'Baltic Sea': 'northern-europe', 'Black Sea': 'eastern-europe', 'North Sea': 'northern-europe', Mediterranean: 'southern-europe',
  'Mediterranean Sea': 'southern-europe', 'Red Sea': 'western-asia', 'Caspian Sea': 'central-asia', 'South China Sea': 'south-eastern-asia',
  'East China Sea': 'eastern-asia', 'Sea of Japan': 'eastern-asia', Arctic: 'northern-europe', 'Arctic Ocean': 'northern-europe',
  Atlantic: 'northern-america', 'Atlantic Ocean': 'northern-america', Pacific: 'oceania', 'Pacific Ocean': 'oceania', 'Indian Ocean': 'southern-asia',
  'Persian Gulf': 'western-asia', 'Gulf of Aden': 'western-asia', 'Strait of Hormuz': 'western-asia', 'Bab el-Mandeb': 'western-asia',
  'Taiwan Strait': 'eastern-asia', 'Korean Peninsula': 'eastern-asia', Balkans: 'southern-europe', 'Western Balkans': 'southern-europe',
  Caucasus: 'western-asia', Sahel: 'western-africa', 'Horn of Africa': 'eastern-africa', 'Middle East': 'western-asia',
  'Central Asia': 'central-asia', 'Southeast Asia': 'south-eastern-asia', 'Eastern Europe': 'eastern-europe', Europe: 'europe', Asia: 'asia',
  Africa: 'africa', 'Latin America': 'latin-america-caribbean', Danube: 'eastern-europe', 'Lake Chad': 'middle-africa',
};

const byName = new Map<string, Place>();
for (const line of TABLE.trim().split('\n')) {
  const [code, names] = line.split('|');
  for (const name of names.split(';')) byName.set(name.toLowerCase(), { name, country: code === '--' ? undefined : code, region: code === '--' ? REGION[name] : undefined });
}

export const placeByName = (name: string): Place | undefined => byName.get(name.toLowerCase());
