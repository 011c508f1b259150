// Titles that introduce a person's name ("Foreign Minister Sergey Lavrov", "Dr. Maria Jansen")
// and head words that give an unknown organisation its kind ("… Regulatory Agency" → government).
import type { ActorKind } from '../../model/kinds.ts';

/** Title phrases, lower case, longest first when matched. A title may be preceded by a state or organisation name. */
export const TITLES: readonly string[] = [
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'deputy prime minister',
  'foreign minister', 'deputy foreign minister', 'defence minister', 'defense minister', 'interior minister',
  'health minister', 'finance minister', 'economy minister', 'energy minister', 'trade minister', 'justice minister',
  'education minister', 'information minister', 'oil minister', 'minister', 'deputy minister',
  'secretary of state', 'secretary-general', 'secretary general', 'secretary', 'foreign secretary',
  'home secretary', 'health secretary', 'defence secretary', 'defense secretary', 'treasury secretary',
  'press secretary', 'attorney general', 'attorney-general', 'chancellor', 'king', 'queen', 'prince', 'crown prince',
  'emir', 'sheikh', 'sultan', 'supreme leader', 'ayatollah', 'pope', 'ambassador', 'envoy', 'special envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen.', 'lt.', 'lt. gen.', 'maj.', 'col.', 'colonel',
  'major general', 'lieutenant general', 'brigadier general', 'admiral', 'commander', 'chief', 'chief executive',
  'ceo', 'director', 'director-general', 'director general', 'executive director', 'head', 'leader', 'chairman',
  'chairwoman', 'chair', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor',
  'gov.', 'mayor', 'judge', 'justice', 'deputy', 'premier', 'mp', 'lawmaker', 'professor', 'prof.', 'dr.', 'dr',
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'chief medical officer', 'chief scientist', 'commissioner',
  'high commissioner', 'inspector', 'analyst', 'economist', 'founder', 'co-founder', 'negotiator', 'chief negotiator',
  'commodore', 'captain', 'capt.', 'lieutenant', 'sergeant', 'major', 'brig.', 'brig. gen.', 'brigadier', 'brigadier-general',
  'lt. col.', 'vice admiral', 'rear admiral', 'deputy director', 'chief executive officer', 'managing director', 'officer',
  'adviser', 'advisor', 'senior adviser', 'national security adviser', 'coordinator', 'rapporteur', 'special rapporteur',
  'secretary-general', 'undersecretary', 'under-secretary', 'foreign affairs minister', 'lawyer', 'attorney', 'counsel',
  'editor', 'publisher', 'chief economist', 'general secretary', 'president and chief executive',
];

export const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
/** Tokens a title can start with (a hyphenated first word may be one token or several): the title matcher's gate. */
export const TITLE_STARTS: ReadonlySet<string> = new Set(TITLES.flatMap((title) => [title.split(' ')[0] as string, title.split(/[\s-]/)[0] as string]));
/** The longest title in words, to bound the title matcher. */
export const MAX_TITLE_WORDS = 4;

/** Last words of organisation names and the kind they give. */
export const ORG_HEADS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ...(['ministry', 'department', 'agency', 'authority', 'commission', 'committee', 'office', 'council', 'court',
    'police', 'parliament', 'senate', 'congress', 'assembly', 'administration', 'government', 'regulator',
    'service', 'bureau', 'directorate', 'inspectorate', 'tribunal', 'cabinet', 'presidency', 'embassy'] as const).map(
    (w): [string, ActorKind] => [w, 'government'],
  ),
  ...(['army', 'navy', 'forces', 'force', 'command', 'guard', 'military'] as const).map((w): [string, ActorKind] => [w, 'military']),
  ...(['observatory', 'watch', 'foundation', 'institute', 'association', 'society', 'trust', 'charity', 'centre',
    'center', 'network', 'coalition', 'alliance', 'campaign', 'initiative', 'fund', 'project', 'rights',
    'international', 'federation', 'organisation', 'organization', 'league', 'doctors', 'group'] as const).map(
    (w): [string, ActorKind] => [w, 'ngo'],
  ),
  ...(['union', 'unions', 'workers', 'syndicate', 'congress of trade unions'] as const).map((w): [string, ActorKind] => [w, 'union']),
  ...(['party', 'movement', 'front', 'bloc'] as const).map((w): [string, ActorKind] => [w, 'political-group']),
  ...(['brigade', 'brigades', 'battalion', 'militia', 'army of', 'mujahideen'] as const).map((w): [string, ActorKind] => [w, 'armed-group']),
  ...(['inc', 'inc.', 'corp', 'corp.', 'corporation', 'company', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag',
    'sa', 'gmbh', 'holdings', 'industries', 'technologies', 'motors', 'airlines', 'airways', 'bank', 'pharma',
    'pharmaceuticals', 'energy', 'oil', 'systems', 'labs', 'laboratories', 'group plc', 'partners', 'capital',
    'insurance', 'telecom', 'media group', 'chemicals', 'foods', 'mining', 'minerals', 'metals', 'resources', 'logistics',
    'shipping', 'steel', 'petroleum', 'electronics', 'aerospace'] as const).map((w): [string, ActorKind] => [w, 'company']),
  ...(['news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'television', 'tv', 'radio',
    'broadcasting', 'press', 'telegraph', 'guardian', 'daily', 'weekly', 'magazine'] as const).map(
    (w): [string, ActorKind] => [w, 'media'],
  ),
  ...(['university', 'school', 'college', 'hospital', 'clinic'] as const).map((w): [string, ActorKind] => [w, 'other']),
]);

/** Definite descriptions that refer back to an actor ("the agency said"), with the kinds they may refer to. */
export const DESCRIPTIONS: ReadonlyMap<string, readonly ActorKind[]> = new Map<string, readonly ActorKind[]>([
  ['agency', ['government', 'intergovernmental', 'ngo', 'media']],
  ['regulator', ['government']],
  ['watchdog', ['government', 'ngo', 'intergovernmental']],
  ['ministry', ['government']],
  ['department', ['government']],
  ['government', ['state', 'government']],
  ['administration', ['state', 'government']],
  ['authority', ['government']],
  ['commission', ['government', 'intergovernmental']],
  ['council', ['government', 'intergovernmental']],
  ['court', ['government', 'intergovernmental']],
  ['company', ['company', 'other']],
  ['firm', ['company', 'other']],
  ['group', ['ngo', 'company', 'armed-group', 'political-group', 'other']],
  ['organisation', ['ngo', 'intergovernmental', 'government']],
  ['organization', ['ngo', 'intergovernmental', 'government']],
  ['charity', ['ngo']],
  ['monitor', ['ngo']],
  ['observatory', ['ngo']],
  ['union', ['union']],
  ['army', ['military']],
  ['military', ['military']],
  ['alliance', ['intergovernmental', 'political-group']],
  ['bloc', ['intergovernmental', 'political-group']],
  ['broadcaster', ['media']],
  ['newspaper', ['media']],
  ['network', ['media', 'ngo']],
  ['party', ['political-group']],
  ['movement', ['political-group', 'armed-group']],
  ['militia', ['armed-group']],
  ['minister', ['person']],
  ['president', ['person']],
  ['spokesman', ['person']],
  ['spokeswoman', ['person']],
  ['official', ['person']],
  ['chief', ['person']],
  ['ambassador', ['person']],
  ['envoy', ['person']],
  ['lawyer', ['person']],
  ['attorney', ['person']],
]);

/** Capitalised words that never start a name (days, months, sentence adverbs). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'however', 'but',
  'and', 'the', 'a', 'an', 'in', 'on', 'at', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'once', 'with', 'given', 'both', 'while', 'after',
  'before', 'since', 'as', 'if', 'when', 'there', 'here', 'meanwhile', 'also', 'still', 'yet', 'so', 'then',
  'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'according', 'for', 'of', 'to', 'by',
  'from', 'no', 'not', 'all', 'some', 'many', 'most', 'more', 'other', 'such', 'what', 'who', 'which', 'why',
  'how', 'where', 'although', 'though', 'despite', 'instead', 'thus', 'further', 'mr', 'mrs', 'ms', 'dr',
]);

/** Connectors allowed inside a capitalised name: "Syrian Observatory for Human Rights", "Bank of England". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'bin', 'al', 'el', 'on', '&']);

/** Common nouns that introduce an organisation's name ("meatpacker Frigorífico Boa Vista", "the broadcaster NOS", "environmental agency Ibama") and the kind they give. */
export const DESCRIPTORS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ...(['agency', 'regulator', 'watchdog', 'ministry', 'department', 'authority', 'body', 'commission', 'inspectorate'] as const).map((w): [string, ActorKind] => [w, 'government']),
  ...(['company', 'firm', 'meatpacker', 'operator', 'maker', 'manufacturer', 'producer', 'retailer', 'giant', 'carrier',
    'airline', 'insurer', 'lender', 'bank', 'developer', 'supplier', 'miner', 'startup', 'conglomerate', 'drugmaker',
    'automaker', 'carmaker', 'chipmaker', 'shipper', 'owner', 'contractor', 'exporter', 'importer', 'distributor', 'subsidiary',
    'platform', 'marketplace', 'retailer', 'processor', 'trader', 'utility', 'shipowner', 'charterer', 'pharmaceutical'] as const).map(
    (w): [string, ActorKind] => [w, 'company'],
  ),
  ...(['newspaper', 'broadcaster', 'daily', 'outlet', 'channel', 'tabloid', 'weekly', 'website', 'magazine', 'network'] as const).map((w): [string, ActorKind] => [w, 'media']),
  ...(['union'] as const).map((w): [string, ActorKind] => [w, 'union']),
  ...(['charity', 'organisation', 'organization', 'group', 'alliance', 'coalition', 'foundation', 'monitor', 'ngo'] as const).map((w): [string, ActorKind] => [w, 'ngo']),
  ...(['party'] as const).map((w): [string, ActorKind] => [w, 'political-group']),
  ...(['militia', 'paramilitary'] as const).map((w): [string, ActorKind] => [w, 'armed-group']),
]);
