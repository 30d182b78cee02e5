/**
 * What people do and are, as the nouns that make a name beside them a person's ("Kofi Mensah, a baker,"; "Halima
 * Mrisho, the harbour master,"): the world's occupations by ISCO's major groups, the roles of public, community and
 * religious life in their English use, relations and statuses. Singular, lower case; a compound stands where its head
 * alone would be no one's ("harbour master", not "master"). Spread into ROLE_NOUNS (words.ts). Left out: words that
 * are also a common surname or given name ("smith", "miller", "hunter", "mason"; Nigeria's "obi" and "oba"), or a
 * thing or a body as often as a person ("actor", "major", "marine", "bomber", "rebel", "fighter", "youth"; "loader",
 * malware as often as a docker, cost a set). Nouns a company bears as often ("operator", "agent") are
 * PERSON_OR_COMPANY's.
 */

/** Occupations, by ISCO-08's major groups. */
export const OCCUPATIONS = [
  // 1 Managers and proprietors.
  'foreman', 'forewoman', 'proprietor', 'hotelier', 'restaurateur', 'entrepreneur', 'industrialist', 'banker',
  'treasurer', 'headteacher', 'headmaster', 'headmistress', 'dean', 'rector', 'provost', 'bursar', 'warden', 'matron',
  'innkeeper',
  // 2 Professionals: science, health, teaching, law, culture and sport.
  'accountant', 'actuary', 'architect', 'surveyor', 'planner', 'chemist', 'physicist', 'biologist', 'botanist',
  'zoologist', 'ecologist', 'hydrologist', 'climatologist', 'oceanographer', 'astronomer', 'mathematician',
  'statistician', 'demographer', 'archaeologist', 'linguist', 'philosopher', 'psychologist', 'psychiatrist',
  'therapist', 'dentist', 'optometrist', 'paediatrician', 'pediatrician', 'gynaecologist', 'gynecologist',
  'obstetrician', 'cardiologist', 'oncologist', 'neurologist', 'radiologist', 'anaesthetist', 'anesthesiologist',
  'pathologist', 'veterinarian', 'nutritionist', 'dietitian', 'physiotherapist', 'toxicologist', 'microbiologist',
  'immunologist', 'geneticist', 'agronomist', 'forester', 'cartographer', 'programmer', 'librarian', 'archivist',
  'curator', 'translator', 'interpreter', 'solicitor', 'barrister', 'notary', 'paralegal', 'jurist', 'tutor',
  'instructor', 'educator', 'trainer', 'theologian', 'artist', 'painter', 'sculptor', 'musician', 'singer',
  'songwriter', 'composer', 'rapper', 'drummer', 'guitarist', 'pianist', 'violinist', 'dancer', 'choreographer',
  'actress', 'filmmaker', 'screenwriter', 'playwright', 'poet', 'comedian', 'designer', 'illustrator', 'cartoonist',
  'athlete', 'footballer', 'cricketer', 'boxer', 'wrestler', 'sprinter', 'cyclist', 'swimmer', 'jockey', 'referee',
  'umpire', 'midfielder', 'goalkeeper', 'striker', 'schoolteacher', 'schoolmaster', 'schoolmistress', 'newsreader',
  'newscaster', 'cameraman', 'camerawoman',
  // 3 Technicians and associate professionals.
  'electrician', 'plumber', 'welder', 'fitter', 'machinist', 'draughtsman', 'draftsman', 'radiographer', 'sonographer',
  'hygienist', 'optician', 'dispatcher', 'air traffic controller', 'lab assistant',
  // 4 Clerks.
  'clerk', 'receptionist', 'cashier', 'teller', 'bookkeeper', 'typist', 'stenographer', 'postman', 'postwoman',
  'postmaster', 'postmistress',
  // 5 Service and sales.
  'waiter', 'waitress', 'bartender', 'barman', 'barmaid', 'chef', 'cook', 'baker', 'butcher', 'fishmonger',
  'greengrocer', 'grocer', 'hawker', 'peddler', 'pedlar', 'stallholder', 'salesman', 'saleswoman', 'salesperson',
  'hairdresser', 'barber', 'beautician', 'tailor', 'seamstress', 'dressmaker', 'laundress', 'housekeeper', 'maid',
  'nanny', 'babysitter', 'caregiver', 'carer', 'childminder', 'cleaner', 'janitor', 'caretaker', 'concierge', 'doorman',
  'guard', 'bodyguard', 'watchman', 'askari', 'chowkidar', 'policeman', 'policewoman', 'constable', 'detective',
  'fireman', 'lifeguard', 'flight attendant', 'stewardess', 'steward', 'conductor', 'undertaker', 'mortician',
  'gravedigger', 'astrologer', 'fortune teller', 'prostitute', 'housewife', 'homemaker', 'housemaid', 'servant',
  'storekeeper', 'shopowner', 'gatekeeper', 'zookeeper', 'lighthouse keeper', 'tout',
  // 6 Agriculture, forestry and fishing.
  'farmhand', 'peasant', 'smallholder', 'sharecropper', 'rancher', 'cattleman', 'herdsman', 'herdswoman', 'pastoralist',
  'goatherd', 'cowherd', 'beekeeper', 'gardener', 'horticulturist', 'woodcutter', 'logger', 'lumberjack', 'poacher',
  'trapper', 'fisherwoman', 'fisherman', 'boatman', 'boatwoman', 'deckhand', 'trawlerman', 'crewman', 'crewmember',
  'skipper', 'diver', 'tapper', 'picker', 'gaucho', 'vaquero', 'campesino', 'campesina',
  // 7 Crafts and related trades.
  'carpenter', 'joiner', 'bricklayer', 'stonemason', 'plasterer', 'roofer', 'glazier', 'decorator', 'tiler',
  'blacksmith', 'goldsmith', 'silversmith', 'jeweller', 'jeweler', 'watchmaker', 'potter', 'weaver', 'cobbler',
  'shoemaker', 'saddler', 'upholsterer', 'locksmith', 'gunsmith', 'boatbuilder', 'shipwright', 'bookbinder',
  'embroiderer', 'knitter', 'carver', 'woodcarver', 'artisan', 'craftsman', 'craftswoman', 'craftsperson',
  // 8 Plant and machine operators, drivers and port labour ("operator" alone also names a company: shared.ts).
  'chauffeur', 'trucker', 'motorist', 'rider', 'motorcyclist', 'docker', 'dockworker', 'dockhand', 'stevedore',
  'longshoreman', 'porter', 'quarryman', 'driller', 'rigger', 'roustabout', 'lineman', 'linesman', 'ferryman',
  'bargeman', 'boatswain', 'bosun', 'helmsman', 'coxswain', 'purser', 'stoker', 'mate', 'shipmate', 'crewmate',
  'mariner', 'master mariner', 'shipmaster', 'tugmaster',
  // Work of the world's regions by its local names: Australia's stockmen, drovers, jackaroos and shearers, Scotland's
  // crofters and ghillies, Japan's salarymen, South Asia's mahouts, chaiwalas and dabbawalas, Ghana's kayayei (head
  // porters), Benin's zemidjans (motorcycle-taxi drivers), Jamaica's higglers, the jornaleros, cocaleros, mototaxistas
  // and catadores of Latin America, Brazil's seringueiros and ribeirinhos, Malaysia's and Indonesia's bomohs and
  // dukuns (healers), the Levant's hakawatis (storytellers).
  'stockman', 'stockwoman', 'drover', 'jackaroo', 'jillaroo', 'shearer', 'crofter', 'gamekeeper', 'ghillie', 'publican',
  'sommelier', 'winemaker', 'cheesemaker', 'vintner', 'salaryman', 'mahout', 'chaiwala', 'dabbawala', 'kayayo',
  'kayayei', 'zemidjan', 'higgler', 'jornalero', 'jornalera', 'cocalero', 'cocalera', 'cafetalero', 'mototaxista',
  'catador', 'catadora', 'seringueiro', 'ribeirinho', 'ribeirinha', 'bomoh', 'dukun', 'hakawati', 'falconer',
  // Miners and riders by their local names ("a garimpeiro", "a zama zama", "a galamseyer"; a boda boda or okada
  // rider is a rider).
  'garimpeiro', 'zama zama', 'zama-zama', 'galamseyer',
  // 9 Elementary occupations.
  'sweeper', 'scavenger', 'waste picker', 'ragpicker', 'rickshaw puller', 'handyman', 'houseboy', 'housegirl',
  'shoeshiner', 'bootblack',
  // 0 Armed forces.
  'corporal', 'lieutenant', 'brigadier', 'airman', 'airwoman', 'seaman', 'rifleman', 'gunner', 'paratrooper',
  'commando', 'conscript', 'recruit', 'reservist', 'militiaman', 'sniper', 'peacekeeper', 'ranger', 'gendarme', 'cadet',
  'border guard',
];

/** Roles of public and community life, and the world's community and religious roles as English writes them. */
export const COMMUNITY_ROLES = [
  'elder', 'headman', 'headwoman', 'chieftain', 'chieftainess', 'village head', 'harbour master', 'harbor master',
  'harbourmaster', 'harbormaster', 'port captain', 'stationmaster', 'quartermaster', 'councilman', 'councilwoman',
  'alderman', 'alderwoman', 'selectman', 'ombudsman', 'ombudsperson', 'bailiff', 'coroner', 'registrar', 'convenor',
  'convener', 'campaigner', 'lobbyist', 'whistleblower', 'informant', 'informer', 'fixer', 'go-between', 'middleman',
  'middlewoman', 'smuggler', 'trafficker', 'kingpin', 'drug lord', 'druglord', 'gangster', 'hitman', 'assassin',
  'bandit', 'thief', 'robber', 'burglar', 'fraudster', 'scammer', 'conman', 'con man', 'kidnapper', 'hijacker',
  'gunman', 'gunwoman', 'assailant', 'perpetrator', 'accomplice', 'ringleader', 'mastermind',
  // Village and district heads of Africa, Asia, the Pacific and the Americas ("a sarpanch", "the mukhtar", "a matai").
  'mukhtar', 'mokhtar', 'muhtar', 'aksakal', 'sarpanch', 'mukhiya', 'lambardar', 'numberdar', 'zamindar', 'patwari',
  'tehsildar', 'penghulu', 'kagawad', 'tanod', 'datu', 'matai', 'rangatira', 'kaumatua', 'kuia', 'tohunga', 'cacique',
  'regidor', 'comunero', 'ejidatario', 'mayordomo', 'induna', 'inkosi', 'kgosi', 'queen mother', 'orator',
  'talking chief', 'tulafale', 'quilombola', 'talibé',
  // Religious roles of the world's faiths.
  'sheikh', 'catechist', 'griot', 'shaman', 'evangelist', 'deacon', 'deaconess', 'archbishop', 'priestess', 'vicar',
  'chaplain', 'rabbi', 'cantor', 'muezzin', 'mullah', 'mufti', 'qadi', 'marabout', 'lama', 'abbot', 'abbess', 'swami',
  'sadhu', 'guru', 'pujari', 'granthi', 'bhikkhu', 'bhikkhuni', 'babalawo', 'sangoma', 'inyanga', 'healer', 'herbalist',
  'diviner', 'medicine man', 'prophet', 'prophetess', 'apostle', 'missionary', 'seminarian', 'preacher', 'sexton',
  'churchwarden', 'parishioner', 'congregant', 'worshipper', 'pilgrim', 'devotee', 'friar', 'curate', 'parson',
  'ayatollah',
];

/** Relations of kin, marriage, work and friendship ("his cousin", "her fiancée", "a colleague"). */
export const RELATIONS = [
  'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'auntie', 'grandson', 'granddaughter', 'grandchild', 'grandparent',
  'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'stepbrother', 'stepsister', 'half-brother', 'half-sister',
  'brother-in-law', 'sister-in-law', 'father-in-law', 'mother-in-law', 'son-in-law', 'daughter-in-law', 'fiancé',
  'fiancée', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'spouse', 'colleague', 'co-worker', 'coworker', 'employee',
  'friend', 'classmate', 'schoolmate', 'roommate', 'flatmate', 'housemate', 'acquaintance', 'confidant', 'confidante',
  'mentor', 'protégé', 'protégée', 'apprentice', 'disciple', 'godfather', 'godmother', 'godson', 'goddaughter', 'twin',
  'sibling', 'lodger', 'heir', 'heiress', 'orphan', 'bride', 'bridegroom', 'lover',
];

/** What someone is in a story: held, moving, present, at law ("a detainee", "an asylum seeker", "a passenger"). */
export const STATUSES = [
  'detainee', 'hostage', 'captive', 'convict', 'inmate', 'prisoner', 'fugitive', 'escapee', 'asylum seeker',
  'asylum-seeker', 'deportee', 'returnee', 'evacuee', 'exile', 'émigré', 'emigrant', 'immigrant', 'expatriate',
  'foreigner', 'passenger', 'tourist', 'traveller', 'traveler', 'visitor', 'backpacker', 'hiker', 'climber',
  'mountaineer', 'trekker', 'commuter', 'pedestrian', 'bystander', 'onlooker', 'eyewitness', 'spectator', 'protester',
  'protestor', 'demonstrator', 'voter', 'homeowner', 'parolee', 'casualty', 'amputee', 'newborn', 'infant', 'toddler',
  'child', 'boy', 'girl', 'teenager', 'adolescent', 'schoolboy', 'schoolgirl', 'pupil', 'graduate', 'alumnus', 'alumna',
  'undergraduate', 'trainee', 'intern', 'man', 'woman',
];

/** Relations and statuses, which say nothing of what one does for a living ("her colleague … the surgeon said"). */
export const KIN_AND_STATUS = new Set([...RELATIONS, ...STATUSES]);

/**
 * Nouns that say what a person or a company does ("Sarah Collins, a British importer"; "Pristan Terminals, a port
 * operator"). Not role nouns: the name decides (personByName, cues-people.ts): a given name opening it and no body's
 * head, trade word or legal form closing it make it a person's.
 */
export const PERSON_OR_COMPANY = [
  'operator', 'importer', 'exporter', 'carrier', 'supplier', 'contractor', 'subcontractor', 'broker', 'distributor',
  'shipper', 'manufacturer', 'lender', 'vendor', 'dealer', 'wholesaler', 'retailer', 'producer', 'developer',
  'publisher', 'agent', 'courier', 'investor', 'shareholder', 'buyer', 'seller', 'customer', 'client', 'employer',
  'tenant', 'landlord', 'landlady', 'financier', 'creditor', 'donor', 'sponsor', 'associate', 'charterer', 'forwarder',
  'transporter', 'haulier', 'hauler', 'processor', 'marketer', 'recruiter',
  // (And words of work, help and law a firm or a body bears as often: "a home builder", "a coach operator",
  // "Deloitte, the administrator", "the plaintiff".)
  'builder', 'planter', 'grower', 'landowner', 'shipowner', 'trustee', 'administrator', 'supervisor', 'assistant',
  'messenger', 'guide', 'coach', 'collector', 'organiser', 'organizer', 'advocate', 'offender', 'applicant', 'claimant',
  'plaintiff', 'complainant', 'petitioner', 'appellant', 'litigant', 'beneficiary', 'taxpayer', 'intermediary',
];
