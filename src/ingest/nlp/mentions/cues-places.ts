/** Cues that vote for a place: prepositions, place nouns and the words around a place's name. */

/** "US dollars", "HK$": a currency after a country's name. */
export const CURRENCY_RIGHT = /^(?:\s*\$|\s*(?:dollars?|cents|pounds?|shillings?|rupees?|rupiah|pesos?|francs?|yuan|yen|riyals?|rials?|dinars?|dirhams?|kwacha|rand|nairas?|cedis?)\b)/i;
/** A country's institutions written with a common noun after the demonym or the country ("Kenyan police"). */
export const NATIONAL_INSTITUTION = /^\s+(?:police|embassy|consulate|navy|army|air force|coast guard|coastguard|border guards?|gendarmerie)\b/;
/** A compass point and a continent's demonym ("East Asian", "West African", "South American"). */
export const REGION_DEMONYM = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest) (?:European|Asian|African|American|Arab|Pacific)$/;
export const REGION_ADJECTIVE = /^(?:Nordic|Arctic|Baltic|Atlantic|Pacific|Adriatic|Balkan|Scandinavian|Caribbean|Mediterranean|Sahelian|Caucasian)$/;
/** Unions of states that also name the territory they cover. */
export const TERRITORIAL_UNIONS = /^(?:European Union)$/;
/** A name that is the object of a preposition ("the terminal at Lautoka") is not the subject of the verb after it. */
export const PREP_OBJECT = /\b(?:at|in|near|from|to|into|of|for|with|by|outside|across)\s+(?:the\s+)?$/i;
export const LOC_LEFT = /\b(?:in|near|from|around|off|outside|across|towards|toward|into|via|between|inside|throughout|within|through|north of|south of|east of|west of)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|remote|rural|coastal|restive)\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?$/i;
/** "flew to X", "traffic to X", "tankers leaving X", "the trucks have left for X": movement names places ("flown home
 * to X", "smuggled across the border to X": people and goods moved somewhere, home or back too). */
export const LOC_LEFT_MOTION = /\b(?:how\s+far\s+(?:it\s+is\s+|is\s+it\s+)?(?:to|from)|(?:the\s+)?way\s+to|(?:kilomet(?:re|er)s|km|miles|hours|minutes)\s+(?:from|to)|(?:(?:flew|fly|flying|flown|travell?ed|travell?ing|returned|returning|fled|fleeing|sailed|sailing|headed|heading|shipped|smuggled|trucked|deported|repatriated)\s+(?:home\s+|back\s+)?|(?:bound|left|leave|leaves|set\s+off|set\s+out|departed|departing|moved|deployed|rerouted|diverted|traffic|route|routes|link|links|linking|road|roads|highway|flights?|trip|journey|shipments?|exports?|imports?|boat|boats|ferry|ferries|bus|buses|train|trains|ticket|tickets|ride|lift|passage|border)\s+)(?:to|for|from)|leaving|left|reached|reaching|visit|visits|visited|visiting|entered|entering)\s+(?:the\s+)?$/i;
/** "the air base at Borcea", "a checkpoint near Kok-Tash"; ("trucks stood in the yard at Mpika", "crossed into Peru
 * at Aguas Verdes") a yard, or where a border is crossed. */
export const LOC_LEFT_SITE = /\bcross(?:ed|es|ing)?\s+(?:(?:into|over\s+to|over)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}\s+)?at\s+$|\b(?:yard|base|centre|center|shelter|airbase|airport|airfield|port|harbou?r|camp|checkpoint|crossing|station|outpost|post|garrison|headquarters|barracks|prison|terminal|wharf|mine|plant|factory|refinery|mill|depot|warehouse|hospital|clinic|market|dam|quarry|jetty|landing site)s?\s+(?:at|near|outside)\s+$/iu;
/** "the district of X", "residents of X"; ("the small ports of Casma and Huarmey", "the marsh towns of the Huaura") the places
 * of a plural noun for ports, towns or villages, with or without "the". */
export const LOC_LEFT_OF = /\b(?:department|harbou?rs?|bays?|reefs?|atolls?|lagoons?|beaches|islets|crossings?|neighbou?rhoods?|townships?|barrios?|favelas?|slums?|settlements?|localit(?:y|ies)|provinces|regions|states|departments|counties|municipalities|communities|community|villages|towns|waters|districts|vicinity|outskirts|suburbs|environs|heart|residents|inhabitants|people|citizens|herders|farmers|fishermen|fishers|villagers|streets|mayor|governor|priest|bishop|archbishop|imam|parish|diocese|island|islands|state|city|province|region|port|town|village|capital|county|district|republic|kingdom|oblast|prefecture|governorate|municipality|area|coast|shores|ports|krai|raion|rayon|voivodeship|canton|wilaya|wilayah|vilayet|muhafazah|emirate|upazila|tehsil|taluka|barangay|kabupaten)\s+of\s+$|\b(?:ports|towns|villages|islands|districts|provinces|municipalities|settlements)\s+of\s+the\s+$/i;
export const BUILDING_PARTS = /^(?:Module|Block|Wing|Ward|Cell|Room|Gate|Pavilion|Hall|Floor|Level|Terminal|Platform|Berth|Pier|Dock|Hangar|Building|Section|Shed|Warehouse|Annex|Annexe|Tower)$/;
export const ROUTE_RIGHT = /^\s+(?:road|highway|motorway|expressway|route|corridor|railway|rail\s+line|railroad|pipeline|axis|ferry\s+route|bus\s+route)\b/i;
/** The word after a name for a country's division ("Rakhine State", "Krasnodar Krai", "Ukhia Upazila"): Russia's krai and
 * okrug, the raion or rayon of the former Soviet states, Poland's voivodeship, the Swiss canton, Mongolia's aimag,
 * Belarus's voblast, Kazakhstan's oblys, Uzbekistan's and Tajikistan's viloyat, the Maghreb's wilaya, the Ottoman
 * vilayet, the Arab muhafazah, South Asia's upazila, tehsil and taluka. */
export const DIVISION_HEAD = /^(?:Region|Province|District|County|State|Oblast|Prefecture|Governorate|Territory|Krai|Kray|Okrug|Raion|Rayon|Voivodeship|Canton|Aimag|Voblast|Oblys|Viloyati|Wilaya|Vilayet|Muhafazah|Upazila|Tehsil|Taluka)$/;
/** The word before a name for the kind of place it is, in English and in the place's own language ("Lake Peipus",
 * "Puerto El Carmen", "Kabupaten Bogor", "Provincia de Buenos Aires", "Landkreis Ebersberg", "Gunung Merapi"):
 * Indonesian and Malay kabupaten, kota, kecamatan, kelurahan, desa, pulau, gunung, danau; Thai changwat, amphoe and
 * tambon; the Philippine barangay; South Asia's upazila, tehsil, taluka, zila; German Landkreis, Kreis, Bezirk,
 * Kanton; the raion, oblast, wilaya, vilayet and muhafazah; the Romance provincia, región, regione, région,
 * département, departamento, distrito, município, municipio, comune, concelho, commune, île, isola, islas, ilhas,
 * lago, rivière, baie, baía, golfe, golfo, valle, vallée, mont, montagne, volcán; the Arab jebel; Gaelic loch and
 * lough; Slavic jezioro, jezero, ozero, ostrov. (Not "Estado", which opens "Estado Islámico", nor "Wadi" and "Bandar",
 * given names as well as the words for a valley and a port: "Wadi" cost a labelled set its groups and quotes.) */
export const KIND_BEFORE = /^(?:Lake|Mount|Mt\.?|Cape|Gulf|Bay|Isla|Isle|Lac|Monte|Rio|Río|Puerto|Porto|Ciudad|Fort|Loma|Sabana|Playa|Cerro|Punta|Bahía|Laguna|Ilha|Praia|Ponta|Lagoa|Tanjung|Pasir|Pulau|Bukit|Sungai|Kuala|Teluk|Kampung|Kampong|Kabupaten|Kota|Kecamatan|Kelurahan|Desa|Gunung|Danau|Changwat|Amphoe|Tambon|Barangay|Upazila|Tehsil|Taluka|Zila|Landkreis|Kreis|Bezirk|Kanton|Raion|Rayon|Oblast|Wilaya|Wilayah|Vilayet|Muhafazah|Muhafazat|Provincia|Província|Provincie|Región|Regione|Région|Département|Departamento|Distrito|Município|Municipio|Comune|Concelho|Commune|Île|Ile|Îles|Isola|Islas|Ilhas|Lago|Rivière|Baie|Baía|Golfe|Golfo|Valle|Vallée|Mont|Montagne|Volcán|Jebel|Djebel|Jabal|Jbel|Loch|Lough|Jezioro|Jezero|Ozero|Ostrov)$/;
/** The Romance particles that may follow a kind word before the name ("Provincia de Buenos Aires", "Valle del Cauca",
 * "Comune di Prato", "Département du Nord"). */
export const KIND_PARTICLE = /^(?:de|del|di|da|do|dos|das|du|des|della|dello|dei|d'|la|le|los|las)$/;
/** A Japanese or Korean name with its division's suffix ("Gyeonggi-do", "Suwon-si", "Gangnam-gu", "Yangpyeong-gun",
 * "Chiba-ken", "Osaka-fu", "Minato-ku", "Kyoto-shi"). */
export const EAST_ASIAN_DIVISION = /^\p{Lu}\p{Ll}{2,}-(?:do|si|gun|gu|eup|myeon|dong|ken|fu|shi|ku|machi|cho|mura)$/u;
export const TRAFFICKED = /^(?:Persons|Human|Humans|Beings|People|Women|Children|Migrants|Organs|Arms|Weapons|Firearms|Drugs|Narcotics|Wildlife|Goods)$/;
export const ROMANCE_COMPASS = /^(?:Sul|Norte|Sur|Leste|Oeste|Este|Nord|Sud|Ouest|Est|Oriente|Poniente)$/;
/** "Kitui county", "the Tumbes border"; and ("the Dostuk customs post", "above Toktogul lake") a post on a border or a
 * lake named by the name before it. */
export const LOC_RIGHT = /^\s+(?:lake|customs\s+post|border\s+post|checkpoint|province|provinces|region|regions|county|counties|state|prefecture|district|neighbou?rhood|suburb|city|island|islands|oblast|governorate|department|municipality|krai|okrug|raion|rayon|voivodeship|canton|upazila|tehsil|taluka|wilaya|atoll|lagoon|archipelago|volcano|crossing|border|peninsula|delta|valley|river|strait|sea|coast|area|camp|town|village|airport|port|(?:fish\s+|cattle\s+|livestock\s+|central\s+)?market|landing\s+site|bus\s+(?:station|park|terminal))\b/i;
/** "radar on the coast from Chekka to Arida", "drive the truck from a warehouse near the border to Kumanovo": the end of
 * a movement or a stretch that began "from" somewhere in the same clause is a place. */
export const LOC_LEFT_FROM_TO = /\bfrom\s+[^.;:!?,"“”()]{1,60}?\s+to\s+(?:the\s+)?$/i;
