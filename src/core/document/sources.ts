// Merges the source phrases of the whole article into sources: one per speaker,
// with every form the article uses for it. Runs over all paragraphs at once, as
// aliases reach across paragraphs (`Mark Rutte` … `Rutte`).
import {perLexicon, type Gender, type Lexicon} from '../lexicon/index.js'
import {acronymOfDocument, hasHead} from '../recognize/noun-phrase.js'
import {isPlural} from '../recognize/figures.js'
import {must} from '../must.js'
import {partitionPointOf} from '../search.js'
import {isAcronym, isCapitalized, type Token} from '../text/tokens.js'
import type {Mention, Source, SourceType} from '../types.js'
import type {SourceKind} from '../recognize/noun-phrase.js'
import type {SourceRef} from '../recognize/attribution.js'

/** What the merging reads of a source phrase: everything but where it stands. */
export interface Description {
  kind: SourceKind
  pronoun: SourceRef['pronoun']
  /** How the article writes it, without articles: `südkoreanischen Geheimdienstes`. */
  display: string
  /** A personal or proper name: `Kyrylo Budanow`, `Vogt`, `InfoCorp`. */
  name: string[] | null
  acronym: string | null
  expansion: string | null
  /** Stemmed words of a description without a name: `südkoreanisch geheimdienst`. */
  key: string
  role: string | null
  roleHead: string | null
  orgType: string | null
  type: SourceType
  /** What the role says of a person's gender (`Direktorin`), or null. */
  gender: Gender | null
  /** Sources named jointly with this one (`Polizei und Zoll teilten mit`), and the whole coordination as written. */
  partners: Description[]
  joint: string | null
  /**
   * A definite description of an institution's people (`die Ermittler`): words naming the
   * institutions it may refer back to.
   */
  staff: string[] | null
  /**
   * `den Angaben zufolge`: a definite phrase for what a source said, with no owner; it refers back
   * to the latest one.
   */
  statement: boolean
  /** A form of address stood before the name (`Mr. Comey`, `Frau Merkel`): a person. */
  honorific: boolean
  /** Many speakers under one name (`Some Democrats`, `Republicans`, `the Tories`): a group, never one person. */
  plural: boolean
  /**
   * A sentence's subject of one word (`hat sich Lierow eingesetzt`): a source only as the surname of a
   * person named in full, never one of its own nor an antecedent for a document or a kind of institution.
   */
  subjectOnly: boolean
}

/** A source phrase of the article: the phrase as its paragraph found it, which paragraph, and its description. */
export interface RefEntry {
  ref: SourceRef
  paragraph: number
  /** Null for a pronoun or a vague phrase, which name no one by themselves. */
  described: Description | null
}

/** The sources of an article without their mentions: what depends on the phrases and their order, not on offsets. */
export interface SourceGroups {
  /** In order of first mention; `members`: indices of the phrases, one per place. */
  groups: Array<{source: Omit<Source, 'mentions'>; members: number[]}>
  /** Source id for each phrase (by index), or null when a pronoun finds no antecedent. */
  sourceOf: Array<string | null>
}

/**
 * The word without the longest of the lexicon's stem endings it ends in (the corpus scorer's
 * stemming for de and en).
 */
export function stem(word: string, lexicon: Lexicon): string {
  if (word.length < lexicon.stemMinLength) return word
  for (const suffix of lexicon.stemSuffixes)
    if (word.endsWith(suffix)) return word.slice(0, word.length - suffix.length)
  return word
}

/** A phrase's description, or null for the kinds the merging does not describe (pronouns, vague phrases). */
export function describeRef(ref: SourceRef, lexicon: Lexicon, loneSubject = false): Description | null {
  if (ref.kind === 'vague') return staffOf(ref, lexicon) || isStatement(ref, lexicon) ? describe(ref, lexicon) : null
  if (ref.kind !== 'named' && ref.kind !== 'document') return null
  const described = describe(ref, lexicon)
  return loneSubject && described.name?.length === 1 && !described.acronym && !described.orgType
    ? {...described, subjectOnly: true}
    : described
}

/**
 * `die Ermittler`, `the investigators`: a definite description whose head names the
 * people of a kind of institution (lexicon `staff`); the words naming such institutions, else null.
 * Without an article (`Ermittler sagten`) or with an indefinite or possessive one it introduces nobody known.
 */
function staffOf(ref: SourceRef, lexicon: Lexicon): string[] | null {
  const head = ref.tokens.at(-1)
  if (!head || !isDefinite(ref, lexicon)) return null
  return lexicon.staff.get(head.lower) ?? null
}

/**
 * `den Angaben`, `these figures`: a definite phrase headed by what a source provides, without its
 * owner (no genitive).
 */
function isStatement(ref: SourceRef, lexicon: Lexicon): boolean {
  const head = ref.tokens.at(-1)
  if (!head || !isDefinite(ref, lexicon) || !hasHead(head, lexicon.infoNouns, lexicon)) return false
  return !ref.tokens.some((token, k) => k > 0 && lexicon.genitiveLinks.has(token.lower))
}

/** Opens with a definite article or a demonstrative: not an indefinite, not a possessive, and not bare. */
function isDefinite(ref: SourceRef, lexicon: Lexicon): boolean {
  if (ref.tokens.length < 2) return false
  const first = must(ref.tokens[0], 'a phrase of two tokens has a first')
  return (
    lexicon.determiners.has(first.lower) &&
    !lexicon.indefinites.has(first.lower) &&
    !lexicon.possessives.has(first.lower)
  )
}

/**
 * Everything the merging reads of a phrase, as one string: two paragraphs whose
 * phrases have the same fingerprints in the same order merge alike (perf: the
 * document pass reuses the groups while no source phrase changes).
 */
export function fingerprint(ref: SourceRef, described: Description | null): string {
  if (!described) return ref.kind + '\u0001' + ref.pronoun
  return JSON.stringify(described)
}

export function groupSources(entries: readonly RefEntry[], lexicon: Lexicon): SourceGroups {
  const refs = entries.map((entry) => entry.ref)
  const described = entries.map((entry) => entry.described)
  const parent = refs.map((_, index) => index)
  const find = (i: number): number => {
    const up = must(parent[i], 'every phrase has a parent')
    return up === i ? i : (parent[i] = find(up))
  }
  const entryAt = (i: number): RefEntry => must(entries[i], 'i indexes the phrases')
  // The gender a source's phrases say (`Ms. Khan`, `Direktorin`), by root: a phrase without one (`Khan`) must not
  // join a man and a woman of one name into one source.
  const genderOfRoot = new Map<number, Gender>()
  entries.forEach((entry, i) => {
    if (entry.described?.gender) genderOfRoot.set(i, entry.described.gender)
  })
  const union = (a: number, b: number) => {
    const ra = find(a)
    const rb = find(b)
    if (ra === rb) return
    const ga = genderOfRoot.get(ra)
    const gb = genderOfRoot.get(rb)
    if (ga && gb && ga !== gb) return
    const root = Math.min(ra, rb)
    parent[Math.max(ra, rb)] = root
    const gender = ga ?? gb
    if (gender) genderOfRoot.set(root, gender)
  }
  const named = described
    .map((d, i) => ({d, i}))
    .filter((x): x is {d: Description; i: number} => x.d !== null && x.d.kind === 'named')
  // Same name, same acronym, same description, or acronym spelled out. Perf: only
  // pairs that share a blocking key are compared (not every pair), and phrases that
  // read alike to sameSource() are compared once, as a group; same unions.
  const buckets = new Map<string, Map<string, {d: Description; members: number[]; alike: boolean}>>()
  for (const {d, i} of named) {
    const {signature, keys} = derivedOf(d, lexicon)
    for (const key of keys) {
      let groups = buckets.get(key)
      if (!groups) buckets.set(key, (groups = new Map()))
      for (const group of groups.values()) {
        if (!sameSource(group.d, d, lexicon)) continue
        // Members of a group that matches itself are joined already; one union joins them all.
        if (group.alike) union(must(group.members[0], 'a group has a member'), i)
        else for (const member of group.members) union(member, i)
      }
      const own = groups.get(signature)
      if (own) own.members.push(i)
      else groups.set(signature, {d, members: [i], alike: sameSource(d, d, lexicon)})
    }
  }
  // A surname or a role alone points to the one person who has it.
  const fullNames = indexBy(
    named.filter((x) => x.d.name && x.d.name.length > 1),
    (x) => {
      const full = x.d.name ?? []
      return [must(full[0], 'a full name has two words'), must(full.at(-1), 'a full name has two words')]
    }
  )
  // Perf: the person a surname points to depends on the word alone, so it is found once per word.
  const fullNameTargets = new Map<string, number | null>()
  /** `surnameOnly`: a lone subject (`Lierow`) is read as a surname, never as a first name (`James`, `Yet`). */
  const uniqueFullNameOf = (word: string, surnameOnly: boolean): number | null => {
    const key = (surnameOnly ? 's\u0000' : '') + word
    let target = fullNameTargets.get(key)
    if (target === undefined) {
      target = uniqueFullName(fullNames.get(word) ?? [], word, surnameOnly)
      fullNameTargets.set(key, target)
    }
    return target
  }
  const roleHolders = indexBy(
    named.filter((x) => x.d.name && x.d.roleHead !== null),
    (x) => (x.d.roleHead === null ? [] : [x.d.roleHead])
  )
  for (const {d, i} of named) {
    // A group (`Some Democrats`) is no one person's surname.
    const target =
      d.name && d.name.length === 1 && !d.plural
        ? uniqueFullNameOf(must(d.name[0], 'a name of one word'), d.subjectOnly)
        : d.name === null && d.roleHead
          ? uniqueRole(roleHolders.get(d.roleHead) ?? [], d.roleHead, i)
          : null
    if (target !== null && !gendersDiffer(d, must(described[target] ?? undefined, 'a target is described')))
      union(i, target)
  }
  // From here on a lone subject (`… hat sich Lierow eingesetzt`) is nobody's antecedent.
  const anchors = named.filter((x) => !x.d.subjectOnly)
  // `der Geheimdienst` and `National Intelligence Service` are one organisation when only one fits.
  const fitting = new Map<string, Array<{d: Description; i: number}>>()
  for (const {d, i} of named) {
    if (d.name || d.acronym || !d.orgType) continue
    const equivalents = lexicon.organizationTypes.get(d.orgType) ?? [d.orgType]
    // Perf: which organisations fit depends only on the kind, so it is found once per kind.
    let fits = fitting.get(d.orgType)
    if (!fits) {
      fits = anchors.filter(
        (x) =>
          x.d.type === 'organization' &&
          (x.d.acronym || x.d.name) &&
          mentionsAny([x.d.expansion, x.d.name?.join(' ') ?? null], equivalents)
      )
      fitting.set(d.orgType, fits)
    }
    const candidates = new Set(fits.filter((x) => x.i !== i).map((x) => find(x.i)))
    if (candidates.size === 1) union(i, must([...candidates][0], 'one candidate'))
  }
  // `die Behörde`, `the agency`: a bare kind of institution is the latest organisation named before it.
  // Perf: the organisations (and those of each kind) are listed once; the latest before `i` is a binary search.
  const allOrganizations = anchors.filter(
    (x) => x.d.type === 'organization' && (x.d.name || x.d.acronym || x.d.key.split(' ').length > 1)
  )
  const organizationsOfKind = new Map<string, Array<{d: Description; i: number}>>()
  for (const {d, i} of named) {
    if (d.name || d.acronym || !d.orgType || d.key.split(' ').length > 1) continue
    // Prefer one of the same kind (`die Behörde` → `Bundesamt`), else the latest organisation.
    const equivalents = lexicon.organizationTypes.get(d.orgType) ?? [d.orgType]
    let ofKind = organizationsOfKind.get(d.orgType)
    if (!ofKind) {
      ofKind = allOrganizations.filter((x) => mentionsAny([x.d.display], equivalents))
      organizationsOfKind.set(d.orgType, ofKind)
    }
    const before = lastBefore(ofKind, i) ?? lastBefore(allOrganizations, i)
    if (before) union(i, before.i)
  }
  // `the statement`, `der Bericht`: the latest source named before it.
  described.forEach((d, i) => {
    if (d?.kind !== 'document') return
    const before = lastBefore(anchors, i)
    if (before) union(i, before.i)
  })
  resolveStaff(described, anchors, union)
  // `den Angaben zufolge`: the statements of the latest source named in its paragraph or the one before.
  described.forEach((d, i) => {
    if (!d?.statement) return
    for (let j = i - 1; j >= 0 && entryAt(j).paragraph >= entryAt(i).paragraph - 1; j--) {
      const other = described[j]
      if (other && ((other.kind === 'named' && !other.subjectOnly) || (other.staff && find(j) !== j))) {
        union(i, j)
        return
      }
    }
  })
  const joints = jointSources(
    anchors,
    find,
    (a, b) => entryAt(a).paragraph === entryAt(b).paragraph && entryAt(a).ref.start === entryAt(b).ref.start,
    lexicon
  )
  const groups = new Map<number, number[]>()
  // A lone subject stays only in the source of a person named in full (or named alone elsewhere).
  const anchored = new Set(anchors.map((x) => find(x.i)))
  described.forEach((d, i) => {
    if (!d) return
    if ((d.kind === 'document' || d.staff || d.statement) && find(i) === i) return
    if (d.subjectOnly && !anchored.has(find(i))) return
    const root = find(i)
    const members = groups.get(root)
    if (members) members.push(i)
    else groups.set(root, [i])
  })
  const groupList: SourceGroups['groups'] = []
  const sourceOf: Array<string | null> = refs.map(() => null)
  const usedIds: UsedIds = {ids: new Set(), nextNumber: new Map()}
  const firstOf = (members: readonly number[]) => must(members[0], 'a group has a member')
  for (const members of [...groups.values()].sort((a, b) => firstOf(a) - firstOf(b))) {
    // Only described phrases join a group.
    const descriptions = members.map((i) => must(described[i] ?? undefined, 'a grouped phrase is described'))
    const source = buildSource(descriptions, usedIds, lexicon.slugFolds, joints.get(find(firstOf(members))))
    // The first phrase at each place (a claim's speaker may also be its sentence's subject).
    const places = new Set<string>()
    const placed = members.filter((i) => {
      const {paragraph, ref} = entryAt(i)
      const place = `${paragraph}:${ref.start}:${ref.end}`
      return !places.has(place) && !!places.add(place)
    })
    groupList.push({source, members: placed})
    for (const i of members) sourceOf[i] = source.id
  }
  // Pronouns stand for the latest source of a fitting kind named before them.
  const typeById = new Map(groupList.map(({source}) => [source.id, source.type]))
  // A one-word name is a person only for want of other evidence (`Nordwind reported …`): `it` may stand for it,
  // and then it is an organisation.
  const personByDefault = new Set(
    groupList
      .filter(
        ({source, members}) => source.type === 'person' && members.every((i) => isBareSingleName(described[i] ?? null))
      )
      .map(({source}) => source.id)
  )
  // `er` does not stand for a `Direktorin`, nor `sie` for a `Direktor`.
  const genderById = new Map(
    groupList.map(({source, members}) => [source.id, members.map((i) => described[i]?.gender).find(Boolean) ?? null])
  )
  // `die Zeitung …, nachdem sie berichtet hatte`: where nouns have grammatical gender, `sie` may stand for an
  // institution whose head noun is feminine (by the lexicon's feminine endings).
  const feminineInstitutions = new Set(
    groupList
      .filter(
        ({source, members}) =>
          source.type !== 'person' && members.some((i) => headIsFeminine(described[i] ?? null, lexicon))
      )
      .map(({source}) => source.id)
  )
  refs.forEach((ref, i) => {
    if (ref.kind !== 'pronoun') return
    /** The source of phrase `j` when the pronoun may stand for it, else null. */
    const fittingSource = (j: number): string | null => {
      // `sourceOf` has one slot per phrase; `?? null` only tells the checker so.
      const id = sourceOf[j] ?? null
      const type = id === null ? undefined : typeById.get(id)
      if (!type || id === null || entryAt(j).ref.kind === 'pronoun') return null
      if (ref.pronoun === 'person') {
        const said = lexicon.pronounGenders.get(ref.text.toLowerCase())
        const known = genderById.get(id)
        if (type !== 'person') return said === 'feminine' && feminineInstitutions.has(id) ? id : null
        return !(said && known && said !== known) ? id : null
      }
      if (ref.pronoun === 'thing') return type !== 'person' || personByDefault.has(id) ? id : null
      // `they`, `ihnen`: many people or an institution, never one person.
      return type !== 'person' || personByDefault.has(id) ? id : null
    }
    for (let j = i - 1; j >= 0; j--) {
      const id = fittingSource(j)
      if (id !== null) {
        sourceOf[i] = id
        if (ref.pronoun === 'thing' && personByDefault.delete(id)) retype(groupList, typeById, id, 'organization')
        break
      }
    }
  })
  return {groups: groupList, sourceOf}
}

/**
 * `die Ermittler`, `the investigators` (a definite description of an institution's people) stand for the
 * latest institution named before them whose name holds a word for such an institution (`Landeskriminalamt`),
 * or for joint speakers one of whom does; without one they stay vague.
 */
function resolveStaff(
  described: ReadonlyArray<Description | null>,
  named: ReadonlyArray<{d: Description; i: number}>,
  union: (a: number, b: number) => void
): void {
  described.forEach((d, i) => {
    if (!d?.staff) return
    const words = d.staff
    for (let k = partitionPointOf(named, (n) => n.i >= i) - 1; k >= 0; k--) {
      const {d: candidate, i: at} = must(named[k], 'k < named.length')
      if (candidate.type === 'person') continue
      const names = [candidate, ...candidate.partners].flatMap((c) => [
        c.display,
        c.name?.join(' ') ?? null,
        c.acronym,
        c.expansion
      ])
      if (mentionsAny(names, words)) {
        union(i, at)
        return
      }
    }
  })
}

/**
 * Joint speakers (`Polizei und Zoll teilten mit`) are one source listing all their names when none of them
 * speaks alone in the article (GUIDELINES, Sources); otherwise the statement stays with the first one named.
 * The phrase that names them, by the root of its group.
 */
function jointSources(
  named: ReadonlyArray<{d: Description; i: number}>,
  find: (i: number) => number,
  samePlace: (a: number, b: number) => boolean,
  lexicon: Lexicon
): Map<number, Description> {
  const joints = new Map<number, Description>()
  if (!named.some(({d}) => d.partners.length)) return joints
  const alone = named.filter((x) => !x.d.partners.length && (x.d.name || x.d.acronym))
  for (const {d, i} of named) {
    if (!d.partners.length) continue
    const root = find(i)
    // The same phrase registered again as its sentence's subject is no statement of its own.
    const leadAlone = alone.some((x) => find(x.i) === root && !samePlace(x.i, i))
    // A partner speaks alone under its own name or, for a person, under the surname (`Minister Kurt Lamm` … `Lamm`).
    const partnerAlone = d.partners.some((partner) =>
      alone.some(
        (x) =>
          sameSource(partner, x.d, lexicon) ||
          (x.d.name?.length === 1 &&
            partner.name !== null &&
            partner.name.length > 1 &&
            partner.name.at(-1) === x.d.name[0])
      )
    )
    if (!leadAlone && !partnerAlone && !joints.has(root)) joints.set(root, d)
  }
  return joints
}

/** The description's head noun (its last word outside the name) has a feminine ending: `Wahlkommission`. */
function headIsFeminine(d: Description | null, lexicon: Lexicon): boolean {
  if (!d || d.acronym) return false
  const words = d.display.split(' ').filter((word) => !d.name?.includes(word))
  // `Staatsanwaltschaft Darmstadt`: a name after its seat holds the kind, which is the head.
  const head = (words.at(-1) ?? (d.orgType ? d.name?.[0] : undefined))?.toLowerCase()
  return head !== undefined && lexicon.feminineSuffixes.some((ending) => head.endsWith(ending))
}

/** A name of one word, no role, no form of address: `Nordwind`, `Berg` (a person only for want of other evidence). */
function isBareSingleName(d: Description | null): boolean {
  return (
    d !== null &&
    d.name !== null &&
    d.name.length === 1 &&
    d.roleHead === null &&
    !d.honorific &&
    !d.acronym &&
    !d.orgType
  )
}

function retype(groups: SourceGroups['groups'], typeById: Map<string, SourceType>, id: string, type: SourceType): void {
  const group = groups.find(({source}) => source.id === id)
  if (group) group.source = {...group.source, type}
  typeById.set(id, type)
}

/** The sources with their mentions, placed by `placeOf` (phrase index → mention in the document). */
export function placeSources(sourceGroups: SourceGroups, placeOf: (index: number) => Mention): Source[] {
  return sourceGroups.groups.map(({source, members}) => ({...source, mentions: members.map(placeOf)}))
}

/** Everything sameSource() reads, so two phrases with one signature match the same phrases. */
function sameSourceSignature(d: Description): string {
  const field = (value: string | null) => (value === null ? '\u0002' : value + '\u0001')
  return [
    field(d.acronym),
    field(d.expansion),
    field(d.display),
    d.name ? d.name.length + '\u0001' + d.name.join('\u0001') : '\u0002',
    field(d.key),
    field(d.gender),
    String(d.plural)
  ].join('\u0000')
}

/** Keys two sources share whenever sameSource() can accept them; a new rule there needs its key here. */
function blockingKeys(d: Description, lexicon: Lexicon): string[] {
  const keys: string[] = []
  if (d.acronym) keys.push('a\u0000' + d.acronym, 'x\u0000' + stemmedKey(d.expansion ?? '', lexicon))
  if (d.expansion === null) keys.push('x\u0000' + stemmedKey(d.display, lexicon))
  if (d.name?.length === 1) keys.push('a\u0000' + d.name[0])
  if (d.name) keys.push('n\u0000' + nameKeyOf(d, d.name, lexicon))
  if (!d.name && !d.acronym && d.key !== '') keys.push('k\u0000' + d.key)
  return [...new Set(keys)]
}

function sameSource(a: Description, b: Description, lexicon: Lexicon): boolean {
  if (a.acronym && b.acronym) return a.acronym === b.acronym
  if (a.acronym && b.expansion === null && stemmedKey(b.display, lexicon) === stemmedKey(a.expansion ?? '', lexicon))
    return true
  if (b.acronym && a.expansion === null && stemmedKey(a.display, lexicon) === stemmedKey(b.expansion ?? '', lexicon))
    return true
  if (a.acronym && b.name?.length === 1 && b.name[0] === a.acronym) return true
  if (b.acronym && a.name?.length === 1 && a.name[0] === b.acronym) return true
  // `Mr. Khan` and `Ms. Khan` are two people; `the Khans` are not `Mr. Khan`.
  if (a.name && b.name)
    return (
      !gendersDiffer(a, b) && a.plural === b.plural && nameKeyOf(a, a.name, lexicon) === nameKeyOf(b, b.name, lexicon)
    )
  if (!a.name && !b.name && !a.acronym && !b.acronym) return a.key !== '' && a.key === b.key
  return false
}

function gendersDiffer(a: Description, b: Description): boolean {
  return a.gender !== null && b.gender !== null && a.gender !== b.gender
}

/**
 * Perf: each entry under each of its keys, in order, an entry once per key; so a look-up replaces a
 * scan of all names.
 */
function indexBy<T>(entries: readonly T[], keysOf: (entry: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>()
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const list = index.get(key)
      if (list) list.push(entry)
      else index.set(key, [entry])
    }
  }
  return index
}

/** The last entry with `i` below `before` in a list sorted by `i` (binary search). */
function lastBefore<T extends {i: number}>(sorted: readonly T[], before: number): T | undefined {
  const next = partitionPointOf(sorted, (item) => item.i >= before)
  return next > 0 ? sorted[next - 1] : undefined
}

/** `named`: the people whose full name begins or ends with `word`, in text order (see indexBy). */
function uniqueFullName(
  named: ReadonlyArray<{d: Description; i: number}>,
  word: string,
  surnameOnly: boolean
): number | null {
  const matches = named.filter(
    (x) => x.d.name && x.d.name.length > 1 && (x.d.name.at(-1) === word || (!surnameOnly && x.d.name[0] === word))
  )
  const names = new Set(matches.map((x) => x.d.name?.join(' ')))
  return names.size === 1 ? must(matches[0], 'one name, so a match').i : null
}

/** `named`: the named people with this role head, in text order (see indexBy). */
function uniqueRole(named: ReadonlyArray<{d: Description; i: number}>, roleHead: string, self: number): number | null {
  const matches = named.filter((x) => x.i !== self && x.d.name && x.d.roleHead === roleHead)
  const names = new Set(matches.map((x) => x.d.name?.join(' ')))
  if (names.size === 1) return must(matches[0], 'one name, so a match').i
  // Several people hold it: the latest one named before.
  const before = matches.filter((x) => x.i < self).at(-1)
  return before ? before.i : null
}

function mentionsAny(texts: ReadonlyArray<string | null>, words: readonly string[]): boolean {
  return texts.some((text) => text !== null && words.some((word) => text.toLowerCase().includes(word)))
}

const stemmedKey = (text: string, lexicon: Lexicon) => {
  // Perf: the same names and descriptions recur in every pass and every edit; remember their keys.
  const stemmedKeys = stemmedKeysOf(lexicon)
  let key = stemmedKeys.get(text)
  if (key === undefined) {
    key = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word) => stem(word, lexicon))
      .join(' ')
    if (stemmedKeys.size >= 100_000) stemmedKeys.clear()
    stemmedKeys.set(text, key)
  }
  return key
}
const stemmedKeysOf = perLexicon(() => new Map<string, string>())

/**
 * Perf: a description's stemmed name, worked out once (jointSources compares each partner with every
 * name that speaks alone; a description belongs to one lexicon).
 */
const nameKeys = new WeakMap<Description, string>()
const nameKeyOf = (d: Description, name: readonly string[], lexicon: Lexicon) => {
  let key = nameKeys.get(d)
  if (key === undefined) nameKeys.set(d, (key = stemmedKey(name.join(' '), lexicon)))
  return key
}

const derived = new WeakMap<Description, {signature: string; keys: string[]}>()

/**
 * sameSourceSignature() and blockingKeys() of `d`, worked out once per description (perf; a
 * description belongs to one lexicon).
 */
function derivedOf(d: Description, lexicon: Lexicon): {signature: string; keys: string[]} {
  let known = derived.get(d)
  if (!known) derived.set(d, (known = {signature: sameSourceSignature(d), keys: blockingKeys(d, lexicon)}))
  return known
}

function describe(ref: SourceRef, lexicon: Lexicon): Description {
  let words = ref.tokens.filter((t) => t.kind === 'word' || t.text === '(' || t.text === ')' || t.text === ',')
  // `Some Democrats`, `Both Cruz and Fiorina`: a plural opener makes a group and is no part of the name.
  let pluralOpener = false
  for (
    let opener = words[0];
    opener &&
    (lexicon.determiners.has(opener.lower) ||
      lexicon.prepositions.has(opener.lower) ||
      lexicon.pluralOpeners.has(opener.lower));
    opener = words[0]
  ) {
    if (lexicon.pluralOpeners.has(opener.lower)) pluralOpener = true
    words = words.slice(1)
  }
  const open = words.findIndex((t) => t.text === '(')
  const close = words.findIndex((t) => t.text === ')')
  const inParens = open >= 0 && close > open ? words.slice(open + 1, close) : []
  const outside = open >= 0 && close > open ? [...words.slice(0, open), ...words.slice(close + 1)] : words
  const comma = outside.findIndex((t) => t.text === ',')
  let roleIndex = outside.findIndex((t) => t.text !== ',' && hasHead(t, lexicon.roleNouns, lexicon))
  // `Kämmerer Paul Frick`: an agent noun before a first and last name is an office the lexicon lacks.
  const capitalRun = outside.filter((t) => t.kind === 'word')
  const office = capitalRun[0]
  if (
    roleIndex < 0 &&
    office &&
    capitalRun.length === 3 &&
    capitalRun.every((t) => isCapitalized(t)) &&
    lexicon.roleSuffixes.some((suffix) => office.lower.endsWith(suffix))
  ) {
    roleIndex = outside.indexOf(office)
  }
  // `Mr.`, `Frau`: a form of address stands before the name and is no part of it, but says the source is a person.
  const honorificToken = outside.find((t) => lexicon.honorifics.has(t.lower))
  const isHonorific = (t: Token) => lexicon.honorifics.has(t.lower)
  const isName = (t: Token) =>
    t.kind === 'word' &&
    (isCapitalized(t) || isAcronym(t)) &&
    !hasHead(t, lexicon.roleNouns, lexicon) &&
    !lexicon.genitiveLinks.has(t.lower) &&
    !isHonorific(t)
  // `James B. Comey`: an initial keeps its dot.
  const nameText = (t: Token) =>
    t.text.length === 1 && ref.tokens[ref.tokens.indexOf(t) + 1]?.text === '.' ? t.text + '.' : t.text
  let name: string[] | null = null
  let role: string | null = null
  let roleHead: string | null = null
  if (roleIndex >= 0) roleHead = roleHeadOf(must(outside[roleIndex], 'the role is outside the brackets'), lexicon)
  if (comma >= 0) {
    // Apposition: `Chef des Militärgeheimdienstes, Kyrylo Budanow`.
    const after = outside.slice(comma + 1).filter(isName)
    if (after.length) name = after.map(nameText)
    role = joinTokens(outside.slice(0, comma))
  } else if (roleIndex >= 0) {
    const after: Token[] = []
    for (const t of outside.slice(roleIndex + 1)) {
      if (isHonorific(t) && !after.length) continue
      if (!isName(t)) break
      after.push(t)
    }
    if (after.length) name = after.map(nameText)
    else role = joinTokens(outside)
  }
  // An acronym names the organisation when it is the head or defined in brackets, not in `US military`.
  const lastWord = outside.filter((t) => t.kind === 'word').at(-1)
  const acronymToken =
    roleIndex >= 0
      ? undefined
      : [lastWord, ...inParens].find((t): t is Token => !!t && isAcronym(t) && t.text.length >= 2 && t.text.length <= 6)
  // A single capitalised word in brackets after a description is its short name: `(Destatis)`.
  const bracketed = inParens[0]
  const shortName =
    !acronymToken && roleIndex < 0 && inParens.length === 1 && bracketed && isCapitalized(bracketed)
      ? bracketed
      : undefined
  // `WHO-Gesundheitsbericht`: the acronym that issued the document.
  const issuer = !acronymToken && !shortName && roleIndex < 0 && lastWord ? acronymOfDocument(lastWord, lexicon) : null
  const acronym = acronymToken ? acronymToken.text : shortName ? shortName.text : issuer
  let expansion: string | null = null
  if (acronym && inParens.length) {
    expansion = inParens.some((t) => t === acronymToken || t === shortName)
      ? joinTokens(outside.filter((t) => t.kind === 'word' && t.text !== acronym))
      : joinTokens(inParens)
  }
  const capitalized = outside.filter((t) => t.kind === 'word' && isCapitalized(t) && !isHonorific(t))
  const lowerWords = outside.filter((t) => t.kind === 'word' && !isCapitalized(t))
  const article = ref.tokens[0]
  const determined = article !== undefined && lexicon.determiners.has(article.lower)
  if (!name && !acronym && roleIndex < 0) {
    // No article before it: a name (`Vogt`, `Anna Berger`, `InfoCorp`); where capitals mark names,
    // also after one (`the Pentagon`).
    const capitalMarksName = !lexicon.capitalisedNouns
    if (
      (!determined || capitalMarksName) &&
      capitalized.length > 0 &&
      (capitalMarksName
        ? lowerWords.length === 0 || capitalized.length + (honorificToken ? 1 : 0) >= 2
        : lowerWords.length === 0)
    ) {
      if (!hasHead(must(outside.at(-1), 'capitalised words lie outside'), groupOrDocumentNouns(lexicon), lexicon))
        name = capitalized.map((t) => nameText(t).replace(/\.(?:com|org|net|gov|edu|de|at|ch|io)$/u, ''))
    }
  }
  // `das Institut Demoskop`, `der Konzern Nordwind`: where capitals mark nouns, capitalised words after a
  // leading kind of institution are its name.
  if (
    !name &&
    !acronym &&
    roleIndex < 0 &&
    lexicon.capitalisedNouns &&
    comma < 0 &&
    outside.length >= 2 &&
    kindOfWord(must(outside[0], 'outside.length >= 2').lower, lexicon) < organizationKinds(lexicon).length
  ) {
    const rest = outside.slice(1)
    if (
      rest.every(
        (t) =>
          t.kind === 'word' &&
          isCapitalized(t) &&
          kindOfWord(t.lower, lexicon) >= organizationKinds(lexicon).length &&
          !hasHead(t, groupOrDocumentNouns(lexicon), lexicon)
      )
    )
      // `die Staatsanwaltschaft Darmstadt`: an authority is named after its seat, so the name keeps the kind.
      name = (hasHead(must(outside[0], 'outside.length >= 2'), lexicon.seatNamed, lexicon) ? outside : rest).map(
        (t) => t.text
      )
  }
  const display = joinTokens(words.filter((t) => t.text !== ',' || comma < 0)).replace(/\s*,\s*$/, '')
  const head = outside.filter((t) => t.kind === 'word').at(-1)
  // The first kind of institution (in lexicon order) that any word names.
  const kinds = organizationKinds(lexicon)
  let kindIndex = kinds.length
  for (const t of outside) kindIndex = Math.min(kindIndex, kindOfWord(t.lower, lexicon))
  const orgType = kinds[kindIndex] ?? null
  const partnered = (ref.partners ?? []).length > 0
  // Many speakers: a plural opener (`Some Democrats`, not the `Both` of a coordination), a political camp
  // (`Republicans`), or where capitals mark names, one name after an article in the plural (`the Tories`).
  const plural =
    roleIndex < 0 &&
    !acronym &&
    !orgType &&
    ((pluralOpener && !partnered) ||
      (name !== null && lexicon.groupNames.has(name.join(' ').toLowerCase())) ||
      (name?.length === 1 &&
        determined &&
        !lexicon.capitalisedNouns &&
        isPlural(must(name[0], 'one word').toLowerCase(), lexicon)))
  const honorific = name !== null && honorificToken !== undefined
  let type: SourceType = 'group'
  if (plural) type = 'group'
  else if (honorific) type = 'person'
  // An inner capital (`InfoCorp`) marks a brand; tested per word, as two names joined would always show one.
  else if (
    name &&
    (roleIndex >= 0 || (name.length >= 2 && !orgType && !acronym && !name.some((word) => /\p{Ll}\p{Lu}/u.test(word))))
  )
    type = 'person'
  else if (!name && roleIndex >= 0) type = 'person'
  else if (acronym || orgType || (name && /\p{Ll}\p{Lu}|\.com$/u.test(ref.text))) type = 'organization'
  else if (ref.kind === 'document' || (head && hasHead(head, lexicon.documentNouns, lexicon))) type = 'document'
  // `the Pentagon`: one name after an article is an institution, not a person.
  else if (name && name.length === 1 && !lexicon.capitalisedNouns) type = determined ? 'organization' : 'person'
  const key = stemmedKey(
    joinTokens(
      outside.filter((t) => (t.kind === 'word' && !hasHead(t, lexicon.roleNouns, lexicon)) || t === outside[roleIndex])
    ),
    lexicon
  )
  const gender =
    (roleIndex >= 0 ? roleGender(must(outside[roleIndex], 'the role is outside the brackets').lower, lexicon) : null) ??
    (honorificToken ? (lexicon.honorifics.get(honorificToken.lower) ?? null) : null)
  const partners = (ref.partners ?? []).map((partner) => describe(partner, lexicon))
  const joint = partners.length ? jointText([display, ...partners.map((partner) => partner.display)], lexicon) : null
  return {
    kind: ref.kind,
    pronoun: ref.pronoun,
    display,
    name,
    acronym,
    expansion,
    key,
    role,
    roleHead,
    orgType,
    type,
    gender,
    partners,
    joint,
    staff: ref.kind === 'vague' ? staffOf(ref, lexicon) : null,
    statement: ref.kind === 'vague' && isStatement(ref, lexicon),
    honorific,
    plural,
    subjectOnly: false
  }
}

const roleSet = perLexicon((lexicon) => new Set(lexicon.roleNouns))

/**
 * The gender a role says (`Pressesprecherin`), by a role of the lexicon it ends in: one with a feminine
 * ending whose stem is a role too is feminine (`Direktorin`), one that takes the ending is masculine (`Direktor`).
 */
function roleGender(word: string, lexicon: Lexicon): Gender | null {
  const roles = roleSet(lexicon)
  for (const ending of lexicon.feminineRoleEndings) {
    // `Außenminister` ends in the role `Minister`, which takes the ending.
    for (const role of lexicon.roleNouns) {
      if (!word.endsWith(role)) continue
      if (role.endsWith(ending) && roles.has(role.slice(0, -ending.length))) return 'feminine'
      if (roles.has(role + ending)) return 'masculine'
    }
  }
  return null
}

/** The kinds of institution, in lexicon order. */
const organizationKinds = perLexicon((lexicon) => [...lexicon.organizationTypes.keys()])
const kindsOfWords = perLexicon(() => new Map<string, number>())

/**
 * The index of the first kind of institution a word names (`Ministerium`, with
 * `closedCompounds` also inside a compound: `Innenministerium`), or the number of kinds
 * when none. Perf: remembered per word and lexicon.
 */
function kindOfWord(lower: string, lexicon: Lexicon): number {
  const known = kindsOfWords(lexicon)
  let index = known.get(lower)
  if (index === undefined) {
    const kinds = [...lexicon.organizationTypes.values()]
    index = kinds.findIndex((equivalents) =>
      equivalents.some((e) => lower === e || (lexicon.closedCompounds && lower.includes(e)))
    )
    if (index < 0) index = kinds.length
    if (known.size >= 50_000) known.clear()
    known.set(lower, index)
  }
  return index
}

/** Group and document nouns as one list, the same each time (perf: hasHead indexes a list it sees again). */
const groupOrDocumentNouns = perLexicon((lexicon) => [...lexicon.groupNouns, ...lexicon.documentNouns])

function roleHeadOf(token: Token, lexicon: Lexicon): string {
  for (const role of lexicon.roleNouns)
    if (token.lower === role || token.lower.endsWith(role)) return stem(role, lexicon)
  return stem(token.lower, lexicon)
}

/**
 * `Polizei, Zoll und Staatsanwaltschaft`: the names of joint speakers as one list, joined by the
 * language's first coordinator.
 */
function jointText(displays: readonly string[], lexicon: Lexicon): string {
  const and = [...lexicon.coordinators][0] ?? ','
  return displays.length < 2 ? displays.join('') : `${displays.slice(0, -1).join(', ')} ${and} ${displays.at(-1)}`
}

function joinTokens(tokens: readonly Token[]): string {
  let out = ''
  tokens.forEach((token, index) => {
    const glue =
      index === 0 ||
      (!token.spaced && token.text !== '(') ||
      tokens[index - 1]?.text === '(' ||
      token.text === ')' ||
      token.text === ','
    out += (glue && index > 0 ? '' : index > 0 ? ' ' : '') + token.text
  })
  return out.trim()
}

function buildSource(
  members: Description[],
  usedIds: UsedIds,
  folds: ReadonlyMap<string, string>,
  joint?: Description
): Omit<Source, 'mentions'> {
  const person =
    members.find((d) => d.type === 'person' && d.name && d.name.length > 1) ??
    members.find((d) => d.type === 'person' && d.name)
  const acronym = members.find((d) => d.acronym)?.acronym ?? null
  const type = pickType(members)
  let name: string
  // A surname alone is named with its form of address, as the article does (`Mr. Pence`).
  const surname = person?.name?.length === 1 ? person.name.join(' ') : null
  const addressed = members.find((d) => surname !== null && d.honorific && d.name?.join(' ') === surname)
  if (type === 'person' && addressed) name = addressed.display
  else if (type === 'person' && person?.name) name = person.name.join(' ')
  else if (acronym) name = acronym
  else {
    const longest = must(
      [...members].sort((a, b) => (b.name?.length ?? 0) - (a.name?.length ?? 0))[0],
      'a source has members'
    )
    name = longest.name?.join(' ') ?? must(members[0], 'a source has members').display
  }
  if (joint?.joint) name = joint.joint
  const aliases: string[] = []
  const add = (alias: string | null) => {
    const clean = alias?.trim()
    if (clean && !aliases.includes(clean)) aliases.push(clean)
  }
  add(name)
  for (const d of members) {
    if (d.name) add(d.name.join(' '))
    add(d.acronym)
    add(d.expansion)
    // A role in apposition describes the person; it is kept apart from the names.
    // `den Angaben` names nobody; it only refers back.
    if (!(d.role && d.name) && !d.statement) add(d.display)
  }
  // Joint speakers: every one of them is a name of the source.
  for (const partner of joint?.partners ?? []) {
    if (partner.name) add(partner.name.join(' '))
    add(partner.acronym)
    add(partner.display)
  }
  const role = members.find((d) => d.role && d.name)?.role ?? null
  const id = uniqueId(slug(name, folds), usedIds)
  return {id, name, aliases, type: joint ? 'group' : type, role}
}

/** The strongest evidence wins: an office makes a person, an acronym or kind of institution an organisation. */
function pickType(members: readonly Description[]): SourceType {
  if (members.some((d) => (d.roleHead !== null || d.honorific) && d.type === 'person')) return 'person'
  if (members.some((d) => d.acronym || d.orgType)) return 'organization'
  // `Some Democrats` … `Democrats`: evidence of many outweighs a bare name's default.
  if (members.some((d) => d.plural)) return 'group'
  for (const type of ['person', 'organization', 'group', 'document'] as const)
    if (members.some((d) => d.type === type)) return type
  return 'group'
}

/** The ids given so far, and for each slug the number to try next. */
interface UsedIds {
  ids: Set<string>
  nextNumber: Map<string, number>
}

/**
 * `base`, else `base-2`, `base-3`, … (`source` for an empty slug). Perf: the
 * numbering of a slug resumes where it stopped (ids are only ever added), so
 * many sources with one slug, such as names in a script without Latin letters,
 * do not try every number again each.
 */
function uniqueId(base: string, used: UsedIds): string {
  let id = base || 'source'
  let n = used.nextNumber.get(base) ?? 2
  for (; used.ids.has(id); n++) id = `${base}-${n}`
  used.nextNumber.set(base, n)
  used.ids.add(id)
  return id
}

/**
 * An id from a name: the language's own spellings (`ü` → `ue`, in `slugFolds`), other accents
 * dropped, Latin letters and digits kept.
 */
function slug(text: string, folds: ReadonlyMap<string, string>): string {
  let folded = ''
  for (const char of text.toLowerCase()) folded += folds.get(char) ?? char
  const dashed = folded
    .normalize('NFKD')
    // Combining accents go with their letter (`José` → `jose`), not into a hyphen.
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/[^a-z0-9-]/g, '')
  // Hyphens trimmed from both ends by a walk: `/^-+|-+$/` is quadratic on a long
  // run of hyphens inside, which dropping non-Latin letters leaves (`peter-----jones`).
  let start = 0
  let end = dashed.length
  while (start < end && dashed.charCodeAt(start) === 45) start++
  while (end > start && dashed.charCodeAt(end - 1) === 45) end--
  return dashed.slice(start, end)
}
