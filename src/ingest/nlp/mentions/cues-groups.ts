/** Cues that vote for a group (armed, criminal or cyber): the words around a name and the heads of such names. */


// ("a network based in Rotterdam that calls itself the X", "the network Bakyt worked for calls itself X": a place or a
// relative clause may stand between the noun and the name.)
export const GROUP_LEFT_NOUN = /\b(?:group|gang|cartel|clan|faction|militia|outfit|crew|collective|syndicate|network|ring|intrusion set|threat actor|actor|affiliate|operation|coalition|organi[sz]ation)\s*(?:(?:responsible|behind (?:it|them|the \w+)|involved)\s*)?(?:(?:(?:based|active|operating|headquartered)\s+)?(?:in|from|out of|across|along|near|around|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:[\w-]+\s+(?:worked|works|work|ran|runs|served|serves|joined|fought|fights)\s+(?:for|with|in|under)\s+)?(?:,\s*)?(?:(?:that|which)\s+)?(?:(?:we|they|it|he|she|researchers|analysts|investigators|police|prosecutors|officials|the\s+\w+|(?:other|another|one|some|many|several|most|his|her|its|their|our|my)\s+(?:own\s+)?\w+|[\w-]+\s+and\s+(?:[\w-]+\s+)?[\w-]+|(?:people|residents|locals|villagers|fishermen|fishers|herders|traders|farmers|miners|drivers|crews|sailors|migrants|officers)(?:\s+(?:here|there|locally))?|[A-Z][\w-]*)\s+)?(?:is\s+|are\s+|was\s+|were\s+)?(?:also\s+)?(?:known(?:\s+(?:locally|internally|widely|informally|only|simply))?(?:\s+(?:to|in|among|on|along|around|across|by)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:own\s+)?\w+)?\s+as|called|calls itself|call themselves|calling itself|styles itself|calls|call|named|dubbed|dub|dubs|tracked as|tracks as|track as|labelled|labeled|refers to as|refer to as)\s+(?:["“]\s*)?(?:the\s+)?["“]?$/i;
/** "Fighters of the X", "militants from X": the people of an armed group. */
export const GROUP_LEFT_MEMBERS = /\b(?:fighters|militants|insurgents|gunmen|rebels|jihadists|members|commanders?|leaders?)\s+(?:of|from|loyal to|belonging to)\s+(?:the\s+)?$/i;
/** Words that say a passage is about armed or criminal violence (for names shaped like "X Front", "X Army"). */
export const VIOLENCE = /\b(?:militant|militias?|weapons|criminal|narcotic\w*|cocaine|traffick\w*|separatist|jihadist|jihadi|insurgen\w*|rebels?|armed group|fighters|attacks?|ambush\w*|kidnap\w*|terror\w*|extort\w*|smuggl\w*|beheading\w*|guerrilla\w*|bomb\w*|gunmen|paramilitary|armed gangs?|gangs?|killings?|murder\w*|ransom|rifles|gunfire|shootings?|raid\w*|rustl\w*|bandit\w*|killed|shot|armed|loot\w*|poach\w*)\b/i;
/** Last words of the names armed movements give themselves. */
export const MILITANT_HEADS = new Set(['Syndicate', 'Cartel', 'Mafia', 'Boys', 'Front', 'Movement', 'Brigade', 'Brigades', 'Brotherhood', 'Battalion', 'Battalions', 'Legion', 'Army', 'Mujahideen', 'Commando', 'Commandos', 'Jihad', 'Resistance', 'Guard', 'Guards']);
/** Words of the names of a state's forces or of multinational ones ("Armed Forces", "Kosovo Force", "Task Force"). */
export const STATE_FORCE_WORDS = /^(?:Armed|Defen[cs]e|Self-Defen[cs]e|Security|Air|Naval|Navy|Police|Border|Special|Task|Joint|Coalition|Multinational|Peacekeeping|Allied|National|Royal|Federal|Interim|Stabili[sz]ation|Protection|Expeditionary|Reserve|Land|Ground|Space|Marine|Coast|Military|Strategic|Rocket|Missile|Response|Rapid Reaction|United|Nations|European|African|International|Regional|Standby)$/;
/** A text that speaks of irregular armed forces. */
export const IRREGULAR = /\b(?:paramilitar\w*|militias?|rebels?|rebel forces|insurgents?)\b/i;
/** Vendor naming of intrusion sets: an adjective plus an animal or weather word ("Fancy Bear", "Volt Typhoon"). */
export const CYBER_ANIMALS = new Set(['Panda', 'Bear', 'Kitten', 'Spider', 'Chollima', 'Typhoon', 'Blizzard', 'Tempest', 'Sleet', 'Sandstorm', 'Hail', 'Jackal', 'Libra', 'Taurus', 'Ursa', 'Scorpius', 'Serpens']);
/** Tracking ids of intrusion sets: APT29, UNC2452, TA505, FIN7, DEV-0537, Storm-0558. */
export const CYBER_ID = /^(?:APT|UNC|TA|FIN|TAG|DEV|Storm|TEMP)-?\d{1,5}$/;
export const GROUP_ADJ = '(?:militant|terrorist|jihadist|jihadi|islamist|armed|hacktivist|guerrilla|secessionist|rebel|insurgent|paramilitary|extremist|separatist|criminal|cybercriminal|cyber-criminal|ransomware|hacking|hacker|cyber|cyber-espionage|espionage|apt|influence|extortion|drug|smuggling|trafficking|mercenary|state-backed|state-sponsored|financially motivated|threat)';
export const GROUP_LEFT_ADJ = new RegExp(`\\b${GROUP_ADJ}\\s+(?:group|gang|organi[sz]ation|cartel|clan|faction|militia|outfit|crew|collective|syndicate|network|actor|movement|coalition|affiliate|operation)\\s*,?\\s+(?:the\\s+)?$`, 'i');
/** "the separatist Ambazonia Defence Forces", "the jihadist Ansar Dine": an armed group's adjective before its name. */
export const GROUP_LEFT_BARE_ADJ = /\b(?:the|a|an)\s+(?:(?:little-known|shadowy|notorious|powerful|banned|outlawed|so-called)\s+)?(?:militant|jihadist|jihadi|separatist|secessionist|rebel|insurgent|paramilitary|extremist|terrorist|hacktivist|ransomware|guerrilla|islamist)\s+$/i;
export const GROUP_LEFT_SET = /\b(?:intrusion set|threat actor|apt group|ransomware|ransomware operation|hacker group|hacking group)\s+$/i;
// (Not a new clause after the comma: "According to the ministry, the attackers belonged to an armed group".)
export const GROUP_RIGHT_APPOS = new RegExp(`^\\s*(?:\\([^()]{1,30}\\)\\s*)?,\\s*(?:(?:also known as|or)\\s+[^,]+,\\s*)?(?:a|an|the)\\s+(?:(?!(?:a|an|the|to|by|from|with|into|belonged|belongs|belong|were|was|are|is|had|have|has)\\s)[\\w-]+\\s+){0,5}?(?:group|gang|cartel|clan|faction|militia|organi[sz]ation|affiliate|network|syndicate|actor|outfit|intrusion set|crew|collective|coalition|movement|insurgency)\\b`, 'i');
/** Nouns that make an appositive criminal or militant by themselves ("Los X, a gang that ..."). */
/** An appositive that says what a group does: ", a group of a few hundred fighters that broke away from …". */
export const GROUP_APPOS_ACTIVITY = /\b(?:fighters|gunmen|militants|rebels|insurgents|guerrillas|kidnap\w*|smuggl\w*|traffick\w*|extort\w*|ransom|hostages?|bomb\w*|attacks)\b/i;
/** A name a group gives itself or is given: "call themselves the", "which calls itself the", "known to police as the". */
/** "the alleged chief of the network, Los Lobos del Sur,", "two gangs, the Harbour Kings and …": a criminal or armed
 * group named in apposition to the noun that says what it is (counted only in a passage about violence). */
export const GROUP_LEFT_APPOS = /\b(?:gangs?|networks?|cartels?|militias?|factions?|clans?|syndicates?)\s*,\s*(?:the\s+)?$/i;
export const GROUP_LEFT_SELF_NAMED = /\b(?:call(?:s|ed|ing)?\s+(?:itself|themselves)|styl(?:es?|ed|ing)\s+(?:itself|themselves)|known\s+(?:(?:locally|internally|widely|informally)\s+)?(?:to\s+(?:(?:its|their)\s+(?:own\s+)?\w+|investigators|police|prosecutors|officials|residents|locals|villagers)\s+)?as)\s+(?:["“]\s*)?(?:the\s+)?["“]?$/i;
/** "a network known to traders in the north as", "a ring known on the coast as the", "The largest of them is known in
 * the town as the", "the largest of which investigators know as" (after "networks"): a collective the text names by what others call it, whatever the place or
 * people that call it so. */
export const GROUP_KNOWN_AS = /\b(?:networks?|gangs?|rings?|syndicates?|cartels?|clans?|crews?|mafias?|(?:largest|biggest|oldest|best-known|most\s+\w+|strongest)\s+of\s+(?:them|which))\b[^.;:"“”]{0,30}?\b(?:known|know)\s+(?:(?:locally|internally|widely|informally)\s+)?(?:(?:to|on|in|among|along|across|around|at|by|throughout)\s+[^,.;:"“”()]{1,40}?\s+)?as\s+(?:the\s+)?$/i;
export const GROUP_KNOWN_AS_THEM = /\b(?:networks?|gangs?|rings|syndicates?|cartels?|clans|crews|smugglers|traffickers)\b/i;
/** "Our investigators call them the Chiweta Line": a name others give "them", where the text has just spoken of a
 * network, gang or smugglers (GROUP_KNOWN_AS_THEM). */
export const GROUP_CALLED_THEM = /\b(?:call|calls|called|know|knows|knew)\s+them\s+(?:as\s+)?(?:the\s+)?["“‘]?$/i;
/** ", an elite unit of the army,", " (BIR), a unit of the gendarmerie,": an apposition after a name that makes it a unit
 * of a state's force. */
export const STATE_UNIT_APPOS = /^\s*(?:\([^)]{1,12}\)\s*)?,\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}unit\s+(?:of|in|within)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*(?:army|police|navy|gendarmerie|air force|armed forces|military|coast guard|defence forces|defense forces|Army|Police|Navy|Gendarmerie|Air Force|Armed Forces|Coast Guard|Defence Forces|Defense Forces)\b/u;
/** "It is one network with many hands. The smugglers call it Al-Hawd": a name others give "it", where the sentence
 * before (GROUP_CALLED_IT_NOUN, in the 150 characters before the name) has just said it is one network, gang or ring. */
export const GROUP_CALLED_IT = /\b(?:call|calls|called|know|knows|knew)\s+it\s+(?:as\s+)?(?:the\s+)?["“‘]?$/i;
export const GROUP_CALLED_IT_NOUN = /\b(?:network|gang|ring|syndicate|cartel|mafia|clan)\b/i;
export const GROUP_NOUN_ITSELF = /\b(?:gang|cartel|clan|militia|mafia|insurgency|intrusion set|threat actor)\b/i;
export const GROUP_APPOS_ADJ = new RegExp(`${GROUP_ADJ}|affiliate|al-qaeda|islamic state|intrusion set|threat actor`, 'i');
/** What a criminal or armed group does or has done to it, said of its name: "X claimed responsibility for", "the
 * kidnapping was carried out by X", "rival gangs X and Y", "the X network smuggled …". */
export const GROUP_DEED_RIGHT = /^\s+(?:has\s+|had\s+|have\s+)?(?:claimed|claims|claim)\s+(?:responsibility|the\s+(?:attack|attacks|killing|killings|kidnapping|bombing|ambush|massacre))\b|^\s+(?:network|ring|crew)\s+(?:(?:has|had|allegedly|reportedly)\s+)?(?:moved|smuggled|trafficked|laundered|extorted|kidnapped|killed|recruited|bribed)\b/i;
export const GROUP_DEED_LEFT = /\b(?:[Aa]ttacks?|[Aa]mbush(?:es)?|[Kk]illings?|[Kk]idnappings?|[Aa]bductions?|[Bb]ombings?|[Mm]assacres?|[Mm]urders?|[Ss]hootings?)(?:\s+(?:on|in|at|near|of|against)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:carried\s+out|claimed|committed|perpetrated|staged)\s+by\s+(?:the\s+)?$|\b(?:[Rr]ival|[Cc]riminal|[Aa]rmed|[Ss]treet|[Dd]rug)\s+(?:gangs|cartels|groups|militias|factions|clans)(?:,?\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:de|del|la|las|los|el|al)\s+)?){1,4}(?:and|or))?\s+(?:the\s+)?$/u;

/** "Police named the network “Kibo”", "investigators called the ring Tandala": who names a criminal body, its noun, then
 * the name. ("We have named this set of operators Corail Noir", "researchers call the cluster Grey Heron": or an
 * intrusion set or influence operators, by the words trackers use for them.) */
export const GROUP_LEFT_NAMING_VERB = /\b(?:named|called|dubbed|nicknamed|christened|call|calls)\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?(?:group|gang|cartel|network|ring|crew|syndicate|faction|militia|cell|clan|cluster|intrusion set|threat actor|actor|operators|set of (?:operators|actors|accounts))\s+["“‘]?$/i;
export const GROUP_RIGHT = /^\s+(?:cartel|gang|clan|mafia|syndicate|crime ring|armed group|militant group|militia|rebels|rebel group|militants|insurgents|ransomware(?:\s+(?:gang|group|operation|crew|cartel|affiliate))?|hackers|hacktivists)\b/i;
/** "the X movement" is a group where the passage is about violence. */
export const GROUP_RIGHT_MOVEMENT = /^\s+(?:movement|insurgency|insurgents|fighters)\b/i;
export const PRODUCT_RIGHT = /^\s+(?:software|firmware|app|apps|application|platform|devices?|routers?|controllers?|appliances?|servers?|versions?|plugin|plug-in|library|suite|products?|gateways?|clients?|agents?|formats?|files?|standard|protocol|encoding)\b/i;
export const CYBER = /ransomware|hack|cyber|intrusion|\bapt\b|malware|stealer|phishing|espionage|influence|\bc2\b|exploit|botnet|infostealer|loader|leak site|ddos|wiper|credential/i;
