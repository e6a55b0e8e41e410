/**
 * Dutch words that are also (parts of) people's names. The anonymiser replaces names in free text
 * case-insensitively, but a name that is also an ordinary word ("Bakker" and "bakker", "Wijk" and
 * "de wijk", "Ben" and "ik ben") is only taken for a name when it is written with a capital, and
 * the words of SENTENCE_WORDS not even then at the start of a sentence ("Meer deelnemers…",
 * "Ben je er?"), unless a form of address or the rest of the name goes with it ("mevrouw Meer",
 * "Ben de Groot"). All lower case, without diacritics.
 */

/** Given names that are also Dutch words. */
const GIVEN = [
  'amber', 'arend', 'bas', 'ben', 'dik', 'els', 'fleur', 'frank', 'hoop', 'iris', 'jet', 'job', 'lei', 'lex', 'lies',
  'lot', 'mark', 'max', 'mees', 'mei', 'merel', 'riet', 'rob', 'roos', 'storm', 'ton', 'toon', 'valentijn', 'wiel',
  'wil', 'zus', 'april', 'juni',
]

/** Surnames (without their tussenvoegsels) that are also Dutch words. */
const SURNAMES = [
  'akker', 'baas', 'bakker', 'berg', 'best', 'beek', 'bloem', 'boer', 'boot', 'bos', 'braak', 'brink', 'broek', 'brouwer',
  'brug', 'bruin', 'burg', 'dam', 'dekker', 'dijk', 'goede', 'graaf', 'groen', 'groot', 'haan', 'haas', 'hart', 'heide',
  'heuvel', 'hof', 'hoek', 'hout', 'jong', 'kamp', 'kat', 'keizer', 'kerk', 'klein', 'knecht', 'kok', 'koning', 'kort',
  'koster', 'kraai', 'kramer', 'kuiper', 'laan', 'lang', 'lange', 'leeuw', 'leeuwen', 'linden', 'maan', 'meer', 'mol',
  'molen', 'oude', 'paus', 'pauw', 'plas', 'post', 'prins', 'ridder', 'rijk', 'rood', 'ruiter', 'schaap', 'schilder',
  'schipper', 'sluis', 'smit', 'steen', 'ster', 'sterk', 'stoel', 'timmerman', 'tuin', 'valk', 'veen', 'veld', 'ven',
  'vink', 'vis', 'visser', 'vogel', 'vos', 'vossen', 'vrede', 'vrij', 'wal', 'water', 'wijk', 'wijs', 'winter', 'wit',
  'wolf', 'zee', 'zomer', 'zwaan', 'zwart',
]

/** Of those, the words that often begin a Dutch sentence: verbs, adjectives, adverbs, "meer". */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'ben', 'best', 'goede', 'groen', 'groot', 'hoop', 'jong', 'klein', 'kort', 'lang', 'lange', 'meer', 'oude', 'rijk',
  'rood', 'sterk', 'toon', 'vrij', 'wil', 'wijs', 'wit', 'zwart', 'bruin',
])

export const NAME_WORDS: ReadonlySet<string> = new Set([...GIVEN, ...SURNAMES])

/** Forms of address before a surname ("mevrouw Kleijnen", "dhr. Bakker"); folded, lower case. */
export const FORMS_OF_ADDRESS = ['mevrouw', 'mevr.', 'mw.', 'meneer', 'mijnheer', 'mr.', 'dhr.', 'de heer', 'juf', 'juffrouw', 'meester', 'dokter', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.'] as const
