/** Closed word lists for the rule extractor: honorifics, titles, roles, reporting verbs, words that are never names. */
import { OCCUPATIONS, COMMUNITY_ROLES, RELATIONS, STATUSES } from './roles.js';

/** Honorifics written before a name; they mark a person and are dropped from the name. */
export const HONORIFICS = new Set([
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord',
  'Lady', 'Rev', 'Rev.', 'Sheikh', 'Sheik', 'Mme', 'Mme.', 'M.', 'Herr', 'Frau', 'Hon', 'Hon.', 'Honourable', 'Honorable',
  // Courtesy and religious titles of other naming systems, and a court's form of address for counsel: "Hajia Fatima
  // Issahaku", "Alhaji Musa", "Datuk Seri Anwar", "Shri Rajan", "Advocate Thandi Nkosi", "Oom Koos", "Father Pedro".
  'Hajia', 'Hajiya', 'Hajjah', 'Alhaji', 'Alhaja', 'Alhajji', 'Hajji', 'Haji', 'Mallam', 'Malam', 'Datuk',
  "Dato'", 'Datin', 'Tun', 'Shri', 'Shrimati', 'Smt', 'Smt.', 'Ustaz', 'Ustadh', 'Ustadha', 'Maulana', 'Mufti',
  'Mullah', 'Mawlawi', 'Sayyid', 'Begum', 'Khun', 'Advocate', 'Adv.', 'Oom', 'Tannie', 'Father', 'Fr.', 'Pastor',
  'Monsieur', 'Madame', 'Señor', 'Señora', 'Sr.', 'Sra.', 'Doña', 'Mx', 'Mx.', 'Engr.', 'Eng.', 'Atty.',
  // Professional styles written before a name in Latin America and continental Europe ("Ing. Marta Quispe", "Lic.
  // Ramón Ortiz"), and elders' and teachers' styles in East Africa ("Mzee Juma Hamisi", "Mwalimu Neema").
  'Ing.', 'Lic.', 'Arq.', 'Mzee', 'Mwalimu',
  // The pilgrim's style in Turkic and Balkan spelling ("Hacı Orhan Yılmaz", "Hadži Petar"), and the French-speaking
  // bar's style for counsel ("Maître Claire Dubois", written with or without its circumflex).
  'Hacı', 'Haci', 'Hadji', 'Hadži', 'Hadzhi', 'Maître', 'Maitre',
  // Amharic styles for a married and an unmarried woman, in their usual spellings ("Weyzero Almaz Tesfaye"); the
  // man's style, "Ato", is also a given name and is taken as a style only before a full name (index.ts).
  'Weyzero', 'Woizero', 'Weizero', 'Woyzero', 'Wayzaro', 'Weyzerit', 'Woizerit', 'Weizerit', 'Wayzerit',
  // Malay and Indonesian styles ("Encik Rahman", "Puan Siti", "Bapak Joko").
  'Encik', 'Puan', 'Bapak',
  // South Slavic styles, in the nominative and in the vocative a speaker addresses someone with ("Gospodine Horvat, …",
  // "Gospođo Kovač, the last word"), with "dj" for "đ" where the letter is missing; Slovene "Gospod" and "Gospa".
  'Gospodin', 'Gospodine', 'Gospođa', 'Gospođo', 'Gospodja', 'Gospodjo', 'Gospođica', 'Gospođice', 'Gospodjica',
  'Gospodjice', 'Gospod', 'Gospa',
  // Swahili styles, written out or cut short as Tanzanian and Kenyan official texts write them: "Dkt." (Daktari, a
  // doctor), "Mhe." (Mheshimiwa, the Honourable), "Bw." (Bwana, Mr), "Bi." (Bibi, Mrs or Ms), "Ndugu" (comrade).
  'Dkt', 'Dkt.', 'Daktari', 'Mhe', 'Mhe.', 'Mheshimiwa', 'Bw.', 'Bwana', 'Bi.', 'Ndugu',
  // Styles a chair or a presenter addresses someone with: English "Madam", Portuguese "Senhor", "Senhora" and the
  // woman doctor's "Dr.ª", Italian "Signor", "Signora" ("Madam Phiri, your answer", "Senhora Costa, a last word").
  'Madam', 'Senhor', 'Senhora', 'Dr.ª', 'Signor', 'Signora',
  // A doctor's, a lawyer's and a young woman's styles in Spanish, Portuguese and Italian, written out or cut short
  // ("Dra. Inés Paredes", "Dottoressa Conti", "Dott. Marco Ferri", "Avv. Giulia Sala", "Srta. Lucía Mora"). (The
  // Brunei Malay "Dayang" and "Awang" and the Malaysian "Dato" written without its apostrophe, also given names, are
  // styles only before a full name: index.ts.)
  'Dra', 'Dra.', 'Dottoressa', 'Dottore', 'Dottor', 'Dott.', 'Avv.', 'Avvocato', 'Avvocata', 'Srta.', 'Dña.',
  // Styles of the world's languages taken from how each names people, not from any text's errors: Iberian, Lusophone,
  // Latin American, Italian and French professional and parliamentary styles ("Deputada Ana Lima", "Lcdo. Ruiz")...
  'Doutor', 'Doutora', 'Doctora', 'Deputado', 'Deputada', 'Diputado', 'Diputada', 'Député', 'Députée', 'Vereador',
  'Vereadora', 'Senador', 'Senadora', 'Engenheiro', 'Engenheira', 'Ingeniero', 'Ingeniera', 'Licenciado',
  'Licenciada', 'Lcdo.', 'Lcda.', 'Profesora', 'Professora', 'Onorevole', 'Mademoiselle', 'Mlle', 'Mlle.', 'Senyor',
  'Senyora', 'Sig.',
  // (Italian women's styles cut short with the ending written after the stop, read as one word: "Sig.ra Neri",
  // "Dott.ssa Conti".)
  'Sig.ra', 'Sig.na', 'Dott.ssa', 'Prof.ssa',
  // ... Germanic and Nordic forms of address and degrees ("Hr. Jensen", "Fru Lind", "Dhr. de Vries", "Mnr. Botha",
  // "Mag. Huber", "Ir. Jansen") ...
  'Hr.', 'Fru', 'Frk.', 'Frøken', 'Fröken', 'Dhr.', 'Mevr.', 'Mw.', 'Mevrouw', 'Meneer', 'Mnr.', 'Mev.', 'Mevrou',
  'Mej.', 'Mag.', 'Drs.', 'Ir.',
  // ... Central and Eastern European, Baltic, Balkan and Greek ones ("Mgr. Novák", "MUDr. Dvořáková", "Paní Horová",
  // "Domnul Popescu", "Zonja Hoxha", "Ponia Kazlauskienė", "Proua Tamm", "Kyria Papadopoulou") ...
  'Mgr.', 'Bc.', 'PhDr.', 'MUDr.', 'JUDr.', 'RNDr.', 'Paní', 'Gospozha', 'Domnul', 'Doamna', 'Dl.', 'Dna.', 'Zoti',
  'Zonja', 'Ponas', 'Ponia', 'Härra', 'Proua', 'Kyrios', 'Kyria',
  // ... Southern African and Horn of Africa ones: Sesotho "Ntate", Setswana "Rra" and "Mma", isiZulu "Mnu." and
  // "Nkk.", Oromo "Obbo" and "Aadde", Somali "Mudane" and "Marwo" ...
  'Ntate', 'Rra', 'Mma', 'Mnu.', 'Nkk.', 'Nkz.', 'Obbo', 'Aadde', 'Mudane', 'Marwo',
  // ... of the Arab world, Iran, Turkey, Central and South Asia ("Sheikha Moza", "Hojatoleslam Raisi", "Sayın Demir",
  // "Janob Karimov", "Mohtarma Bhutto", "Sushri Mehta", "Thiru Kannan", "Tmt. Lakshmi") ...
  'Sheikha', 'Sayyida', 'Sayyidah', 'Hajja', 'Hajjeh', 'Hojatoleslam', 'Hojjatoleslam', 'Sayın', 'Cənab', 'Janob',
  'Janab', 'Mohtarma', 'Sushri', 'Thiru', 'Thirumathi', 'Tmt.',
  // ... and of Southeast Asia and the Pacific: Malay "Cik", Indonesian "Saudara", "Saudari", Tagalog "Ginoong",
  // "Ginang", "Binibining" and their "Gng.", "Bb.", "Kgg.", Burmese "Daw", Fijian "Ratu".
  'Cik', 'Saudara', 'Saudari', 'Ginoong', 'Ginang', 'Gng.', 'Binibining', 'Bb.', 'Kgg.', 'Daw', 'Ratu',
  // Khmer "Samdech" and "Oknha", Georgian "Batono" and "Kalbatono", Armenian "Paron" and "Tikin", Kurdish "Kak", the
  // diplomatic "H.E.", and Nigerian "Barr." (barrister) and "Pharm." (pharmacist).
  'Samdech', 'Oknha', 'Batono', 'Kalbatono', 'Paron', 'Tikin', 'Kak', 'H.E.', 'Barr.', 'Pharm.',
  // The comrade's style of Southern African liberation parties ("Cde Moyo", "Cde. Moyo") and of the Spanish- and
  // Portuguese-speaking left ("Compañera Díaz", "Companheiro Lula").
  'Comrade', 'Cde', 'Cde.', 'Compañero', 'Compañera', 'Companheiro', 'Companheira', 'Camarada',
]);

/** Honorifics that say a woman or a man (the others say nothing of it). */
export const FEMALE_HONORIFICS = /^(?:Mrs|Ms|Miss|Mme|Frau|Dame|Lady|Hajia|Hajiya|Hajjah|Alhaja|Datin|Shrimati|Smt|Ustadha|Begum|Tannie|Madame|Madam|Señora|Senhora|Signora|Dr\.ª|Sra|Doña|Dra|Dottoressa|Avvocata|Srta|Dña|Dayang|Weyzero|Woizero|Weizero|Woyzero|Wayzaro|Weyzerit|Woizerit|Weizerit|Wayzerit|Puan|Gospođa|Gospođo|Gospodja|Gospodjo|Gospođica|Gospođice|Gospodjica|Gospodjice|Gospa|Bi|Compañera|Companheira|Kalbatono|Tikin|Sig\.ra|Sig\.na|Dott\.ssa|Prof\.ssa|Doutora|Doctora|Deputada|Diputada|Députée|Vereadora|Senadora|Engenheira|Ingeniera|Licenciada|Lcda|Profesora|Professora|Mademoiselle|Mlle|Senyora|Fru|Frk|Frøken|Fröken|Mevr|Mw|Mevrouw|Mev|Mevrou|Mej|Paní|Pani|Gospozha|Doamna|Dna|Zonja|Ponia|Proua|Kyria|Mma|Nkk|Nkz|Aadde|Marwo|Sheikha|Sayyida|Sayyidah|Hajja|Hajjeh|Mohtarma|Sushri|Thirumathi|Tmt|Cik|Saudari|Ginang|Gng|Binibining|Bb|Daw|Ibu|Dona|Bà)\.?$/;
export const MALE_HONORIFICS = /^(?:Mr|Herr|Sir|Lord|M|Alhaji|Alhajji|Hajji|Oom|Father|Fr|Monsieur|Señor|Senhor|Signor|Sr|Dottore|Dottor|Avvocato|Awang|Encik|Bapak|Gospodin|Gospodine|Gospod|Bw|Bwana|Compañero|Companheiro|Paron|Kak|Doutor|Deputado|Diputado|Député|Vereador|Senador|Engenheiro|Ingeniero|Licenciado|Lcdo|Senyor|Sig|Hr|Dhr|Meneer|Mnr|Pan|Domnul|Dl|Zoti|Ponas|Härra|Kyrios|Ntate|Rra|Mnu|Obbo|Mudane|Cənab|Janob|Janab|Thiru|Saudara|Ginoong|Ratu|Ông)\.?$/;

/** Capitalised words that form a title before a name ("Interior Minister", "Deputy Secretary General"). */
export const TITLE_WORDS = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Ministers', 'Secretary', 'General', 'Deputy', 'Director', 'Chief',
  'Chairman', 'Chairwoman', 'Chair', 'Chairperson', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman',
  'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'Ambassador', 'Envoy', 'Commissioner', 'Commander', 'Colonel',
  'Col.', 'Gen.', 'Lt.', 'Lieutenant', 'Major', 'Maj.', 'Captain', 'Capt.', 'Admiral', 'Adm.', 'Brigadier',
  'Sergeant', 'Sgt.', 'Marshal', 'Field', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sultan', 'Chancellor',
  'Premier', 'Speaker', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Prosecutor', 'Attorney', 'Judge', 'Justice',
  'Inspector', 'Superintendent', 'Constable', 'Detective', 'Head', 'Leader', 'Assistant', 'Associate', 'Executive',
  'Officer', 'Counsellor', 'Counselor', 'Adviser', 'Advisor', 'Cabinet', 'State', 'Foreign', 'Defence', 'Defense',
  'Interior', 'Justice', 'Finance', 'Home', 'Economy', 'Trade', 'Energy', 'Health', 'Security', 'National',
  'Permanent', 'Special', 'High', 'Under', 'Undersecretary', 'Under-Secretary', 'Secretary-General', 'MEP', 'MP',
  'Sheriff', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Patriarch', 'Imam', 'Ayatollah', 'Rabbi', 'Senior',
  'Acting', 'Former', 'First', 'Second', 'Interim', 'Affairs', 'Intelligence', 'Staff', 'Joint', 'Chiefs',
  'Commodore', 'Rear', 'Corporal', 'Private', 'Ensign', 'Warrant', 'Magistrate', 'Councillor', 'Councilor', 'Warden',
  'Rapporteur', 'Coordinator', 'Registrar', 'Auditor', 'Comptroller', 'Mediator',
]);

/** The words of a title that carry its meaning: a title must contain one of them. */
export const TITLE_HEADS = new Set([
  'President', 'Deputy', 'Minister', 'Secretary', 'General', 'Director', 'Chief', 'Chairman', 'Chairwoman', 'Chair',
  'Chairperson', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'Governor', 'Gov.',
  'Mayor', 'Ambassador', 'Envoy', 'Commissioner', 'Commander', 'Colonel', 'Col.', 'Gen.', 'Lt.', 'Lieutenant',
  'Major', 'Maj.', 'Captain', 'Capt.', 'Admiral', 'Adm.', 'Brigadier', 'Sergeant', 'Sgt.', 'Marshal', 'King',
  'Queen', 'Prince', 'Princess', 'Emir', 'Sultan', 'Chancellor', 'Premier', 'Speaker', 'Spokesperson', 'Spokesman',
  'Spokeswoman', 'Prosecutor', 'Attorney', 'Judge', 'Inspector', 'Superintendent', 'Detective', 'Head', 'Leader',
  'Officer', 'Adviser', 'Advisor', 'Secretary-General', 'MEP', 'MP', 'Sheriff', 'Pope', 'Cardinal', 'Bishop',
  'Archbishop', 'Patriarch', 'Imam', 'Ayatollah', 'Rabbi', 'Undersecretary', 'Under-Secretary', 'Counsellor',
  'Counselor', 'Executive', 'Commodore', 'Corporal', 'Constable', 'Magistrate', 'Councillor', 'Councilor', 'Warden',
  'Rapporteur', 'Coordinator', 'Registrar', 'Auditor', 'Comptroller', 'Mediator',
]);

/** Lower-case role nouns that describe a person in apposition ("spokesperson Liang Shuwen", "a researcher at"). */
export const ROLE_NOUNS = new Set([
  'minister', 'host', 'presenter', 'moderator', 'anchor', 'interviewer', 'president', 'secretary', 'director', 'spokesperson', 'spokesman', 'spokeswoman', 'analyst',
  'researcher', 'executive', 'leader', 'lawyer', 'attorney', 'commander', 'chief', 'head', 'general', 'colonel',
  'official', 'officer', 'ambassador', 'envoy', 'adviser', 'advisor', 'senator', 'governor', 'mayor', 'prosecutor',
  'judge', 'chair', 'chairman', 'chairwoman', 'chairperson', 'founder', 'ceo', 'expert', 'professor', 'economist', 'diplomat',
  'journalist', 'reporter', 'correspondent', 'editor', 'activist', 'investigator', 'negotiator', 'representative',
  'member', 'mp', 'mep', 'deputy', 'inspector', 'commissioner', 'coordinator', 'manager', 'engineer', 'scientist',
  'fellow', 'lecturer', 'scholar', 'consultant', 'partner', 'owner', 'chancellor', 'premier', 'speaker', 'captain',
  'admiral', 'sergeant', 'soldier', 'pilot', 'negotiator', 'candidate', 'opponent', 'critic', 'cleric', 'imam',
  'governor', 'dissident', 'businessman', 'businesswoman', 'tycoon', 'oligarch', 'suspect', 'defendant', 'magistrate',
  'priest', 'pastor', 'nun', 'bishop', 'doctor', 'nurse', 'meteorologist', 'historian', 'geologist', 'seismologist',
  'epidemiologist', 'virologist', 'criminologist', 'sociologist', 'anthropologist', 'physician', 'surgeon',
  'pharmacist', 'technician', 'farmer', 'fisherman', 'teacher', 'student', 'mechanic', 'shopkeeper', 'trader',
  'villager', 'midwife', 'paramedic', 'firefighter', 'volunteer', 'survivor', 'witness', 'refugee', 'migrant',
  'veteran', 'academic', 'author', 'writer', 'novelist', 'photographer', 'blogger', 'commentator', 'columnist',
  'sailor', 'seafarer', 'herder', 'monk', 'rapporteur', 'mediator', 'lawmaker', 'legislator', 'councillor',
  'daughter', 'son', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'citizen', 'national', 'resident',
  'patient', 'driver', 'victim', 'worker', 'miner', 'labourer', 'laborer', 'shepherd',
  'pensioner', 'retiree', 'widow', 'widower', 'parent', 'grandmother', 'grandfather', 'neighbour', 'neighbor', 'relative',
  // The world's occupations, community and religious roles, relations and statuses (roles.ts).
  ...OCCUPATIONS, ...COMMUNITY_ROLES, ...RELATIONS, ...STATUSES,
]);

/** Verbs that report speech or a position; `that` or a quotation may follow. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'stressed', 'stresses', 'noted',
  'notes', 'warned', 'warns', 'warning', 'argued', 'argues', 'claimed', 'claims', 'announced', 'announces',
  'confirmed', 'confirms', 'denied', 'denies', 'insisted', 'insists', 'replied', 'replies', 'explained',
  'explains', 'declared', 'declares', 'wrote', 'writes', 'asserted', 'asserts', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'reported', 'reports', 'found', 'finds', 'concluded', 'concludes', 'called', 'calls',
  'described', 'describes', 'alleged', 'alleges', 'believes', 'believed', 'estimated', 'estimates', 'predicted',
  'suggested', 'suggests', 'emphasised', 'emphasized', 'underlined', 'recalled', 'answered', 'responded',
  'tweeted', 'posted', 'commented', 'observed', 'indicated', 'indicates', 'revealed', 'reveals', 'promised',
  'vowed', 'pledged', 'assessed', 'assesses', 'maintained', 'maintains', 'contended', 'added', 'urged',
  'recommends', 'recommended', 'informs', 'informed', 'reminds', 'reminded', 'testified', 'testifies',
  'cautioned', 'cautions', 'complained', 'complains', 'conceded', 'concedes', 'countered', 'counters', 'lamented',
  'laments', 'reiterated', 'reiterates', 'boasted', 'hinted', 'continued', 'went on', 'pleaded', 'demanded',
  'remarked', 'retorted', 'snapped', 'sighed', 'shrugged', 'marvelled', 'marveled', 'mused', 'whispered',
  // The rest of the reporting verbs of wire, broadsheet, tabloid and feature style, and of translated press, in the
  // past and the present of features ("“…,” she recounts"); and the phrasal ones ("shot back", "summed up").
  'recounted', 'recounts', 'recalls', 'affirmed', 'affirms', 'reaffirmed', 'reaffirms', 'clarified', 'clarifies',
  'elaborated', 'elaborates', 'exclaimed', 'exclaims', 'interjected', 'interjects', 'objected', 'objects', 'protested',
  'reasoned', 'echoed', 'echoes', 'disclosed', 'discloses', 'confided', 'confides', 'assured', 'assures', 'reassured',
  'proclaimed', 'proclaims', 'opined', 'opines', 'ventured', 'volunteered', 'surmised', 'speculated', 'confessed',
  'confesses', 'swore', 'swears', 'attested', 'averred', 'avers', 'underscored', 'underscores', 'highlighted',
  'forecast', 'predicts', 'remarks', 'retorts', 'quips', 'quipped', 'joked', 'jokes', 'muses', 'sighs', 'laughed',
  'laughs', 'scoffed', 'scoffs', 'grumbled', 'grumbles', 'muttered', 'mutters', 'murmured', 'murmurs',
  'cried', 'shouted', 'yelled', 'bragged', 'boasts', 'emphasises', 'emphasizes', 'underlines', 'observes', 'pleads',
  'vows', 'pledges', 'tweets', 'continues', 'answers', 'responds', 'wondered', 'wonders', 'begged', 'implored',
  'pressed', 'persisted', 'agreed', 'agrees', 'disagreed', 'disagrees', 'messaged', 'texted', 'emailed', 'e-mailed',
  'radioed', 'shot back', 'shoots back', 'fired back', 'hit back', 'pointed out', 'points out', 'summed up',
  'sums up', 'chimed in', 'chimes in', 'cut in', 'cuts in', 'broke in', 'weighed in', 'goes on', 'spelled out',
  'spelt out',
]);

/** Speech verbs that open a reported statement ("X said that ..."), as opposed to only framing a quotation. */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes',
  'warned', 'warns', 'warning', 'argued', 'argues', 'claimed', 'claims', 'announced', 'announces', 'confirmed',
  'confirms', 'insisted', 'insists', 'explained', 'explains', 'declared', 'declares', 'wrote', 'writes',
  'asserted', 'asserts', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'reported', 'reports', 'found',
  'finds', 'concluded', 'concludes', 'alleged', 'alleges', 'estimated', 'estimates', 'predicted', 'emphasised',
  'emphasized', 'underlined', 'revealed', 'reveals', 'promised', 'vowed', 'pledged', 'assessed', 'assesses',
  'maintained', 'maintains', 'contended', 'replied', 'replies', 'responded', 'answered', 'recommends', 'recommended',
  'informs', 'informed', 'reminds', 'reminded', 'saying', 'adding', 'testified', 'testifies', 'denied', 'denies',
  'agreed', 'agrees', 'believe', 'believes', 'believed', 'think', 'thinks', 'fears', 'feared', 'hopes', 'hoped', 'expects', 'expected', 'suggested',
  'suggests', 'conceded', 'concedes', 'disclosed', 'discloses', 'cautioned', 'cautions', 'complained', 'complains',
  'reiterated', 'reiterates', 'reaffirmed', 'reaffirms', 'underscored', 'underscores', 'highlighted', 'highlights',
  'countered', 'counters', 'lamented', 'laments', 'recalled', 'recalls', 'signalled', 'signaled', 'hinted', 'ruled',
  'rules', 'observed', 'observes', 'indicated', 'indicates', 'explained', 'acknowledged', 'projected', 'forecast',
  'told', 'posted', 'tweeted', 'boasted', 'speculated', 'asserted', 'contends', 'protested', 'objected', 'confided',
  'assured', 'assures', 'reassured', 'reassures', 'considers', 'considered',
  // Advising with a clause ("The agency has advised that containers remain the main route"), as the guide counts it.
  'advised', 'advises',
  // Demanding, proposing and a house's resolving with a clause ("demanded that the government suspend the measures",
  // "the Assembly resolved that the Committee inquire into …"); only with "that", not "resolved to".
  'demanded', 'demands', 'resolved', 'resolves', 'proposed', 'proposes', 'requested', 'requests',
  // A body's own finding or understanding in its statement, with a clause ("The Board has established that …", "The
  // Ministry understands that …"), as the guide counts them.
  'established', 'establishes', 'understands',
  // Present-tense plurals ("Its critics reply that …", "Residents insist that …"); not those that are as often
  // nouns before "that" ("report", "claim", "note", "fear", "hope", "estimate").
  'reply', 'respond', 'responds', 'argue', 'insist', 'warn', 'add', 'tell', 'admit', 'acknowledge', 'allege',
  'predict', 'maintain', 'contend', 'deny', 'agree', 'complain', 'concede', 'explain', 'confirm', 'suspect',
  'recall', 'testify', 'assert', 'suggest', 'worry', 'worries', 'worried', 'consider',
  // The rest of the reporting verbs of wire and feature style with a clause ("Diallo retorted that …", "he recounts
  // that …"); not the present forms that are as often plural nouns before "that" ("remarks", "vows", "pledges").
  'recounted', 'recounts', 'affirmed', 'affirms', 'clarified', 'clarifies', 'elaborated', 'remarked', 'retorted',
  'retorts', 'quipped', 'quips', 'joked', 'exclaimed', 'reasoned', 'echoed', 'surmised', 'surmises', 'opined', 'opines',
  'proclaimed', 'proclaims', 'swore', 'swears', 'attested', 'attests', 'averred', 'avers', 'confessed', 'confesses',
  'bragged', 'brags', 'grumbled', 'grumbles', 'mused', 'muses', 'predicts', 'pleaded', 'pleads', 'emphasises',
  'emphasizes', 'underlines', 'tweets', 'messaged', 'texted', 'emailed', 'e-mailed',
  // Translated press keeps its own language's verb of saying (Spanish "manifestó que", "expresó que", "denunció que",
  // "reconoció que", "precisó que"; French "a précisé que", "a jugé que", "a estimé que"; Portuguese "ressaltou que"),
  // and the attitude it was said with ("expressed hope that", "voiced concern that").
  'expressed', 'expresses', 'voiced', 'voices', 'conveyed', 'manifested', 'specified', 'specifies', 'precised', 'judged',
  'deemed', 'felt', 'feels', 'reckoned', 'reckons', 'denounced', 'denounces', 'recognised', 'recognized', 'recognises',
  'recognizes', 'accepted', 'accepts', 'regretted', 'regrets', 'celebrated', 'outlined', 'detailed', 'communicated',
  'sustained',
]);

/** Plural nouns that open sentences before "of" and a name ("Shares of X fell", "Relatives of …"); not dropped
 * before a capitalised word, where they may open a body's name ("Teachers Service Commission", "Farmers Union"). */
export const PLURALS_BEFORE_OF = new Set([
  'Shares', 'Thousands', 'Hundreds', 'Dozens', 'Millions', 'Supporters', 'Relatives', 'Families', 'Lawyers', 'Customers',
  'Clients', 'Parents', 'Students', 'Pupils', 'Teachers', 'Doctors', 'Nurses', 'Journalists', 'Protesters', 'Demonstrators',
  'Passengers', 'Farmers', 'Fishermen', 'Traders', 'Survivors', 'Witnesses', 'Diplomats', 'Observers', 'Inspectors',
  'Suspects', 'Detainees', 'Prisoners', 'Refugees', 'Migrants', 'Workers', 'Units', 'Vessels', 'Ships', 'Parts', 'Copies',
  'Officers', 'Agents', 'Staff', 'Employees', 'Volunteers',
  // (People and bodies of people counted or addressed before a name: "Associations of Civil Guard officers said",
  // "Listeners of Radio Lami called in".)
  'Associations', 'Unions', 'Listeners', 'Readers', 'Viewers', 'Residents', 'Members', 'Representatives', 'Officials',
  'Delegates', 'Owners', 'Users', 'Victims', 'Leaders', 'Veterans', 'Soldiers', 'Troops', 'Crews', 'Sailors', 'Drivers',
  'Citizens', 'Villagers', 'Donors', 'Managers', 'Executives', 'Researchers', 'Scientists', 'Experts',
]);

/** Capitalised words that start sentences or headlines but are never names on their own. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
  'Her', 'Their', 'Our', 'My', 'Your', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With', 'Without', 'After',
  'Before', 'During', 'Since', 'Until', 'As', 'If', 'When', 'While', 'Where', 'Why', 'How', 'What', 'Who', 'Which',
  'But', 'And', 'Or', 'Nor', 'So', 'Yet', 'Also', 'However', 'Meanwhile', 'Moreover', 'Although', 'Though',
  'Among', 'Between', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'No', 'Not', 'Only', 'Other',
  'Such', 'There', 'Here', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Summary', 'Indicators', 'Assessment',
  'Recommendations', 'Note', 'Notes', 'Type', 'Value', 'Date', 'Published', 'Updated', 'By', 'Advertisement',
  'Related', 'Share', 'Home', 'News', 'Do', 'Did', 'Does', 'Please', 'Upgrade', 'Block', 'Victims', 'Researchers',
  'Nobody', 'Everybody', 'Somebody', 'Anybody', 'Everyone', 'Someone', 'Anyone', 'Analysts', 'Officials', 'Prosecutors', 'Investigators', 'Police', 'Fighters', 'Militants', 'Soldiers',
  'Closer', 'According', 'Testifying', 'Speaking', 'Asked', 'Between', 'Against', 'Under', 'Over', 'Near',
  'Statement', 'Press', 'Advisory', 'Incident', 'Report', 'Observed', 'Summary',
  // (Common nouns written in capitals: "a local NGO", "told MPs that".)
  'NGO', 'NGOs', 'INGOs', 'MPs', 'MEPs',
  'Residents', 'Villagers', 'Inhabitants', 'Citizens', 'Locals', 'Senators', 'Ministers', 'Members', 'Delegations', 'Delegates', 'Representatives', 'Troops', 'Leaders', 'Opposition', 'Any', 'Several', 'Two', 'Three', 'Four', 'Five', 'One',
  'Ten', 'Once', 'Even', 'Just', 'Still', 'Already', 'Again', 'Further', 'Earlier', 'Later', 'Last', 'Next',
  'First', 'New', 'Old', 'Our', 'Us', 'Them', 'Him', 'Me', 'Mine', 'Yes', 'Read', 'More', 'Less', 'Sign',
  'Subscribe', 'Enter', 'Cookie', 'Cookies', 'Accept', 'Privacy', 'Terms', 'Copyright', 'Contacts', 'About',
  'Careers', 'Skip', 'Menu', 'Search', 'Login', 'Tel', 'Fax', 'Email', 'E-mail', 'Phone', 'Web', 'Online',
  'Breaking', 'Live', 'Update', 'Exclusive', 'Analysis', 'Opinion', 'Editorial', 'Comment', 'Comments', 'Video',
  'Transcript', 'Interview', 'Question', 'Questions', 'Answer', 'Explainer', 'Factbox', 'Timeline', 'Q', 'A',
  'Caption', 'Pictured', 'Watch', 'Listen', 'Source', 'Sources',
  // (Labels of an article's kind over its text: "Feature, 25 November 2026", "Commentary | Obituary".)
  'Feature', 'Features', 'Commentary', 'Obituary', 'Dispatch', 'Profile',
  // (A month cut short in a dateline, "LIMA, Oct. 3 -", a letter's reference label, "Ref. 4/2027", and a greeting that
  // closes a broadcast, "Goodbye, Quito.": words that are never names, whatever punctuation stands around them.)
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Ref', 'Ref.',
  // (and without the full stop, "on Nov 19", where the short form is no one's name: not Jan, Mar, Jun, Jul or Sep)
  'Feb', 'Apr', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec',
  'Goodnight', 'Goodbye', 'Hello', 'Thanks',
]);

/**
 * Languages whose names are no country's demonym ("in Kiswahili", "translated into Amharic"); a language is no place.
 * (Those that are, "French", "Somali", are adjectives already.)
 */
export const LANGUAGES = new Set([
  'Swahili', 'Kiswahili', 'Amharic', 'Tigrinya', 'Oromo', 'Afaan Oromo', 'Hausa', 'Yoruba', 'Igbo', 'Fulfulde', 'Fula',
  'Pulaar', 'Wolof', 'Bambara', 'Lingala', 'Kikongo', 'Tshiluba', 'Kinyarwanda', 'Kirundi', 'Luganda', 'Chichewa',
  'Nyanja', 'Bemba', 'Shona', 'Ndebele', 'Zulu', 'isiZulu', 'Xhosa', 'isiXhosa', 'Sesotho', 'Setswana', 'Sepedi',
  'Afrikaans', 'Tamazight', 'Darija', 'Hindi', 'Urdu', 'Bengali', 'Bangla', 'Punjabi', 'Tamil', 'Telugu', 'Marathi',
  'Gujarati', 'Kannada', 'Malayalam', 'Sinhala', 'Dzongkha', 'Pashto', 'Dari', 'Farsi', 'Kurdish', 'Kurmanji',
  'Sorani', 'Tagalog', 'Cebuano', 'Tetum', 'Tetun', 'Bahasa', 'Bahasa Indonesia', 'Bahasa Melayu', 'Javanese',
  'Mandarin', 'Cantonese', 'Hokkien', 'Putonghua', 'Creole', 'Kreyòl', 'Kriol', 'Krio', 'Pidgin', 'Bislama',
  'Tok Pisin', 'Quechua', 'Aymara', 'Guarani', 'Guaraní', 'Nahuatl', 'Mapudungun', 'Catalan', 'Basque', 'Galician',
  'Gaelic', 'Yiddish', 'Hebrew', 'Arabic', 'Romani', 'Latin', 'Esperanto',
]);

/** Words that never belong inside a multi-word name even when capitalised (headline case). */
export const NAME_BREAKERS = new Set(['Said', 'Says', 'Told', 'Warns', 'Warned', 'Claims', 'Denies', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Has', 'Have', 'Had']);

/** Nouns that refer back to an organisation or group ("the ministry", "the agency", "the group"). */
export const ORG_ANAPHORS = new Set(['ministry', 'agency', 'committee', 'council', 'commission', 'office', 'service', 'department', 'company', 'firm', 'vendor', 'group', 'gang', 'cartel', 'network', 'government', 'bureau', 'command', 'centre', 'center', 'organisation', 'organization', 'authority', 'administration', 'police', 'court', 'parliament', 'mission', 'observatory', 'institute', 'exchange', 'utility', 'alliance', 'union', 'panel', 'board', 'army', 'forces', 'navy', 'militia', 'movement', 'party', 'actor', 'prosecutors', 'investigators', 'researchers', 'analysts']);

/** Nouns for named documents that can say something ("the strategy states that ..."). */
export const DOCUMENT_HEADS = new Set(['Bill', 'Study', 'Audit', 'Outlook', 'Overview', 'Digest', 'Estimate', 'Survey', 'Yearbook', 'Strategy', 'Doctrine', 'Paper', 'Review', 'Report', 'Plan', 'Concept', 'Assessment', 'Resolution', 'Declaration', 'Communiqué', 'Communique', 'Charter', 'Treaty', 'Agreement', 'Act', 'Law', 'Directive', 'Regulation', 'Guidelines', 'Framework', 'Roadmap', 'Advisory', 'Bulletin', 'Memorandum', 'Sheet', 'Factsheet']);
