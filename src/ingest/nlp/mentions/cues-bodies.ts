/** Cues that vote for an organisation (a body): the words around a name, heads, openers and lists of bodies. */
import type { Token } from '../text.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { HONORIFICS, TITLE_WORDS, NOT_NAMES } from '../gazetteer/words.js';
import { GOV_HEADS, ORG_HEADS, bodyCompound } from '../gazetteer/bodies.js';
import { givenName, phrase, lookupPlace } from './words.js';
import { COMMON_ACRONYMS } from './acronyms.js';
import { LOC_RIGHT } from './cues-places.js';

/** "The police's Sea Patrol escorted …", "the ministry's Fraud Unit": a state's body in lower case with its possessive,
 * before the capitalised name of one of its units. */
export const STATE_BODY_POSS_LEFT = /\b[Tt]he\s+(?:police|army|navy|ministry|coast ?guard|gendarmerie|military|air force|armed forces|department|directorate|agency)['’]s\s+$/;
/** "one of the forwarders, Nordvik, …", "the tanker's manager, Marlowe Seaways, …", "The company at the centre of the
 * case, Kalitex, …": a company named in apposition after what it is to the story (a trade's plural after "one of", a
 * vessel's manager, owner, operator or charterer, "the company" with what places it in the story, or a force's unit:
 * "formed a dedicated unit, Taskforce Ember, within …"). */
export const COMPANY_LEFT_APPOS = /\b(?:one of (?:the|its|their|two|three|several|many) (?:[\p{Ll}-]+\s+){0,2}(?:companies|firms|forwarders|operators|suppliers|carriers|brokers|shippers|contractors|subcontractors|lenders|banks|insurers|exporters|importers|manufacturers|vendors|providers|hosts|registrars|agencies|distributors|wholesalers)|(?:the|its)\s+(?:vessel|ship|tanker|trawler|freighter|longliner|carrier|barge|ferry)['’]s\s+(?:registered\s+)?(?:manager|owner|operator|charterer)|(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}unit|(?:the|a)\s+(?:[\p{Ll}-]+\s+)?(?:company|firm)\s+(?:at|behind|in|involved|named|registered|under|accused|charged|that|which|whose)\b[^,;."“”]{1,50}?)\s*,\s*$/iu;
/** "the head of the PPA's", "the commander of Kenya's": a unit of a body or a country, named next. */
export const HEAD_OF_BODY_LEFT = /\b(?:head|chief|director|commander|commanders|heads|chiefs)\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}-]*['’]s\s+$/u;
/** "the embassy of the Republic of Korea", "the high commission of India": a country's mission in lower case. */
export const MISSION_OF = /\b([Tt]he\s+)(?:embassy|consulate|consulate general|high commission|permanent mission)\s+of\s+(the\s+)?((?:[\p{Lu}][\p{L}'’-]*(?:\s+|$)(?:of\s+(?:the\s+)?)?){1,5})/gu;
/** "the naval operation EUNAVFOR X", "the peacekeeping mission MONUSCO": a named operation or mission is a body. */
export const OPERATION_LEFT = /\b(?:naval|military|peacekeeping|police|training|monitoring|maritime|air|border|civilian|stabili[sz]ation|multinational)\s+(?:operation|mission|force|task force)\s*,?\s+$/i;
export const ORG_LEFT = /\b(?:company|firm|vendor|provider|manufacturer|maker|exchange|bank|operator|retailer|insurer|startup|start-up|broadcaster|newspaper|outlet|lab|labs|conglomerate|carrier|airline|developer|contractor|charity|ngo|think tank|think-tank|watchdog|regulator|news agency|wire service|agency|channel|station|magazine|website|news site|daily|weekly|tabloid|network|institute|university|institution|foundation|association|organi[sz]ation|authority|commission|ministry|department|directorate|laboratory|non-profit|nonprofit|think tank|trade union|union|fund|cooperative|co-operative|co-op)\s+$/i;
export const ORG_LEFT_CALLED = /\b(?:company|firm|business|consultancy|contractor|startup|start-up|charity|operator|vendor|provider|supplier|subsidiary|agency|lab|manufacturer|maker)\b[^,.;:"“”]{0,40}?\b(?:called|named|known as|trading as)\s+$/i;
/** "X's head of product security", "X's chief executive": posts that a body has and a person does not. */
export const ORG_POSTS_RIGHT = /^['’]s\s+(?:(?:new|former|acting|interim|global|regional)\s+)?(?:head of|chief (?:executive|operating|technology|information|security|financial|commercial)|ceo|cto|ciso|cfo|coo|board|shareholders|employees|staff|customers|headquarters|vice[- ]president|general counsel|managing director|press office|security team|incident response team)\b/i;
/** "The owner of the pipeline, X," "its operator, X,": a company described by what it does, then its name. */
export const ORG_LEFT_DESCRIBED = /\b(?:the|its|their|a|an|\p{Lu}[\p{L}-]*(?:['’]s|s['’]))\s+(?:[\p{L}'’-]+\s+){0,2}?(?:operator|owner|company|firm|maker|manufacturer|vendor|provider|supplier|contractor|developer|publisher|carrier|insurer|bank|utility|buyer|builder|shipowner|employer|platform|subsidiary|parent|distributor|retailer|federation|confederation|union|association|chamber|lobby|watchdog|regulator|broadcaster|newspaper|institute|foundation|charity|ngo|party|alliance|coalition|organi[sz]ation|think tank|think-tank|cooperative|co-operative)(?:\s+(?:of|for|behind)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[^,;:"“”]{1,40}|\s+(?:registered|based|headquartered|incorporated|listed)\s+(?:in|at)\s+[^,;:"“”]{1,40})?\s*,\s*$/iu;
/** "who leads incident response at X", "works for X": a person's employer. */
export const ORG_LEFT_WORK = /\b(?:leads|heads|runs|directs|manages|oversees|chairs|works|worked|working|researches|teaches|taught)\b[^,.;:"“”]{0,40}?\s+(?:at|for)\s+(?:the\s+)?$/i;
/** "the advocacy group X", "a rights group X": groups that are neither armed nor criminal are organisations. */
const ORG_LEFT_CIVIC = /\b(?:advocacy|rights|campaign|campaigning|lobby|lobbying|research|media|civil society|environmental|pressure|watchdog|monitoring|consumer|industry|trade|volunteer|student|aid|relief|fact-checking|fact-check|investigative|journalism|press freedom|anti-corruption|transparency|veterans|business|opposition|women's|youth|farmers'?|humanitarian|charity|conservation|citizens'?|residents'?)\s+(?:group|network|collective|coalition|movement|platform|initiative)\s+(?:called\s+|named\s+)?$/i;
/** "The Kalahari Water and Land Care organisation, known as KWLC": a capitalised name, a civic body's noun, then the
 * short name it is known by: that body's other name, not a criminal group's. */
const ORG_LEFT_NAMED_BODY = /\p{Lu}[\p{L}'’-]*\s+(?:organi[sz]ation|foundation|association|trust|society|co-?operative|charity|institute|initiative|programme|project|consortium)\s*,?\s*(?:(?:also|better|widely|commonly)\s+)?known\s+as\s+(?:the\s+)?$/u;
/** A civic body's noun in apposition after its name (", a Belizean NGO"). */
export const CIVIC_APPOS_NOUN = /^(?:NGO|charity|non-profit|nonprofit|organi[sz]ation|foundation|association|trust|society|co-?operative)$/;
/** A civic body's noun, written in lower case after its name. */
export const CIVIC_NOUN = /^(?:organi[sz]ation|foundation|association|trust|society|co-?operative|charity|consortium)$/;
export const civicLeft = (left: string) => ORG_LEFT_CIVIC.test(left) || ORG_LEFT_NAMED_BODY.test(left);
export const ORG_LEFT_STAFF = /\b(?:researchers|analysts|experts|engineers|staff|scientists|economists|employees|officials|investigators|executives|lawyers)\s+(?:at|from|with)\s+(?:the\s+)?$|\b(?:an?|the)\s+spokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?$/i;
/** ", the Ministry of National Security's chief statistician,": a person described by a role in a named body, not a
 * body (", the company that runs the port's terminal," is a body). */
export const ROLE_OF_BODY_APPOS = /^\s*,\s*the\s+\p{Lu}[^,;]*?['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s*,/u;
/** ", the Ministry has alerted …": what follows the comma is the subject of a new clause, no apposition. */
export const APPOS_OPENS_CLAUSE = /^\s*,\s*(?:a|an|the)\s+(?:(?!(?:that|which|who|whose)\s)[\p{L}'’-]+\s+){0,4}?(?!(?:that|which|who|whose)\s)[\p{L}'’-]+\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|must|should|said|says|announced|confirmed|alerted|asked|told|warned)\b/iu;
/** The head nouns of an apposition that says what a body is (", a shipping company", ", the outlet's hosting company,"). */
const BODY_APPOS_HEADS = String.raw`(?:unit|company|firm|vendor|provider|manufacturer|maker|exchange|bank|agency|ministry|organi[sz]ation|think tank|think-tank|coalition|alliance|association|federation|consortium|union|institute|ngo|charity|watchdog|regulator|university|authority|inspectorate|newspaper|daily|weekly|tabloid|magazine|news agency|news website|broadcaster|operator|insurer|carrier|utility|producer|exporter|importer|retailer|developer|contractor|supplier|shipping line|cooperative|co-operative|non-profit|nonprofit|foundation|trade body|industry body|lobby group|hotline|helpline|consultancy|conglomerate|start-up|startup|lender|airline|broker|shipyard|boatyard|dockyard|(?:repair|ship|boat|fabrication)\s+yard|distributor|wholesaler|public service|employment service|civil service|service|directorate|commission|bureau|secretariat|statutory body|public body|government body)`;
export const ORG_RIGHT_APPOS = new RegExp(String.raw`^\s*,\s*(?:a|an|the|one of (?:the|its|their|[A-Z][a-z]+['’]s))\s+(?:(?!(?:[a-z]+olog(?:ist|er)|researcher|analyst|professor|lecturer|fellow|director|spokes\w+|official|student|scholar|expert|member|head|chief|officer|engineer|scientist|economist|lawyer|journalist|reporter|editor|founder|adviser|advisor|whose|where|which|that|who)\b)[\w-]+\s+){0,4}?${BODY_APPOS_HEADS}s?\b`, 'i');
/** "Fjordnet, the port's hosting company,", "NORDPOL, the Nordic Council's policing mission,", "Kivutech, Safaricom's IT
 * support company,": an apposition closed by a comma whose possessor says whose body it is, and whose last word is a
 * body's head noun (or a mission), which no role of a person ends with. */
export const ORG_RIGHT_APPOS_POSSESSED = new RegExp(String.raw`^\s*,\s*(?:the\s+[\p{Ll}-]+|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,})\s+){0,3}(?:${BODY_APPOS_HEADS}|mission)\s*,`, 'u');
/** "Riverstone Security", "Lotus Cyber": the last word of a security vendor's two-word name in a text about intrusions,
 * after a coined first word; a field or public adjective before it ("Public Security", "Border Security") is no
 * vendor's name (SECURITY_FIELD_FIRST). */
export const VENDOR_LAST = /^(?:Security|Cyber)$/;
export const SECURITY_FIELD_FIRST = /^(?:Public|Internal|External|Border|Maritime|Nuclear|Food|Social|Homeland|Information|Network|Cyber|Computer|Aviation|Port|Transport|Energy|Water|Health|Airport|Data|Payment|Regional|General|Global|Physical|Private|Corporate|Human|Personal|Digital|Election|Economic|Financial|Collective|Common|Job|Income|Military|Police|Army|Civil|Federal|Provincial|Municipal|Presidential|Diplomatic|Operational|Industrial|Critical|Mobile|Cloud|Application|Endpoint|Email|Web|Enterprise|Supply|Chain|Total|Full|Site|Event|Venue|Campus|School|Hospital|Hotel|Mall|Bank|Contract|Armed)$/;
/** Vietnamese bodies open with a head of one syllable or two, the second in lower case ("Đảng Cộng sản Việt Nam", "Đại
 * học Quốc gia Hà Nội", "Bệnh viện Bạch Mai", "Viện Nghiên cứu Biển và Hải đảo", "Thông tấn xã Việt Nam", "Ủy ban
 * Nhân dân", "Tòa án Nhân dân Tối cao", "Ngân hàng Nhà nước", "Công ty Cổ phần"), and go on through the lower-case
 * syllables of their words; a first syllable that is also a given name's (Trung, Công, Quốc) opens one only with
 * its second. */
const VIET_HEAD = new Set(['Đảng', 'Báo', 'Bộ', 'Hội', 'Viện', 'Cục', 'Sở']);
const VIET_HEAD_PAIR = new Set(['Đại học', 'Bệnh viện', 'Học viện', 'Trung tâm', 'Tổng cục', 'Tổng công', 'Công ty', 'Ngân hàng', 'Thông tấn', 'Ủy ban', 'Uỷ ban', 'Tòa án', 'Toà án', 'Quốc hội', 'Mặt trận', 'Liên đoàn', 'Liên minh', 'Hiệp hội', 'Tập đoàn', 'Cảnh sát', 'Bộ đội', 'Trường Đại']);
/** A lower-case syllable of Vietnamese: one with a letter or tone mark of that language, or a plain one of a few. */
const VIET_SYLLABLE = /^(?:[a-zđ]*[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ][a-zăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]*|gia|ty|ban|an|hoa|minh|sinh|tin|nam|quan|phong|nghiep|xa|xe)$/;
/** Whether the words open a Vietnamese body's name (a sentence's "The" before it aside). */
export function vietBody(ws: readonly Token[]): boolean {
  const w = ws[0]?.text === 'The' ? ws.slice(1) : ws;
  return w.length >= 2 && (VIET_HEAD.has(w[0].text) || VIET_HEAD_PAIR.has(`${w[0].text} ${w[1].text}`));
}
/** A lower-case syllable that carries a Vietnamese body's name on ("sản", "học", "và"). */
export const vietSyllable = (w: string) => VIET_SYLLABLE.test(w);

/** People in the plural who name a body for what they stand for or against, as civil society does the world over
 * ("Lawyers for Human Rights", "Muslims for Human Rights", "Mothers Against Drunk Driving",
 * "Engineers Without Borders", "Women for Peace"). */
export const MEMBERS_PLURAL = /^(?:Lawyers|Doctors|Physicians|Nurses|Pharmacists|Journalists|Reporters|Writers|Artists|Musicians|Scientists|Engineers|Architects|Economists|Teachers|Students|Women|Mothers|Fathers|Parents|Grandmothers|Families|Citizens|Residents|Neighbours|Neighbors|Muslims|Christians|Jews|Clergy|Rabbis|Imams|Veterans|Farmers|Workers|Survivors|Victims|Activists|Volunteers|Youth|Friends|Advocates|Parliamentarians|Legislators|Mayors|Entrepreneurs|Judges)$/;
export const membersFor = (ws: Token[]) => ws.length >= 3 && ws.length <= 8 && ws.some((w, i) => i <= 2 && MEMBERS_PLURAL.test(w.text) && /^(?:for|Against|Without)$/.test(ws[i + 1]?.text ?? '') && !!ws[i + 2]?.cap && ws.slice(0, i).every((x) => x.cap && x.kind === 'word'));
/** The last word of a political body's name in the world's languages ("Islamic Action Front", "Srpska Napredna Stranka",
 * "Cumhuriyet Halk Partisi", "Dansk Folkeparti"): with nothing making it an armed group, the name is that body's, not a person's. */
export const POLITICAL_HEAD = /^(?:Front|Movement|Party|Bloc|Coalition|Partei|Partia|Partij|Stranka|Strana|Puolue|Partisi|Partiyas[ıi]|Partiya|Partiia|Hareketi|Cephesi|Dal|Morcha|Kazhagam|Kachchi|Peramuna|Balawegaya|P[áa]rt|Sz[öo]vets[ée]g|Komma|Erakond|\p{Lu}\p{Ll}+(?:parti|partiet|partei|partij|puolue|erakond))$/u;
/** First words of the names of bodies in Romance and other European languages. */
// (Own-language heads that open a body's name, from Lusophone Timor to Indonesia, East Africa, the Low Countries, the
// Nordics, Central Europe, the Balkans, Romania, the Arab world and Iran: "Fundasaun Mahein", "Yayasan Sinar", "Jumuiya
// ya Wavuvi", "Stichting Vrije Haven", "Udruga Ribara", "Sherkat-e Naft"; and family firms, "Fratelli Bianchi", "Gebrüder Haas".)
// (Parties and political movements open with their head in Central Europe, the Arab world, Iran, Indonesia, Malaysia,
// Vietnam, East Africa, the Philippines and the Romance world: "Partia Razem", "Stranka Demokratske Akcije", "Hizb
// al-Wasat", "Partai Buruh", "Pakatan Harapan", "Chama cha Mapinduzi", "Kilusang Mayo Uno", "Rassemblement
// National", "Bloco de Esquerda", "Lega Nord", "Ruch Narodowy", "Rally for Culture and Democracy", Somali "Xisbiga Wadajir", Iraqi "Tayyar al-Hikma" and
// "Ittilaf al-Nasr", Thai "Phak Kao Klai".)
// (Newspapers and broadcasters open with the word for a daily, a journal or a gazette, or for radio and television,
// not English "Daily", which opens a briefing's or a digest's name as often: "Diário de Notícias", "Jornal de
// Angola", "Gazzetta del Sud", "Harian Kompas", "Báo Tuổi Trẻ", "Dainik Jagran", "Ziarul Financiar", "Radiotelevizija
// Srbije", "Telewizja Polska", "Akhbar el-Yom".)
// (Universities, hospitals, institutes, schools, unions, federations, chambers, networks and platforms open with
// their head from Iberia to Poland, Turkey, Indonesia, Malaysia, Vietnam, Tanzania, Iran and the Arab world:
// "Universidade de Lisboa", "Uniwersytet Warszawski", "Universitas Gadjah Mada", "Rumah
// Sakit Cipto", "Szpital Bródnowski", "Serikat Pekerja Nasional", "Związek
// Nauczycielstwa Polskiego", "Câmara de Comércio", "Anjoman Senfi", "Markaz Hemaya", "Rede Nacional", "École Normale";
// Portuguese "Confederação" is left out: as an opener it cost a set; and so are "Centro" and "Centrum", which open
// places' names ("Centro Habana"), and Swahili "Chuo", a Japanese ward's name.)
// (The rest of Europe's and Latin America's civic openers: Spanish "Organización", "Gremio", "Cofradía de Pescadores",
// bar associations ("Ordem dos Advogados", "Ordre des avocats", "Ordine dei giornalisti", "Barreau de Paris"),
// Brazil's "Articulação dos Povos Indígenas", "Coordenação das Organizações Indígenas", French "Maison", "Cercle",
// "Mutuelle", German "Bündnis", "Gesellschaft für bedrohte Völker", Dutch "Federatie", "Kamer van Koophandel",
// "Omroep Brabant", "Hogeschool", "Ziekenhuis", Polish "Konfederacja", Czech "Spolek", "Sdružení", "Unie", the
// Balkans' "Fondacija", "Centar", "Društvo", Slovene "Zveza", "Zbornica", Romanian "Partidul", "Uniunea", "Alianța",
// "Sindicatul", "Spitalul", and Russian, Ukrainian and Bulgarian "Dvizhenie", "Obshchestvo", "Tsentr", "Komitet",
// "Spilka", "Sayuz".)
// (And Africa's, the Arab world's and Iran's and Pakistan's: Arabic "Jamia Millia Islamia", "Mu'assasat", "Naqabat al-
// Sahafiyyin", "Rabitat", "Mustashfa", Swahili "Muungano", "Taasisi", "Kituo cha Sheria", "Halmashauri", "Benki",
// Amharic "Mahiber", Hausa "Kungiyar", Yoruba "Egbe", Somali "Ururka", "Jaamacadda", "Isbitaalka", Malagasy
// "Fikambanana", Persian "Daneshgah", "Bimarestan", "Khabargozari", Urdu "Anjuman".)
export const FOREIGN_ORG_OPENERS = /^(?:Radio|Televisi[oó]n|Télévision|Guardia|Polic[ií]a|Polizia|Policia|Polícia|Ministerio|Minist[eè]re|Ministero|Ministério|Ministerium|Ministerstvo|Ministerul|Ministerstwo|Agencia|Agence|Agenzia|Agência|Instituto|Institut|Istituto|Servicio|Servizio|Serviço|Fuerzas?|Forze|For[cç]as|Armada|Ej[ée]rcito|Esercito|Ex[ée]rcito|Comisi[oó]n|Commissione|Comiss[aã]o|Comit[ée]|Comitato|Consejo|Conseil|Consiglio|Conselho|Departamento|Direcci[oó]n|Direction|Direzione|Dire[cç][aã]o|Oficina|Gabinete|Procuradur[ií]a|Fiscal[ií]a|Defensor[ií]a|Tribunal|Tribunale|Corte|Cour|Banco|Banque|Banca|Partido|Parti|Partito|Secretar[ií]a|Secr[ée]tariat|Prefectura|Pr[ée]fecture|Prefettura|Gendarmer[ií]a|Parquet|Juridiction|Collectivit[ée]|Douanes?|Guarda|Bundesamt|Bundesministerium|Bundespolizei|Staatsanwaltschaft|Sindicato|Syndicat|Sindacato|Confederaci[oó]n|Confédération|Federaci[oó]n|Fédération|Asociaci[oó]n|Association|Associazione|Fundaci[oó]n|Fondation|Fondazione|Universidad|Universit[ée]|Universit[àa]|Hospital|H[ôo]pital|Ospedale|Empresa|Empresas|Compañía|Companhia|Compagnie|Société|Sociedad|Sociedade|Corporaci[oó]n|Observatorio|Observatoire|Osservatorio|Coordinadora|Asamblea|Assemblée|C[áa]mara|Chambre|Societ[àa]|Grupo|Groupe|Gruppo|Grupa|Fundacja|Stowarzyszenie|Stiftung|Verband|Fundaci[oó]|Asociaci[oó]|Associa[cç][aã]o|Collectif|Colectivo|Collettivo|Coletivo|Organismo|Organiza[cç][aã]o|Organisme|Superintendencia|Superintend[êe]ncia|Contralor[ií]a|Controladoria|Autoridad|Autoridade|Autorit[ée]|Autorit[àa]|Garante|Junta|Fondo|Fundo|Movimiento|Movimento|Mouvement|Frente|Uni[oó]n|Uni[aã]o|Colegio|Alcald[ií]a|Ayuntamiento|Municipalidad|Prefeitura|Gobernaci[oó]n|Gobierno|Governo|Gouvernement|Comando|Brigada|Unidad|Unidade|Cooperativa|Coop[ée]rative|Congreso|Senado|Parlamento|Minera|Pesquera|Naviera|Constructora|Inversiones|Comercializadora|Distribuidora|Transportes|Industrias|Petrolera|Aseguradora|Financiera|Inmobiliaria|Funda[cç][aã]o|Fundasaun|Funda[țţt]ia|Asocia[țţt]ia|Societatea|Compania|Stichting|Vereniging|Stiftelsen|F[öo]reningen|Kollektiv|Nadace|Nad[áa]cia|Zaklada|Udruga|Udru[žz]enje|Sp[óo][łl]dzielnia|Yayasan|Perkumpulan|Koperasi|Lembaga|Persatuan|Pertubuhan|Perusahaan|Jumuiya|Kampuni|Shirika|Sharikat|Sherkat|Bonyad|Jamiat|Fratelli|Gebr[üu]der|Gebroeders|Br[öo]derna|Br[øo]drene|Politie|Polizei|Policie|Poliisi|Politi|Polis|Polisi|Aduanas?|Alf[âa]ndega|Dogana|Zoll|Prokuratura|Procura|Procuradoria|Fiscalia|S[ąa]d|Soud|Jabatan|Badan|Komisi|Mahkamah|Majelis|Direktorat|Kementrian|Kejaksaan|Wizara|Mahakama|Jeshi|Tume|Mamlaka|Idara|Kagawaran|Kawanihan|Hukbong|Marinha|Capitan[ií]a|S[łl]u[żz]ba|Stra[żz]|Urz[ąa]d|Komenda|Inspekcja|Agencja|[ÚU][řr]ad|Inspekce|Slu[žz]ba|Spr[áa]va|Ministarstvo|Uprava|Agencija|Ured|Vezarat|Sazman|Sepah|S[ûu]ret[ée]|Receita|Tesouro|Tesorer[ií]a|Intendance|Intendencia|Skup[šs]tina|Sn[ěe]movna|Sen[áa]t|Majlis|Sangguniang|Assembleia|Landtag|Kongres|Sejm|Sluzhba|Slu[žz]by|Partia|Partij|Partei|Stranka|Strana|Hizb|Hezb|Partai|Đảng|Rassemblement|Bloc|Bloque|Bloco|Front|Alianza|Alian[çc]a|Alliance|Liga|Lega|Ligue|Pakatan|Barisan|Perikatan|Gerakan|Chama|Kilusang|Alyansa|Koalicija|Koalicja|Koalice|Koal[ií]cia|Savez|Pokret|Hnut[ií]|Ruch|Xisbiga|Tayyar|Ittilaf|I['’]tilaf|Phak|Convergencia|Convergence|Concertaci[oó]n|Congr[eè]s|Congresso|Rally|Di[áa]rio|Jornal|Gazzetta|Corriere|Gazeta|Harian|Báo|Dainik|Dziennik|Ziarul|Jurnalul|Televizija|Radiotelevizija|Telewizja|Televisi|R[áa]dio|Rádió|Radyo|Akhbar|Roznama|Universidade|Universit[äa]t|Uniwersytet|Univerzita|Univerza|Sveu[čc]ili[šs]te|Univerzitet|Universitatea|Universiteit|Universitas|Universiti|Pamantasan|Unibersidad|Đại|Bệnh|Viện|Hội|Rumah|Klinik|Klinikum|Krankenhaus|Szpital|Nemocnice|Bolnica|Hospitali|Confederazione|Federa[cç][aã]o|Federazione|Federasi|Konfederasi|Serikat|Kesatuan|Gabungan|Himpunan|Perhimpunan|Aliansi|Koalisi|Jaringan|Pusat|C[âa]mara|Gewerkschaft|Sindikat|Sendika|Zwi[ąa]zek|Zv[äa]z|Svaz|Soyuz|Komora|Izba|Anjoman|Kanoon|Markaz|Munazzamat|Munazzama|Rabita|Ittihad|Samahan|Samahang|Kapisanan|Coalici[oó]n|Coalizione|Coliga[cç][aã]o|Plataforma|Plateforme|Piattaforma|Rede|R[ée]seau|Rete|Zentrum|Instytut|Instituut|In[šs]tit[úu]t|Institutt|Akademie|Akademia|Academia|Acad[ée]mie|Accademia|Akademi|Escuela|[ÉE]cole|Escola|Scuola|Vereinigung|Bund|Organizaci[oó]n|Organizzazione|Observat[óo]rio|Unione|Camera|Gremio|Cofrad[ií]a|Ordem|Ordre|Ordine|Barreau|F[óo]rum|Articula[cç][aã]o|Coordena[cç][aã]o|Maison|Cercle|Mutuelle|B[üu]ndnis|Gesellschaft|Federatie|Kamer|Omroep|Hogeschool|Ziekenhuis|Konfederacja|Spolek|Sdru[žz]en[ií]|Unie|Fondacija|Centar|Dru[šs]tvo|Zveza|Zbornica|Partidul|Uniunea|Alian[țţt]a|Sindicatul|Confedera[țţt]ia|Federa[țţt]ia|Institutul|Spitalul|Centrul|Dvizhenie|Obshchestvo|Tsentr|Komitet|Spilka|Sayuz|Jamia|Mu['’]?assasat|Naqabat|Niqabat|Rabitat|Mustashfa|Tajammu['’]?|Muungano|Taasisi|Kituo|Halmashauri|Benki|Mahiber|Kungiyar|Egbe|Ururka|Jaamacadda|Isbitaalka|Fikambanana|Daneshgah|Bimarestan|Khabargozari|Anjuman)$/;
/** Fields of work that end one part of a body's name before "and": "Intelligence and Security Service". */
export const FIELD_WORDS = /^(?:Intelligence|Research|Energy|Communications|Media|Affairs|Studies|Telecommunications|Logistics)$/;

/** Capitalised words none of which is a given name, a title, a place or a preposition or compass word (a sentence's
 * "Off Somalia"), then a country (or a nation of the UK, or a continent: "Haki Africa"). */
export function commonWordsThenCountry(ws: Token[]): boolean {
  const last = ws[ws.length - 1].text;
  if (ws.length < 2 || ws.length > 4 || !(countryByName(last) || /^(?:Wales|Scotland|England|Africa|Asia|Europe|Americas|Caribbean)$/.test(last)) || lookupPlace(phrase(ws))) return false;
  // ("WWF Spain", "Oxfam Ireland": a body's initials before a country are its national branch; no person is so named.)
  if (ws.length === 2 && /^[A-Z]{2,6}$/.test(ws[0].text) && !COMMON_ACRONYMS.test(ws[0].text) && !countryByName(ws[0].text)) return true;
  return ws.slice(0, -1).every((w) => w.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !TITLE_WORDS.has(w.text) && !HONORIFICS.has(w.text) && !lookupPlace(w.text) && !countryByDemonym(w.text) && !NOT_NAMES.has(w.text) && !/^(?:Off|In|On|At|From|To|Into|Near|Across|Inside|Outside|Beyond|Along|Around|Through|Throughout|Within|Without|With|For|Against|Like|Unlike|Over|Under|After|Before|Since|Until|Via|Toward|Towards|Between|Among|Beside|Behind|Below|Above|Despite|During|Except|Including|Upon|Amid|Northern|Southern|Eastern|Western|Central|North|South|East|West|Greater|Mainland|Rural|Coastal|All|Both|Whole|Entire)$/.test(w.text) && !givenName(w.text));
}

/** Fields of public service that, followed by a place, name that state's or region's agency ("Police Scotland",
 * "Maritime Cook Islands", "Biosecurity Queensland", "Customs Fiji"); a body's compound name does the same. */
export const SERVICE_BEFORE_PLACE = /^(?:Police|Customs|Health|Fisheries|Maritime|Transport|Tourism|Education|Fire|Ambulance|Revenue|Immigration|Corrections|Sport|Energy|Statistics|Biosecurity|Heritage|Forestry|Agriculture|Environment|Audit|Ports|Shipping|Aviation|Coastguard|Trade|Investment|Enterprise|Housing|Lotteries|Prisons|Parks|Roads|Railways|Rail|Archives)$/;
/** A field of public service, then a known place or an "… Islands" name and nothing else: a public body's name, not a
 * place (neither "Scotland" alone after a sentence's "Police" nor "… Islands" as a stretch of land). */
export function serviceThenPlace(ws: Token[]): boolean {
  // ("Amtsgericht Hamburg", "Landgericht Bremen", "Handelskammer Hamburg": a body's compound name, then its seat.)
  if (ws.length < 2 || ws.length > 4 || !(SERVICE_BEFORE_PLACE.test(ws[0].text) || bodyCompound(ws[0].text))) return false;
  const rest = ws.slice(1);
  if (!rest.every((w) => w.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(w.text))) return false;
  return !!lookupPlace(phrase(rest)) || (rest.length >= 2 && /^Islands?$/.test(rest[rest.length - 1].text));
}

/** A plural of bodies, then "including" or "such as": what follows is a list of bodies. */
export const BODIES_LISTED = /\b(?:companies|firms|banks|operators|contractors|suppliers|exporters|importers|charities|NGOs|organi[sz]ations|agencies|groups|businesses|dealers|traders|miners|mining companies)\b[^.;:"“”]{0,40}?,?\s+(?:including|such as|namely|among them)\s+(?:the\s+)?$/;
/** Whom one speaks for, or what a statement comes from. */
export const SPOKEN_FOR_LEFT = /\b(?:speaking (?:for|on behalf of)|(?:a|the|in a|in its|its) (?:written |joint )?statement (?:from|by|issued by|released by))\s+(?:the\s+)?$/i;
/** A post held in a body, then "of", "for" or "at": what follows is the body. */
export const POST_IN_BODY_LEFT = /\b(?:president|vice-president|director|director-general|executive director|managing director|chairman|chairwoman|chairperson|spokes(?:man|woman|person)|secretary-general|secretary general|general secretary|founder|co-founder|coordinator|treasurer)\s+(?:of|for|at)\s+(?:the\s+)?$/i;
/** Plurals of trades whose members' associations are named after them ("Federated Farmers"). */
export const TRADE_PLURALS = /^(?:Farmers|Growers|Producers|Exporters|Importers|Employers|Manufacturers|Fishers|Fishermen|Shipowners|Truckers|Hauliers|Retailers|Traders|Miners|Builders|Bakers|Brewers|Winemakers|Ranchers|Pastoralists|Planters|Millers|Transporters|Operators)$/;
/** What one has or does on a messaging or social platform. */
export const PLATFORM_THING_RIGHT = /^\s+(?:accounts?|chats?|group chats?|bots?|messages?|pages?|names?|handles?|profiles?|voice notes?|stories|feeds?)\b/;
/** Messaging and social platforms, whose "channel" is a feed on them ("a Telegram channel"), not a broadcaster's. */
export const MESSAGING_PLATFORM = /^(?:Telegram|WhatsApp|Signal|Viber|WeChat|Facebook|Instagram|TikTok|YouTube|Twitter|Discord|Snapchat|Threads|VKontakte|Odnoklassniki|Rumble|Twitch)$/;
/** What stands before a platform named as the channel used: a determiner or preposition, perhaps a possessive, and at
 * most one lower-case word ("through a Telegram bot", "the Ministry's official Telegram bot", "on an encrypted Signal
 * chat"). */
export const PLATFORM_USED_LEFT = /(?:\b(?:a|an|the|by|via|on|through|over|in|of|his|her|their|its|my|our|your)|['’]s)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** Where a messaging or social platform is the medium something was written or shown in ("wrote on Facebook that",
 * "posted on its official TikTok"), a product a company owns ("Meta, which owns Instagram") or counts as one
 * ("we all share one Facebook"): no body that acts. */
export const PLATFORM_MEDIUM_LEFT = /(?:\b(?:on|via|across)\s+(?:(?:his|her|its|their|the|an?)\s+(?:official\s+)?)?|\b(?:which|that|who)\s+(?:owns|owned|runs|ran|operates|bought|acquired)\s+|\b(?:owner|operator|parent(?:\s+company)?)\s+of\s+|\b(?:one|a single|the same)\s+)$/i;
/** Adjectives of faiths and churches. */
export const FAITH_ADJECTIVE = /^(?:Catholic|Protestant|Anglican|Methodist|Presbyterian|Lutheran|Baptist|Evangelical|Pentecostal|Orthodox|Adventist|Mormon|Christian|Muslim|Islamic|Jewish|Buddhist|Hindu|Sikh|Sunni|Shia|Shiite|Ismaili|Sufi|Salafi|Coptic|Maronite|Quaker|Mennonite|Jesuit|Franciscan|Benedictine)$/;
/** A unit named by its function alone: "Public Relations Unit", "Press and Communication Division", "Media Office". */
export const GENERIC_UNIT = /^(?:(?:Press|Public|Relations|Communications?|Information|Media|Protocol|Corporate|Affairs|Publicity|Outreach|Strategic|and|&)\s+)+(?:Unit|Division|Office|Department|Section|Desk|Directorate|Bureau|Service|Centre|Center|Team|Branch)$/;
/** Whether the name's line is a unit named by its function alone, after a title at most ("Head, Public Relations
 * Unit", "Press and Communication Division"). */
export function genericUnitLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  const line = text.slice(from, to < 0 ? text.length : to).trim().replace(/^(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*,\s*/u, '');
  return GENERIC_UNIT.test(line);
}

const BODY_DOES_RIGHT = new RegExp(
  [
    // "X said in a statement", "X said on Monday in a note to investors"
    `^\\s+(?:has\\s+|had\\s+)?(?:said|says|announced|confirmed|stated|warned)\\s+(?:(?:on|late on|early on|last)\\s+\\w+\\s+)?in\\s+(?:a|an|its)\\s+(?:[\\w-]+\\s+)?(?:statement|note|filing|advisory|press release|release|bulletin|notice|update|letter to (?:investors|shareholders|customers|clients))\\b`,
    // "X published an advisory", "X issued a statement"
    `^\\s+(?:has\\s+|had\\s+)?(?:published|issued|released|posted)\\s+(?:a|an|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:advisory|statement|report|note|bulletin|patch|update|press release|notice)\\b`,
    // "X reported on Monday that"
    `^\\s+(?:has\\s+)?reported\\s+(?:(?:on|late on|early on|last)\\s+\\w+\\s+)?that\\b`,
    // "X's spokesman", "X's press office", "X's parent company"
    `^['’]s\\s+(?:(?:chief|main|senior|official)\\s+)?(?:spokes(?:man|woman|person|people)|press (?:office|officer|service)|parent company|subsidiary|annual report|website)\\b`,
    // "X's director, Y,", "X's chairman", "X's board": a body's officers (not a person's lawyers or spokesman)
    `^['’]s\\s+(?:(?:deputy|acting|interim|former|new|founding)\\s+)?(?:director|directors|director general|director-general|chairman|chairwoman|chairperson|chair|founder|co-founder|board|managing director|general manager|secretary general|secretary-general)\\b`,
    // "X, the country's largest miner", "X, one of the world's biggest …"
    `^\\s*,\\s*(?:the|one of the)\\s+(?:(?:country|region|world|nation|continent|island|city|province|state)['’]s\\s+)?(?:largest|biggest|second-largest|second-biggest|third-largest)\\b`,
    // "X was called in", "X has been hired to …"
    `^\\s+(?:was|were|has been|had been)\\s+(?:called in|hired|engaged|contracted|commissioned|brought in|retained)\\b`,
    // "X employs 4,000 people", "X operates the terminal"
    `^\\s+(?:employs|operates|manufactures|exports|imports|insures|produces|ships)\\s+(?:the|a|an|its|some|about|more|over|\\d)`,
    // "X suspended its purchases", "X has closed its plant"
  ].join('|'),
);
/** "X suspended its purchases", "X has closed its plant" (not a name in capitals, a tool's: "LOADER fetched its …"). */
const BODY_ITS_RIGHT = /^\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\s+its\s+(?!own\b)[a-z]/;
/** What only bodies do, whatever the length of the name: an advisory, a press office, employing, exporting, shares. */
export const BODY_ONLY_RIGHT = /^\s+(?:has\s+|had\s+)?(?:published|issued)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:advisory|press release|patch)\b|^['’]s\s+(?:press (?:office|service)|parent company|subsidiary|annual report|website|shareholders|share price)\b|^\s+(?:employs|operates|manufactures|exports|imports|insures)\s+(?:the|a|an|its|some|about|more|over|\d)/;
/** "who joined X in 2019", "shares in X", "a stake in X": the left side of a body's name. */
export const BODY_DOES_LEFT = /\b(?:shares\s+(?:in|of)|a\s+stake\s+in|(?:shareholders|customers|clients|employees|staff|workers)\s+(?:of|at)|(?:lecturer|researcher|engineer|analyst|professor|economist|scientist|manager|executive|employee|accountant|consultant|technician|[a-z]+olog(?:ist|er)|inspector|veterinarian|curator|archivist|statistician|chemist|physicist|agronomist)s?\s+(?:at|with)(?:\s+the)?)\s+$/i;
export const bodyDoes = (name: string, left: string, right: string) =>
  BODY_DOES_RIGHT.test(right) || (/^\p{Lu}\p{Ll}/u.test(name) && BODY_ITS_RIGHT.test(right)) || (BODY_DOES_LEFT.test(left) && !LOC_RIGHT.test(right)) || (/\b(?:joined|joining|rejoined)\s+$/.test(left) && /^\s+(?:in\s+(?:19|20)\d\d|as\s+(?:a|an|its|head|chief|director|managing|senior|deputy|general)\b)/.test(right));

/** A possessive, then up to five capitalised words of which the last is a body's head ("'s Investigations Division"). */
export const GOV_OR_ORG_HEAD_AFTER = new RegExp(`^['’]s\\s+(?:(?:new|former|acting|own)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}?(?:${[...GOV_HEADS, ...ORG_HEADS].filter((h) => /^[\p{L}]+$/u.test(h)).join('|')})\\b`, 'u');

/**
 * "the Institute of Marine Studies of the University of Dodoma", "the Centre for Lake Studies of the University of X":
 * a body "Head of/for …" that goes on with "of the" and a second body (one with a head word of its own, at its end or
 * before its own "of", or a known name) is a unit named with the body it belongs to: two bodies. A first "of" right
 * after the head ("Office of the High Commissioner") and an owner with no head ("Ministry of Foreign Affairs of the
 * Republic of Korea") keep the name whole.
 */
/** Legal forms of companies written before their names (Indonesia, the former Soviet states, France, the Baltics, Iberia). */
// (Also written before the name: Indonesia's CV and UD, the Baltics' AS, AB and MTÜ, Romania's SC, Ukraine's TOV and
// PrAT, Russia's PAO, Uzbekistan's MChJ, Vietnam's TNHH.)
export const LEGAL_FORM_BEFORE = /^(?:PT|JSC|OJSC|PJSC|CJSC|OAO|ZAO|OOO|TOO|AO|SARL|EURL|UAB|SIA|Cia\.|Cía\.|Companhia|Compañía|CV|UD|AS|AB|MTÜ|SC|TOV|PrAT|PAO|MChJ|TNHH)$/;
/** People whose possessive opens a body of theirs ("National Farmers' Union", "Fishermen's Syndicate of the North"). */
export const COLLECTIVE_POSSESSOR = /^(?:People|Women|Children|Workers|Farmers|Peasants|Citizens|Martyrs|Veterans|Journalists|Teachers|Doctors|Fishermen|Mothers|Soldiers|Students|Youth|Men|Boatmen|Seamen|Dockers|Drivers|Traders|Miners|Nurses|Lawyers|Pensioners|Employers|Growers)$/;
/** The heads of members' bodies. */
export const MEMBERS_BODY_HEAD = /^(?:Syndicate|Guild|Union|Federation|Association|League|Council|Committee|Cooperative|Co-operative|Network|Alliance|Collective|Society|Congress|Confederation|Forum|Chamber)$/;
/** Fields of state work that name a service after a rank or an adjective ("General Security", "Civil Defence"). */
export const SERVICE_OPENER = /^(?:General|Public|State|Civil|National|Internal|Homeland|Military|Political|Presidential|Federal|Republican)$/;
export const SERVICE_FIELD = /^(?:Security|Defence|Defense|Intelligence|Protection|Safety|Staff|Guard|Investigations|Surveillance|Counterintelligence|Counter-Intelligence)$/;
/** "call", "ring", "contact": what one does to a number. */
export const HOTLINE_LEFT = /\b(?:call|calls|calling|ring|rings|phone|telephone|contact|contacting|text|dial|dialling|dialing)\s+(?:the\s+)?$/i;
/** " radio reported", " newspaper said": the noun for an outlet right after its name. */
export const OUTLET_RIGHT = /^[ \t]+(?:radio|television|newspaper|broadcaster|news agency|news website|tabloid)\b(?![ \t]+(?:programme|program|show|licen[cs]e|frequenc))/;
/** "the Lusaka weekly ", "the state broadcaster ": an outlet's noun before its name. */
export const OUTLET_LEFT = /\bthe\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:(?:state|public|private|independent|online|local|national)\s+)?(?:weekly|daily|newspaper|news\s+site|news\s+agency|broadcaster|magazine|tabloid|radio\s+station|channel|news\s+portal)\s+$/u;

/** A word of a field of oversight ("Information", "Refugee Relief"): no title, head, place, rank or area. */
export const fieldWord = (w: Token) => w.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !TITLE_WORDS.has(w.text) && !GOV_HEADS.has(w.text) && !ORG_HEADS.has(w.text) && !lookupPlace(w.text) && !countryByDemonym(w.text) && !/^(?:National|Regional|District|County|Provincial|State|Divisional|Zonal|Resident|High|Acting|Garda|Prisons?|Fire|Customs)$/.test(w.text);

/** A body's head word that, after "the", refers back to the body rather than naming one. */
export const ANAPHOR_HEAD = /^(?:Ministry|Department|Agency|Authority|Office|Commission|Committee|Council|Directorate|Service|Bureau|Secretariat|Inspectorate|Administration|Unit|Division|Centre|Center|Institute|Foundation|Company|Corporation|Board)$/;

/** "a maritime security centre in Pointe-Noire, known as CRESMAC": a public body's noun, then the name it is known by
 * (a body's, not a gang's, whatever violence the story tells). */
export const BODY_KNOWN_AS = /\b(?:centre|center|agency|office|unit|authority|secretariat|committee|council|commission|department|directorate|bureau|service|court|task force|taskforce|mission|programme|program|institute|observatory|coordination body)\b[^.;:"“”]{0,40}?,?\s*(?:(?:also|better|widely|commonly)\s+)?known\s+as\s+(?:the\s+)?$/i;
/** Words a broadcaster's numbered channel opens with ("France 24", "Channel 4", "Radio 1", "Rai 3", "TV 2"). */
export const BROADCAST_OPENER = /^(?:Channel|Radio|TV|Canal|Kanal|Rai|RTL|France|Antena|Antenne)$/;

/** "told the", "asked the", "a bill before the": a legislature addressed. */
export const LEGISLATURE_ADDRESSED = /\b(?:told|tells|telling|asked|asks|urged|urges|addressed|addresses|informed|briefed|assured|warned|before|to|by|in)\s+the\s+$/;
/** "the Assembly approved", "the Assembly voted": what a legislature does. */
export const LEGISLATURE_VOTES = /^\s+(?:(?:has|had|will|would|must|should|could|may|also|then|later)\s+)?(?:voted|votes|vote|approved|approves|approve|passed|passes|pass|adopted|adopts|adopt|rejected|rejects|reject|ratified|ratifies|ratify|debated|debates|debate|amended|amends|amend|met|meets|sat|sits)\b/;
