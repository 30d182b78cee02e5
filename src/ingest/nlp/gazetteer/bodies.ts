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

/** `Name;alias;alias|g` (g = a government or intergovernmental body). The regional organisations of every continent,
 * the UN's funds and agencies, development banks and treaty bodies are listed whole; acronyms that name something else
 * as often are left out (RSF: Sudan's Rapid Support Forces; BIS: a US bureau; IOC: an indicator of compromise; PIF:
 * Saudi Arabia's fund), and so is a secretariat that is a body of its own beside the forum it serves. */
const TABLE = `
United Nations;UN;U.N.;ONU;Nations unies;Naciones Unidas;Nações Unidas;Organisation des Nations unies;Organización de las Naciones Unidas;Organização das Nações Unidas;Vereinte Nationen;Verenigde Naties;Nazioni Unite;Perserikatan Bangsa-Bangsa;Umoja wa Mataifa|g
United Nations Security Council;UN Security Council;UNSC;Security Council;Conseil de sécurité;Consejo de Seguridad;Conselho de Segurança;Sicherheitsrat|g
United Nations General Assembly;UN General Assembly;General Assembly|g
North Atlantic Treaty Organization;NATO;OTAN;Organisation du traité de l'Atlantique nord|g
European Union;EU;Union européenne;Unión Europea;União Europeia;Europäische Union;Unione europea;Europese Unie;Unia Europejska|g
European Commission;Commission européenne;Comisión Europea;Comissão Europeia;Europäische Kommission;Commissione europea;Europese Commissie;Komisja Europejska|g
European Parliament;Parlement européen;Parlamento Europeo;Parlamento Europeu;Europäisches Parlament;Europees Parlement;Parlament Europejski|g
Council of the European Union|g
European Council|g
Council of Europe|g
Organization for Security and Co-operation in Europe;OSCE;Organization for Security and Cooperation in Europe;OSZE;Organisation pour la sécurité et la coopération en Europe|g
African Union;AU;Union africaine;Unión Africana;União Africana;Umoja wa Afrika|g
Economic Community of West African States;ECOWAS;CEDEAO;Communauté économique des États de l'Afrique de l'Ouest|g
Association of Southeast Asian Nations;ASEAN;Perhimpunan Bangsa-Bangsa Asia Tenggara|g
Gulf Cooperation Council;GCC;Cooperation Council for the Arab States of the Gulf|g
Arab League;League of Arab States;Ligue arabe;Liga Árabe;Arabische Liga|g
International Atomic Energy Agency;IAEA;AIEA;OIEA;Agence internationale de l'énergie atomique|g
International Criminal Court;ICC;Cour pénale internationale;Corte Penal Internacional;Tribunal Penal Internacional;Internationaler Strafgerichtshof|g
International Court of Justice;ICJ;CIJ;Cour internationale de justice;Corte Internacional de Justicia;Internationaler Gerichtshof|g
World Health Organization;WHO;OMS;Organisation mondiale de la santé;Organización Mundial de la Salud;Organização Mundial da Saúde;Weltgesundheitsorganisation|g
International Monetary Fund;IMF;FMI;Fonds monétaire international;Fondo Monetario Internacional;Fundo Monetário Internacional;Internationaler Währungsfonds|g
World Bank;Banque mondiale;Banco Mundial;Weltbank|g
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
U.S. Customs and Border Protection;US Customs and Border Protection;Customs and Border Protection;CBP|g
U.S. Immigration and Customs Enforcement;US Immigration and Customs Enforcement;Immigration and Customs Enforcement|g
U.S. Citizenship and Immigration Services;US Citizenship and Immigration Services;Citizenship and Immigration Services;USCIS|g
Homeland Security Investigations;HSI|g
U.S. Coast Guard;United States Coast Guard;US Coast Guard;USCG|g
U.S. Marshals Service;United States Marshals Service;US Marshals Service|g
Transportation Security Administration;TSA|g
Financial Crimes Enforcement Network;FinCEN|g
Internal Revenue Service;IRS|g
Pentagon|g
Kremlin|g
White House|g
Downing Street;10 Downing Street|g
Sejm|g
Bundestag|g
Knesset|g
State Duma;Duma|g
Riksdag|g
Storting|g
Verkhovna Rada|g
Congress|g
Senate|g
Althingi;Alþingi|g
Folketing;Folketinget|g
Eduskunta|g
Riigikogu|g
Saeima|g
Seimas|g
Stortinget|g
Oireachtas|g
Dáil Éireann;Dáil;Dail Eireann|g
Seanad Éireann;Seanad;Seanad Eireann|g
Senedd|g
Tynwald|g
Løgting;Lagting|g
Inatsisartut|g
Federation Council|g
Mazhilis|g
Jogorku Kenesh|g
Oliy Majlis|g
Milli Majlis|g
Majlisi Oli|g
Mejlis|g
Majlis|g
Majlis al-Shura;Shura Council|g
Grand National Assembly|g
State Great Khural;Great Khural|g
Wolesi Jirga|g
Meshrano Jirga|g
Lok Sabha|g
Rajya Sabha|g
Jatiya Sangsad|g
Pyidaungsu Hluttaw|g
Pyithu Hluttaw|g
Amyotha Hluttaw|g
Dewan Rakyat|g
Dewan Negara|g
Dewan Perwakilan Rakyat|g
National Diet|g
Legislative Yuan|g
National People's Congress|g
Supreme People's Assembly|g
Cortes Generales|g
Congreso de los Diputados|g
Assembleia da República|g
Camera dei Deputati|g
Assemblée nationale|g
Tweede Kamer|g
Staten-Generaal|g
Sabor|g
Vouli|g
Kuvendi|g
Fono|g
Nitijeļā;Nitijela|g
Maneaba ni Maungatabu|g
Fale Alea|g
Olbiil Era Kelulau|g
Fono Ekepule|g
General Fono|g
Palamene o Tuvalu|g
Bunge|g
Baraza la Wawakilishi|g
Bangko Sentral ng Pilipinas|g
Eerste Kamer|g
Nationalrat|g
Bundesrat|g
Országgyűlés|g
Riksdagen|g
Verfassungsschutz|g
Mukhabarat|g
Istikhbarat|g
Sveriges Riksbank;Riksbank|g
Suomen Pankki|g
Senát|g
Senat|g
Bürgerschaft|g
Landtag|g
Kokkai|g
Sobranie;Sobranje|g
An Garda Síochána;Garda Síochána;An Garda Siochana;Garda Siochana|g
Polizia di Stato|g
Policía Nacional|g
Mossos d'Esquadra|g
Ertzaintza|g
Police nationale|g
Bundeskriminalamt;BKA|g
Koninklijke Marechaussee|g
Politie|g
Polismyndigheten|g
Politiet|g
Poliisi|g
Lögreglan|g
Policja|g
Polícia Judiciária|g
Polícia de Segurança Pública|g
Guarda Nacional Republicana|g
Polícia Federal|g
Carabineros de Chile;Carabineros|g
Gendarmería Nacional|g
Guardia Nacional|g
Policía Nacional Civil|g
Polri|g
Jandarma|g
Emniyet|g
Sûreté du Québec|g
Poliția Română|g
House of Commons|g
House of Representatives|g
Guardia Civil|g
Bundeswehr|g
United Nations High Commissioner for Refugees;UNHCR;UN Refugee Agency;ACNUR;Haut Commissariat des Nations unies pour les réfugiés|g
United Nations Children's Fund;UNICEF|g
World Food Programme;WFP;World Food Program;Programme alimentaire mondial;Programa Mundial de Alimentos;Welternährungsprogramm|g
United Nations Office for the Coordination of Humanitarian Affairs;OCHA;Office for the Coordination of Humanitarian Affairs|g
United Nations Development Programme;UNDP|g
United Nations Office on Drugs and Crime;UNODC|g
United Nations Human Rights Council;UN Human Rights Council;Human Rights Council|g
Office of the United Nations High Commissioner for Human Rights;OHCHR|g
UNESCO;United Nations Educational, Scientific and Cultural Organization|g
International Organization for Migration;IOM;OIM;Organisation internationale pour les migrations;Organización Internacional para las Migraciones|g
International Labour Organization;ILO;OIT;Organisation internationale du travail;Organización Internacional del Trabajo|g
Food and Agriculture Organization;FAO|g
World Trade Organization;WTO;OMC;Organisation mondiale du commerce;Organización Mundial del Comercio|g
International Maritime Organization;IMO;Organisation maritime internationale;Organización Marítima Internacional|g
International Civil Aviation Organization;ICAO;OACI;Organisation de l'aviation civile internationale|g
International Telecommunication Union;ITU|g
Organisation for the Prohibition of Chemical Weapons;OPCW;Organization for the Prohibition of Chemical Weapons|g
Organisation for Economic Co-operation and Development;OECD|g
Organization of the Petroleum Exporting Countries;OPEC|g
Organization of American States;OAS;OEA;Organización de los Estados Americanos;Organização dos Estados Americanos|g
Shanghai Cooperation Organisation;SCO;Shanghai Cooperation Organization|g
Collective Security Treaty Organization;CSTO|g
Commonwealth of Independent States;CIS|g
Southern African Development Community;SADC;Communauté de développement d'Afrique australe|g
East African Community;EAC;Jumuiya ya Afrika Mashariki|g
Intergovernmental Authority on Development;IGAD|g
Caribbean Community;CARICOM|g
Mercosur;Mercosul;Mercado Común del Sur|g
Nordic Council|g
European External Action Service;EEAS|g
European Central Bank;ECB|g
European Court of Justice;Court of Justice of the European Union;CJEU|g
European Court of Human Rights;ECHR|g
European Defence Agency;EDA|g
European Public Prosecutor's Office;EPPO|g
European Investment Bank;EIB|g
European Anti-Fraud Office;OLAF|g
European Border and Coast Guard Agency|g
South Asian Association for Regional Cooperation;SAARC|g
Central American Integration System;SICA;Sistema de la Integración Centroamericana|g
Pacific Islands Forum|g
Organisation of Islamic Cooperation;OIC;Organization of Islamic Cooperation|g
Financial Action Task Force;FATF|g
European Maritime Safety Agency;EMSA|g
European Fisheries Control Agency;EFCA|g
European Union Agency for Asylum;EUAA|g
European Monitoring Centre for Drugs and Drug Addiction;EMCDDA;European Union Drugs Agency;EUDA|g
Economic Community of Central African States;ECCAS;CEEAC|g
Economic and Monetary Community of Central Africa;CEMAC|g
West African Economic and Monetary Union;WAEMU;UEMOA|g
Common Market for Eastern and Southern Africa;COMESA|g
Arab Maghreb Union|g
Andean Community;Comunidad Andina|g
Community of Latin American and Caribbean States;CELAC|g
Pacific Alliance;Alianza del Pacífico|g
Union of South American Nations;UNASUR|g
Organisation of Eastern Caribbean States;OECS|g
Caribbean Community Implementation Agency for Crime and Security;CARICOM IMPACS|g
Eurasian Economic Union;EAEU|g
Commonwealth Secretariat|g
Organisation internationale de la Francophonie;OIF;International Organisation of La Francophonie|g
Community of Portuguese Language Countries;CPLP;Comunidade dos Países de Língua Portuguesa|g
Indian Ocean Commission;Commission de l'océan Indien|g
Indian Ocean Rim Association;IORA|g
Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation;BIMSTEC|g
Pacific Community|g
Pacific Islands Forum Fisheries Agency;Forum Fisheries Agency;FFA|g
Asia-Pacific Economic Cooperation;APEC|g
Council of the Baltic Sea States;CBSS|g
Arctic Council|g
Black Sea Economic Cooperation;BSEC|g
Asian Development Bank;ADB|g
African Development Bank;AfDB|g
Inter-American Development Bank;IDB|g
Islamic Development Bank;IsDB|g
Asian Infrastructure Investment Bank;AIIB|g
European Bank for Reconstruction and Development;EBRD|g
New Development Bank|g
Bank for International Settlements|g
United Nations Environment Programme;UNEP;UN Environment Programme|g
United Nations Population Fund;UNFPA|g
Joint United Nations Programme on HIV/AIDS;UNAIDS|g
UN Women;United Nations Entity for Gender Equality and the Empowerment of Women|g
United Nations Relief and Works Agency for Palestine Refugees in the Near East;UNRWA|g
United Nations Conference on Trade and Development;UNCTAD;UN Trade and Development|g
United Nations Industrial Development Organization;UNIDO|g
United Nations Office for Project Services;UNOPS|g
United Nations Interregional Crime and Justice Research Institute;UNICRI|g
United Nations Office of Counter-Terrorism;UNOCT|g
United Nations Mine Action Service;UNMAS|g
United Nations Institute for Training and Research;UNITAR|g
United Nations Human Settlements Programme;UN-Habitat|g
International Fund for Agricultural Development;IFAD|g
World Meteorological Organization;WMO|g
World Intellectual Property Organization;WIPO|g
Universal Postal Union;UPU|g
World Customs Organization;WCO|g
International Energy Agency;IEA|g
International Seabed Authority|g
International Tribunal for the Law of the Sea;ITLOS|g
Permanent Court of Arbitration|g
International Residual Mechanism for Criminal Tribunals|g
Special Tribunal for Lebanon|g
International Organization of Securities Commissions;IOSCO|g
Egmont Group|g
Wassenaar Arrangement|g
Comprehensive Nuclear-Test-Ban Treaty Organization;CTBTO|g
International Whaling Commission;IWC|g
Western and Central Pacific Fisheries Commission;WCPFC|g
Indian Ocean Tuna Commission;IOTC|g
International Commission for the Conservation of Atlantic Tunas;ICCAT|g
Gavi, the Vaccine Alliance;Gavi|
Global Fund to Fight AIDS, Tuberculosis and Malaria;Global Fund|
International Olympic Committee|
FIFA|
International Trade Union Confederation;ITUC|
International Transport Workers' Federation|
International Federation of Journalists;IFJ|
International Press Institute;IPI|
Reporters sans frontières|
ARTICLE 19|
International Commission of Jurists|
Open Society Foundations|
Bill & Melinda Gates Foundation;Gates Foundation|
Wellcome Trust|
Aga Khan Foundation;Aga Khan Development Network|
BRAC|
Muhammadiyah|
Nahdlatul Ulama|
International Committee of the Red Cross;ICRC;CICR;Comité international de la Croix-Rouge;Comité Internacional de la Cruz Roja|
International Federation of Red Cross and Red Crescent Societies;IFRC|
Red Cross|
Red Crescent|
Caritas;Caritas Internationalis|
Salvation Army|
Catholic Relief Services|
Islamic Relief;Islamic Relief Worldwide|
Médecins du Monde;Doctors of the World|
Sea Shepherd;Sea Shepherd Conservation Society|
Environmental Investigation Agency|
Save the Children|
Oxfam;Oxfam International|
CARE International|
International Rescue Committee|
Norwegian Refugee Council|
Danish Refugee Council|
Mercy Corps|
World Vision|
Islamic Relief;Islamic Relief Worldwide|
Catholic Relief Services|
Action Against Hunger;Action contre la Faim|
Handicap International;Humanity & Inclusion|
Global Witness|
Greenpeace|
Friends of the Earth|
WWF;World Wide Fund for Nature|
Freedom House|
Front Line Defenders|
International Federation for Human Rights;FIDH|
Médecins Sans Frontières;MSF;Doctors Without Borders;Ärzte ohne Grenzen;Artsen zonder Grenzen;Médicos Sin Fronteras;Médicos Sem Fronteiras|
Amnesty International|
Human Rights Watch;HRW|
International Crisis Group;Crisis Group|
Transparency International|
Reporters Without Borders|
Committee to Protect Journalists;CPJ|
Bellingcat|
Department of State;State Department;U.S. Department of State;US Department of State;United States Department of State|g
Department of Defense;U.S. Department of Defense;US Department of Defense|g
Department of Justice;DOJ;Justice Department|g
Department of the Treasury;Treasury Department;US Treasury|g
Office of Foreign Assets Control;OFAC|g
National Security Council;NSC|g
United States Cyber Command;US Cyber Command;Cyber Command|g
Secret Service|g
National Crime Agency;NCA|g
Government Communications Headquarters;GCHQ|g
Secret Intelligence Service;MI6|g
Security Service;MI5|g
Metropolitan Police;Metropolitan Police Service;Scotland Yard|g
Home Office|g
Foreign, Commonwealth and Development Office;FCDO;Foreign Office|g
Ministry of Defence;MoD|g
Federal Security Service;FSB|g
Foreign Intelligence Service;SVR|g
GRU|g
Rosgvardia|g
Security Service of Ukraine;SBU|g
Bundesnachrichtendienst;BND|g
Federal Office for the Protection of the Constitution;BfV|g
Federal Office for Information Security;BSI|g
Bundespolizei|g
DGSE|g
DGSI|g
ANSSI|g
Gendarmerie nationale|g
Carabinieri|g
Guardia di Finanza|g
Mossad|g
Asayish|g
Peshmerga|g
Parastin|g
Basij|g
Jandarma|g
Kopassus|g
Densus 88|g
Inter-Services Intelligence|g
Directorate General of Forces Intelligence;DGFI|g
Rapid Action Battalion;RAB|g
Border Guard Bangladesh;BGB|g
Gendarmería Nacional|g
Prefectura Naval|g
Sûreté du Québec|g
Shin Bet|g
Israel Defense Forces;IDF|g
Islamic Revolutionary Guard Corps;IRGC;Revolutionary Guards|g
People's Liberation Army;PLA|g
Ministry of State Security;MSS|g
Australian Signals Directorate;ASD|g
Canadian Security Intelligence Service;CSIS|g
Royal Canadian Mounted Police;RCMP|g
Communications Security Establishment;CSE|g
Quai d'Orsay|g
Élysée;Elysee|g
Zhongnanhai|g
Bundesrat|g
National Assembly|g
Supreme Court|g
Rosatom|
Gazprom|
Rosneft|
Saudi Aramco;Aramco|
Maersk|
Huawei|
ZTE|
Samsung|
TikTok|
ByteDance|
Telegram|
OpenAI|
Cloudflare|
Ivanti|
Citrix|
VMware|
Oracle|
SAP|
Proofpoint|
Recorded Future|
SentinelOne|
Check Point|
Trend Micro|
Sophos|
Secureworks|
Symantec|
Dragos|
Google Threat Intelligence Group|
BBC|
CNN|
Al Jazeera|
Bloomberg|
Financial Times;FT|
The New York Times;New York Times|
The Washington Post;Washington Post|
The Guardian|
The Wall Street Journal;Wall Street Journal|
Le Monde|
Der Spiegel|
NHK|
Xinhua|
TASS|
RIA Novosti|
Interfax|
Kyodo;Kyodo News|
Yonhap|
Anadolu;Anadolu Agency|
Deutsche Presse-Agentur;dpa|
EFE|
ANSA|
Microsoft|
Google|
Apple|
Amazon|
Meta|
Facebook|
Instagram|
WhatsApp|
YouTube|
Twitter|
Signal Foundation|
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
Islamic Republic News Agency;IRNA|
Iranian Students' News Agency;ISNA|
Tasnim;Tasnim News Agency|
Syrian Arab News Agency;SANA|
WAFA;Palestinian News and Information Agency|
Qatar News Agency;QNA|
Kuwait News Agency;KUNA|
Emirates News Agency;WAM|
Bangladesh Sangbad Sangstha;BSS|
Asian News International;ANI|
Press Trust of India|
Bernama|
Antara;Antara News Agency|
Vietnam News Agency;VNA|
Korean Central News Agency;KCNA|
Jiji Press;Jiji|
Lusa|
Notimex|
Prensa Latina|
Télam;Telam|
Agência Brasil|
Polish Press Agency;PAP|
Czech News Agency;ČTK;CTK|
Bulgarian News Agency;BTA|
Agerpres|
Ukrinform|
UNIAN|
BelTA|
Kazinform|
Azertac;AZERTAC|
Armenpress|
LETA|
ELTA|
HINA|
Tanjug|
Ritzau|
Ghana News Agency;GNA|
Sudan News Agency;SUNA|
Deutsche Welle;DW|
Voice of America;VOA|
Radio Free Europe/Radio Liberty;RFE/RL;Radio Free Europe|
Radio Free Asia;RFA|
Radio France Internationale;RFI|
Euronews|
Al Arabiya|
Al-Mayadeen;Al Mayadeen|
CGTN|
RTÉ;RTE;Raidió Teilifís Éireann|
RTP;Rádio e Televisão de Portugal|
RTVE|
RTBF|
VRT|
ARD|
ZDF|
ORF|
SRF|
SVT;Sveriges Television|
NRK|
Yle;YLE;Yleisradio|
ERT|
TRT|
TVP;Telewizja Polska|
SABC;South African Broadcasting Corporation|
KBS|
MBC|
TVRI|
ABS-CBN|
NDTV|
Doordarshan|
ZBC|
ZNBC|
ITV|
NBC|
CBS|
CBC|
Kommersant|
Izvestia;Izvestiya|
Vedomosti|
Meduza|
Novaya Gazeta|
Haaretz|
Asharq Al-Awsat|
Al-Ahram;Al Ahram|
L'Orient-Le Jour|
Kathimerini|
Hürriyet;Hurriyet|
Postimees|
Hankyoreh|
Malaysiakini|
Rappler|
Mizzima|
ThisDay|
Clarín;Clarin|
Folha de S.Paulo;Folha|
Jeune Afrique|
Le Figaro|
Libération|
Le Soleil|
Die Welt|
Die Zeit|
Der Standard|
Politiken|
Prothom Alo|
VnExpress|
Tuổi Trẻ|
Thanh Niên|
Kyiv Independent|
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

/** German, Dutch, Nordic and Finnish bodies are one compound word whose last part is the kind of body ("Tullverket",
 * "Finanstilsynet", "Tolldirektoratet", "Søfartsstyrelsen", "Landgericht", "Belastingdienst", "Poliisihallitus"). */
const COMPOUND_BODY = /^\p{Lu}\p{Ll}{3,}(?:verket|myndigheten|etaten|tilsynet|direktoratet|styrelsen|inspektionen|politiet|polisen|gericht|gerichtshof|ministerium|kriminalamt|behörde|anwaltschaft|dienst|inspectie|virasto|hallitus|laitos|revisionen|rechnungshof|rekenkamer|poliisi|politseiamet|tjeneste|tjenesten)$/u;

/** Parties and newspapers of the Nordics, Germany and the Low Countries are one compound too, ending in the word for a
 * party or in their members' name ("Arbeiderpartiet", "Linkspartei", "Volkspartij", "Sverigedemokraterna"), or in the
 * word for a paper, a post or a broadcast ("Aftonbladet", "Handelsblatt", "Nieuwsblad", "Morgunblaðið", "Aftenposten",
 * "Dagsavisen", "Stiftstidende", "Kauppalehti", "Ilta-Sanomat", "Volkskrant", "Deutschlandfunk"), and unions, chambers,
 * foundations, universities and hospitals likewise ("Fagforbundet", "Journalistförbundet", "Metsäliitto",
 * "Handelskammer", "Dienstleistungsgewerkschaft", "Volkswagenstiftung", "Universitetet", "Tudományegyetem",
 * "Universitätsklinikum", "Sahlgrenska Universitetssjukhuset", "Riksrevisionen" is a public body, above). */
const COMPOUND_CIVIC = /^\p{Lu}[\p{Ll}-]{2,}(?:partiet|parti|partei|partij|puolue|demokraterna|demokraterne|demokratene|demokratiet|bladet|blatt|blad|blaðið|posten|avisen|tidende|tidningen|lehti|sanomat|krant|funk|forbundet|förbundet|forbund|förbund|liitto|kammer|gewerkschaft|verband|stiftung|stiftelsen|universitet|universitetet|yliopisto|högskolan|hochschule|klinikum|krankenhaus|sjukhuset|sykehus|sairaala|egyetem|institutet|instituttet|erakond|organisationen|vakbond|ziekenhuis)$/u;

/** A single word that is a compound body's name ("Amtsgericht", "Landgericht", "Handelskammer"). */
export const bodyCompound = (w: string) => COMPOUND_BODY.test(w) || COMPOUND_CIVIC.test(w);

/** A well-known body by exact name or alias (case-sensitive: "AU" is not "au"), or a single compound whose last part
 * names a kind of public body or of civic one. */
export const knownBody = (name: string): KnownBody | undefined =>
  index.get(name) ?? (COMPOUND_BODY.test(name) ? { name, aliases: [], government: true } : COMPOUND_CIVIC.test(name) ? { name, aliases: [], government: false } : undefined);

/** Heads that Slavic, Nordic, Finnish and Baltic languages write in lower case after a capitalised first word
 * ("Narodna skupština", "Vrhovni sud", "Ústavní soud", "Poslanecká sněmovna", "Oslo tingrett", "Stockholms tingsrätt",
 * "Svea hovrätt", "Københavns byret", "Helsingin käräjäoikeus", "Harju maakohus", "Vrhovno sodišče", "Najvyšší súd";
 * "Srpska napredna stranka", "Občanská demokratická strana", "Göteborgs universitet", "Helsingin yliopisto", "Oslo
 * universitetssykehus"): the state's (courts, parliaments, governments, central banks) and the others'. */
export const LOWER_GOV_HEADS = ['skupština', 'skupštine', 'sud', 'soud', 'súd', 'sodišče', 'sněmovna', 'snemovňa', 'vláda', 'vlada', 'banka', 'tingrett', 'lagmannsrett', 'tingsrätt', 'hovrätt', 'förvaltningsrätt', 'kammarrätt', 'byret', 'landsret', 'käräjäoikeus', 'hovioikeus', 'hallinto-oikeus', 'maakohus', 'ringkonnakohus', 'tiesa'];
export const LOWER_ORG_HEADS = ['partija', 'sąjunga', 'stranka', 'strana', 'zajednica', 'unija', 'universitet', 'universitetet', 'universitetas', 'yliopisto', 'universitetssykehus', 'universitetssjukhus', 'sykehus', 'sjukhus', 'sjukhuset', 'högskola', 'högskolan', 'nemocnice', 'bolnica', 'noviny', 'novine'];
const LOWER_HEADS = new Set([...LOWER_GOV_HEADS, ...LOWER_ORG_HEADS]);
/** Whether a lower-case word is one of those heads. */
export const lowerHead = (w: string) => LOWER_HEADS.has(w);

/** Last words that make a capitalised phrase a government body. */
export const GOV_HEADS = new Set([...LOWER_GOV_HEADS,
  'Ministry', 'Ministries', 'Department', 'Agency', 'Office', 'Service', 'Services', 'Council', 'Committee',
  'Commission', 'Command', 'Bureau', 'Police', 'Forces', 'Force', 'Guard', 'Army', 'Navy', 'Parliament',
  'Authority', 'Administration', 'Government', 'Assembly', 'Court', 'Mission', 'Panel', 'Directorate',
  'Inspectorate', 'Prosecutor', "Prosecutor's", 'Secretariat', 'Cabinet', 'Senate', 'Congress', 'Gendarmerie',
  'Coastguard', 'Presidency', 'Embassy', 'Consulate', 'Union', 'Centre', 'Center', 'Corps', 'Board',
  'Headquarters', 'Tribunal', 'Ombudsman', 'Chamber', 'Prosecution', 'Constabulary', 'Customs', 'Treasury',
  'Legislature', 'Delegation', 'Registry', 'Fleet', 'Carabinieri', 'Commissariat', 'Procuracy', 'Unit', 'Division', 'Section',
  // (A committee's committees: "the Subcommittee on Border Security", "Select Sub-Committee on Fisheries".)
  'Subcommittee', 'Sub-Committee', 'Sub-committee',
  // (Local government: "the Municipality of Kalibo", "Kalibo Municipality".)
  'Municipality',
  // (Units of a force: "Crime and Operations Branch", "Drug Enforcement Taskforce".)
  'Branch', 'Taskforce', 'Squad',
  // (The European Commission's departments and their like: "Directorate-General for Maritime Affairs and Fisheries".)
  'Directorate-General',
  // (Turkish and Azerbaijani bodies put their head last, in the possessive: "İçişleri Bakanlığı", "Anayasa Mahkemesi",
  // "Sahil Güvenlik Komutanlığı", "Cumhuriyet Başsavcılığı", "Büyük Millet Meclisi", "Denetleme Kurumu".)
  'Bakanlığı', 'Müdürlüğü', 'Başkanlığı', 'Komutanlığı', 'Başsavcılığı', 'Savcılığı', 'Mahkemesi', 'Meclisi', 'Kurumu',
  'Kurulu', 'Valiliği', 'Belediyesi', 'Nazirliyi', 'Məhkəməsi', 'Xidməti', 'Komitəsi',
  // (The Commonwealth's less common heads: "the Malawi Ombudsperson", Pakistan's "Anti-Corruption Establishment".)
  'Ombudsperson', 'Establishment',
  // (Audit offices named in their own language: "the Algemene Rekenkamer", "the Österreichischer Rechnungshof".)
  'Rekenkamer', 'Rechnungshof',
]);

/** Companies' legal forms, written after the name ("Berjaya Marine Sdn Bhd", "Kapal Niaga Tbk"): the last word of a
 * company's name, never of a person's or a place's. */
export const LEGAL_FORMS = new Set([
  'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Corp', 'Corp.', 'Limited', 'GmbH', 'AG', 'plc', 'PLC', 'SA', 'S.A.', 'NV', 'N.V.',
  'BV', 'AB', 'ASA', 'Oy', 'Oyj', 'SpA', 'S.p.A.', 'Pty', 'LLP', 'Co.',
  'Bhd', 'Bhd.', 'Tbk', 'Ltda', 'Ltda.', 'SRL', 'Srl', 'S.R.L.', 'S.L.', 'SARL', 'SAS', 'Pte', 'Kft', 'Kft.', 'Zrt', 'Zrt.', 'ApS', 'JSC', 'PJSC',
  // (The Gulf's: free-zone establishments and companies, "with limited liability", Omani, Kuwaiti, Bahraini and Qatari
  // shareholding companies; and South Asia's, Portugal's, Quebec's, Germany's, Peru's and Switzerland's.)
  'FZE', 'FZCO', 'FZC', 'FZ-LLC', 'WLL', 'W.L.L.', 'SAOG', 'SAOC', 'KSC', 'KSCC', 'KSCP', 'BSC', 'QSC', 'QPSC', 'PSC', 'Pvt',
  'Lda', 'Lda.', 'Ltée', 'KGaA', 'mbH', 'SAC', 'S.A.C.', 'Sàrl', 'Sarl', 'Limitada',
  // (The rest of the world's, from the registers' own abbreviations, with and without stops: German-speaking
  // partnerships and the European company; the Nordics' and Baltics'; Central and Eastern Europe's and the Balkans';
  // Russia's and Central Asia's when written after the name; France's, Iberia's, Latin America's, Italy's and the Low
  // Countries'; Turkey's, Egypt's and Lebanon's; Japan's and Malaysia's; and the common-law world's spellings.)
  'KG', 'OHG', 'GbR', 'UG', 'eG', 'e.V.', 'SE', 'AS', 'HB', 'KB', 'Abp', 'ehf', 'ehf.', 'hf', 'hf.',
  'OÜ', 'AAS', 'SIA', 'UAB', 's.r.o.', 'a.s.', 'spol.', 'k.s.', 'v.o.s.', 'd.o.o.', 'd.d.', 'a.d.', 'AD', 'EAD',
  'OOD', 'EOOD', 'Sp. z o.o.', 'Nyrt', 'Nyrt.', 'Bt', 'Bt.', 'OOO', 'AO', 'PAO', 'OAO', 'ZAO', 'TOO', 'OJSC',
  'CJSC', 'S.A.S.', 'SASU', 'EURL', 'SNC', 'SCA', 'SCI', 'GIE', 'EIRL', 'E.I.R.L.', 'SAU', 'S.A.U.', 'SLU', 'S.L.U.',
  'SGPS', 'EIRELI', 'S.A. de C.V.', 'SA de CV', 'S.A.B. de C.V.', 'S.r.l.', 'Spa', 'S.a.s.', 'S.n.c.', 'B.V.',
  'CV', 'C.V.', 'VOF', 'BVBA', 'SPRL', 'A.Ş.', 'AŞ', 'Şti', 'Şti.', 'SAE', 'S.A.E.', 'SAL', 'S.A.L.', 'K.K.', 'KK',
  'G.K.', 'Berhad', 'Plc', 'P.L.C.', 'L.L.C.', 'L.L.P.', 'LP', 'L.P.', 'Incorporated', 'Corporation', 'Pvt.', 'Pty.', 'Pte.',
  // (Latin America's: Venezuela's C.A., Colombia's utilities' E.S.P., Peru's S.A.A., Central America's S. de R.L.;
  // Africa's: Algeria's SPA, West Africa's SUARL and SARLU, Ethiopia's S.C., South Africa's NPC; Greece's A.E., EPE and
  // IKE; Thailand's PCL; Ukraine's TOV and PrAT, Azerbaijan's MMC, Uzbekistan's MChJ.)
  'C.A.', 'E.S.P.', 'S.A.A.', 'SAA', 'S. de R.L.', 'S. de R.L. de C.V.', 'SPA', 'SUARL', 'SARLU', 'S.C.', 'NPC', 'A.E.', 'EPE', 'IKE', 'PCL',
  'TOV', 'PrAT', 'MMC', 'MChJ',
]);

/** Last words that make a capitalised phrase a non-government organisation. */
export const ORG_HEADS = new Set([...LOWER_ORG_HEADS,
  'Observatory', 'Church', 'Movement', 'Institute', 'University', 'Hospital', 'Foundation', 'Labs', 'Lab', 'Laboratory', 'Networks',
  'Markets', 'Freight', 'Corporation', 'Company', 'Bank',
  'Airlines', 'Airways', 'Technologies', 'Systems', 'Solutions', 'Software', 'Holdings', 'Industries', 'Energy',
  'Telecom', 'Programme', 'Program', 'Fund', 'Forum', 'Initiative', 'Railways', 'Railway', 'Media', 'Press', 'News', 'Times', 'Post', 'Herald', 'Ledger', 'Gazette', 'Tribune', 'Journal',
  'Association', 'Federation', 'Society', 'Alliance', 'Council', 'Trust', 'Party', 'Studies', 'Exchange',
  'Consulting', 'Partners', 'Research', 'Group', 'Agency', 'Centre', 'Center', 'Intelligence', 'Radio', 'Television', 'TV', 'FM', 'Broadcasting', 'Devices', 'Electronics', 'Motors', 'Pharmaceuticals', 'Logistics', 'Shipping', 'Dynamics', 'Robotics', 'Aerospace', 'Telecommunications', 'Communications', 'Affairs', 'Clinic', 'School', 'College', 'Academy',
  // Company legal forms, and the last words of NGOs' names.
  ...LEGAL_FORMS, 'Enterprises', 'Ventures',
  'Capital', 'Securities', 'Insurance', 'Petroleum', 'Mining', 'Minerals', 'Steel', 'Chemicals', 'Maritime', 'Marine', 'Lines',
  'Analytics', 'Cybersecurity', 'Partnership', 'Cooperative', 'Co-operative', 'Cooperatives', 'Co-operatives', 'Co-op', 'Network', 'Watch', 'International', 'Organization', 'Organisation',
  'Societies', 'Monitor', 'Commission', 'Authority', 'Utilities', 'Power', 'Airport', 'Hospitals', 'Institution',
  'Team', 'Teams', 'Response', 'League',
  // The last words of producers' names ("Mopani Copper Mines", "Kasama Sugar Mills").
  'Mines', 'Mills', 'Millers', 'Breweries', 'Brewery', 'Farms', 'Plantations', 'Foods', 'Beverages', 'Textiles', 'Cement',
  'Refineries', 'Refinery', 'Smelters', 'Metals', 'Fertilizers', 'Fertilisers', 'Seeds', 'Bottlers', 'Packers',
  // The last words of trading, transport, building, finance and service firms' names the world over, from the trades
  // a register files them under ("Otieno Terminals", "Mwale Leasing", "Ochieng Consultants"); not a
  // government's fields ("Fisheries", "Transport", "Finance", "Aviation"), which end committees' and offices' names.
  'Terminals', 'Trading', 'Seafoods', 'Aquaculture', 'Agro', 'Agribusiness',
  'Construction', 'Constructions', 'Contractors', 'Engineering', 'Builders', 'Developers', 'Properties', 'Realty',
  'Investments', 'Microfinance', 'Leasing', 'Assurance', 'Reinsurance', 'Brokers', 'Brokerage',
  'Pharma', 'Laboratories', 'Garments', 'Apparel', 'Plastics', 'Packaging', 'Haulage',
  'Cargo', 'Couriers', 'Navigation', 'Stevedoring', 'Chartering', 'Automotive', 'Exploration',
  'Drilling', 'Offshore', 'Renewables', 'Telecoms', 'Wireless', 'Hotels', 'Resorts', 'Hospitality', 'Tours', 'Travel',
  'Travels', 'Consultants', 'Consultancy', 'Associates', 'Outsourcing', 'Distributors', 'Supplies', 'Suppliers',
  'Commodities', 'Agencies',
  // The last words of newspapers' names (a standard list, taken whole; "Times", "Post", "Herald" … are above).
  'Observer', 'Chronicle', 'Telegraph', 'Guardian', 'Courier', 'Examiner', 'Inquirer', 'Enquirer', 'Sentinel', 'Dispatch',
  'Bulletin', 'Mercury', 'Argus', 'Clarion', 'Advertiser', 'Gleaner', 'Mirror', 'Recorder', 'Gazeta', 'Zeitung', 'Kurier',
  // … and the heads of newspapers, news agencies and broadcasters in other languages, written after the name
  // ("Helsingin Sanomat", "Algemeen Dagblad", "Večernje Novosti", "Cumhuriyet Gazetesi", "Chosun Ilbo", "Renmin Ribao",
  // "Bayerischer Rundfunk", "Rajasthan Patrika", "Lidové Noviny", "Dagens Nyheter", "Bergens Tidende", "Kantor Berita").
  'Daily', 'Dagblad', 'Sanomat', 'Vesti', 'Novosti', 'Gazetesi', 'Ajansı', 'Ajansi', 'Ilbo', 'Shinmun', 'Ribao', 'Wanbao',
  'Rundfunk', 'Fernsehen', 'Omroep', 'Televizija', 'Televisie', 'Televisão', 'Televisione', 'Rundschau', 'Anzeiger',
  'Tagblatt', 'Tageblatt', 'Nieuwsblad', 'Courant', 'Patrika', 'Samachar', 'Noviny', 'Novine', 'Nyheter', 'Tidende',
  'Tidning', 'Quotidiano', 'Quotidien', 'Nouvelliste', 'Berita', 'Pravda',
  // Universities, hospitals, institutes, unions, chambers and civic bodies whose own language puts the head last
  // ("İstanbul Üniversitesi", "Hacettepe Hastanesi", "Göteborgs Universitet", "Karolinska Institutet", "Tartu Ülikool",
  // "Vilniaus Universitetas", "Hamburger Krankenhaus", "Helsingin Yliopisto", "İstanbul Ticaret Odası", "Türk-İş
  // Konfederasyonu", "Vereinte Dienstleistungsgewerkschaft", "Ocean Consortium"; "Kammer", a German surname, only as
  // a compound's end below).
  'Üniversitesi', 'Universitesi', 'Universiteti', 'Universitet', 'Universitetet', 'Universiteit', 'Yliopisto', 'Ülikool',
  'Universitāte', 'Universitetas', 'Egyetem', 'Hastanesi', 'Sairaala', 'Sjukhus', 'Sjukhuset', 'Sykehus', 'Krankenhaus',
  'Klinikum', 'Kliniken', 'Institutet', 'Instituttet', 'Instituut', 'Zentrum', 'Merkezi', 'Enstitüsü',
  'Akademisi', 'Platformu', 'Girişimi', 'Kooperatifi', 'Odası', 'Konfederasyonu', 'Federasyonu', 'Gewerkschaft',
  'Consortium', 'Collective', 'Platform',
  // English heads of the same families that were missing: outlets ("Zambia Weekly", "Trinidad Express", "Sahara
  // Reporters", "Forbes Africa Magazine"), places of care and learning ("Royal Infirmary", "Kabwe Polyclinic",
  // "Kisumu Polytechnic"), and members' and endowed bodies ("Writers Guild", "Congressional Black Caucus", "Foreign
  // Correspondents Club", "Carnegie Endowment", "Zimbabwe Confederation"); not "Review", a document's head, nor
  // "Express", a train's ("Orient Express").
  'Weekly', 'Magazine', 'Reporters', 'Wire', 'Newswire', 'Infirmary', 'Polyclinic', 'Polytechnic', 'Sanatorium',
  'Hospice', 'Dispensary', 'Seminary', 'Conservatory', 'Conservatoire', 'Madrasa', 'Madrassa', 'Lyceum', 'Endowment',
  'Guild', 'Caucus', 'Club', 'Confederation',
  // Asian bodies' heads written after the name in romanised Hindi, Bengali, Sinhala, Nepali, Japanese, Korean and
  // Chinese ("Kendriya Vidyalaya", "Banaras Hindu Vishwavidyalaya", "Rashtriya Sansthan", "Nagarik Manch", "Bangladesh
  // Sangbad Sangstha", "Krishak Samity", "Nepal Mahasangh", "Nihon Shimbun Kyokai", "Tokyo Daigaku", "Seoul Daehakgyo",
  // "Beijing Daxue"); not Sangam, Kendra, Zaidan, Yiyuan or Xiehui, which are also a place's word, given names or a
  // surname.
  'Sansthan', 'Vidyalaya', 'Vishwavidyalaya', 'Mahavidyalaya', 'Manch', 'Sangstha', 'Samity', 'Sangamaya', 'Mahasangh',
  'Kyokai', 'Daigaku', 'Byoin', 'Kenkyusho', 'Kumiai', 'Daehakgyo', 'Daehak', 'Byeongwon', 'Yeonguwon',
  'Hyeophoe', 'Jaedan', 'Daxue', 'Yanjiusuo', 'Jijinhui', 'Gonghui',
  // Faiths' bodies ("Anglican Diocese of Mombasa", "Catholic Archdiocese of Lagos", "Synod of Bishops", "Moscow
  // Patriarchate", "Evangelical Fellowship of Zambia", "Nahdlatul Ulama", "Council of Ulema").
  'Diocese', 'Archdiocese', 'Eparchy', 'Archeparchy', 'Synod', 'Patriarchate', 'Fellowship', 'Ulama', 'Ulema',
  // Own-language heads written after a body's name: German-speaking, Turkish, South Asian and Nordic ("Ostsee Stiftung",
  // "Balıkçılar Derneği", "Liman İşletmeleri Şirketi", "Matsya Samiti", "Salt Nigam", "Kalastajien Yhdistys").
  'Stiftung', 'Gesellschaft', 'Verein', 'Genossenschaft', 'Kollektiv', 'Verband', 'Vakfı', 'Derneği', 'Şirketi',
  'Sendikası', 'Birliği', 'Holding', 'Samiti', 'Sangh', 'Sangathan', 'Nigam', 'Parishad', 'Yhdistys', 'Säätiö',
  'Osuuskunta', 'Forening', 'Förening', 'Stiftelse', 'Selskab', 'Selskap',
  // Family firms, named for brothers or sons in their own language ("Pérez Hermanos", "Silva Irmãos", "Martin et Fils",
  // "Müller & Söhne", "Hansen Brødrene").
  'Brothers', 'Bros', 'Bros.', 'Hermanos', 'Hnos', 'Hnos.', 'Frères', 'Irmãos', 'Fratelli', 'Gebroeders', 'Brødrene',
  'Bröderna', 'Sons', 'Hijos', 'Filhos', 'Fils', 'Figli', 'Söhne', 'Zonen', 'Sønner',
  // East and South Asian firms' heads in romanised Japanese, Chinese, Korean and Hindi ("Mikura Kisen", "Haneda Kogyo",
  // "Donghai Wuliu Jituan", "Hanbit Geonseol", "Shakti Udyog"); not those that are also given names (Shoji, Haiyun,
  // Maoyi, Keji, Ginko).
  'Kaisha', 'Kisen', 'Kaiun', 'Shosen', 'Bussan', 'Sangyo', 'Kogyo', 'Jukogyo', 'Seiyaku', 'Suisan', 'Kensetsu', 'Unyu',
  'Tetsudo', 'Denki', 'Denko', 'Shoken', 'Shimbun', 'Jituan', 'Gongsi', 'Yinhang', 'Wuliu', 'Sanup', 'Geonseol',
  'Eunhaeng', 'Udyog', 'Vyapar',
  // ("Judicial Counter-Terrorism Pole", "Pôle financier": a judicial or police unit in francophone countries.)
  'Pole', 'Pôle',
  // The word for a political party in the world's languages, and the other heads parties take, written after the name
  // or inside it ("Polska Partia Socjalistyczna", "Srpska Napredna Stranka", "Cumhuriyet Halk Partisi", "Yeni
  // Azərbaycan Partiyası", "Kansallinen Kokoomus Puolue", "Patriotic Front"); not "Rally", which ends a motor race's
  // name ("Safari Rally") and opens a party's (FOREIGN_ORG_OPENERS).
  'Partei', 'Partia', 'Partij', 'Stranka', 'Strana', 'Puolue', 'Partisi', 'Partiyası', 'Partiyasi', 'Partiya', 'Partiia',
  'Front', 'Bloc', 'Coalition', 'Zajednica', 'Savez', 'Pokret', 'Hnutí', 'Hareketi', 'Cephesi', 'İttifakı',
  // (South Asia's: Hindi "Dal" and "Morcha", Tamil "Kazhagam" and "Kachchi", Sinhala "Peramuna" and "Balawegaya",
  // Hindi "Andolan"; "Rashtriya Janata Dal", "Sri Lanka Podujana Peramuna", "Ilankai Tamil Arasu Kachchi".)
  'Dal', 'Morcha', 'Kazhagam', 'Kachchi', 'Peramuna', 'Balawegaya', 'Andolan',
  // (Hungarian, Greek and Estonian parties and Hungarian, Polish and Slovene bodies whose head comes last: "Magyar
  // Szocialista Párt", "Magyar Polgári Szövetség", "Kommounistiko Komma", "Eesti Erakond", "Magyar Helsinki
  // Bizottság", "Krajowa Izba Gospodarcza", "Gospodarska Zbornica"; not Hungarian "Kamara", a common West African
  // surname.)
  'Párt', 'Szövetség', 'Komma', 'Erakond', 'Egyesület', 'Alapítvány', 'Intézet', 'Kórház', 'Társaság', 'Bizottság',
  'Izba', 'Zbornica',
]);

/** Head words that open a government body ("Ministry of ...", "Department of ..."). */
export const GOV_OPENERS = new Set(['Municipality', 'Directorate-General', 'Ministry', 'Department', 'Office', 'Government', 'Council', 'Committee', 'Subcommittee', 'Sub-Committee', 'Commission', 'Bureau', 'Secretariat', 'Parliament', 'House', 'Court', 'Agency', 'Directorate', 'Centre', 'Center', 'Service', 'Inspectorate', 'Administration', 'Authority']);

/** Nouns that describe a company in front of its name ("logistics company Nordhavn Freight"). */
export const COMPANY_NOUNS = new Set(['company', 'firm', 'vendor', 'provider', 'manufacturer', 'maker', 'exchange', 'bank', 'operator', 'retailer', 'insurer', 'startup', 'start-up', 'group', 'conglomerate', 'carrier', 'utility', 'outlet', 'newspaper', 'broadcaster', 'agency']);

/** Bodies known by the name of their building or street ("the Pentagon"): joined to the body's own name when a text
 * uses both (keys are lower case). */
export const METONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['pentagon', ['department of defense', 'defense department', 'us department of defense', 'u.s. department of defense', 'department of defence']],
  ['foggy bottom', ['state department', 'department of state', 'us state department', 'u.s. state department']],
  ["quai d'orsay", ['french foreign ministry', 'ministry for europe and foreign affairs', 'ministry of foreign affairs']],
]);
