"""Stand-alone text: a unit's text made to read on its own. Rewrites are sentence-cased; "this operation" /
"the attack" subjects are replaced by the event they refer to in the preceding sentences; "he", "his", "its",
"the institute" by the person or body the article named before (``Antecedents``); relative times by dates
(``dates.relative_time_edits``); and a time phrase that opens the sentence is carried into a clause taken from later
in it. The claim's span (its own words in the article) is never changed: only its ``text``."""

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from claims.extraction import claim_types, lexicon
from claims.extraction.attribution import (
    Attribution,
    according_to,
    body_it_reports,
    described_as_person,
    first_conjunct,
    gender_fits,
    inside_quotation,
    is_person_entity,
    last_conjunct,
    name_it_goes_by,
    names_a_body,
    np_head,
    reporting_verb_over,
)
from claims.extraction.dates import A_YEAR, MONTHS, WEEKDAYS, relative_time_edits
from claims.extraction.doccache import (
    children_of,
    doc_ents,
    doc_text,
    entity_of,
    ents_within,
    span_text,
    span_tokens,
    text_of,
    token_attrs,
    tokens_of,
)
from claims.extraction.mentions import clean_name, entity_name, leading_title
from claims.extraction.units import MAIN_KINDS, Unit, UnitKind

# Heads of definite descriptions that stand for a body the article named before ("the institute" -> "the National
# Institute of Public Health"), matched to an earlier name holding a word with the same first five letters.
BODY_HEADS = lexicon.BODY_HEADS
# Heads that stand for any organisation named last when no name shares their word ("the group" -> "Clear Rivers").
ANY_BODY_HEADS = frozenset(["group", "organisation", "organization", "company", "firm"])
# Heads that call a place a settlement ("Moka, a city of 300,000"): such a place is not "the country".
SETTLEMENTS = frozenset(["city", "town", "village", "capital", "port", "district", "suburb", "settlement", "resort"])
# The article's first event (what "the attack" means) is looked for in its first sentences only.
LEAD_SENTENCES = 3
# Events without an attacker: "the quake" is "in" its place, "the attack" "on" it.
NATURAL_EVENTS = frozenset(
    [
        *("quake", "earthquake", "flood", "flooding", "fire", "wildfire", "blaze", "storm", "spill", "outbreak"),
        *("landslide", "avalanche", "heatwave", "drought", "hurricane", "cyclone", "typhoon", "tornado", "tsunami"),
        *("eruption", "mudslide", "blizzard"),
    ]
)
# Nouns for an event a later "the <noun>" stands for.
EVENT_HEADS = lexicon.EVENT_NOUNS | NATURAL_EVENTS | frozenset(["strike", "strikes"])
# What belongs to an event ("the victims", "the death toll"), with the word that joins it to the event.
EVENT_PARTS = {"victims": "of", "toll": "from", "site": "of", "survivors": "of", "aftermath": "of", "cause": "of"}
# Events that can have victims, of the words a lead's verb gives (not "seizure", "capture", "killing" or "arrest").
_HARMFUL_EVENTS = frozenset(["strike", "attack", "bombing", "shelling", "raid", "assault"])
# Verbs that make someone a suspect or a defendant, or a victim, with the words for several people they were done to
# ("the suspects"); and a cheap test of a sentence's text for them.
CHARGING_VERBS = frozenset(["arrest", "detain", "charge", "indict", "sentence", "convict", "jail"])
ACTED_ON = {
    **{verb: ("suspects", "defendants", "accused", "detainees") for verb in CHARGING_VERBS},
    **{verb: ("victims",) for verb in ("kill", "injure", "wound", "hurt")},
}
_ACTED_ON_IN = re.compile(r"\b(?:arrest|detain|charg|indict|sentenc|convict|jail|kill|injur|wound|hurt)", re.IGNORECASE)
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
# Words for people who do research, one for another in news ("Scientists at X found ... The researchers used").
_RESEARCHERS = {"researcher": "researchers", "scientist": "scientists"}
# What a place has and a body has not: "its coast" is a country's or an island's.
_PARTS_OF_A_PLACE = frozenset(
    [
        *("coast", "coastline", "shore", "border", "capital", "outskirts", "waters", "airspace", "territory"),
        *("mainland", "slope", "slopes", "summit", "crater", "foothills", "flank", "flanks", "banks", "shores"),
    ]
)
# The first word of a natural feature's name, which the tagger may read as a person's ("Mount Kalani").
_FEATURE_WORDS = frozenset(["mount", "lake", "cape", "mountain", "river", "bay", "gulf", "glacier", "volcano"])
# Names only a state has: "the Bank of Vessland", "the Republic of Tarsia" (group 1: the state).
_STATE_BODY = re.compile(r"(?:(?:Central|National|Reserve) )?(?:Bank|Republic|Kingdom) of ([A-Z][a-z]+)$")
# Nouns for a natural place a one-word name before them names ("the Tolla river").
_NATURAL_FEATURES = frozenset(["river", "valley", "coast", "lake", "bay", "reservoir"])
_KINDS_OF_PLACE = SETTLEMENTS | {"island", "country", "province", "region", "state", "district", "county"}
# Words for an armed body's people, and the bodies they belong to.
_TROOP_WORDS = frozenset(["forces", "troops", "soldiers", "fighters"])
# Words for the members of an armed group, and the last words of such a group's name ("Northern Liberation Front").
_INSURGENT_WORDS = frozenset(["rebels", "insurgents", "militants"])
_ARMED_GROUP_HEADS = frozenset(["front", "movement", "brigade", "brigades", "militia", "militias", "liberation"])
_ARMIES = ("army", "military", "militia", "navy", "guard")  # in order of preference
# Words that make an army's name an insurgents' ("the Kessov Liberation Army", "the People's Revolutionary Army").
_INSURGENT_NAME_WORDS = frozenset(["liberation", "revolutionary", "resistance", "rebel", "insurgent", "independence"])


def _armed_group(name: str) -> bool:
    """Whether a body's name is an armed group's ("Northern Liberation Front", "the Kessov Liberation Army"), not a
    state's army."""
    words = name.lower().split()
    return _own_head(name) in _ARMED_GROUP_HEADS or (
        _own_head(name) == "army" and bool(_INSURGENT_NAME_WORDS & set(words))
    )


# Words for a business by what it runs ("the second-largest mobile operator", "a major supplier").
_OPERATORS = frozenset(["operator", "supplier", "producer", "lender", "employer", "provider", "exporter", "importer"])
# Units an amount is counted in ("a 12 million euro contract", "a 40 megawatt plant").
_UNITS = frozenset(
    [
        *("euro", "dollar", "pound", "franc", "krona", "krone", "yen", "yuan", "rupee", "peso", "lira", "rouble"),
        *("tonne", "ton", "kilometre", "kilometer", "mile", "metre", "meter", "hectare", "litre", "megawatt"),
    ]
)
# Words for a ship or another craft, whose name is no company's.
_VESSELS = frozenset(
    ["vessel", "ship", "tanker", "ferry", "freighter", "trawler", "yacht", "liner", "boat", "aircraft", "plane"]
)
# Road and rail vehicles a lead may name, which a later "the vehicle" stands for (lemmas).
_VEHICLES = frozenset(
    [
        *("coach", "bus", "minibus", "truck", "lorry", "tram", "train", "van", "car", "tanker", "boat", "dinghy"),
        *("plane", "jet", "aircraft", "helicopter", "airliner"),
    ]
)
# Verbs of a journey, whose "from" and "to" name places.
_TRAVEL_VERBS = frozenset(["sail", "fly", "travel", "drive", "head", "return", "flee", "go"])
# The people who wrote a document ("Its authors said").
_AUTHORS = frozenset(["author", "co-author", "editor", "researcher"])
# Nouns for a stretch of time: "this season" is no description.
_TIMES = frozenset(["season", "year", "month", "week", "day", "night", "weekend", "term", "quarter", "decade", "time"])
# What a company's stock is called ("Shares in Kestrel Telecom fell").
_SHARE_WORDS = frozenset(["share", "stock"])
# Works of research, the bodies that do research, and a cheap test of a sentence's text for the first.
_STUDY_WORDS = frozenset(["study", "research", "paper", "survey", "analysis"])
_RESEARCH_BODIES = frozenset(["university", "institute", "college", "school", "laboratory", "centre", "center"])
_STUDY_IN = re.compile(r"\b(?:study|research|paper|survey|analysis) (?:by|from)\b")
# Events aimed at their place: "the strike on Orvane", but "the bombing in Dask".
_AIMED_EVENTS = ("attack", "strike", "raid", "assault", "shelling")
# People whose act is the event: "A suicide bomber killed 23 people" reports a bombing.
_ATTACKERS = {"bomber": "bombing", "gunman": "shooting", "attacker": "attack"}
# What people do together to press a demand, named by who does it ("the train drivers' strike"), and a cheap test
# of a sentence's text for them.
_ACTIONS = frozenset(["strike", "walkout", "stoppage", "boycott", "blockade", "sit-in", "protest", "march"])
_MULTITUDES = frozenset(["thousand", "hundred", "dozen", "million", "ten", "score", "crowd"])
_ACTION_IN = re.compile(r"\b(?:strike|walkout|stoppage|boycott|blockade|sit-in|protest|march|walk(?:s|ed|ing)? out)")
# Words for what a lead's named work is a project of ("the project" -> "the Skelmore Line high-speed railway
# project").
_PROJECT_NOUNS = frozenset(["project", "scheme", "development"])
# Words that rank an event among others of any kind ("the deadliest accident since 2019").
_EVENT_KINDS = frozenset(["accident", "disaster", "tragedy", "incident", "failure", "mishap"])
# Nouns of a disaster or an accident a lead may name, for "It was the deadliest disaster since ..." (lemmas).
_FIRES = frozenset(["fire", "blaze", "wildfire"])
_DISASTER_NOUNS = frozenset(
    ["crush", "stampede", "collapse", "derailment", "crash", "collision", "sinking", "capsizing", "explosion", "blast"]
)
# Verbs of one business buying another, and a cheap test of a sentence's text for them.
_BUYING_VERBS = frozenset(["buy", "acquire", "purchase"])
# Words that tell of a labour dispute ("the pilots' union", "a walkout", "a pay offer").
_LABOUR_IN = re.compile(r"\b(?:union|unions|walkout|walk out|walked out|pay (?:rise|offer|deal|dispute|talks)|wages)\b")
# A verb that says someone reported something, for a later "the report".
_REPORTED_IN = re.compile(r"\breport(?:ed|s|ing)?\b")
_TOLD_PAPER_IN = re.compile(r"\b(?:[Aa]ccording to|told)\b")
_PURCHASE_IN = re.compile(r"\b(?:buy|bought|acquir|purchas|take over|took over|taken over|taking over)")
# Heads that, when no earlier name shares their word, stand for the one organisation the sentence before named
# ("... while the Independent Office for Police Conduct investigates. The watchdog said ...").
SOLE_BODY_HEADS = frozenset(
    ["watchdog", "charity", "regulator", "agency", "authority", "foundation", "bloc", "alliance", "coalition"]
)
# A settlement's own council names the settlement and its kind: "Fenmouth City Council", "Dolna Town Council".
_COUNCIL_OF = re.compile(r"^([A-Z][\w'-]*(?: [A-Z][\w'-]*)*) ([Cc]ity|[Tt]own|[Vv]illage) [Cc]ouncil$")
# Words for the kind of organisation an article is about: "the club" is the club the lead named when no name shares
# the word.
TOPIC_HEADS = lexicon.TOPIC_HEADS
# The last words of a business's name: such a body is no watchdog, regulator or agency.
COMMERCIAL_HEADS = TOPIC_HEADS | lexicon.ORGANISATION_SUFFIXES
# Heads of public bodies' names: never "the company" or "the club" ("the Fair Trading Board" fines companies).
PUBLIC_HEADS = BODY_HEADS - ANY_BODY_HEADS - COMMERCIAL_HEADS
# The last words of the names of public services, which no one calls "the company".
_PUBLIC_SERVICE_HEADS = frozenset(["hospital", "school", "university", "college", "clinic", "academy", "police"])
# An organisation's own organs: "the board" is the board of the organisation the article is about.
# Words of size, rank, order or side before a body's word, which say which body no more than "the" does ("the main
# company", "a big firm", "the other party", "an internal council report").
_VAGUE_BODY_WORDS = frozenset(
    [
        *("main", "big", "bigger", "biggest", "large", "larger", "largest", "small", "smaller", "smallest"),
        *("major", "other", "same", "new", "old", "former", "whole", "entire", "top", "leading", "rival", "own"),
        *("first", "second", "third", "last", "next", "previous", "only", "single", "different", "parent"),
        *("internal", "external"),
    ]
)

# Words for the people of a body as one ("Brightwell staff").
_STAFF = frozenset(["staff", "personnel", "employee", "workforce", "management", "crew"])

# Words for the name a person goes by ("who gave only his nom de guerre, Stone").
_NAME_NOUNS = frozenset(["guerre", "alias", "pseudonym", "nickname", "codename"])

ORGAN_NOUNS = frozenset(["board", "management", "shareholders", "workforce"])
# The nouns for who does what a verb says: "operated by Velan Island Lines" makes it "the operator".
AGENT_NOUNS = {
    "operate": ("operator",),
    "run": ("operator",),
    "develop": ("developer",),
    "build": ("builder",),
    "own": ("owner",),
    "publish": ("publisher",),
    "make": ("maker", "manufacturer"),
    "manufacture": ("manufacturer", "maker"),
    "produce": ("producer", "maker", "manufacturer"),
    "organise": ("organiser",),
    "organize": ("organizer",),
    "supply": ("supplier",),
    "insure": ("insurer",),
}
# Nouns for the act an article's lead reports: "the decision" is the body's the lead named.
DECISION_NOUNS = frozenset(["decision", "ruling", "announcement", "increase", "hike"])
# Verbs that give a noun its name ("the pill, called velorastat"; "known as" takes its "as").
NAMING_VERBS = frozenset(["call", "name", "dub", "brand", "know", "nickname", "title"])
# Cheap tests of a sentence's text before a walk over its tokens: a capitalised body word, a naming verb.
_BODY_WORD_IN = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in BODY_HEADS | lexicon.BODY_NOUNS)) + r")\b"
)
_KIND_BEFORE_NAME_IN = re.compile(r"\b(?:" + "|".join(sorted(BODY_HEADS | lexicon.BODY_NOUNS)) + r") [A-Z]")
_NAMING_IN = re.compile(r"\b(?:called|named|dubbed|branded|known as|nicknamed|titled)\b")
# Verbs that put a person on trial with "trial" as their object ("will stand trial", "faces trial").
TRIAL_VERBS = frozenset(["stand", "face", "await"])
_ON_TRIAL = frozenset(["PERSON", "ORG", ""])  # who can go on trial: not a place or a date
# Words for one medicine: once the article names it under one, the others stand for it too.
MEDICINE_NOUNS = frozenset(
    ["drug", "pill", "medicine", "medication", "treatment", "therapy", "tablet", "vaccine", "jab", "shot", "injection"]
)
# Documents of research and inquiry, and what they find ("the findings" are the last one's).
_RESEARCH_DOCUMENTS = frozenset(["report", "study", "survey", "review", "audit", "analysis", "inquiry"])
_FINDINGS = frozenset(["findings", "results", "conclusions", "recommendations"])
# What is set up to come to findings of its own ("ordered an inquiry ... its findings").
_INQUIRY_NOUNS = frozenset(["inquiry", "investigation", "review", "study", "audit", "probe", "survey", "inspection"])
# Verbs that make an accusation or a claim, and the nouns a later "the accusation" / "the claim" uses for it
# ("It accused the regulator of ... The regulator rejected the accusation" -> "the X Association's accusation").
ACCUSING_VERBS = frozenset(
    ["accuse", "allege", "claim", "criticise", "criticize", "condemn", "blame", "charge", "denounce"]
)
# Verbs by which one party answers another's claim ("rejected the claim").
_REJECTING_VERBS = frozenset(["reject", "deny", "dismiss", "dispute", "contest", "refute"])
ACCUSATION_NOUNS = frozenset(
    ["accusation", "accusations", "allegation", "allegations", "claim", "claims", "criticism", "charge", "charges"]
)
# Words for a disease that a named one stands behind: "the disease" / "the virus" is the disease the article named
# ("measles"), and "the outbreak" / "the vaccine" that disease's ("the measles outbreak").
DISEASE_NOUNS = frozenset(["disease", "virus", "illness"])
DISEASE_KIND_NOUNS = frozenset(
    ["outbreak", "epidemic", "infection", "vaccine", "vaccines", "vaccination", "vaccinations"]
)
# The office a government title heads: "Water Minister X" -> "the water ministry", "Education Secretary X" -> "the
# education department".
OFFICES = {"minister": "ministry", "secretary": "department", "commissioner": "commission"}
# Nouns for what a party said: "that account" is the account of whoever the sentence before reported.
STATEMENT_NOUNS = frozenset(["account", "version", "explanation", "assertion", "remarks", "comments"])
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
# (and the words for kinds of business: "the supermarket chain Fresco")
_BODY_WORDS = BODY_HEADS | lexicon.BODY_NOUNS | lexicon.TOPIC_HEADS
# Words for a publication before its name ("the independent weekly Kolo"): a body, whatever the tagger typed it.
_PUBLICATION_KINDS = frozenset(["weekly", "daily", "magazine", "tabloid", "paper", "journal", "monthly"])
_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
_DETERMINERS = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "their", "its", "his", "her"]
)
_POSSESSIVE_PERSON = frozenset(["his", "her"])
_BODY_LABELS = frozenset(["ORG", "NORP", "GPE"])
# Small words inside a name ("Doctors Without Frontiers", "Institute for Climate and Health").
_NAME_LINKS = frozenset(["of", "for", "and", "the", "without", "in", "on", "at", "&"])
# ``_speaking_body`` when a person speaks (before their name): "its" is a body of theirs, not the body named last
_PERSON_SPEAKS = "\x00"
# Verbs of a relative clause that tie a person to the body they run ("Nikos Varga, who heads the X cooperative").
_HEADING_VERBS = frozenset(["head", "lead", "run", "chair", "direct", "manage", "represent"])

# (start, end, replacement): a character edit of a unit's text, offsets relative to the unit's first character.
Edit = tuple[int, int, str]


# The place that opens a dateline: "PORT VELA" of "PORT VELA, May 12 (Coastline Wire) -" (not "London (The Weekly
# Courier):" without a comma, which may name a region or country as well as a city).
# ("KESTRIN, June 18 (Wire) -", "Varnholm (The Varnholm Courier):")
# (never a byline's name: "By Tomas Rehn, Health Reporter")
_DATELINE_PLACE = re.compile(r"^\s*(?![Bb][Yy]\b)([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,2})(?:,| \()")


@dataclass
class Antecedents:
    """What an article has named so far, newest last: people by full name, and bodies (organisations, places,
    groups, and the claimers attribution found) as they would be written ("the Bank of Auren", "the regional
    health directorate"). ``last_event_date`` is the date of the event reported last."""

    published_on: date | None = None
    people: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    # noun lemma -> its last mention that names something ("migrant camp near the town of Kessel")
    phrases: dict[str, str] = field(default_factory=dict)
    # whether the lead put on trial, charged or sentenced a person it described without a name ("A former mayor of
    # Vestrand ... was sentenced"), whom a later sentence names
    unnamed_defendant: bool = False
    # a noun as written -> its last own-voice mention whose modifiers say which, name or not ("talks": "ceasefire
    # talks between Vostrel and Karsana", "cut": "planned cut to diesel subsidies for farmers"), for a later bare
    # "the talks" nothing else resolves
    fuller: dict[str, str] = field(default_factory=dict)
    # the acts the lead reported by their verb, by the noun for such an act ("Halden Motors will close its
    # Stellburg plant": "closure" -> "the closure of Halden Motors' Stellburg plant"), for a later "the closure"
    lead_acts: dict[str, str] = field(default_factory=dict)
    # the drugs named by a word for a drug ("velotinab"), for "the trial" of the one drug an article names
    drugs: list[str] = field(default_factory=list)
    # a document noun -> who made the document its phrase names ("statement": "Brockway Civil Works"), for a claimer
    # "the statement"
    producers: dict[str, str] = field(default_factory=dict)
    last_event_date: date | None = None
    last_event_year: int | None = None  # the year the sentence before gave as its event's time, if no day
    last_year_named: int | None = None  # the year the article wrote last ("a robbery in 2025"), for "of that year"
    # the previous sentence's subject when it is one thing, not a person ("the Tarsun earthquake"), for "It ..."
    last_thing: str | None = None
    # the subject of the sentence before when it named no other single thing ("The cap applies to buildings with
    # four flats"), as it would be written ("the cap"): an "it" acted on in the next sentence can only be that
    last_sole_thing: str | None = None
    # what the lead's subject names that a later "the project" is ("the Skelmore Line high-speed railway")
    lead_project: str | None = None
    # the study, report or inquiry named last, as named ("University of Tarrow study"), whose "the findings" they are
    last_document: str | None = None
    last_thing_named: bool = False  # that subject is a name ("Kinetra said ...")
    last_subject_name: str | None = None  # the body or place the previous sentence's subject named, for "Its ..."
    # a person's gender when a title, a first name or a "he"/"she" resolved to them says it: "male" / "female"
    genders: dict[str, str] = field(default_factory=dict)
    # how often each place (GPE) was named, and the ones an apposition called a city, town, village, ... (newest last)
    places: dict[str, int] = field(default_factory=dict)
    settlements: list[str] = field(default_factory=list)
    # what each settlement was called ("Moka": "city"), for "the city centre" (not "the port authority")
    settlement_kinds: dict[str, str] = field(default_factory=dict)
    capitals: set[str] = field(default_factory=set)  # settlements the article called a capital
    # the publication itself: never an antecedent ("Meridian Wire could not verify ..." is no "he")
    outlet: str = ""
    # how the current sentence's claims wrote the words they resolved (token index -> "the Free Heights Movement"),
    # so that its claimers name who its text names ("The group denied ...": the Free Heights Movement)
    written: dict[int, str] = field(default_factory=dict)
    # a claimer written with a possessive pronoun or a description -> the party the claim wrote for it ("its
    # fisheries ministry" -> "Corrisand's fisheries ministry", "spokeswoman for the company" -> "spokeswoman for
    # Pippin & Hale"), for a later sentence whose pronoun speaker attribution took to be it
    claimers_written: dict[str, str] = field(default_factory=dict)
    # a description's head -> the name an apposition gave it ("the wildlife charity Coastwatch": "charity")
    described: dict[str, str] = field(default_factory=dict)
    # the article's first event with a place: (instrument or "", place) for "the attack" -> "the drone attack on X"
    event: tuple[str, str] | None = None
    # that event's own noun ("strike", "cyberattack" for a later "the attack"), when the article named one
    event_noun: str = ""
    event_near: bool = False  # it happened near its place, not in or on it ("near the border town of Mirelo")
    # that event as the lead wrote it, when its word is for something that can have victims ("floods", "strike")
    event_word: str = ""
    sentences: int = 0
    # the article has told of a union, a walkout or pay: its "strike" is a labour one
    labour_dispute: bool = False
    # the body the article said employs people ("NANS, the state agency that employs the controllers"), the other
    # side of a labour dispute
    employer: str | None = None
    # a noun's last mention with a noun before it that says what kind ("team" -> "research team")
    kinds: dict[str, str] = field(default_factory=dict)
    # regions (LOC entities: "the Tarsun highlands", "southern Europe"), newest last, for "the region"
    regions: list[str] = field(default_factory=list)
    # the organisations the sentence before named, for "the watchdog" when no name shares its word
    previous_bodies: list[str] = field(default_factory=list)
    # those of them that did what the sentence tells (its subjects, or the agents of its passives)
    previous_actors: list[str] = field(default_factory=list)
    # the previous sentence's subject when it is plural and unnamed ("police unions"), for "they"/"their"
    last_plural: str | None = None
    last_plural_named: str | None = None  # with the phrase that named it ("researchers at Lund University")
    # the one group of people the words of a quotation that runs on past the sentence before named ("our men"),
    # for "they"/"them" in what the quotation says next
    quoted_group: str | None = None
    # the people the sentence before reported on by their plural word ("Oruel said the attackers had arrived"), for
    # "They" opening a quotation after it
    last_reported_plural: str | None = None
    # and the thing that sentence's quoted words were about, when it was their subject ("the water"), for "it"
    quoted_thing: str | None = None
    # a person -> the body the article said they head or work for, for "its" in what they say
    affiliations: dict[str, str] = field(default_factory=dict)
    # the party whose words the sentence before reported ("Pieter Aalst"), for "that account" in the next one
    last_speaker: str | None = None
    # the body whose act the article's first sentences report, for "the decision" ("the energy regulator")
    lead_speaker: str | None = None
    lead_decided: bool = False  # a lead sentence has said whose act the article reports (``lead_speaker``, if any)
    # places named with a compass word ("northern Sarenne"), newest last: "the country" when none is named twice
    compass_places: list[str] = field(default_factory=list)
    # places named as a neighbour ("diverted to the port of Orlea in neighbouring Varosa"): never "the country"
    neighbours: set[str] = field(default_factory=set)
    # the people the sentence before named (outside quotations), for "he" in a quotation of the next one
    previous_people: list[str] = field(default_factory=list)
    # the people the sentence before described without a name, with the gender each word says
    # ("questioned the plant manager": ("the plant manager", "")), for a "he"/"she" that opens the next one
    previous_unnamed: list[tuple[str, str]] = field(default_factory=list)
    # who made the accusation or claim reported last, as named ("the Solar Installers Association"), for "the
    # accusation" / "the claim" in a later sentence
    accuser: str | None = None
    # what that accusation said ("that managers were ignoring warnings ..."), and what the sentence before reported
    # anyone saying ("that the outbreak had been exaggerated"), for "rejected the claim" to say which claim
    accusation: str | None = None
    accused_at: int = 0  # the sentence that made it (``sentences``), for an answer a few sentences on
    last_statement: str | None = None
    # a noun's first mention in the article's first sentences, with its "of" phrase ("recall": "recall of 14
    # batches of a blood pressure drug"), for "It is the second recall ..." later
    lead_mentions: dict[str, str] = field(default_factory=dict)
    # a mishap the article's first sentences report by its verb ("a passenger ferry capsized": "the capsizing of the
    # passenger ferry"), for "It was the deadliest ferry accident ..." later
    lead_mishap: str | None = None
    # the figure the lead reported moving, as (what moved, the figure it reached): ("Consumer price inflation in
    # Caldera", "3.1 percent"), for "It was the lowest inflation rate since 2022"
    lead_measure: "MeasureMove | None" = None
    # the first disaster the lead names by a noun of its own ("a crowd crush" -> "the crowd crush")
    lead_disaster: str | None = None
    # the first vehicle the lead names ("a coach carrying tourists" -> "the coach"), for a later "the vehicle"
    lead_vehicle: str | None = None
    # the two parties the article last set against each other ("Karesh and Dovrania exchanged fire", "talks between
    # Vostrel and Karsana"), for a later "both sides"
    two_sides: str | None = None
    counted_harm: bool = False  # the sentence before counted people killed, injured or displaced
    # the one plural the sentence before counted ("rescuers had pulled 31 sailors from the water": "the 31 sailors"),
    # for "Three of them" opening the next
    last_counted: str | None = None
    # the last two people the article named joined by "and" ("Henrik Vaal, 52, and Tomas Brezny, 38, were seized"),
    # for a later "the two men", "the pair"
    pair: str | None = None
    # how often each disease was named outside quotations ("measles": 4), for "the disease", "the outbreak"
    diseases: dict[str, int] = field(default_factory=dict)
    # the common nouns of the article's first sentences ("outbreak"), to tell its own event from one it recalls
    lead_nouns: set[str] = field(default_factory=set)
    # the organisation the article's first sentence with a subject is about ("Harbour City FC has agreed to sell
    # ..."), for "the club" / "the company" when no name shares that word; "" once that sentence named none
    topic: str | None = None
    # the first four letters of each people's name the article used ("Vestrian": "vest"), for "the government"
    nations: set[str] = field(default_factory=set)
    # the peoples' names the article wrote before a state's things ("the Estravian parliament"), in order: one alone
    # says whose "the government" is when no country's name does
    state_adjectives: dict[str, None] = field(default_factory=dict)
    # the city the dateline says the story was filed from, for "the city" before any settlement is named
    dateline_city: str | None = None
    # the courts the article named only as where an appeal may go ("30 days to appeal to the Supreme Court"): not
    # the court a later "the court" means
    appeal_courts: set[str] = field(default_factory=set)
    # the places the article's first sentences named
    lead_places: set[str] = field(default_factory=set)
    # the places the headline named ("Opposition takes poll lead weeks before Lessia vote"), for "the country"
    # when the text itself names none
    title_places: tuple[str, ...] = ()
    # the things the headline names by a noun and the words before it ("spill": "oil spill"), for "It is the worst
    # spill since 2009" when the article's first sentences name it otherwise ("An oil slick ...")
    title_kinds: dict[str, str] = field(default_factory=dict)
    # how often each person was named (outside quotations), for "the family"
    person_mentions: dict[str, int] = field(default_factory=dict)
    # bodies named only as where people the article cites work ("Analysts at Brandt Capital said"): no "company"
    workplaces: set[str] = field(default_factory=set)
    # bodies named only as the owner of another ("The company, a subsidiary of the Arcos Group,"): no "company"
    parents: set[str] = field(default_factory=set)
    # bodies the article called a group of a cause or of people ("Trial Watch Nordland, a patients' group"): no company
    causes: set[str] = field(default_factory=set)
    # each lawyer the article named, with whom they speak for ("his lawyer Petar Hollis": Anton Velisar)
    clients: dict[str, str] = field(default_factory=dict)
    # the title the article first wrote before a person's name ("Health Minister", "prosecutor", "council leader")
    titles: dict[str, str] = field(default_factory=dict)
    # else the office an apposition with a name in it gave them ("general secretary of the Drivers' Federation")
    roles: dict[str, str] = field(default_factory=dict)

    def remember(self, sent: Span, claimers: Sequence[str], attributed: Attribution | None = None) -> None:
        """Note the people and bodies ``sent`` names (after its claims were made): not in its dateline or byline,
        and no person named only inside a quotation ("our girl Holly ...")."""
        start = max(sent.start, attributed.body_start) if attributed is not None else sent.start
        quoted = attributed.quoted if attributed is not None else set()
        self.previous_bodies = []
        self.previous_actors = []
        self.previous_people = []
        for ent in ents_within(sent.doc, start, sent.end):
            if ent.label_ == "NORP" and ent.text[:1].isupper():
                self.nations.add(ent.text.lower()[:4])  # "Vestrian", "the Telmari government"
                if _state_adjective(ent):
                    self.state_adjectives[ent.text] = None  # "the Estravian capital", "the Estravian parliament"
            if ent.label_ in ("GPE", "PERSON") and _state_possessor(ent):
                self.nations.add(ent.text.lower()[:4])  # "Serenza's health ministry": a state's name
            state = _STATE_BODY.match(clean_name(ent.text)) if ent.label_ == "ORG" else None
            if state is not None and state.group(1) not in self.people:
                # "the Bank of Vessland", "the Republic of Tarsia": a country the article names only inside a name
                self.places[state.group(1)] = self.places.get(state.group(1), 0) + 1
                if self.sentences < LEAD_SENTENCES:
                    self.lead_places.add(state.group(1))
        for kind, name, ent in _entities_in(sent.doc, start, sent.end):
            if kind != "place" and " " not in name and name[:1].isupper() and _named_as_country(sent.doc, name):
                # "Valdora's interior ministry" in an article about "Valdoran authorities", or "Vennara's economic
                # growth": a country
                kind = "place"
            if (
                ent.root.dep_ == "appos"
                and ent.root.head.lemma_.lower() in lexicon.PERSON_NOUNS
                # "The ship's owner, Dalmar Shipping": a business, whatever the tagger typed it
                and not (
                    (ent.label_ == "ORG" or names_a_body(ent))
                    and ent.root.head.lemma_.lower() in lexicon.ROLES_OF_BODIES
                )
            ) or (
                kind == "body"
                and is_person_entity(ent)
                and ent[-1].lower_ not in lexicon.ORGANISATION_SUFFIXES
                and _facility_named_for(ent) is None
            ):
                kind = "person"  # "a spokesman for the movement, Jean-Baptiste Nkosi", whatever the tagger said
            elif kind == "person" and (_after_body_word(ent) or (name in self.bodies and name not in self.people)):
                kind = "body"  # "the wildlife charity Seawatch"; "Fresco's sales" after "Supermarket chain Fresco"
            elif kind == "person" and (short := self.body_by_first_word(name)) is not None:
                kind, name = "body", short  # "Kestrel has 9 million customers" after "Kestrel Telecom"
            elif kind == "person" and (_calls_itself_it(ent) or _set_beside_body_word(ent)):
                # "Hollin Hydro said it accepted the findings": no person is "it"; "The state water utility, Kerra
                # Hydro, said": the utility's name
                kind = "body"
            if kind == "person" and (_names_settlement(ent.root) or _names_facility(ent) or _names_a_things_kind(ent)):
                continue  # a place the tagger read as a person: ``_note_surnames`` keeps it as a settlement
            if kind == "person" and name == self.dateline_city:
                continue  # "DELLMOOR, Feb 12 - ... on the outskirts of Dellmoor", the town typed a person
            if kind == "body" and _appealed_to(ent):
                self.appeal_courts.add(name)
            elif kind == "body":
                self.appeal_courts.discard(name)
            if kind == "body" and _names_facility(ent) and ent.root.head.lower_ in _NATURAL_FEATURES:
                continue  # "the Tolla river", typed an organisation: no body a later "the company" could be
            if kind == "place":
                # "Lawmakers in Marren approved ...": a place the tagger read as a person
                self.places[name] = self.places.get(name, 0) + 1
                if ent.start > 0 and sent.doc[ent.start - 1].lower_ in _NEIGHBOURING:
                    self.neighbours.add(name)
                if self.sentences < LEAD_SENTENCES:
                    self.lead_places.add(name)
                continue
            if (kind == "person" and ent.root.i in quoted) or self.is_outlet(name):
                continue
            person = self.person_named(name, ent.label_)
            if kind != "person" and person is not None:
                # "Vantic, 58, denied ..." after "Aurel Vantic", "Rindt said ..." after "Helga Rindt", "Emil's family"
                # after "Emil Strand", typed a place or an organisation: that person, no body "the company" could be
                kind, name = "person", person
                if ent.root.i in quoted:
                    continue
            self._note(kind, name)
            if kind == "person":
                self.previous_people.append(self.people[-1])
                self._note_affiliation(ent, self.people[-1])
                written = title_before(ent, start)
                if written and self.people[-1] not in self.titles:
                    self.titles[self.people[-1]] = written
                role = title_after(ent) if not written else ""
                if role and self.people[-1] not in self.titles and self.people[-1] not in self.roles:
                    self.roles[self.people[-1]] = role
                apposed = _described_in_apposition(ent)
                if apposed is not None and apposed.i >= start and apposed.i not in quoted:
                    # "The health minister, Karl Mott," / "Karl Mott, the health minister,": a later "the
                    # minister" is that person
                    self.described[apposed.lower_] = self.people[-1]
                title = sent.doc[ent.start - 1] if ent.start > start else None
                if title is not None and title.lower_ in lexicon.PERSON_NOUNS and title.tag_ in ("NN", "NNP"):
                    # "Judge Miriam Olsen", "Energy Minister Karl Fenwick": a later "the judge" is that person
                    self.described[title.lower_] = self.people[-1]
                    field_word = sent.doc[title.i - 1] if title.i > start else None
                    office = OFFICES.get(title.lower_)
                    if office and field_word is not None and field_word.is_alpha and field_word.dep_ == "compound":
                        # "Education Secretary Graham Tully": a later "the department" is the education department
                        self.kinds[office] = f"{field_word.lower_} {office}"
                gender = _gender_of(ent)
                if gender:
                    self.genders.setdefault(self.people[-1], gender)
                continue
            if ((ent.label_ == "GPE" and not names_a_body(ent)) or name in self.places) and not self.called_a_business(
                name
            ):  # (not "Shares in Brightlane's parent" after "Brightlane, the online payments app,")
                # (the tagger may call a country it knows an ORG later; a "Civic Union" it calls a place is a body)
                self.places[name] = self.places.get(name, 0) + 1
                if ent.start > 0 and sent.doc[ent.start - 1].lower_ in _NEIGHBOURING:
                    self.neighbours.add(name)
                if self.sentences < LEAD_SENTENCES and _may_be_country(ent):
                    self.lead_places.add(name)
            elif ent.label_ in ("ORG", "PERSON") or names_a_body(ent):  # (a body whatever the tagger typed it:
                self.previous_bodies.append(self.bodies[-1])  # "the Northern Ocean Institute", a LOC)
                if _acts(ent.root):
                    self.previous_actors.append(self.bodies[-1])
            elif ent.label_ == "LOC":
                self.regions.append(name)
            self._describe(ent, self.bodies[-1])
            if _workplace_of_cited(ent):
                self.workplaces.add(self.bodies[-1])  # "Analysts at Brandt Capital said"
            else:
                self.workplaces.discard(self.bodies[-1])
            owned = ent.root.head.head if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" else None
            if owned is not None and owned.lemma_.lower() in _OWNED_PARTS:
                self.parents.add(self.bodies[-1])  # "a subsidiary of the Arcos Group"
            else:
                self.parents.discard(self.bodies[-1])
            council = _COUNCIL_OF.match(name.removeprefix("the "))
            if council is not None:  # "Fenmouth City Council": Fenmouth is a city ("across the city")
                self._settlement(council.group(1), council.group(2).lower())
        for ent in ents_within(sent.doc, start, sent.end):
            if ent.label_ in ("LOC", "GPE"):
                region = _region_phrase(ent)  # "the Tarsun highlands", "southern Europe"
                if region is not None and region not in self.regions:
                    self.regions.append(region)
                if ent.label_ == "GPE" and region is not None and region.split()[0] in _COMPASS:
                    self.compass_places.append(clean_name(ent.text))  # "an armed group in northern Sarenne"
            if ent.label_ in ("GPE", "LOC", "PERSON") and len(ent) == 1 and _compass_part_of(ent.root):
                # "across the southern half of Kembara", whatever the tagger typed the name: a place with parts
                self.compass_places.append(ent.text)
                self.places.setdefault(ent.text, 1)
        for token in tokens_of(sent.doc, start, sent.end):
            # "the Marvik highlands", read by the words (the parser may make "highlands" a verb); "the Westmoor
            # regional council" governs the Westmoor region
            regional = token_attrs(token).lower == "regional" and token.head.lower_ in BODY_HEADS
            if token_attrs(token).lower not in REGION_NOUNS and not regional:
                continue
            name_start = token.i
            # (a place's name the tagger read as an adjective: "the Talvern regional health authority")
            while name_start > start and (
                sent.doc[name_start - 1].tag_ == "NNP"
                or (regional and sent.doc[name_start - 1].tag_ == "JJ" and sent.doc[name_start - 1].is_title)
            ):
                name_start -= 1
            if start < name_start < token.i and sent.doc[name_start - 1].lower_ == "the":
                place_name = text_of(sent.doc, name_start, token.i)
                region = f"the {place_name} region" if regional else f"the {place_name} {token.text}"
                if region not in self.regions:
                    self.regions.append(region)
        text = span_text(sent)
        years = A_YEAR.findall(text)
        if years:
            self.last_year_named = int(years[-1])
        if _BODY_WORD_IN.search(text):  # most sentences name no body by a capitalised body word: skip the walk
            self._note_untyped_bodies(sent, start, quoted)
        for token in tokens_of(sent.doc, start, sent.end):
            a = token_attrs(token)
            if a.dep in ("nsubj", "nsubjpass") and a.tag == "NNP" and not a.ent_type and token.i not in quoted:
                full = self.body_by_first_word(token.text)
                if full is not None:  # "Kestral rejected ..." after "Kestral Mining Group": that body, named last
                    self._note("body", full)
                    self.previous_bodies.append(full)
        after_kind = _bodies_after_kind(sent, start, quoted) if _KIND_BEFORE_NAME_IN.search(text) else []
        for name in _untyped_business_subjects(sent, start, quoted):
            # "Aurelle Air grounded all 34 of its jets": a business by its trade word, the tagger's or not
            self._note("body", name)
            self.previous_bodies.append(name)
        for kind_word, name in (*after_kind, *_untyped_business_appositions(sent, start, quoted)):
            # "the mining company Torrin Metals", "installed by the supplier, Medilink": a later "the company"
            self._note("body", name)
            self.previous_bodies.append(name)
            self.described[kind_word] = name
        for word, name in _drugs_named(sent, start, quoted):
            # "its experimental drug velotinab", "the pill, called velorastat": a later "the drug" is velotinab, and
            # a trial or study with nothing else to say which is of velotinab ("the antibiotic zentamycin" is a drug)
            self.described.setdefault(word, name)
            if word in ("antibiotic", "antiviral"):
                self.described.setdefault("drug", name)
            if name not in self.drugs:
                self.drugs.append(name)
        for name in _storms_named(sent, start, quoted):
            # "Typhoon Ondra slammed into ...": a later "the storm", "the typhoon" is Typhoon Ondra
            for word in _STORM_WORDS:
                self.described[word] = name
        for name in _vessels_named(sent, start, quoted):
            # "the cruise ship Coral Empress": a later "the ship", "the vessel" or "the liner" is that ship (or craft)
            for word in _VESSELS:
                self.described.setdefault(word, name)
        if _LABOUR_IN.search(text):
            self.labour_dispute = True  # "a strike" in this article is a walkout, never an attack
        self.employer = self.employer or _employer_named(sent, start, quoted)
        self._note_event(sent, start)
        if self.sentences <= LEAD_SENTENCES:
            for noun, act in _acts_by_verb(sent, start, quoted):
                self.lead_acts.setdefault(noun, act)
        # (a number of people harmed: what a next "the figures" counts)
        self.counted_harm = any(
            t.lemma_.lower() in claim_types.CASUALTY_WORDS and t.i not in quoted
            for t in tokens_of(sent.doc, start, sent.end)
        ) and any(t.like_num for t in tokens_of(sent.doc, start, sent.end))
        if self.lead_measure is None and self.sentences <= LEAD_SENTENCES:
            self.lead_measure = _measure_moved(sent, start, quoted)
        if self.unnamed_defendant:
            self._note_defendant_named(sent, start, quoted)
        if "trial" not in self.described and " trial" in text:
            self._note_defendant(sent, start)
        self._note_surnames(sent, start, quoted)
        if _NAMING_IN.search(text):
            self._note_called(sent, start, quoted)
        if "trial" in text:
            self._note_trial(sent, start, quoted)
        if any(word in text for word in _LAWYERS):
            self._note_clients(sent, start, quoted)
        if _ACTED_ON_IN.search(text):
            self._note_acted_on(sent, start, quoted)
        if " by " in text:
            self._note_maker(sent, start, quoted)
        if _STUDY_IN.search(text):
            self._note_study_authors(sent, start, quoted)
        lead = self.sentences <= LEAD_SENTENCES
        if " and " in text and (lead or "between" in text.lower()):
            # (the latest: "Separately, talks between Dunmark and Kessia ..." are a dispute of their own)
            self.two_sides = _two_parties(sent, start, quoted, lead=lead) or self.two_sides
        if "organisers" not in self.described and _PROTEST_IN.search(text):
            self._note_organisers(sent, start)
        if _ACTION_IN.search(text):
            self._note_actions(sent, start, quoted)
        if _PURCHASE_IN.search(text):
            self._note_purchase(sent, start, quoted)
        if _REPORTED_IN.search(text):
            self._note_reported(sent, start, quoted)
        if _TOLD_PAPER_IN.search(text):
            self._note_paper_told(sent, start, quoted)
        if " by " in text:
            self._note_agents(sent, start, quoted)
        for token in span_tokens(sent):
            a = token_attrs(token)
            if a.tag == "NNP" and token.i >= start and token.i not in quoted and (named := _facility_name(token)):
                self.phrases[a.lower] = named  # "the Kessel Bridge": what a later "the bridge" is
            if (
                (a.tag == "NN" or a.lower == "works")
                and token.i >= start
                and token.i not in quoted
                and (named := _works_named(token))
            ):
                self.phrases[a.lemma] = named  # "the Halvergate power station": what a later "the station" is
            if token.i >= start and token.i not in quoted and (place := _council_place(token)) is not None:
                self._settlement(*place)  # "the city council in Ostrava Nova": a city
            if (
                a.tag in ("NNP", "JJ")
                and token.i >= start
                and token.i not in quoted
                and a.lower in claim_types.DISEASE_WORDS
            ):
                # "Dengue infections have tripled", "A dengue outbreak": a disease the tagger took for a name or an
                # adjective
                word = a.lower
                if _is_disease_name(word):
                    self.diseases[word] = self.diseases.get(word, 0) + 1
            if a.tag not in ("NN", "NNS") and not (a.tag == "NNP" and a.lower == token.text and a.lower in BODY_HEADS):
                continue  # (a body's word the tagger took for a name: "The national seismological institute")
            if self.sentences <= LEAD_SENTENCES and token.i >= start and token.i not in quoted and not token.ent_type_:
                lemma = token.lemma_.lower()
                if lemma not in self.lead_mentions:
                    mention = _mention_with_of(token, sent)
                    if mention is not None:
                        self.lead_mentions[lemma] = mention
            word = token_attrs(token).lower
            if self.sentences <= LEAD_SENTENCES and token.i >= start:
                self.lead_nouns.add(token.lemma_.lower())
                if self.lead_mishap is None and token.i not in quoted:
                    self.lead_mishap = _mishap_of(token)
                # (the common words before the noun: "a passenger train", "a gas explosion")
                words = [c.text for c in token.lefts if c.dep_ in ("compound", "amod") and c.is_lower]
                if self.lead_vehicle is None and token.i not in quoted and a.lemma in _VEHICLES:
                    # "a passenger train": the train; "A bus carrying 40 pilgrims plunged into a ravine near Kosta":
                    # the bus that did so
                    self.lead_vehicle = " ".join(["the", *words, token.text]) + _what_it_did(token)
                # (a fire that broke out or swept through, not one exchanged or opened: "exchanged artillery fire")
                blaze = a.lemma in _FIRES and token.dep_ not in ("dobj", "compound", "conj")
                if self.lead_disaster is None and token.i not in quoted and (a.lemma in _DISASTER_NOUNS or blaze):
                    # (and where, as a reader says it: "a gas explosion ripped through a block in Dravic" -> "the
                    # Dravic gas explosion")
                    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
                    town = next(
                        (found for t in clause.subtree if t.i > token.i and (found := self._town_named(t)) is not None),
                        None,
                    )
                    self.lead_disaster = " ".join(["the", *([town] if town else []), *words, token.text])
            if _another_outbreak(token, self.lead_nouns, lead=self.sentences <= LEAD_SENTENCES):
                pass  # "In 2022, a norovirus outbreak closed four wards": not the outbreak the article reports
            elif token.i >= start and token.i not in quoted and (named := _named_disease(token)) is not None:
                self.diseases[named] = self.diseases.get(named, 0) + 1  # "Corran fever", "whooping cough"
            elif _is_disease_name(word) and token.i >= start and token.i not in quoted:
                self.diseases[word] = self.diseases.get(word, 0) + 1
            if token.i not in quoted and (fuller := _fuller_mention(token, sent)) is not None:
                self.fuller[a.lower] = fuller
            # (a speaker's words name nothing the article stands behind: "a fire sale of ...", said X, is no sale)
            phrase = _naming_phrase(token, sent) if token.i not in quoted else None
            maker = ""
            if phrase is None and a.lemma in DOCUMENT_NOUNS and a.lemma not in self.phrases:
                phrase = _document_phrase(token, claimers)
                if phrase is not None and a.lemma in _RESEARCH_DOCUMENTS and _made_by_phrase(token):
                    # "a report by the Hollins Institute": its maker (not the journal a study was published in)
                    maker = phrase.removesuffix(f" {token.text}")
                phrase = phrase or self._own_document(token, claimers)
                if phrase is None and (phrase := self._document_from_described(token)) is not None:
                    maker = phrase.removesuffix(f" {token.text}")  # "a statement from the company": the company's
                said_in = token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ == "VERB"
                if (
                    phrase is not None
                    and said_in
                    # (its own words only: "in a statement", "in its annual report")
                    and all(c.dep_ in ("det", "amod") or c.tag_ == "PRP$" for c in token.lefts)
                    and token.head.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
                ):
                    # "X said in a statement", "in its annual report": X's (the phrase may hold the kind's words)
                    kind = " ".join([*(c.text for c in token.lefts if c.dep_ == "amod"), token.text])
                    maker = min(phrase.removesuffix(f" {kind}"), phrase.removesuffix(f" {token.text}"), key=len)
            made = _MADE_BY.match(phrase) if phrase is not None and a.lemma in _RESEARCH_DOCUMENTS else None
            if made is not None and not maker and made.group(1) == token.text and " by " in made.group(0):
                maker = made.group(2)  # "the report by the Hollins Institute": the institute's
            if phrase is not None:
                self.phrases[a.lemma] = phrase
                # "Brockway Civil Works statement": Brockway Civil Works made it (and no one the article says, once
                # a later mention names the document another way)
                if maker and maker != phrase and not maker.endswith(("'s", "'")) and _is_name(maker):
                    self.producers[a.lemma] = maker
                else:
                    self.producers.pop(a.lemma, None)
                if a.lemma in _RESEARCH_DOCUMENTS:
                    self.last_document = phrase
            compounds = [
                c
                for c in children_of(token)
                if c.i < token.i
                and (
                    # its lefts (a name the parser made an "nmod": "the Westmoor regional council")
                    (c.dep_ == "compound" and c.tag_ in ("NN", "NNS", "NNP"))
                    or (c.dep_ == "nmod" and c.tag_ == "NNP")
                    or (c.dep_ == "amod" and c.lower_ in _CLASSIFYING_ADJECTIVES)  # "a presidential election"
                )
            ]
            # an amount is no kind: "a 12 million euro road contract" is a road contract (but "23 roof panels" are
            # roof panels)
            amounts = [c for c in compounds if sent.doc[c.i - 1].like_num and c.lemma_.lower() in _UNITS]
            if amounts:
                compounds = [c for c in compounds if c.i > max(a.i for a in amounts)]
            # (a speaker's figure of speech is no kind: "a fire sale", they said, and "the sale" is still the sale;
            # the kind of a body they name is)
            figurative = token.i in quoted and a.lower not in _BODY_WORDS
            if a.lemma in _ARMIES and not figurative and token.i > start and sent.doc[token.i - 1].ent_type_ == "NORP":
                # "a Dravenian army checkpoint": whose army, whatever noun the parser hung the adjective on
                self.kinds[a.lemma] = f"{sent.doc[token.i - 1].text} {token.text}"
            elif (
                a.lower in ("troops", "soldiers")
                and not figurative
                and token.i > start
                and sent.doc[token.i - 1].ent_type_ == "NORP"
                and "army" not in self.kinds
            ):
                # "Karvonian troops shelled the town ... The army said": the army of that people
                self.kinds["army"] = f"{sent.doc[token.i - 1].text} army"
            elif (
                compounds and not figurative and not any(c.ent_type_ in ("DATE", "TIME", "CARDINAL") for c in compounds)
            ):
                # "the research team", "the measles vaccine": what kind, for a later bare "the team"
                kind_start = min(c.left_edge.i for c in compounds)
                if kind_start >= start and all(t.is_alpha for t in tokens_of(sent.doc, kind_start, token.i + 1)):
                    self.kinds[a.lemma] = text_of(sent.doc, kind_start, token.i + 1)
            elif a.lower in BODY_HEADS and not (token.dep_ == "compound" and token.head.ent_type_):
                # "the national statistics office"; not the title noun of "Environmental group Clear Rivers"
                lefts = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.tag_ != "DT"]  # not "A court"
                if lefts and not all(c.lower_ in _VAGUE_BODY_WORDS for c in lefts):  # nor "the main company"
                    self._note("body", f"the {text_of(sent.doc, min(c.left_edge.i for c in lefts), token.i + 1)}")
        if self.topic is None and self.sentences <= LEAD_SENTENCES:
            self.topic = _topic_body(sent, start)
        self.last_thing = _thing_subject(sent)
        if self.last_thing is not None and lexicon.titled_name_gender(self.last_thing) is not None:
            self.last_thing = None  # "Renata Obi, 29, who swam ...": a given name and a surname make no "It"
        self.last_sole_thing = _sole_thing_subject(sent, start, quoted)
        subject = _subject(sent.root)
        if self.lead_project is None and self.sentences <= LEAD_SENTENCES:
            # (the subject of what the lead reports: "The Kessel Bay wind farm began ..., its operator said")
            self.lead_project = next(
                (w for t in tokens_of(sent.doc, start, sent.end) if t.dep_ == "nsubj" and (w := _named_work(t, start))),
                None,
            )
        if (
            subject is not None
            and subject.lemma_.lower() in DOCUMENT_NOUNS
            and subject.lemma_.lower() in self.phrases
            and subject.i > sent.start
            and sent.doc[subject.i - 1].lower_ == "the"
        ):
            # "The study, published in the Journal X, followed ..." after "Researchers at the University of Tarrow
            # found": the study as the article named it first
            self.last_thing = _with_the(self.phrases[subject.lemma_.lower()])
        if self.last_thing is None and subject is not None and subject.ent_type_ == "PERSON" and subject.i >= start:
            self.last_thing = self.body_by_first_word(subject.text)  # "Kestrel has ..." after "Kestrel Telecom"
        self.last_subject_name = _subject_name_of(subject, sent) if subject is not None and subject.i >= start else None
        if self.last_subject_name is None and subject is not None and subject.lower_ in BODY_HEADS:
            # "The department said it would inspect ... Its director": the body the claim wrote for it
            self.last_subject_name = self.written.get(subject.i)
        owner = next((c for c in children_of(subject) if c.dep_ == "poss"), None) if subject is not None else None
        if self.last_subject_name is None and owner is not None and owner.pos_ != "PRON" and owner.i >= start:
            # "The bank's troubles had been building ... Its shares": the body the subject was of
            owner_name = self.written.get(owner.i) or _subject_name_of(owner, sent)
            self.last_subject_name = owner_name if owner_name not in self.people else None
        if self.last_subject_name is None and subject is not None and subject.i >= start:
            # "The Vostrel delegation seemed ready to sign, two diplomats said. Its leader": what the people who
            # said it spoke of
            self.last_subject_name = _told_body(sent.root, subject)
        self.last_thing_named = self.last_thing is not None and subject is not None and bool(subject.ent_type_)
        if (
            self.last_thing is None
            and subject is not None
            and subject.tag_ == "NN"
            and subject.i > start
            and subject.doc[subject.i - 1].lower_ == "the"
            and len(list(subject.lefts)) == 1
        ):
            # "The quake struck at 10.42 p.m." -> "It was followed by ..." is the quake, as it resolves
            self.last_thing = _description_antecedent(subject, sent, self, start)
        if self.last_thing is None and subject is not None and subject.tag_ == "NN" and subject.i > start:
            # "The national geological survey said ... It has recorded ...": a description whose own words say which
            lefts = list(subject.lefts)
            if (
                len(lefts) > 1
                and lefts[0].lower_ == "the"
                and lefts[0].i == subject.left_edge.i
                and all(t.dep_ in ("amod", "compound") and t.is_alpha and t.is_lower for t in lefts[1:])
                and subject.lemma_.lower() not in PERSON_NOUNS
            ):
                # (by the name set beside it, when one was: "The state water utility, Kerra Hydro, said")
                named = self.last_subject_name if any(c.dep_ == "appos" for c in children_of(subject)) else None
                self.last_thing = named or text_of(sent.doc, lefts[0].i, subject.i + 1).lower()
            owner = lefts[0] if len(lefts) == 1 else None
            if (
                owner is not None
                and owner.dep_ == "poss"
                and owner.tag_ == "NNS"
                and owner.left_edge.lower_ == "the"
                and subject.lower_ in BODY_HEADS
            ):
                # "The nurses' union said ... It has asked": a body named by whose it is
                self.last_thing = text_of(sent.doc, owner.left_edge.i, subject.i + 1).lower()
        if (
            self.last_subject_name is None
            and self.last_thing is None
            and subject is not None
            and subject.i > start
            and _bare_description(subject, sent)
            and subject.lower_ in _PARTY_NOUNS
        ):
            # "The opposition said ... Its health spokesman" -> "The opposition's": a body no name was found for
            self.last_subject_name = f"the {subject.lower_}"
        self.last_counted = _one_counted_plural(sent, start, quoted)
        self.pair = _two_people_joined(sent, start, quoted, self) or self.pair
        self.last_plural = self.last_plural_named = None
        collective = subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() in _COLLECTIVES
        if (
            subject is not None
            and (subject.tag_ == "NNS" or collective)
            and subject.i >= start
            and not subject.ent_type_
        ):
            # "Police unions warned ..." -> "their federation" is the police unions'; "The team collected ... They
            # found" is the team
            first_word = min(
                (c.left_edge.i for c in subject.lefts if c.dep_ in ("compound", "amod")), default=subject.i
            )
            # lower case but for names ("Westgate and Millfield branches" stays as written)
            self.last_plural = " ".join(
                t.text if t.tag_ in ("NNP", "NNPS") else t.lower_
                for t in tokens_of(sent.doc, first_word, subject.i + 1)
            )
            written = self.written.get(subject.i, "")
            if written.lower().removeprefix("the ").endswith(self.last_plural) and written[:1] != "[":
                # "The rebels arrived ..." written as "The Kavari Liberation Front rebels": "They" are those
                self.last_plural_named = written.removeprefix("the ").removeprefix("The ")
            where = next(
                (
                    c
                    for c in subject.rights
                    if c.dep_ == "prep" and c.lower_ in ("at", "from", "of", "in") and _holds_name(c)
                ),
                None,
            )
            if where is not None and where.right_edge.i - first_word < MAX_PHRASE_TOKENS:
                # "Researchers at Lund University followed ..." -> "They found" is "The researchers at Lund University"
                # (without an apposition to the name: "of the Civic Alliance, the junior partner in the coalition,")
                last = max(
                    (
                        d.i
                        for d in where.subtree
                        if not any(a.dep_ == "appos" for a in (d, *d.ancestors) if a.i > where.i)
                    ),
                    default=where.i,
                )
                while last > where.i and sent.doc[last].is_punct:
                    last -= 1
                where_text = text_of(sent.doc, where.i, last + 1)
                self.last_plural_named = f"{self.last_plural} {where_text}"
                if subject.lemma_.lower() in _RESEARCHERS:
                    # "Scientists at the Polar Research Institute said ..." -> a later "the researchers" are those
                    for word in _RESEARCHERS.values():
                        self.described[word] = f"the {word} {where_text}"
                    lab = next((e for e in ents_within(sent.doc, where.i, where.right_edge.i + 1)), None)
                    if lab is not None and lab.label_ == "ORG" and any(t.lower_ in _RESEARCH_BODIES for t in lab):
                        # "Researchers at the University of Tarrow have found ... The study" is that university's
                        self.phrases.setdefault("study", f"{clean_name(lab.text)} study")
                        self.last_document = self.last_document or self.phrases["study"]
        if self.last_plural is None and subject is not None and subject.lemma_.lower() in _STUDY_WORDS:
            self._note_authors_of(subject)
        self._note_accuser(sent, start, claimers)
        self.previous_unnamed = _unnamed_people(sent, start, quoted)
        self.last_speaker = self.party(claimers[0]) if claimers else None
        self.last_statement = _statement_content(sent, start, quoted)
        self.quoted_group = _quoted_group(sent, start, attributed, self.written)
        self.last_reported_plural = _reported_people(sent, start, quoted)
        self.quoted_thing = _quoted_thing(sent, start, attributed)
        if not self.lead_decided and start < sent.end and self.sentences <= LEAD_SENTENCES:
            # the body whose act the lead reports ("..., the energy regulator announced on Wednesday"; "The central
            # bank of Korvania raised ..."), decided by the first sentence with a speaker or a body for subject:
            # not "Prosecutors" or a person ("A judge ... blocked the council's plan": the council's later
            # statement is no "ruling")
            body_subject = subject is not None and subject.lower_ in BODY_HEADS and self.last_thing is not None
            person_subject = subject is not None and (
                subject.lemma_.lower() in lexicon.PERSON_NOUNS or subject.ent_type_ == "PERSON"
            )
            self.lead_decided = bool(claimers) or body_subject or person_subject
            speaker = (self.party(claimers[0]) or claimers[0]) if claimers else self.last_thing
            if speaker is not None and speaker not in self.people and _own_head(speaker) in BODY_HEADS:
                self.lead_speaker = speaker if _is_name(speaker) or speaker.startswith("the ") else f"the {speaker}"
        for claimer in claimers:
            if claimer in self.people or claimer in self.genders:
                continue
            # "regional health directorate", "defence ministry of Varkesh"; named claimers come from the entities
            first = claimer.split()[0]
            if claimer[:1].islower() and " " in claimer and first not in lexicon.PRONOUNS | _DETERMINERS:
                # "figures from the agriculture ministry": the body is the ministry, not its figures
                document = _DOCUMENT_FROM.match(claimer)
                body = document.group(1) if document is not None else claimer
                if _people_word(_phrase_head(body)):
                    continue  # "two diplomats briefed on the talks": people, whom no later "its" stands for
                self._note("body", body if body.startswith("the ") or body[:1].isupper() else f"the {body}")
                continue
            # a name the tagger missed ("Doctors Without Frontiers, which supplies the hospital"): a body; people of
            # one ("Fighters of the Free Marsh Movement") name that body
            name = claimer.split(",")[0].strip()
            members, _, body = name.partition(" of ")
            member = members.lower().removesuffix("s")
            if body and " " not in members and (member in lexicon.PERSON_NOUNS or member in claim_types.PEOPLE_WORDS):
                name = body
            words = name.split()
            if (
                len(words) > 1
                and all(w[:1].isupper() for w in words if w.lower() not in _NAME_LINKS)
                and words[0].lower() not in lexicon.GIVEN_NAMES  # "Claire Dubois", tagged ORG
                and not any(w in name for full in self.people for w in full.split())
                and not self.is_outlet(name)  # "a report seen by Northvale Wire": the publication
                and name not in self.bodies
                and f"the {name}" not in self.bodies
                and name in text  # not the speaker of a quotation that runs on into a later sentence naming them
            ):
                titled_gender = lexicon.titled_name_gender(name)
                if _titled_in(sent, name) or described_as_person(sent, name) or titled_gender is not None:
                    # "chief executive Dorian Korda said", "Renata Obi, 29, who swam ...", "Assistant Chief
                    # Constable Helen Marchbank said": a person, not a body
                    self._note("person", name)
                    self.previous_people.append(self.people[-1])
                    if titled_gender:
                        self.genders.setdefault(name, titled_gender)
                    continue
                self._note("body", name)
                self.previous_bodies.append(name)
        if self.last_thing in self.people:
            self.last_thing = None  # "Renata Obi, 29, who swam ..., said ...": a person is no "It"

    def by_surname(self, name: str) -> str | None:
        """The person named before whom ``name`` is, in full or by surname; of two who share the surname, the one
        the article named first ("Vukas" after "Mayor Renata Vukas" and "her brother-in-law, Dario Vukas": a news
        story gives the one it is about the surname, and calls a relative by the given name)."""
        if name in self.people:
            return name
        matches = [p for p in self.people if _surname_of(p, name)]
        if len(matches) > 1:
            return next((p for p in self.person_mentions if p in matches), matches[0])
        return matches[0] if matches else None

    def party(self, claimer: str) -> str | None:
        """A claimer as the article named the party: a person in full, a body as written ("the X Association");
        a lower-case claimer ("league") is the named body whose own head word it is."""
        person = self.by_surname(claimer)
        if person is not None:
            return person
        if claimer[:1].isupper():
            return next((b for b in reversed(self.bodies) if claimer in (b, b.removeprefix("the "))), None)
        head = np_head(claimer)  # "spokesman for the movement" is a person, not the movement
        return next((b for b in reversed(self.bodies) if _own_head(b) == head and _is_name(b)), None)

    def _note_accuser(self, sent: Span, start: int, claimers: Sequence[str]) -> None:
        """ "X accused Y of ..." / "It accused ..." / "X said ... and accused Y": the sentence's first claimer
        when it is a party the article named (a person in full, a body as written), for a later "the
        accusation"."""
        if not any(
            t.pos_ == "VERB" and t.lemma_.lower() in ACCUSING_VERBS for t in tokens_of(sent.doc, start, sent.end)
        ):
            return
        self.accusation = _statement_content(sent, start, set(), accusing=True)
        self.accused_at = self.sentences
        if claimers:
            self.accuser = self.party(claimers[0])

    def _own_document(self, noun: Token, claimers: Sequence[str]) -> str | None:
        """ "the service said in its annual report" -> "Continental Climate Service annual report": a document the
        speaker calls its own, named by the speaker as the article named it before."""
        its = next((c for c in children_of(noun) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if its is None or not claimers or len(claimers) > 1:
            return None
        speaker = claimers[0]
        if not speaker[:1].isupper():  # "service": the body named before whose head word it is
            last = speaker.split()[-1].lower()
            speaker = next((b for b in reversed(self.bodies) if _own_head(b) == last and b[:1].isupper()), "") or next(
                (b[4:] for b in reversed(self.bodies) if _own_head(b) == last and b[4:5].isupper()), ""
            )
        if not speaker[:1].isupper() or len(speaker.split()) < 2:
            return None
        words = noun.doc[its.i + 1 : noun.i + 1]
        return f"{speaker.removeprefix('the ')} {words.text}"

    def _document_from_described(self, noun: Token) -> str | None:
        """ "according to a statement from the company" -> "Halvren Biologics statement": a document by a body its
        sentence called by a description, named as the claim wrote that description out (also "a report
        commissioned by the council")."""
        made = [c for c in children_of(noun) if c.dep_ == "acl" and c.lemma_.lower() in _PRODUCING_VERBS]
        preps = (c for t in (noun, *made) for c in children_of(t) if c.dep_ in ("prep", "agent"))
        prep = next((c for c in preps if c.lower_ in ("from", "by")), None)
        maker = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        written = self.written.get(maker.i) if maker is not None else None
        if written is None or not _is_name(written):
            return None
        return f"{written.removeprefix('the ')} {noun.text}"

    def body_by_first_word(self, name: str) -> str | None:
        """The body named before whose name ``name`` (one word) opens ("Kestrel" for "Kestrel Telecom"), when it
        names no person of the article."""
        if " " in name or any(_surname_of(p, name) for p in self.people):
            return None
        return next((b for b in reversed(self.bodies) if b.removeprefix("the ").split()[0] == name != b), None)

    def gender_of(self, person: str, default: str = "") -> str:
        """What the article said of ``person``'s gender, else what their first name says, else ``default``."""
        known = self.genders.get(person)
        if known:
            return known
        words = person.lower().split()[:-1]  # a title may come first: "Councillor Julia Brandt"
        for word in words:
            if word in lexicon.MALE_NAMES or word in lexicon.FEMALE_NAMES:
                return lexicon.given_name_gender(word)
        # (the given name right before the surname, by its ending: "Teodora Lanis")
        return (lexicon.given_name_gender(words[-1]) if words else "") or default

    def last_person_called(self, name: str) -> str | None:
        """The person named last whom ``name`` stands for: the same name, or one of its words ("Hollis" after "Petar
        Hollis")."""
        return next((p for p in reversed(self.people) if p == name or _one_name_of(p, name)), None)

    def person_named(self, name: str, label: str) -> str | None:
        """The person named before whom a one-word ``name`` stands for, by surname or, unless the tagger typed it a
        place, by given name ("Rindt", "Emil" after "Emil Strand"; the place "Jordan" after "Jordan Ellis" stays)."""
        if " " in name:
            return None
        same = _surname_of if label in ("GPE", "LOC") else _one_name_of
        return next((person for person in self.people if same(person, name)), None)

    def affiliation(self, person: str) -> str | None:
        """The body ``person`` (a full name or a surname) heads or works for, as the article said."""
        full = next((p for p in reversed(self.people) if p == person or _surname_of(p, person)), person)
        return self.affiliations.get(full)

    def affiliation_before(self, person: str, token: Token) -> str | None:
        """``affiliation``, or for a person the sentence of ``token`` introduces before it, not remembered yet, what
        the sentence says ("Greta Holm, who chairs the Nordvik Seniors' Club, said many of its members ...")."""
        known = self.party(person)
        if known is not None and known in self.people:
            return self.affiliation(known)
        sent = token.sent
        for ent in doc_ents(token.doc):
            if sent.start <= ent.start and ent.end <= token.i and clean_name(ent.text) == person:
                return self.affiliation_of(ent) if is_person_entity(ent) else None
        return None

    def _note_affiliation(self, ent: Span, name: str) -> None:
        body = self.affiliation_of(ent)
        if body is not None:
            self.affiliations[name] = body

    def affiliation_of(self, ent: Span) -> str | None:
        """ "Nikos Varga, who heads the Marrow fishing cooperative" / "Helen Marsh, chief engineer of the Northern
        Water Board" / "The lottery's new director, Helena Mets": the body a person heads or works for."""
        root = ent.root
        for child in children_of(root):
            body: Token | None = None
            if child.dep_ == "relcl" and child.lemma_.lower() in _HEADING_VERBS:
                body = next((c for c in children_of(child) if c.dep_ == "dobj"), None)
            elif child.dep_ == "appos" and child.lemma_.lower() in PERSON_NOUNS | set(lexicon.PERSON_NOUNS):
                prep = next(
                    (c for c in children_of(child) if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")), None
                )
                body = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
            if body is None or body.tag_ not in ("NN", "NNP") or body.lemma_.lower() in PERSON_NOUNS:
                continue
            words = ent.doc[body.left_edge.i : body.i + 1]
            if len(words) > MAX_PHRASE_TOKENS or any(_cuts_phrase(t) for t in words):
                continue
            text = words.text
            return text if text[:1].isupper() or text.startswith("the ") else f"the {text}"
        return self._title_owner(ent)

    def _title_owner(self, ent: Span) -> str | None:
        """The body a person's title belongs to: "Renewal Front leader Dalia Voskresna", "Karsana's chief negotiator,
        Sabina Dunav", "Ruben Dassel, the company's country manager" (the company as the article named it)."""
        doc = ent.doc
        root = ent.root
        titles = [c for c in children_of(root) if c.dep_ == "appos" and c.lemma_.lower() in TITLE_NOUNS]
        if root.dep_ == "appos" and root.head.lemma_.lower() in TITLE_NOUNS:
            titles.append(root.head)  # "The bloc's trade commissioner, Anneli Virtanen"
        titles += [c for c in root.lefts if c.dep_ == "compound" and c.lower_ in TITLE_NOUNS]
        for title in titles:
            for child in title.lefts:
                if child.dep_ == "poss" and child.tag_ in ("NNP", "NNPS", "NN"):
                    if child.tag_ == "NN":  # "the company's": as the article named it, else as this one says
                        named = _description_antecedent(child, doc[child.sent.start : child.sent.end], self, None)
                        return named or f"the {child.text.lower()}"
                    return text_of(doc, child.left_edge.i, child.i + 1)
                if child.dep_ == "compound" and child.ent_type_ == "ORG":
                    # "Renewal Front leader"; not the field of "Health Minister", "Labour Minister"
                    body = entity_of(child)
                    return clean_name(body.text) if body is not None and len(body) > 1 else None
                if (
                    child.dep_ in ("compound", "amod")
                    and child.is_title
                    and child.i == title.left_edge.i
                    and title.lemma_.lower() not in OFFICES  # "Employment minister": a ministry's field
                ):
                    # "Skyline chief executive Anders Holm" after "Skyline Group": the body that word opens
                    known = self.body_by_first_word(child.text)
                    if known is not None:
                        return known
        return None

    def _note_surnames(self, sent: Span, start: int, quoted: set[int]) -> None:
        """A person named before, mentioned again by a surname the tagger did not read as a person ("Salo, a former
        army officer, ..."), is the person named last from here on; so is a settlement named as "the village of
        Dolna"."""
        surnames = {full.split()[-1]: full for full in self.people if " " in full}
        for token in tokens_of(sent.doc, start, sent.end):
            a = token_attrs(token)
            if a.tag != "NNP" or token.i in quoted:
                continue
            settlement = _settlement_noun(token)
            if settlement is None and a.dep == "appos" and token.head.tag_ == "NN":
                # "the island's main town, Pyrgi", "the regional capital, Ostrava"
                settlement = token.head if token.head.lemma_.lower() in SETTLEMENTS else None
            if settlement is not None:  # whatever the tagger called it ("the border town of Dosk", PERSON)
                name = text_of(sent.doc, token.left_edge.i, token.i + 1).removeprefix("the ")
                self._settlement(name, settlement.lemma_.lower())
                continue
            if _mayors_place(token):
                # "the mayor of Caldor": a town or city ("the city's new bus depot"); the kind a later word says
                # is a city's
                name = text_of(sent.doc, token.left_edge.i, token.i + 1).removeprefix("the ")
                if name not in self.settlements:
                    self._settlement(name, "city")
                continue
            full = surnames.get(token.text) if a.ent_type != "PERSON" else None
            if full is not None and not (token.i + 1 < sent.end and sent.doc[token.i + 1].tag_ == "NNP"):
                self._note("person", full)
                self.previous_people.append(full)

    def _note_untyped_bodies(self, sent: Span, start: int, quoted: set[int]) -> None:
        for name in untyped_bodies(sent, start, quoted):
            self._note("body", name)
            self.previous_bodies.append(name)

    def _note_called(self, sent: Span, start: int, quoted: set[int]) -> None:
        """A name a naming verb gives a noun ("the pill, called velorastat", "a storm named Idris", "the law known
        as the Safe Streets Act"): what a later "the pill" stands for; a medicine's name stands for every word for
        a medicine the article has not given another name ("the drug" is velorastat too)."""
        doc = sent.doc
        for verb in tokens_of(doc, start, sent.end):
            if verb.i in quoted or verb.tag_ != "VBN" or verb.lemma_.lower() not in NAMING_VERBS:
                continue
            noun = doc[verb.i - 2] if verb.i - 2 >= start and doc[verb.i - 1].text == "," else doc[verb.i - 1]
            if noun.i < start or noun.tag_ not in ("NN", "NNS") or noun.ent_type_:
                continue
            first = verb.i + 1
            if verb.lemma_.lower() == "know":
                if first >= sent.end or doc[first].lower_ != "as":
                    continue
                first += 1
            if first < sent.end and doc[first].lower_ == "the":
                first += 1  # "known as the Black Hand": the name's own article, kept below
            end = first
            while end < sent.end and (
                doc[end].tag_ in ("NNP", "NNPS")
                or (end > first and doc[end].lower_ in _NAME_LINKS)
                or (end > first and not doc[end - 1].whitespace_ and (doc[end].text == "-" or doc[end].text.isalnum()))
            ):
                end += 1  # (a designation written in one piece: "K2-311b")
            while end > first and doc[end - 1].lower_ in _NAME_LINKS:
                end -= 1
            if end == first or end - first > MAX_PHRASE_TOKENS:
                continue
            name = text_of(doc, first, end)
            if first > start and doc[first - 1].lower_ == "the":
                name = f"the {name}"
            lemma = noun.lemma_.lower()
            self.described[lemma] = name
            if lemma in MEDICINE_NOUNS:
                for other in MEDICINE_NOUNS:
                    self.described.setdefault(other, name)

    def _note_agents(self, sent: Span, start: int, quoted: set[int]) -> None:
        """The body a passive verb names as its doer ("The Marisol Dawn, operated by Velan Island Lines", "the
        project, developed by Northwind Renewables"): what a later "the operator" / "the developer" stands for,
        unless the article said so before."""
        doc = sent.doc
        for verb in tokens_of(doc, start, sent.end):
            nouns = AGENT_NOUNS.get(verb.lemma_.lower())
            if nouns is None or verb.tag_ != "VBN" or verb.i in quoted:
                continue
            by = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
            doer = next((c for c in children_of(by) if c.dep_ == "pobj"), None) if by is not None else None
            if doer is None or doer.tag_ not in ("NNP", "NNPS"):
                continue
            words = doc[doer.left_edge.i : doer.i + 1]
            if len(words) > MAX_PHRASE_TOKENS or not all(t.tag_ in ("NNP", "NNPS", "DT") for t in words):
                continue
            name = clean_name(words.text)
            name = f"the {name}" if words[0].lower_ == "the" else name
            for noun in nouns:
                self.described.setdefault(noun, name)

    def _note_organisers(self, sent: Span, start: int) -> None:
        """ "supporters of the opposition Renewal Front ... to protest against": the body whose supporters or members
        protested, for a later "the organisers"."""
        for token in tokens_of(sent.doc, start, sent.end):
            if token.lemma_.lower() not in ("supporter", "member", "activist") or token.tag_ != "NNS":
                continue
            of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            named = (
                [name for kind, name, _ in _entities_in(sent.doc, of.i, of.right_edge.i + 1) if kind == "body"]
                if of
                else []
            )
            if named:
                self.described["organisers"] = self.described["organizers"] = named[0]
                return

    def _note_actions(self, sent: Span, start: int, quoted: set[int]) -> None:
        """ "Train drivers began a 48-hour strike": the action by whom, for a later "the strike" ("the train drivers'
        strike"); the first one of each kind the article reports outside quotations."""
        for token in tokens_of(sent.doc, start, sent.end):
            lemma = token.lemma_.lower()
            if token.i in quoted:
                continue
            if lemma == "walk" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in children_of(token)):
                verb, lemma = token, "strike"  # "Train drivers will walk out for 48 hours"
            elif _labour_strike(token):
                verb = token  # "Teachers in the province of Valdor will strike on Friday"
            elif lemma not in _ACTIONS:
                continue
            elif token.dep_ == "dobj":
                verb = token.head  # "began a strike", "staged a protest"
            elif token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_ in ("go", "be", "stay"):
                verb = token.head.head  # "nurses went on strike"
            else:
                continue
            if lemma in self.described:
                continue
            subject = _subject(verb, passive=False)
            if subject is not None and subject.lemma_.lower() in _MULTITUDES:  # "Thousands of farmers": farmers
                of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
                subject = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
            if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i in quoted:
                continue
            if subject.lemma_.lower() in ("people", "person", "other"):
                continue  # "the people's protest" says no more than "the protest"
            ent = entity_of(subject)
            if ent is not None and ent.label_ == "ORG":
                the = "the " if subject.left_edge.lower_ == "the" else ""
                self.described[lemma] = f"{the}{_possessive(clean_name(ent.text))} {lemma}"  # "the X Union's"
            elif subject.pos_ == "NOUN" and subject.tag_ == "NNS" and (workplace := _named_workplace(subject)):
                self.described[lemma] = f"the {lemma} at {workplace}"  # "workers at the Salter Point refinery"
            elif subject.pos_ == "NOUN" and subject.tag_ == "NNS":
                words = [c for c in subject.lefts if c.dep_ in ("compound", "amod") and c.is_alpha] + [subject]
                doer = " ".join(w.lower_ if w.tag_ not in ("NNP", "NNPS") else w.text for w in words)
                self.described[lemma] = f"the {doer}' {lemma}"  # "the train drivers' strike"

    def _note_reported(self, sent: Span, start: int, quoted: set[int]) -> None:
        """ "..., the Evening Standard-Times reported on Thursday": a later "the report" is the Evening Standard-Times
        report, the latest one the article says a named outlet or body made."""
        for verb in tokens_of(sent.doc, start, sent.end):
            if verb.lemma_.lower() != "report" or verb.pos_ != "VERB" or verb.i in quoted:
                continue
            subject = _subject(verb, passive=False)  # (what "was reported" is no reporter)
            if subject is None or subject.i < start:
                continue
            ent = entity_of(subject)
            if ent is not None and ent.label_ in ("ORG", "WORK_OF_ART", "PRODUCT"):  # a paper's name may be either
                name: str | None = clean_name(ent.text)
            else:
                name = _proper_name(subject) if ent is None else None
            if name is not None:
                self.phrases["report"] = f"{name} report"
                self.producers["report"] = name

    def _note_paper_told(self, sent: Span, start: int, quoted: set[int]) -> None:
        """ "..., two officials told the Marren Herald", "According to the Morning Post, ...": a later "the report" is
        that paper's report."""
        for cue in tokens_of(sent.doc, start, sent.end):
            if cue.i in quoted:
                continue
            if cue.lower_ == "according":
                paper = next(iter(according_to(cue)), None)
            elif cue.lemma_ == "tell" and cue.pos_ == "VERB":
                paper = next((c for c in children_of(cue) if c.dep_ in ("dobj", "dative")), None)
            else:
                continue
            if paper is not None and paper.lower_ in lexicon.OUTLET_KINDS:
                # "told the regional broadcaster Kanal 9": the name set beside the kind
                paper = next((c for c in children_of(paper) if c.dep_ == "appos"), None)
            ent = entity_of(paper) if paper is not None else None
            if ent is None or ent.label_ not in ("ORG", "WORK_OF_ART", "PRODUCT"):
                continue
            name = clean_name(ent.text)
            after = sent.doc[ent.end] if ent.end < sent.end else None
            kind_after = after is not None and after.lower_ in lexicon.OUTLET_KINDS  # "the Elvan Tribune newspaper"
            # ("the regional broadcaster Kanal 9")
            kind_before = _called(name, span_text(sent), lexicon.OUTLET_KINDS)
            a_paper = kind_after or kind_before or _own_head(name) in _HEAD_SYNONYMS["newspaper"]
            if a_paper and not self.is_outlet(name):
                # (not the article's own outlet: "told the Capital Courier" in the Capital Courier is no report of
                # another paper)
                self.phrases["report"] = f"{name} report"
                self.producers["report"] = name

    def _note_purchase(self, sent: Span, start: int, quoted: set[int]) -> None:
        """ "Marlo Group has agreed to buy its smaller rival Zesty": for a later "the takeover" ("Marlo Group's
        takeover of Zesty") or "the deal" ("Marlo Group's deal to buy Zesty"); the first one the article reports."""
        for verb in tokens_of(sent.doc, start, sent.end):
            over = any(c.dep_ == "prt" and c.lower_ == "over" for c in children_of(verb)) and verb.lemma_ == "take"
            if verb.pos_ != "VERB" or verb.i in quoted or not (over or verb.lemma_.lower() in _BUYING_VERBS):
                continue
            subject = _subject(verb, passive=False)
            if subject is None and verb.dep_ == "xcomp":
                subject = _subject(verb.head, passive=False)  # "has agreed to buy"
            target = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
            buyer, bought = (_proper_name(t) for t in (subject, target))
            if buyer is None or bought is None:
                continue
            for noun in ("takeover", "acquisition", "purchase"):
                self.described.setdefault(noun, f"{_possessive(buyer)} {noun} of {bought}")
            self.described.setdefault("deal", f"{_possessive(buyer)} deal to buy {bought}")
            return

    def _note_trial(self, sent: Span, start: int, quoted: set[int]) -> None:
        """ "Tomas Reinholt went on trial" / "X will stand trial": a later "the trial" is the trial of X."""
        doc = sent.doc
        for trial in tokens_of(doc, start, sent.end):
            if trial.lower_ != "trial" or trial.i in quoted:
                continue
            on_trial = trial.dep_ == "pobj" and trial.head.lower_ == "on" and trial.head.head.pos_ in ("VERB", "AUX")
            verb = trial.head.head if on_trial else trial.head if trial.dep_ == "dobj" else None
            if verb is None or (not on_trial and verb.lemma_.lower() not in TRIAL_VERBS):
                continue
            subject = _subject(verb, passive=True)
            # a person or a company by name, whatever the tagger typed it ("Ilse Marten" may come out an ORG)
            if subject is None or subject.i < start or subject.tag_ != "NNP" or subject.ent_type_ not in _ON_TRIAL:
                continue
            first = subject.i
            while first > start and doc[first - 1].tag_ == "NNP" and doc[first - 1].head.i == subject.i:
                first -= 1
            name = clean_name(text_of(doc, first, subject.i + 1))
            person = self.by_surname(name) or name
            self.phrases["trial"] = f"trial of {person}"

    def _note_maker(self, sent: Span, start: int, quoted: set[int]) -> None:
        """ "The plane was built by Aerovance", "engines made by Castellan Propulsion": the business that made a
        thing is what a later "the manufacturer" or "the maker" is."""
        for verb in tokens_of(sent.doc, start, sent.end):
            if verb.lemma_.lower() not in _MAKING_VERBS or verb.tag_ != "VBN" or verb.i in quoted:
                continue
            agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
            maker = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
            ent = entity_of(maker) if maker is not None else None
            # (a business whatever the tagger typed its one word; not a person by a given name and a surname)
            if ent is None or ent.label_ not in ("ORG", "PERSON", "GPE") or (len(ent) > 1 and is_person_entity(ent)):
                continue
            name = self.body_by_first_word(entity_name(ent)) or entity_name(ent)
            made = _subject(verb, passive=True) if verb.dep_ not in ("acl", "relcl") else verb.head
            thing = made.lemma_.lower() if made is not None else ""
            for word in _MAKERS:
                # (a maker of a part is no carmaker: "The part is made by Drava Components")
                if thing in _MADE_BY_KIND.get(word, (thing,)):
                    self.described[word] = name
            return

    def _note_acted_on(self, sent: Span, start: int, quoted: set[int]) -> None:
        """The people arrested, charged, sentenced, killed or hurt ("Prosecutors charged a woman, Lena Holt, with
        fraud"; "Police arrested two men"; "Two women were killed"): who a later "the suspect" / "the defendant" /
        "the men" / "the victims" is, by name when the article gave one, else by what was done to them ("the two men
        arrested"); a sentence or a verdict had a trial."""
        doc = sent.doc
        for verb in tokens_of(doc, start, sent.end):
            lemma = verb.lemma_.lower()
            if verb.i in quoted or verb.tag_ not in ("VBD", "VBN") or lemma not in ACTED_ON:
                continue
            person = next(
                (c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass") and c.tag_ in _NOUN_TAGS), None
            )
            if person is None or person.i < start:
                continue
            # the person's name: the noun itself or a name set beside it (which the parser may hang on a word of
            # its phrase: "The mayor of Kestin, Paul Rinaldi, has been charged")
            named = next((t for t in person.subtree if t.ent_type_ == "PERSON"), None)
            if (
                named is None
                and person.tag_ == "NN"
                and _person_word(person)
                and lemma in CHARGING_VERBS
                and lemma not in ("arrest", "detain")
                and self.sentences <= LEAD_SENTENCES
                and "trial" not in self.phrases
            ):
                self.unnamed_defendant = True  # "A former mayor of Vestrand ... was sentenced": named later
            if named is not None and lemma in CHARGING_VERBS:
                name = next(clean_name(e.text) for e in doc.ents if e.start <= named.i < e.end)
                name = self.by_surname(name) or name
                words: tuple[str, ...] = ("suspect", "defendant", "accused", "detainee")
                if lemma not in ("arrest", "detain"):  # one charged, sentenced or convicted has a trial
                    self.phrases.setdefault("trial", f"trial of {name}")
            elif person.tag_ == "NNS" and not person.ent_type_ and (lemma in CHARGING_VERBS or _person_word(person)):
                phrase = doc[person.left_edge.i : person.i + 1]
                if any(not (t.is_alpha or t.like_num) for t in phrase):
                    continue
                opening = phrase[0].lower_ if phrase[0].tag_ not in _NOUN_TAGS else phrase[0].text
                words_of = " ".join([opening, *(t.text for t in phrase[1:])]).removeprefix("the ")
                # "the three activists detained" (each of these verbs' past is its participle)
                name = f"the {words_of} {verb.lower_}"
                words = (person.lower_, *ACTED_ON[lemma])
            else:
                continue
            for word in words:
                self.described.setdefault(word, name)

    def _note_authors_of(self, study: Token) -> None:
        """ "The study, by researchers at the University of Aldermoor, found ...": a later "They said" is those
        researchers."""
        by = next((c for c in study.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
        authors = next((c for c in children_of(by) if c.dep_ == "pobj"), None) if by is not None else None
        if authors is None or authors.tag_ != "NNS" or authors.lemma_.lower() not in _RESEARCHERS:
            return
        where = next((c for c in authors.rights if c.dep_ == "prep" and _holds_name(c)), None)
        if where is None or where.right_edge.i - authors.i >= MAX_PHRASE_TOKENS:
            return
        self.last_plural = authors.lower_
        self.last_plural_named = f"{authors.lower_} {text_of(study.doc, where.i, where.right_edge.i + 1)}"

    def _note_study_authors(self, sent: Span, start: int, quoted: set[int]) -> None:
        """ "a study by the University of Lorvik": a later "the researchers" are that university's, unless the
        article named researchers by where they work already."""
        for ent in ents_within(sent.doc, start, sent.end):
            by = ent.root.head
            study = by.head
            if (
                ent.label_ == "ORG"
                and ent.start not in quoted
                and by.lower_ in ("by", "from")
                and study.lemma_.lower() in _STUDY_WORDS
                and any(t.lower_ in _RESEARCH_BODIES for t in ent)
            ):
                name = clean_name(ent.text)
                with_the = ent.text.lower().startswith("the ") or sent.doc[ent.start - 1].lower_ == "the"
                name = f"the {name}" if with_the and name[:4].lower() != "the " else name
                for word in _RESEARCHERS.values():
                    self.described.setdefault(word, f"the {word} at {name}")

    def _describe(self, ent: Span, name: str) -> None:
        """What an apposition or a title noun says ``ent`` is: "Moka, a city of 300,000" / "the police watchdog,
        the Independent Office" / "the wildlife charity Coastwatch" / "the provincial capital Moka"."""
        root = ent.root
        heads = [
            c
            for c in children_of(root)
            if c.dep_ == "appos"
            and c.tag_ in ("NN", "NNS")
            and not c.ent_type_
            # (no body is "a senior election official": the parser's apposition after "the broadcaster Radio Velica,")
            and c.lemma_.lower() not in lexicon.PERSON_NOUNS
            # nor "an internal memo": what comes after "According to the Tribune," is no apposition, whatever the
            # parser made it
            and c.lemma_.lower() not in DOCUMENT_NOUNS | _ISSUED_NOUNS
        ]
        # (and the last of joined words: "Brightlane, the online payments and banking app": an app)
        heads += [last for c in heads if (last := last_conjunct(c)) is not c and last.tag_ in ("NN", "NNS", "NNP")]
        head = root.head
        if (
            root.dep_ == "appos"
            and head.tag_ in ("NN", "NNS")
            and not head.ent_type_
            and (
                head.dep_ != "pobj"
                or head.i == ent.start - 1
                # "in the capital, Tarvos"
                or (
                    head.i == ent.start - 2
                    and ent.doc[ent.start - 1].text == ","
                    and head.lemma_.lower() in SETTLEMENTS
                )
                or (ent.label_ == "ORG" and head.head.head.lemma_.lower() not in lexicon.PERSON_NOUNS)
            )
        ):
            # "design changes by the construction consortium, Arvel Kessing Rail"; not "a spokesman for the
            # movement, Jean-Baptiste Nkosi" (a misread person)
            heads.append(head)
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if (
            before is not None
            and (before.tag_ == "NN" or before.lower_ in _GROUP_ADJECTIVES)
            and not before.ent_type_
            and (
                before.head.i in range(*_bounds(ent))
                # (or both made subjects of one verb: "that the patients' charity CareWatch had received")
                or (before.dep_ == ent.root.dep_ == "nsubj" and before.head.i == ent.root.head.i)
            )
        ):
            heads.append(before)  # "the wildlife charity Coastwatch", "the rebel Northern Front" ("the rebels")
        # "A criminal group calling itself Black Lantern": "the group" is it (the participle's name, as the claimer
        # rule reads it)
        participle = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        if (
            participle.dep_ == "acl"
            and participle.head.tag_ in ("NN", "NNS")
            and name_it_goes_by(participle.head) == name
        ):
            heads.append(participle.head)
        for head in heads:
            # (a group adjective's word is its members, plural: "the rebels", not "the rebel" who spoke)
            lemma = f"{head.lower_}s" if head.lower_ in _GROUP_ADJECTIVES else head.lemma_.lower()
            self.described[lemma] = name
            if lemma == "group" and any(
                c.dep_ in ("poss", "compound", "amod") and (c.lemma_.lower() in _CAUSES or _people_word(c.lower_))
                for c in children_of(head)
            ):
                self.causes.add(name)  # "a patients' group", "the campaign group Open Streets": no business
            if lemma in SETTLEMENTS:
                self._settlement(name, lemma)

    def note_dateline(self, sent: Span, attributed: Attribution) -> None:
        """A dateline names the city the story was filed from ("KESTRIN, June 18 (...) -"): what "the city" and
        "the city council" stand for until the article names another settlement (never "the capital" or "the
        town", which a dateline does not say)."""
        if self.dateline_city is None and attributed.body_start > sent.start:
            place = _DATELINE_PLACE.match(text_of(sent.doc, sent.start, attributed.body_start))
            if place is not None:
                self.dateline_city = " ".join(w.capitalize() if w.isupper() else w for w in place.group(1).split())

    def titled(self, description: str) -> str | None:
        """The one person named before with the title ``description`` says ("the prime minister" -> "Prime Minister
        Lars Hedin"), written with it; None for no one or several."""
        words = description.removeprefix("the ").lower()
        people = [person for person, title in self.titles.items() if title.lower() == words]
        return f"{self.titles[people[0]]} {people[0]}" if len(people) == 1 else None

    @staticmethod
    def outlet_itself(phrase: str) -> bool:
        """ "this newspaper", "this paper": the words an outlet calls itself by."""
        return phrase.lower() in _OUTLET_ITSELF

    def is_outlet(self, name: str) -> bool:
        """Whether ``name`` is the publication itself, with or without its article ("Western Standard" of "The
        Western Standard"), or by the last word of its name ("told the Mercury" in The Kingsreach Mercury)."""
        if not self.outlet:
            return False
        name, outlet = clean_name(name).lower(), clean_name(self.outlet).lower()
        return name == outlet or (" " not in name and outlet.endswith(f" {name}"))

    def called_a_business(self, name: str) -> bool:
        """Whether the article called ``name`` by a word for a business ("the telecoms operator Skyrna")."""
        return any(
            (body == name or body.split()[0] == name)  # ("Severnside" of "the water company Severnside Water")
            and (kind in COMMERCIAL_HEADS or kind in _OPERATORS)
            for kind, body in self.described.items()
        )

    def city(self) -> str | None:
        """The city "the city" stands for: the settlement named last when it is one, else the dateline's, else the
        one place the article has named when no people's name says it is a nation ("Rents in Kastor rose ...")."""
        if self.settlements:
            last = self.settlements[-1]
            return last if self.settlement_kinds.get(last) == "city" else None
        if self.dateline_city:
            return self.dateline_city
        places = list(self.places)
        if (
            len(places) == 1
            and places[0] in self.lead_places
            and places[0] not in self.compass_places
            and places[0].lower()[:4] not in self.nations
            and not any(_surname_of(person, places[0]) for person in self.people)  # a candidate typed a place
        ):
            return places[0]
        return None

    def salient_settlement(self, kind: str, before: str, here: str = "") -> str | None:
        """The settlement "the <kind>" stands for: of those of that kind (else of all), the one the article's text
        ``before`` names most often, the last of a tie ("the port" in a story about Karvik's port is Karvik, though
        the port of Emden was named once since). "The capital" is only a place the article called one: a town is
        none."""
        if kind == "capital":
            settlements = [s for s in self.settlements if s in self.capitals]
        else:
            # (else any but one the article called a village, or a village the article called a town or city: "the
            # town's flood barriers" are not those of "the village of Hesse")
            settlements = [s for s in self.settlements if self.settlement_kinds.get(s) == kind] or [
                s for s in self.settlements if (self.settlement_kinds.get(s) == "village") == (kind == "village")
            ]
        if not settlements:
            return None
        # one its own sentence named before it first ("a teacher in Durrel ... the slope above the village")
        in_sentence = [name for name in settlements if re.search(rf"\b{re.escape(name)}\b", here)]
        if len(in_sentence) == 1 and self.settlement_kinds.get(in_sentence[0]) == kind:
            return in_sentence[0]
        return max(reversed(settlements), key=lambda name: len(re.findall(rf"\b{re.escape(name)}\b", before)))

    def _town_named(self, token: Token) -> str | None:
        """The place ``token`` starts the name of: a place the tagger typed, one after a word for a settlement ("the
        eastern city of Dravic", however the tagger typed it), or the dateline's city."""
        ent = entity_of(token) if token.ent_iob_ == "B" and token.ent_type_ == "GPE" else None
        if ent is not None:
            return ent.text
        named_after_kind = (
            token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SETTLEMENTS
        )
        if token.tag_ == "NNP" and (named_after_kind or token.text.lower() == (self.dateline_city or "").lower()):
            return token.text
        return None

    def _settlement(self, name: str, kind: str) -> None:
        if name in self.settlements:
            self.settlements.remove(name)
        self.settlements.append(name)
        self.settlement_kinds[name] = "city" if kind == "capital" else kind
        if kind == "capital":
            self.capitals.add(name)

    def _note_clients(self, sent: Span, start: int, quoted: set[int]) -> None:
        """ "his lawyer Petar Hollis" (his: Anton Velisar), "Vance's lawyer, Margit Solberg": whom each lawyer the
        sentence names speaks for, for a later "Hollis said his client ..."."""
        for token in tokens_of(sent.doc, start, sent.end):
            if token.lemma_.lower() not in _LAWYERS or token.i in quoted:
                continue
            owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
            named = next((c for c in children_of(token) if c.dep_ == "appos" and c.tag_ == "NNP"), None)
            if owner is None or named is None:
                continue
            if owner.i in self.written:
                client: str | None = _unpossessed(self.written[owner.i])
            else:
                client = self.last_person_called(owner.text)
            lawyer = self.last_person_called(named.text)
            if client is not None and lawyer is not None and client != lawyer:
                self.clients[lawyer] = client

    def _note_defendant(self, sent: Span, start: int) -> None:
        """ "The former head of the port authority went on trial on Wednesday": a later "the trial" is the trial of
        the person the sentence described (one it named is found by name)."""
        for token in tokens_of(sent.doc, start, sent.end):
            on = token.head
            if token_attrs(token).lower != "trial" or token.dep_ != "pobj" or on.lower_ != "on":
                continue
            verb = on.head
            if verb.lemma_.lower() not in ("go", "stand", "be", "remain"):
                continue
            subject = _subject(verb)
            if subject is None or subject.pos_ == "PRON" or subject.i < start:
                continue
            words = sent.doc[subject.left_edge.i : subject.right_edge.i + 1]
            if subject.ent_type_ == "PERSON" or subject.tag_ == "NNP" or len(words) > MAX_PHRASE_TOKENS:
                return  # a person by name: "the trial" is theirs by the name (``lead_mentions``)
            if words[0].lower_ != "the" or any(t.is_punct for t in words):
                return
            self.described["trial"] = f"the trial of the {words[1:].text}"
            self.unnamed_defendant = self.sentences <= LEAD_SENTENCES
            return

    def _note_defendant_named(self, sent: Span, start: int, quoted: set[int]) -> None:
        """The name of the defendant the lead described without one: the first person a later sentence names with
        their age set beside the name ("Aldo Ferrant, 61,"), as news introduces the person a story is about; a later
        "the trial" is theirs."""
        doc = sent.doc
        for ent in ents_within(doc, start, sent.end):
            # (a name with an age is a person's, whatever the tagger typed it: "Tomas Reinholt, 61," may be a GPE)
            if not 2 <= len(ent) <= 3 or not all(t.tag_ == "NNP" and t.is_title for t in ent) or ent.start in quoted:
                continue
            if ent.end + 2 >= len(doc):
                continue
            comma, age, after = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
            if comma.text == "," and age.like_num and age.text.isdigit() and after.text in (",", "."):
                name = self.by_surname(clean_name(ent.text)) or clean_name(ent.text)
                self.described["trial"] = f"the trial of {name}"
                self.phrases["trial"] = f"trial of {name}"
                self.unnamed_defendant = False
                return

    def _note_event(self, sent: Span, start: int) -> None:
        """The first event the article reports with a place: "Drones struck ... in the city of Orvane" ->
        ("drone", "Orvane")."""
        self.sentences += 1
        if self.event is not None or self.sentences > LEAD_SENTENCES:
            return
        verb = next(
            (
                t
                for t in tokens_of(sent.doc, start, sent.end)
                if t.pos_ == "VERB"
                and not _labour_strike(t)
                and (
                    t.lemma_.lower() in lexicon.VERB_TO_EVENT_NOUN
                    or (_subject(t) is not None and _event_word(_subject(t).lemma_.lower()))  # type: ignore[union-attr]
                )
            ),
            None,
        )
        # else a lead opening on a natural event whose verb the parser lost ("A wildfire driven by gusting winds swept
        # down ... towards the town of Montaval"): that event, with the sentence's place
        opening = next((t for t in tokens_of(sent.doc, start, sent.end) if not t.is_punct), None)
        natural = (
            opening.head if opening is not None and opening.lower_ in ("a", "an") and opening.dep_ == "det" else None
        )
        if verb is None and (natural is None or not _natural(natural.lemma_.lower())):
            # or a natural event the lead's verb acts on ("Firefighters ... were battling a wildfire")
            natural = next(
                (
                    t
                    for t in tokens_of(sent.doc, start, sent.end)
                    if t.dep_ == "dobj"
                    and _natural(t.lemma_.lower())
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(t))
                ),
                None,
            )
        if verb is None and (natural is None or not _natural(natural.lemma_.lower())):
            return
        subject = _subject(verb) if verb is not None else natural
        if subject is not None and verb is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = verb.head  # "the earthquake that struck the Karvash mountains": the earthquake
        noun = subject.lemma_.lower() if subject is not None and _event_word(subject.lemma_.lower()) else ""
        if not noun:
            # "27 people were killed when a landslide buried part of a village": the natural event that did it
            cause = next(
                (t for t in tokens_of(sent.doc, start, sent.end) if t.dep_ == "nsubj" and _natural(t.lemma_.lower())),
                None,
            )
            if cause is not None:
                subject, noun = cause, cause.lemma_.lower()
        if self.labour_dispute and "strike" in (noun, verb.lemma_.lower() if verb is not None else ""):
            return  # "The strike cost the airline 9 million euros a day": pilots' strike, no attack with a place
        where = _place_in(sent, start)
        place, self.event_near = where if where is not None else (None, False)
        if place is not None and place not in self.places:
            self.places[place] = 1  # a place whatever the tagger typed it: never "the company"
        if place is not None and len(place.split()) > 1 and place.split()[0] in _COMPASS:
            self.compass_places.append(place.split(maxsplit=1)[1])  # "in western Malvar": a country has parts
        if place is None and verb is not None and noun and noun not in NATURAL_EVENTS:
            place = _body_acted_on(verb, subject)  # "A cyberattack has disrupted ... hospitals run by the X Trust"
        elif place is None and verb is not None and verb.lemma_.lower() == "attack":
            # "Hackers attacked the computer network of the Vellmoor Health Trust": the body in what they attacked
            target = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
            place = _body_acted_on(target, None) if target is not None else None
        if place is None:
            return
        words = [t.lemma_.lower() for t in subject.subtree] if subject is not None else []
        instrument = next((w for w in words if w in lexicon.INSTRUMENT_NOUNS), "")
        if not instrument and subject is not None and noun:
            # "An air strike hit ...": the event's own noun before it, which a later "the strike" keeps
            instrument = next((c.lower_ for c in subject.lefts if c.dep_ == "compound" and c.is_lower), "")
        blast = _explosive_of(verb, subject) if not noun and verb is not None else None
        self.event = ("" if blast else instrument, place)
        self.event_noun = noun or (lexicon.VERB_TO_EVENT_NOUN.get(verb.lemma_.lower(), "") if verb is not None else "")
        if blast:
            # "A car bomb killed 14 people in Karsk": "the death toll from the car bomb in Karsk"
            self.event_word = blast
        elif noun:
            self.event_word = subject.lower_ if subject is not None else noun  # "Flash floods" -> "floods"
        elif subject is not None and subject.lemma_.lower() in _ATTACKERS:
            self.event_word = _ATTACKERS[subject.lemma_.lower()]  # "A suicide bomber killed 23 people" -> "bombing"
        elif self.event_noun in _HARMFUL_EVENTS:
            self.event_word = self.event_noun  # "Drones struck ..." -> "strike"

    def kind_referent(self, noun: Token) -> str | None:
        """What "It" stands for in "It is the second recall of ...": the article's first event when it is of that
        kind ("the drone strike on Orvane"), else the kind's first mention in the article's first sentences ("the
        recall of 14 batches of ..."), else in its headline ("Oil spill spreads ...": "the oil spill")."""
        lemma = noun.lemma_.lower()
        if lemma in EVENT_HEADS and self.event is not None:
            return self.event_phrase(noun)
        if lemma in _EVENT_KINDS:
            # "It was the deadliest accident on Mount Keld since 2019": the event the lead reported
            if self.event is not None and self.event_word:
                return self.event_as_written()
            event = next((m for word, m in self.lead_mentions.items() if _event_word(word) or _natural(word)), None)
            return f"the {event}" if event is not None else self.lead_mishap or self.lead_disaster
        mention = self.lead_mentions.get(lemma) or self.title_kinds.get(lemma)
        if mention is None and self.lead_measure is not None:
            if lemma in _LEVELS:
                # "It was the lowest inflation rate since 2022"
                return f"{self.lead_measure.moved} at {self.lead_measure.figure}"
            if lemma in _MEASURE_CHANGES:
                return self.lead_measure.change(noun)  # "It was the largest increase"
        return f"the {mention}" if mention is not None else None

    def disease(self) -> str | None:
        """The disease "the disease" / "the outbreak" stands for: the one named most often (the latest of a tie)."""
        return max(reversed(self.diseases), key=self.diseases.__getitem__) if self.diseases else None

    def country(self) -> str | None:
        """The place "the country" stands for: the one named most often (at least twice) that no apposition called
        a city, town or village, else the one named last with a compass word ("northern Sarenne")."""
        counts = [
            (n, name)
            for name, n in self.places.items()
            # (nor where the story was filed, a city: "TREVANNE, Nov 13 - ... a school in Trevanne")
            if n >= 2 and name not in self.settlements and name not in self.neighbours and name != self.dateline_city
        ]
        if counts:
            return max(counts)[1]
        # else a place named with a compass word ("northern Sarenne"): a country has parts, a town has none
        compass = next((p for p in reversed(self.compass_places) if p not in self.settlements), None)
        if compass is not None:
            return compass
        # else the one place the article has named, when a people's name says it is a nation ("Vestrian") or the
        # lead named it ("Unemployment in Vestria rose ..."), and nothing called it a city, town or village
        places = [
            name
            for name in self.places
            if name not in self.settlements
            and name != self.dateline_city
            and name not in self.neighbours
            # (a province is no country: "Belgora province")
            and name.split()[-1].lower() not in REGION_NOUNS | _PARTS_OF_STATES
        ]
        if len(places) == 1 and (places[0] in self.lead_places or self.nations & {places[0].lower()[:4]}):
            return places[0]
        # else the one of them the article named as a people or as a state's owner ("Serenza's health ministry")
        nations = [place for place in places if self.nations & {place.lower()[:4]}]
        if len(nations) == 1:
            return nations[0]
        # else the one place the headline named, when the text named no other and never called it a town
        if len(self.title_places) == 1 and not places:
            (place,) = self.title_places
            if place not in self.settlements and place != self.dateline_city:
                return place
        return None

    def event_phrase(self, noun: Token) -> str | None:
        """ "the attack" as the article's first event: "the drone attack on Orvane"."""
        if self.event is None:
            return None
        instrument, place = self.event
        lemma = noun.lemma_.lower()
        if self.event_noun and (_natural(self.event_noun) != _natural(lemma)):
            return None  # a fire is no attack
        if self.labour_dispute and lemma == "strike" and not instrument:
            return None  # "a strike shut the mine in Calama ... Workers walked out": a walkout, never "on" a place
        longer = self.event_noun != lemma and self.event_noun.endswith(lemma) and noun.text == lemma
        word = self.event_noun if longer else noun.text  # "the attack" -> "the cyberattack on ..."
        words = [w for w in ("the", instrument, word, self._preposition(lemma), place) if w]
        return " ".join(words)

    def _preposition(self, lemma: str) -> str:
        """How an event of ``lemma`` stands to its place: "the strike on Orvane", but "the floods in Asha", "the
        bombing in Dask" and "the attack in western Malvar" (a region is no target); "near" what it was near."""
        if self.event_near:
            return "near"
        place = self.event[1] if self.event is not None else ""
        aimed = lemma in _AIMED_EVENTS or _longer_word_for(lemma, _AIMED_EVENTS)
        return "on" if aimed and place.split()[0] not in _COMPASS else "in"

    def lead_event(self) -> str | None:
        """What the lead reported happening, for what belongs to it ("the victims", "the injured"): its event as
        written, else the mishap its verb reported or the disaster its noun named."""
        return self.event_as_written() or self.lead_mishap or self.lead_disaster

    def event_as_written(self) -> str | None:
        """The article's first event as the lead named it, for what belongs to it ("the victims", "the death toll",
        "the site"): "the floods in Asha", "the drone strike on Orvane"; None when no word named it."""
        if self.event is None or not self.event_word:
            return None
        instrument, place = self.event
        words = ("the", instrument, self.event_word, self._preposition(self.event_noun), place)
        return " ".join(w for w in words if w)

    def _note(self, kind: str, name: str) -> None:
        names = self.people if kind == "person" else self.bodies
        if kind == "person":
            name = self.by_surname(name) or name
        elif f"the {name}" in names:  # "Brookings Institution" as a claimer is "the Brookings Institution"
            name = f"the {name}"
        if name in names:
            names.remove(name)
        names.append(name)
        if kind == "person":
            self.person_mentions[name] = self.person_mentions.get(name, 0) + 1

    def named(self, claimer: str) -> str:
        """A claimer as the article named it: "agency" / "judge" -> the name the article gave that word ("Global
        Refugee Office", "Miriam Olsen"), "this newspaper" -> the outlet; any other claimer as it is."""
        if self.outlet and self.outlet_itself(claimer):
            return self.outlet
        words = claimer.split()
        if not words or len(words) > 3:
            return claimer
        if claimer[:1].isupper():
            # "Hollander" -> "Piet Hollander": a person by the name the article gave in full
            return self.by_surname(claimer) or claimer
        head = words[-1].lower()
        if head in self.producers and (len(words) == 1 or (len(words) == 2 and words[0].lower() in ("its", "the"))):
            return self.producers[head]  # "the statement added": who issued the statement the article named last
        name = self.described.get(head)
        if name is None and len(words) == 1:
            # "authority" (of "the authority said"): the body named with that head word, else the article's topic;
            # not a longer description ("a local business group"), which may be another body
            name = self.party(claimer) or self.topic_called(head) or (self.business() if head in TOPIC_HEADS else None)
            if name is None and head in COMMERCIAL_HEADS:
                # "the company said": the business the text names for it (``_description_antecedent``)
                name = _body_for(head, self.businesses(self.bodies), {*self.places, *self.settlements})
        return name.removeprefix("the ") if name is not None and _is_name(name) else claimer

    def claimers_as_written(self, claimers: Sequence[str], sent: Span, attributed: Attribution) -> list[str]:
        """``claimers`` as the sentence's claims wrote them (``as_written``). When the text wrote the speaker's
        pronoun as a party ("It said" -> "The national volcano observatory said"), that party stands for any claimer
        the article's pronoun resolution guessed that the sentence does not name; when it wrote a speaker's
        "his"/"her" as someone ("His lawyer" -> "the officer's lawyer"), such a guessed party goes unless it is that
        someone ("Samir Youssef")."""
        subjects = attributed.subjects
        written = [self.as_written(c, sent, subjects) for c in claimers]
        text = span_text(sent)
        # the pronoun that speaks ("It said ..."), which the sentence's attribution left to the article
        pronoun = next(
            (
                t
                for t in tokens_of(sent.doc, sent.start, sent.end)
                if attributed.pronoun
                and t.lower_ == attributed.pronoun.split()[-1]  # ("the group": its noun)
                and t.dep_ == "nsubj"
                and t.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
            ),
            None,
        )
        speaker = self.written.get(pronoun.i) if pronoun is not None else None
        if speaker is not None and pronoun is not None and pronoun.pos_ != "PRON":
            # "The group denied ...": the group the text names ("the Free Karsk Front"), not one it only describes
            # ("the human rights group"), for which the article's resolution knows the name
            speaker = speaker if _is_name(speaker.removeprefix("The ")) else None
        if speaker is not None:
            # "It said lava was flowing", written "The national volcano observatory said ...": the party the text
            # names, not the one the article's pronoun resolution guessed (which the sentence does not name)
            name = speaker.removeprefix("the ").removeprefix("The ")
            # (the outlet, which the pipeline gives a claim with no party, stays: "He had announced ..." is an act)
            written = [w if w in text or w == self.outlet else name for w in written]
        for c, w in zip(claimers, written, strict=True):
            if w != c and c.split()[0].lower() in ("its", "their", "his", "her"):
                self.claimers_written[c] = w
        owners = [
            w.split("'")[0].removeprefix("the ")
            for c, w in zip(claimers, written, strict=True)
            if w != c and c.split()[0].lower() in _POSSESSIVE_PERSON
        ]
        if not owners:
            return written
        return [
            w
            for c, w in zip(claimers, written, strict=True)
            if w != c or c in text or any(c in owner or owner in c for owner in owners)
        ]

    def as_written(self, claimer: str, sent: Span, subjects: Sequence[tuple[int, int]]) -> str:
        """A claimer that is a description ("group") as the sentence's claims wrote the phrase it heads ("The group
        denied ..." -> "Free Heights Movement"), else as it is; names and pronouns stay as they are."""
        head = claimer.split()[-1].lower() if claimer.split() else ""
        opener = claimer.split()[0].lower() if claimer.split() else ""
        named = claimer[:1].isupper() and opener not in _DETERMINERS  # ("His lawyer" is no name)
        document = head in _SAID_NOUNS | _FINDINGS and opener not in ("its", "their", "his", "her")
        if named or claimer.lower() in lexicon.PRONOUNS or document:
            return claimer  # (a document is no party: "the report" stays, or ``named`` gives who made it)
        for start, end in subjects:
            phrase = sent.doc[start:end]
            # (the phrase up to its head word: "The company, a subsidiary of the Arcos Group," is "company")
            head_phrase = sent.doc[start : phrase.root.i + 1]
            if claimer.lower() not in (
                _without_article(phrase.text.lower()),
                _without_article(head_phrase.text.lower()),
            ):
                continue
            written = self.written.get(phrase.root.i)
            if written is not None and written == self.outlet:
                return written  # "This newspaper revealed": the outlet, as the article names it
            if written is not None and _is_name(written):
                return written.removeprefix("the ").removeprefix("The ")
            owners = [t for t in phrase if t.tag_ == "PRP$" and t.i in self.written]
            # ("A spokeswoman for the company" -> "spokeswoman for Pippin & Hale")
            bodies = [
                t
                for t in phrase
                if t.i in self.written
                and t.i != phrase.root.i
                and t.dep_ == "pobj"
                and _is_name(self.written[t.i])
                and t.i - 1 >= phrase.start
                and t.doc[t.i - 1].lower_ == "the"
            ]
            if (owners or bodies) and len(phrase) > 1:
                # "its organisers" -> "the petition's organisers", "His lawyer" -> "the officer's lawyer", "two
                # officials in her office" -> "two officials in Anneke Sorel's office"
                words = []
                for t in phrase:
                    if t in owners:
                        whose = self.written[t.i]
                        whose = whose if whose.endswith(("'s", "'")) else _possessive(whose)
                        t_text = f"{whose[0].lower() if whose.startswith('The ') else whose[0]}{whose[1:]}"
                    elif t in bodies:
                        t_text = self.written[t.i].removeprefix("The ").removeprefix("the ")
                    elif (
                        t.i + 1 < phrase.end
                        and t.doc[t.i + 1] in bodies
                        and not self.written[t.i + 1].lower().startswith("the ")
                    ):
                        continue  # (the article of a name written in its place that takes none)
                    else:
                        t_text = t.text
                    words.append(t_text + t.whitespace_)
                written_claimer = re.sub(r"^(?i:an?) ", "", "".join(words).strip())
                self.claimers_written[claimer] = written_claimer
                return written_claimer
        return claimer

    def businesses(self, names: Sequence[str]) -> list[str]:
        """``names`` less those the article called a charity, an agency or another public body ("a wildlife
        charity, Shorewatch"), or a ship ("The vessel, the Northern Star"), and those it named only as where the
        people it quotes work ("Analysts at Brandt Capital said") or as the owner of another ("a subsidiary of the
        Arcos Group"): what "the company" may be."""
        public = {
            name
            for word, name in self.described.items()
            if word in PUBLIC_HEADS or word in _VESSELS or word in _KINDS_OF_PLACE  # ("Orrin, a village")
        }
        return [
            name
            for name in names
            if name not in public
            and _own_head(name) not in _PUBLIC_SERVICE_HEADS  # ("Breskova General Hospital" is no company)
            and _own_head(name) not in _HEAD_SYNONYMS["newspaper"]  # (nor a paper that saw a memo, "the Estria Herald")
            and name not in self.workplaces
            and name not in self.parents
            and name not in self.causes
            and _own_head(name).removesuffix("s") not in _CITED_PEOPLE  # a claimer "Analysts at Brandt Capital"
        ]

    def topic_called(self, noun: str) -> str | None:
        """The organisation the article is about when ``noun`` may call it ("the company", "the group"); a board or
        a ministry is called by its own kind of word."""
        topic = self.topic
        if (noun in ANY_BODY_HEADS or noun in TOPIC_HEADS) and topic and _own_head(topic) not in PUBLIC_HEADS:
            return topic  # "the club said": the club the article is about
        return None

    def labour_sides(self) -> str | None:
        """The two sides of a labour dispute: the union the article named and the one business that employs its
        members ("the Transport Workers' Union and Rendall Transit"); None outside a labour dispute or when either
        is unknown."""
        if not self.labour_dispute:
            return None
        unions = [b for b in self.bodies if _own_head(b) in _UNION_HEADS and _is_name(b)]
        employers = [b for b in self.named_businesses() if b not in unions]
        # (the body the article said employs them, else the article's own business, else the first it called an
        # operator or a company, else the only one)
        described = [name for word, name in self.described.items() if word in TOPIC_HEADS]
        employed_by = next((b for b in self.bodies if b.removeprefix("the ") == self.employer), self.employer)
        employer = (
            employed_by
            or next((b for b in (self.topic, *described) if b in employers), None)
            or (employers[0] if len(set(employers)) == 1 else None)
        )
        if not unions or employer is None:
            return None
        return f"{unions[-1]} and {employer}"

    def named_businesses(self) -> list[str]:
        """The businesses the article has named by name, each once: no public body, place or publication."""
        places = {*self.places, *self.settlements}
        return [
            b
            for b in self.businesses(list(dict.fromkeys(self.bodies)))
            if _is_name(b) and _own_head(b) not in PUBLIC_HEADS and b not in places and not self.is_outlet(b)
        ]

    def business(self) -> str | None:
        """The name the article last called a business ("operated by Aerolinea Norte": the operator; "the utility
        that owns the line, Tramuntana Energia")."""
        return next((name for word, name in reversed(self.described.items()) if word in TOPIC_HEADS), None)

    def family(self) -> str | None:
        """ "the family": the family of the person named most often (the first of a tie), by surname."""
        if not self.person_mentions:
            return None
        person = max(self.person_mentions, key=self.person_mentions.__getitem__)
        return f"the {person.split()[-1]} family" if " " in person else None


_MODIFIER_DEPS = frozenset(["compound", "amod", "nmod", "poss"])
_NAMED = frozenset(["PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART"])
# The longest mention kept as an antecedent, in tokens; and as the referent of "It is the second recall".
MAX_PHRASE_TOKENS = 12
MAX_MENTION_TOKENS = 12
# Nouns that count events of the kind their "of" phrase names ("the third round of job cuts").
_COUNTING_NOUNS = frozenset(["round", "wave", "series", "spate", "string"])
_ORDINAL_WORDS = frozenset(["first", "last", "latest", *claim_types.COUNTING_ORDINALS])


# Words for the parts a country is divided into ("Belgora province", "the Dunmore district").
_PARTS_OF_STATES = frozenset(["province", "district", "county", "state", "prefecture", "governorate", "municipality"])
# Nouns that make a place name a region ("the Tarsun highlands"), and the compass words that do ("southern Europe").
REGION_NOUNS = frozenset(
    [
        *("highlands", "region", "valley", "coast", "plains", "delta", "basin", "mountains", "hills", "lowlands"),
        *("archipelago", "peninsula", "islands"),
    ]
)
_COMPASS = frozenset(["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"])


# Nouns for the parts of a country: "the province of Varos" is no country.
_SUBNATIONAL = frozenset(["province", "region", "state", "district", "county", "department", "prefecture"])


# Nouns that make the words before a name a title ("Health Minister Paolo Renzi", "prosecutor Ines Barbosa"); not
# words that only describe ("witness", "resident") or a tie ("his sister Abena").
TITLE_NOUNS = (
    frozenset(lexicon.PERSON_NOUNS)
    - {"source", "witness", "victim", "survivor", "resident", "parent", "student", "member", "expert", "worker"}
    - {"driver", "farmer", "owner", "nurse", "author", "candidate"}
) | {
    *("commissioner", "brigadier", "colonel", "major", "lieutenant", "sergeant", "inspector", "auditor", "justice"),
    *("journalist", "councillor", "councilor", "bishop", "detective", "superintendent", "treasurer", "negotiator"),
}


_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx", "sir", "dame"])


# What an outlet calls itself ("This newspaper revealed ...").
_OUTLET_ITSELF = frozenset(["this newspaper", "this paper", "this publication", "this website"])


# What one business is of another that owns it ("a subsidiary of the Arcos Group").
_OWNED_PARTS = frozenset(["subsidiary", "unit", "division", "arm", "affiliate"])


def title_before(ent: Span, start: int) -> str:
    """The title written right before a person's name, as the article wrote it: "Health Minister" (Health Minister
    Paolo Renzi), "council leader", "Brigadier"; "" when the words before it are no title. A title the tagger ran
    into the name is before it too ("Deputy Mayor" of "Deputy" and the entity "Mayor Lenka Horakova")."""
    doc = ent.doc
    if leading_title(ent):
        ent = doc[ent.start + 1 : ent.end]
    first = ent.start
    while (
        first - 1 >= start
        and doc[first - 1].dep_ in ("compound", "amod", "nmod")
        and doc[first - 1].head.i in range(first - 1, ent.end)
        and (doc[first - 1].is_alpha or doc[first - 1].text in ("Dr.", "Gen.", "Col.", "Lt."))
        and (doc[first - 1].tag_ in ("NN", "NNP", "NNS", "JJ") or doc[first - 1].dep_ == "compound")  # "harbour", VB
        and doc[first - 1].ent_type_ not in ("PERSON", "DATE", "CARDINAL")
    ):
        first -= 1
    words = doc[first : ent.start]
    while words and words[-1].lower_.rstrip(".") in _HONORIFICS:
        words = words[:-1]  # "union leader Mr Karl Vinter": the title is "union leader"
    if not words or not any(t.lower_.rstrip(".") in TITLE_NOUNS for t in words):
        return ""
    opening = words[0]
    if (
        (first == start or opening.is_sent_start)
        # "Nordia chief executive": a name keeps its capital; "Analyst Marcus Ferreira" or "Passenger Lena Hofstad"
        # opening a sentence does not
        and not _names_something(opening)
        and (
            any(t.is_lower for t in words[1:])
            or (
                len(words) == 1
                and (opening.lower_ in lexicon.OCCUPATIONS or opening.lemma_.lower() in claim_types.PEOPLE_WORDS)
            )
        )
    ):
        # "Provincial governor Nadia Brezina said ..." opening a sentence: "provincial governor" inside a claim
        return f"{opening.lower_}{words.text[len(opening.text) :]}"
    return words.text


def _names_something(word: Token) -> bool:
    """A proper noun of a name ("Nordia"), not a title word the tagger capitalised or typed ("Analyst", "Council")."""
    low = word.lower_
    common = low in TITLE_NOUNS or low in lexicon.OCCUPATIONS or low in _BODY_WORDS
    if common or not word.text[:1].isupper():
        return False
    # typed as a name, or written with its capital inside another sentence ("according to Orbitra Space"), whatever
    # the tagger made of it ("Astrion chief executive": a common noun)
    elsewhere = any(t.text == word.text and not t.is_sent_start and t.i != word.i for t in word.doc)
    return elsewhere or (word.tag_ in ("NNP", "NNPS") and word.ent_type_ in _NAMED)


def _described_in_apposition(ent: Span) -> Token | None:
    """The person noun a name stands in apposition with, written in lower case after "the": "minister" of "The
    health minister, Karl Mott," and of "Karl Mott, the health minister,"."""
    root = ent.root
    noun: Token | None
    if root.dep_ == "appos" and root.head.i < ent.start:
        noun = root.head
    else:
        noun = next((c for c in children_of(root) if c.dep_ == "appos" and c.i >= ent.end), None)
    if noun is None or noun.tag_ != "NN" or not noun.is_lower or noun.lower_ not in lexicon.PERSON_NOUNS:
        return None
    determiner = next((c for c in children_of(noun) if c.dep_ == "det"), None)
    if determiner is None or determiner.lower_ != "the" or any(c.dep_ == "poss" for c in children_of(noun)):
        return None  # (not "his lawyer, Petar Hollis,", whose "the lawyer" may be another's)
    if noun.i > ent.start and any(c.dep_ == "prep" for c in children_of(noun)):
        return None  # "Dorian Valesco, the mayor of Breska,": the office, which "the mayor" is written as
    return noun


def title_after(ent: Span) -> str:
    """The office an apposition with a name in it gives a person: "Mira Kovac, general secretary of the Drivers'
    Federation," -> "general secretary of the Drivers' Federation"; "" for any other apposition ("a 24-year-old
    man from Eritrea", "the association's chairman", which a claim would have to resolve again)."""
    appos = next((c for c in children_of(ent.root) if c.dep_ == "appos" and c.i >= ent.end), None)
    if appos is None or appos.lemma_.lower() not in TITLE_NOUNS:
        return ""
    words = ent.doc[appos.left_edge.i : appos.right_edge.i + 1]
    if len(words) > 8 or any(t.is_punct and t.text != "'" for t in words) or any(t.dep_ == "relcl" for t in words):
        return ""
    if any(t.dep_ == "poss" and t.tag_ not in ("NNP", "NNPS") for t in words):
        return ""
    return words.text if any(t.tag_ in ("NNP", "NNPS") for t in words) else ""


def untyped_bodies(sent: Span, start: int, quoted: Collection[int], before: int | None = None) -> list[str]:
    """Bodies' names the tagger missed, as clauses' subjects: "the" and capitalised words ending in a body's word
    ("The Financial Supervision Authority fined ...", "The Competition and Markets Board"), outside quotations and
    entities (ending before token ``before``)."""
    doc = sent.doc
    found = []
    for head in tokens_of(doc, start, sent.end if before is None else before):
        if head.tag_ != "NNP" or head.lower_ not in _BODY_WORDS or head.ent_type_ or head.i in quoted:
            continue
        # a subject only ("a challenge in the High Court" does not make the court what "its" is), or what the
        # parser hung on a word before the paragraph
        if head.dep_ not in ("nsubj", "nsubjpass") and head.head.i >= sent.start:
            continue
        first = head.i
        while first > start and not doc[first - 1].ent_type_:
            if doc[first - 1].tag_ in ("NNP", "NNPS"):
                first -= 1
            elif (
                (doc[first - 1].lower_ in _NAME_LINKS or doc[first - 1].tag_ == "POS")
                and first - 1 > start
                and doc[first - 2].tag_ in ("NNP", "NNPS")
            ):
                first -= 2  # "The Competition and Markets Board", "The Port and Dock Workers' Union"
            else:
                break
        if head.i - first < 1 or first == start or doc[first - 1].lower_ != "the":
            continue
        if head.i + 1 < sent.end and doc[head.i + 1].tag_ in ("NNP", "NNPS"):
            continue  # a longer name goes on
        found.append(f"the {text_of(doc, first, head.i + 1)}")
    return found


def _named_work(subject: Token, start: int) -> str | None:
    """A thing built or run that a name says which of, as a lead's subject writes it without its article ("The
    Kessel Bay wind farm", "The Skelmore Line high-speed railway between ..." -> "Skelmore Line high-speed
    railway"); None for a person, a body, an event or a thing no name says which of."""
    lemma = subject.lemma_.lower()
    if subject.tag_ not in ("NN", "NNP") or subject.i < start or subject.ent_type_ in ("PERSON", "ORG", "GPE"):
        return None
    if lemma in _BODY_WORDS or lemma in PERSON_NOUNS or lemma in lexicon.PERSON_NOUNS or _event_word(lemma):
        return None
    lefts = [c for c in subject.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if not lefts or not any((t.tag_ == "NNP" or t.is_title) and t.i > start for c in lefts for t in c.subtree):
        return None  # (a name the tagger read as an adjective: "The Skelmore Line high-speed railway")
    words = subject.doc[min(c.left_edge.i for c in lefts) : subject.i + 1]
    if not all(t.is_alpha or t.text == "-" for t in words) or len(words) > MAX_PHRASE_TOKENS:
        return None
    return words.text


def _called(name: str, text: str, kinds: Collection[str]) -> bool:
    """Whether ``text`` writes one of the words ``kinds`` right before the body ``name`` ("the rebel Free Dalmar
    Army", "the business daily Commercial Register")."""
    words = "|".join(kinds)
    return re.search(rf"\b(?:{words})\s+{re.escape(name.removeprefix('the '))}", text, re.IGNORECASE) is not None


def _labour_strike(verb: Token) -> bool:
    """ "Teachers will strike on Friday": people striking, with nothing struck; not "Drones struck a depot"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "strike" or any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    subject = _subject(verb, passive=False)
    return (
        subject is not None
        and subject.tag_ == "NNS"
        and subject.lemma_.lower() not in lexicon.INSTRUMENT_NOUNS
        and not _longer_word_for(subject.lemma_.lower(), _EVENT_ENDINGS)
    )


# Words for a party to a conflict or a dispute that need no name ("the army and the rebel Free Highlands Movement").
_PARTY_WORDS = frozenset(["army", "government", "military", "rebels", "opposition", "police", "union", "management"])


def _two_parties(sent: Span, start: int, quoted: Collection[int], *, lead: bool) -> str | None:
    """The two parties a sentence sets against each other, as written: "between Vostrel and Karsana" anywhere, or,
    in the article's first sentences, two joined subjects or those a subject is from ("The army and the rebel Free
    Highlands Movement agreed to a ceasefire", "Soldiers from Karesh and Dovrania exchanged fire"). None unless both
    are names or words for a party."""
    doc = sent.doc
    for token in tokens_of(doc, start, sent.end):
        if token.i in quoted or token.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        between = token.dep_ == "pobj" and token.head.lower_ == "between"
        # (or whose people: "Soldiers from Karesh and Dovrania exchanged fire")
        from_ = token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.dep_ in ("nsubj", "nsubjpass")
        if not (between or (lead and (token.dep_ in ("nsubj", "nsubjpass") or from_))):
            continue
        other = next((c for c in children_of(token) if c.dep_ == "conj"), None)
        if other is None or any(c.dep_ == "conj" for c in children_of(other)) or other.i in quoted:
            continue  # (three or more are no two sides)
        parties = [token, other]
        if not all(p.tag_ in ("NNP", "NNPS") or p.lower_ in _PARTY_WORDS for p in parties):
            continue
        first = doc[token.left_edge.i : token.i + 1]
        second = doc[other.left_edge.i : other.right_edge.i + 1]
        if any(_cuts_phrase(t) for t in (*first, *second)) or len(first) + len(second) > MAX_PHRASE_TOKENS:
            continue
        return f"{_inside_sentence(first.text, first[0], sent)} and {second.text}"
    return None


def _bodies_after_kind(sent: Span, start: int, quoted: Collection[int]) -> list[tuple[str, str]]:
    """Bodies named after a word for their kind, that the tagger gave no type or took for a person or a product
    ("Housing charity Open Door said", "consumer group Fair Deal", "fined the mining company Torrin Metals 14
    million crowns", however the parser hung the words), outside quotations: (the kind word, the name)."""
    doc = sent.doc
    found = []
    for kind in tokens_of(doc, start, sent.end):
        if kind.tag_ != "NN" or kind.lower_ not in _BODY_WORDS or kind.i in quoted:
            continue
        if kind.dep_ == "compound" and kind.head.i > kind.i:
            name = doc[kind.i + 1 : kind.head.i + 1]
            entity = next((e for e in doc.ents if e.start == name.start and e.end > name.end), None)
            if entity is not None and entity.end <= sent.end:
                name = entity  # "Aid group Medics Without Walls": the whole name, not the word the parser ended it on
        else:
            # the capitalised words right after it, wherever the parser put them
            end = kind.i + 1
            while end < sent.end and doc[end].tag_ in ("NNP", "NNPS") and doc[end].is_title:
                end += 1
            name = doc[kind.i + 1 : end]
            if len(name) < 2:
                continue
        if not name or not all((t.tag_ in ("NNP", "NNPS") or t.lower_ in _NAME_LINKS) and t.is_title for t in name):
            continue
        if any(t.ent_type_ not in ("", "PERSON", "ORG", "PRODUCT") for t in name):
            continue
        found.append((kind.lemma_.lower(), name.text))
    return found


def _vessels_named(sent: Span, start: int, quoted: Collection[int]) -> list[str]:
    """Ships named after a word for a ship, outside quotations: "the cruise ship Coral Empress" -> "the Coral
    Empress", "The tanker Helena Star" -> "the Helena Star"."""
    doc = sent.doc
    found = []
    for kind in tokens_of(doc, start, sent.end):
        if kind.tag_ != "NN" or kind.lemma_.lower() not in _VESSELS or kind.i in quoted:
            continue
        end = kind.i + 1
        while end < sent.end and doc[end].tag_ in ("NNP", "NNPS") and doc[end].is_title:
            end += 1
        name = doc[kind.i + 1 : end]
        if name and all(t.ent_type_ in ("", "PRODUCT", "ORG", "PERSON", "FAC", "WORK_OF_ART") for t in name):
            found.append(f"the {name.text}")
    return found


# Words for a medicine, which a drug's name follows ("the drug velotinab", "the pill, called velorastat").
_DRUG_NOUNS = frozenset(
    ["drug", "pill", "medicine", "medication", "treatment", "therapy", "vaccine", "jab", "antibiotic", "antiviral"]
)
_NAMING_VERBS = frozenset(["called", "named", "dubbed"])
# Endings of drugs' generic names (monoclonal antibodies and kinase inhibitors, statins, antivirals, ...).
_DRUG_NAME_ENDS = (
    *("mab", "nab", "nib", "stat", "vir", "pril", "sartan", "olol", "azole", "cillin", "mycin", "cycline"),
    *("oxacin", "glutide", "tide", "parin", "afil", "lukast", "prazole", "dronate", "gliptin", "gliflozin"),
    *("oxetine", "triptan", "setron", "dipine", "zepam", "codone", "profen", "semide", "tinib", "cept"),
)
# What a trial of one drug is called by ("the velotinab trial").
_TRIAL_NOUNS = frozenset(["trial", "study"])


def _drugs_named(sent: Span, start: int, quoted: Collection[int]) -> list[tuple[str, str]]:
    """(the word for it, the name) of each medicine named right after a word for a medicine, outside quotations:
    "its experimental drug velotinab" -> ("drug", "velotinab"); "the pill, called velorastat" -> ("pill",
    "velorastat"); "The vaccine, named Veltrix-C," -> ("vaccine", "Veltrix-C")."""
    doc = sent.doc
    found = []
    for word in tokens_of(doc, start, sent.end - 1):
        # (the tagger may read "antibiotic" before a name as an adjective)
        if word.lemma_.lower() not in _DRUG_NOUNS or word.tag_ not in ("NN", "JJ") or word.i in quoted:
            continue
        at = word.i + 1
        if doc[at].text == "," and at + 1 < sent.end and doc[at + 1].lower_ in _NAMING_VERBS:
            at += 2  # ", called velorastat"
        elif not (doc[at].is_lower and doc[at].lower_.endswith(_DRUG_NAME_ENDS)):
            continue  # "the drug velotinab", by the ending of a drug's name (not "the drug maker", "the drug was")
        if at >= sent.end or not doc[at].is_alpha or doc[at].tag_ not in ("NN", "NNP") or doc[at].is_stop:
            continue
        end = at + 1
        while end + 1 < sent.end and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
            end += 2  # "Veltrix-C"
        name = text_of(doc, at, end)
        if end < sent.end and doc[end].tag_ in ("NN", "NNS") and doc[end].head.i != at:
            continue  # a word for a kind, not a name: "the drug class statins"
        found.append((word.lemma_.lower(), name))
    return found


# The words of a storm's name ("Typhoon Ondra", "Tropical Storm Ada"), any of which a later mention may call it by.
_STORM_WORDS = frozenset(["storm", "typhoon", "hurricane", "cyclone"])


def _storms_named(sent: Span, start: int, quoted: Collection[int]) -> list[str]:
    """Storms named outside quotations by their kind and a capitalised name: "Typhoon Ondra", "Hurricane Delia",
    "Tropical Storm Ada" (the tagger often takes them for places)."""
    doc = sent.doc
    found = []
    for kind in tokens_of(doc, start, sent.end - 1):
        if kind.lower_ not in _STORM_WORDS or not kind.is_title or kind.i in quoted:
            continue
        name = doc[kind.i + 1]
        if name.is_title and name.is_alpha and name.tag_ in ("NNP", "NNPS") and name.i < sent.end:
            opening = kind.i - 1 if kind.i > start and doc[kind.i - 1].text in ("Tropical", "Super") else kind.i
            found.append(text_of(doc, opening, name.i + 1))
    return found


# Entity labels the tagger gives a body's name it did not know ("Parents for Vaccine Freedom": a work of art).
_MISTYPED_NAME_LABELS = frozenset(["WORK_OF_ART", "PRODUCT", "LAW", "EVENT"])


def _untyped_business_subjects(sent: Span, start: int, quoted: Collection[int]) -> list[str]:
    """Names of businesses the tagger typed nothing, as clauses' subjects, outside quotations: capitalised words
    ending in a trade word or with a "which" clause, with no article ("Aurelle Air grounded ...", "Halvern Steel
    will close ...")."""
    doc = sent.doc
    found = []
    for head in tokens_of(doc, start, sent.end):
        if head.dep_ not in ("nsubj", "nsubjpass") or head.tag_ != "NNP" or head.ent_type_ or head.i in quoted:
            continue
        # (or a "which" clause says it is no person: "Open Ledger, which Malan founded in 2017, has 11 staff")
        if not head.is_title or (head.lower_ not in lexicon.ORGANISATION_SUFFIXES and not _which_clause(head)):
            continue
        first = _start_of_untyped_name(head, start)
        if first is not None:
            found.append(text_of(doc, first, head.i + 1))
    return found


def _untyped_business_appositions(sent: Span, start: int, quoted: Collection[int]) -> list[tuple[str, str]]:
    """(business word, name) of a name the tagger gave no type (or a wrong one), set beside a word for a business
    or a group ("the supplier, Medilink"), outside quotations."""
    found = []
    for token in tokens_of(sent.doc, start, sent.end):
        a = token_attrs(token)
        if a.dep != "appos" or token.i in quoted or not token.is_title:
            continue
        head = token.head
        if head.i >= token.i or head.tag_ != "NN" or head.lemma_.lower() not in TOPIC_HEADS | _OPERATORS:
            continue
        if a.ent_type in _MISTYPED_NAME_LABELS:
            # "A campaign group, Parents for Vaccine Freedom,": a name the tagger took for a title or a product
            ent = entity_of(token)
            if ent is not None and ent.root.i == token.i and ent.start == token.left_edge.i:
                found.append((head.lemma_.lower(), clean_name(ent.text)))
            continue
        if a.tag != "NNP" or a.ent_type:
            continue
        first = token.i
        while first - 1 > head.i and sent.doc[first - 1].tag_ == "NNP" and sent.doc[first - 1].head.i == token.i:
            first -= 1
        found.append((head.lemma_.lower(), text_of(sent.doc, first, token.i + 1)))
    return found


def _place_named_before(token: Token, sent: Span, first: int | None, antecedents: "Antecedents") -> str | None:
    """The one country-like place its own sentence named before ``token`` ("Lawmakers in Marren approved the
    government's budget"), for a first sentence the article's places do not hold yet; not a city the dateline or
    the article named ("PORT ALDERIC, Sept 23 - A court in Port Alderic ... in the country's history")."""
    start = sent.start if first is None else first
    places = {
        clean_name(ent.text)
        for ent in ents_within(sent.doc, start, token.i)
        if (ent.label_ == "GPE" and _may_be_country(ent) and not names_a_body(ent))
        or (ent.label_ == "PERSON" and _where(ent))
        or (ent.label_ in ("GPE", "PERSON") and _state_possessor(ent))
    }  # (not "Brightlane, the online payments and banking app,")
    places -= {antecedents.dateline_city, *antecedents.settlements}
    return places.pop() if len(places) == 1 else None


def _state_possessor(ent: Span) -> bool:
    """ "Serenza's health ministry", "Keldora's coast guard", "Eskaria's Vestmark region": a one-word name whose
    ministry, government, army or region it is, a state's, whatever the tagger typed it."""
    root = ent.root
    head = root.head.lemma_.lower()
    divided = head in _PARTS_OF_STATES or head == "region"
    return len(ent) == 1 and root.dep_ == "poss" and (head in lexicon.STATE_NOUNS or divided)


# Words for a part of a place: "the southern half of Kembara", "the north of Varos".
_COMPASS_PARTS = frozenset(["half", "part", "parts", "north", "south", "east", "west"])


def _named_workplace(people: Token) -> str | None:
    """Where ``people`` work, when a name says which ("workers at the Salter Point oil refinery")."""
    at = next((c for c in people.rights if c.dep_ == "prep" and c.lower_ == "at"), None)
    place = next((c for c in children_of(at) if c.dep_ == "pobj"), None) if at is not None else None
    if place is None or not any(t.tag_ in ("NNP", "NNPS") for t in place.subtree):
        return None
    words = people.doc[place.left_edge.i : place.right_edge.i + 1]
    return words.text if all(t.is_alpha or t.text in ("'s", "'", "-") for t in words) else None


def _state_adjective(ent: Span) -> bool:
    """ "the Estravian parliament", "Aldrian Economy Minister": a people's adjective before a state's body or
    office."""
    return (
        ent.label_ == "NORP"
        and len(ent) == 1
        and ent.root.dep_ in ("amod", "compound")
        and ent.root.head.lower_ in _STATE_WORDS
    )


def _people_of(token: Token, sent: Span, antecedents: Antecedents) -> str | None:
    """The one people's adjective the article wrote for a state's body before ``token`` ("the Caldrian housing
    ministry"), its own sentence first."""
    if (adjective := _state_adjective_before(token, sent)) is not None:
        return adjective
    return next(iter(antecedents.state_adjectives)) if len(antecedents.state_adjectives) == 1 else None


def _state_named_for(adjective: str | None, *, doc: Doc) -> str | None:
    """The one state the article names whose people's adjective ``adjective`` is ("Caldrian": "Caldria")."""
    if adjective is None:
        return None
    # (a proper noun anywhere, in a name too: "The Tenants' Union of Caldria")
    found = {
        t.text
        for t in doc
        if t.tag_ == "NNP" and adjective.startswith(t.text) and 1 <= len(adjective) - len(t.text) <= 3
    }
    return found.pop() if len(found) == 1 else None


# What only a state has, whose owner's name before it says the name is a state's ("Lestria's energy regulator",
# "Ostrel's prisons").
_OWNED_BY_STATES = frozenset(
    [
        *("ministry", "parliament", "economy", "gdp", "embassy", "constitution", "currency", "treasury", "borders"),
        *("airspace", "inflation", "unemployment", "regulator", "prisons", "courts", "population", "coastline"),
    ]
)


def _one_state_owner(doc: Doc) -> str | None:
    """The one name the whole article writes as the owner of what only a state has ("Lestria's energy regulator",
    "Ostrel's prisons"; not a government or an army, which a leader may be said to have), however the tagger typed
    it, when it writes no other such owner."""
    found = set()
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "LOC", "ORG", "PERSON") or ent.end >= len(doc) or doc[ent.end].tag_ != "POS":
            continue
        owned = ent.root.head
        if ent.root.dep_ == "poss" and all(t.tag_ == "NNP" for t in ent) and owned.lower_ in _OWNED_BY_STATES:
            found.add(entity_name(ent))
    return found.pop() if len(found) == 1 else None


def _state_adjective_before(token: Token, sent: Span) -> str | None:
    """The one people's adjective its sentence writes before ``token`` for a state's body or office ("Aldrian
    Economy Minister"), if one."""
    found = {ent.text for ent in ents_within(sent.doc, sent.start, token.i) if _state_adjective(ent)}
    return found.pop() if len(found) == 1 else None


def _compass_part_of(name: Token) -> bool:
    """Whether ``name`` is what a compass part is of: "the southern half of Kembara", "the north of Varos"."""
    of = name.head
    if name.dep_ != "pobj" or of.lower_ != "of" or name.tag_ != "NNP":
        return False
    part = of.head
    if part.lower_ not in _COMPASS_PARTS:
        return False
    return part.lower_ in _COMPASS or any(c.dep_ == "amod" and c.lower_ in _COMPASS for c in children_of(part))


def _place_just_before(token: Token, sent: Span, first: int | None) -> str | None:
    """The place its own sentence named last before ``token``, when no body was named after it ("Residents of the
    island of Skarra voted against a wind farm off its coast" -> "Skarra")."""
    start = sent.start if first is None else first
    named = [ent for ent in ents_within(sent.doc, start, token.i) if ent.label_ not in _MEASURED | {"TIME", "ORDINAL"}]
    last = named[-1] if named else None
    if last is None:
        return None
    doc = sent.doc
    of_a_place = (
        last.start >= 2 and doc[last.start - 1].lower_ == "of" and doc[last.start - 2].lower_ in _KINDS_OF_PLACE
    )
    feature = last[0].lower_ in _FEATURE_WORDS and len(last) > 1  # "Mount Kalani", whatever the tagger said
    if not (last.label_ in ("GPE", "LOC") or feature or (last.label_ == "PERSON" and (of_a_place or _where(last)))):
        return None  # (a name the tagger read as a person's: "the island of Skarra")
    return clean_name(last.text)


def _settlement_just_before(token: Token, sent: Span, first: int | None, antecedents: Antecedents) -> str | None:
    """The place its own sentence named last before ``token`` ("Residents of Drubno said the town's ...", "The mayor
    of Kessin, Anna Lund, defended the city's budget") when nothing says it is more than a settlement: no kind after
    it ("the Velmar region") and no nation's name ("Ostravan")."""
    start = sent.start if first is None else first
    places = [
        ent
        for ent in ents_within(sent.doc, start, token.i)
        if (ent.label_ in ("GPE", "LOC") or (ent.label_ == "PERSON" and _where(ent)) or _mayors_place(ent.root))
        # (not a business the tagger typed a place: "a private developer, Brightfield Estates")
        and not names_a_body(ent)
        and not _set_beside_body_word(ent)
    ]
    place = clean_name(places[-1].text) if places else None
    if place is None or antecedents.nations & {place.lower()[:4]} or place == antecedents.country():
        return None
    after = next((t for t in tokens_of(sent.doc, first or sent.start, token.i) if t.text == place.split()[-1]), None)
    if after is not None and after.i + 1 < len(sent.doc) and sent.doc[after.i + 1].lemma_.lower() in _KINDS_OF_PLACE:
        return None
    return place


# What a country has, named "the <noun> of <country>".
_A_COUNTRYS = frozenset(
    [
        *("government", "railway", "army", "navy", "parliament", "people", "citizen", "bank", "airline", "capital"),
        *("economy", "president", "king", "queen", "coast", "north", "south", "east", "west", "interior"),
        *("ministry",),
    ]
)


def _where(ent: Span) -> bool:
    """A one-word name that says where ("Lawmakers in Marren", "troops across Vestria", "Mayor Dusan Petrov of
    Brenno": a person is "of" a place, "a nurse from Redhill" from one): the object of a preposition of place, with
    nothing after it in its phrase."""
    root = ent.root
    preposition = root.head
    return (
        len(ent) == 1
        and root.dep_ == "pobj"
        and (
            preposition.lower_ in ("in", "across", "throughout")
            or (preposition.lower_ == "of" and preposition.head.ent_type_ == "PERSON" and preposition.head.i < root.i)
            # "the state railway of Norland", "the central bank of Merovia": what a country has
            or (preposition.lower_ == "of" and preposition.head.is_lower and preposition.head.lemma_ in _A_COUNTRYS)
            or (preposition.lower_ == "from" and _person_word(preposition.head))  # "a nurse from Redhill"
            or (preposition.lower_ == "of" and preposition.head.lemma_.lower() in _DWELLERS)  # "Residents of Drubno"
            # "sailing from Varno to Kells": the ends of a journey
            or (preposition.lower_ in ("from", "to") and preposition.head.lemma_.lower() in _TRAVEL_VERBS)
        )
        and not any(c.dep_ in ("case", "poss") for c in children_of(root))
        and not (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS")
    )


def _mayors_place(token: Token) -> bool:
    """ "Caldor" in "the mayor of Caldor": a town or city, whatever the tagger typed it."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("mayor", "mayors")


# People named by where they live ("the residents of Drubno"): what follows their "of" is a place.
_DWELLERS = frozenset(["resident", "inhabitant", "villager", "townspeople", "townsfolk"])


def _person_word(noun: Token) -> bool:
    """A common noun for a person or people ("nurse", "man", "residents", "father")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (
        lemma in lexicon.PERSON_NOUNS or lemma in claim_types.PEOPLE_WORDS or lemma in lexicon.KIN_NOUNS
    )


# Words for one person that say their gender, besides those of ``lexicon.PERSON_NOUNS`` and ``lexicon.KIN_NOUNS``.
_GENDERED_PEOPLE = {"man": "male", "boy": "male", "woman": "female", "girl": "female"}
# People quoted for what they know, by where they work ("analysts at Brandt Capital"): that body is no actor.
_CITED_PEOPLE = frozenset(["analyst", "economist", "strategist", "expert", "trader", "broker"])


# What a group that is no business stands for ("a campaign group", "the rights group", "an advocacy group").
_CAUSES = frozenset(
    [
        *("campaign", "advocacy", "rights", "aid", "pressure", "lobby", "activist", "environmental", "consumer"),
        *("community", "protest", "civil", "humanitarian", "charity", "watchdog", "opposition", "rebel", "militant"),
    ]
)


def _word_gender(lemma: str) -> str | None:
    """The gender a word for one person says ("male" for "father", "" for "nurse"); None when ``lemma`` is no such
    word."""
    gender = lexicon.person_gender(lemma)
    return gender if gender is not None else _GENDERED_PEOPLE.get(lemma)


# Words for people that are never one "he" or "she".
_NOT_ONE_PERSON = frozenset(["people", "family", "household", "crew", "troop", "person"])


def _unnamed_people(sent: Span, start: int, quoted: Collection[int]) -> list[tuple[str, str]]:
    """The people ``sent`` mentions by a word for one person and no name, outside quotations (token indices
    ``quoted``), as a later sentence would write them ("Police questioned the plant manager" -> ("the plant
    manager", "")), with their gender when the word says it."""
    found: list[tuple[str, str]] = []
    for token in _unnamed_person_words(sent.doc, start, sent.end, quoted):
        words = sent.doc[token.left_edge.i : token.i + 1]
        phrase = f"the {words[1:].text}" if len(words) > 1 else "the"
        found.append((phrase, _word_gender(token.lemma_.lower()) or ""))
    return found


def _unnamed_person_words(doc: Doc, start: int, end: int, quoted: Collection[int]) -> Iterator[Token]:
    """The nouns in tokens [start, end) that mention one person by a word and no name, with "the", "a" or "an"
    ("the plant manager", "a 58-year-old man"), outside quotations. Not a title set before a name ("Fire chief
    Anders Kolby"), nor a word set beside one ("the mayor, Ilse Varnhagen")."""
    for token in tokens_of(doc, start, end):
        if token.tag_ != "NN" or token.pos_ != "NOUN" or token.i in quoted or token.ent_type_:
            continue
        if not _person_word(token):
            continue
        if token.lemma_.lower() in _NOT_ONE_PERSON or token.dep_ in ("compound", "appos", "attr", "npadvmod"):
            continue
        if any(c.dep_ == "appos" for c in children_of(token)) or any(t.ent_type_ == "PERSON" for t in token.subtree):
            continue
        words = doc[token.left_edge.i : token.i + 1]
        # (an age is a word of it: "a 58-year-old man")
        if not all(t.is_alpha or t.tag_ in ("POS", "HYPH", "CD") for t in words) or words[0].lower_ not in (
            "the",
            "a",
            "an",
            "another",
        ):
            continue
        yield token


def _council_place(council: Token) -> tuple[str, str] | None:
    """(place, kind) a council's words say is a settlement: "the city council in Ostrava Nova" -> ("Ostrava Nova",
    "city"), "the town council of Brenno"; the place by its proper nouns only."""
    if token_attrs(council).lemma != "council":
        return None
    kind_word = next((c for c in council.lefts if c.dep_ in ("compound", "amod") and c.lower_ in SETTLEMENTS), None)
    kind = kind_word.lower_ if kind_word is not None else None
    prep = next((c for c in council.rights if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    place = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if kind_word is not None and place is None:
        # "the Drevna city council": the name right before the settlement's word
        before = council.doc[kind_word.i - 1] if kind_word.i > 0 else None
        if before is not None and before.tag_ == "NNP" and before.head.i in (council.i, kind_word.i):
            place = before
    if kind is None or place is None or place.tag_ != "NNP":
        return None
    if place.i < council.i:
        first = place.i
        while first > 0 and council.doc[first - 1].tag_ == "NNP" and council.doc[first - 1].is_title:
            first -= 1  # "the Port Ellis city council"
        words = council.doc[first : place.i + 1]
    else:
        words = council.doc[place.left_edge.i : place.i + 1]
    if not all(t.tag_ == "NNP" and t.is_title for t in words):
        return None
    return words.text, kind


def _may_be_country(ent: Span) -> bool:
    """A place entity that may name a country: not a word of a longer name ("Corran fever", "the Civic Union"), not
    a province ("the northern province of Varos")."""
    root = ent.root
    if root.dep_ == "compound" or ent.label_ != "GPE" or len(ent) > 2:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False  # "the Civic Union": a country named with "the" is rare, a party often
    return not (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _SUBNATIONAL)


def _region_phrase(ent: Span) -> str | None:
    """A place named as a region: "the Tarsun highlands", "the Lenna region", "southern Europe"."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in REGION_NOUNS and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return f"the {ent.text} {after.text}"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in _COMPASS and ent.label_ in ("LOC", "GPE"):
        return f"{before.lower_} {ent.text}"
    return None


# Where a mention's head ends and its "of" or "into" phrase begins.
_MENTION_PREP = re.compile(r" (?:of|into) ")


def _with_amount(start: int, noun: Token) -> int:
    """Where a mention of ``noun`` from token ``start`` begins without the unit of an amount, which is no kind ("a 2
    billion euro plan", whose "2 billion" the parser may hang on the noun, is a plan, not a "euro plan")."""
    while start < noun.i and noun.doc[start].lemma_.lower() in _UNITS and noun.doc[start - 1].like_num:
        start += 1
    return start


def _mention_with_of(noun: Token, sent: Span) -> str | None:
    """ "recall of 14 batches of a widely used drug", "air strike": a noun with its modifiers and its "of" phrase,
    without its determiner; None when longer than ``MAX_MENTION_TOKENS`` or cut by punctuation."""
    lefts = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.tag_ != "PRP$"]
    start = _with_amount(min((c.left_edge.i for c in lefts), default=noun.i), noun)
    if start < noun.i and noun.doc[start].lower_ in _DETERMINERS:
        start += 1  # a possessor's own article: "the government's 2027 budget" is "government's 2027 budget"
    end = noun.i + 1
    # ("inquiry into the collapse of the Harrow Bridge": what an inquiry is into says which, as "of" does)
    of = next((c for c in noun.rights if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "into")), None)
    if of is not None and any(c.tag_ == "VBG" for c in children_of(of)):
        of = None  # "accused the company of planning to ...": the verb's "of", what the company is accused of
    if of is not None:
        end = of.right_edge.i + 1
        # without a clause in it ("results of a late-stage trial published on Wednesday"): its times are its own
        clause = min((t.left_edge.i for t in of.subtree if t.dep_ in ("acl", "relcl") and t.i > of.i), default=end)
        end = min(end, clause)
        while end > of.i + 1 and sent.doc[end - 1].is_punct:
            end -= 1
    tokens = sent.doc[start:end]
    if start < sent.start or end > sent.end or len(tokens) > MAX_MENTION_TOKENS or any(map(_cuts_phrase, tokens)):
        return None
    return tokens.text


def _cuts_phrase(token: Token) -> bool:
    """Punctuation that ends a mention: not the "&" of "Brackley & Shaw", an apostrophe, or the hyphen inside a
    word ("Standard-Times")."""
    if not token.is_punct or token.text in ("&", "'"):
        return False
    inside_word = token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return not inside_word


def _titled_in(sent: Span, name: str) -> bool:
    """Whether ``sent`` writes ``name`` after a word for a person ("chief executive Dorian Korda") or, as
    ``attribution.described_as_person`` reads it, before an age or "who" ("Renata Obi, 29, who ...")."""
    text = span_text(sent)
    at = text.find(name)
    if at < 0:
        return False
    before = text[:at].split()
    title = before[-1].lower().strip(",") if before else ""
    return title in PERSON_NOUNS or title in lexicon.PERSON_NOUNS or described_as_person(sent, name)


def _is_name(body: str) -> bool:
    """ "Kinetra", "the Brennan Institute": a body written as a name, not "the regional health directorate"."""
    return body.removeprefix("the ")[:1].isupper()


# Words a disease's name ends in after a proper name ("Corran fever", "Lassa fever", "Marburg virus"), and words
# that introduce a germ's name ("the bacterium Klebsiella pneumoniae").
_DISEASE_NAME_ENDS = frozenset(["fever", "flu", "virus", "syndrome", "disease", "pox"])
_GERM_NOUNS = frozenset(["bacterium", "bacteria", "virus", "parasite", "fungus", "strain", "superbug"])


# Diseases named by two common words, the second no disease alone or another one ("whooping cough", "bird flu").
_DISEASE_PHRASES = frozenset(
    [
        ("whooping", "cough"),
        ("yellow", "fever"),
        ("scarlet", "fever"),
        ("bird", "flu"),
        ("swine", "flu"),
        ("chicken", "pox"),
        ("foot-and-mouth", "disease"),
    ]
)


def _named_disease(noun: Token) -> str | None:
    """A disease named with a proper name: "Corran fever" (the proper name before a disease word), "Klebsiella
    pneumoniae" (the name after "the bacterium"); or with a disease's own name before the word ("dengue fever",
    whose "dengue" the tagger may read as an adjective)."""
    doc = noun.doc
    if noun.i > 0 and (doc[noun.i - 1].lower_, noun.lower_) in _DISEASE_PHRASES:
        return f"{doc[noun.i - 1].lower_} {noun.lower_}"  # "whooping cough", "bird flu"
    if noun.lower_ == "cancer" and noun.i > 0 and doc[noun.i - 1].head.i == noun.i:
        organ = doc[noun.i - 1]
        # "lung cancer", "cervical cancer": which cancer, by where it grows
        return f"{organ.lower_} cancer" if organ.dep_ in ("compound", "amod") and organ.is_alpha else None
    if (
        noun.lower_ in _DISEASE_NAME_ENDS
        and noun.i > 0
        and (doc[noun.i - 1].tag_ == "NNP" or _is_disease_name(doc[noun.i - 1].lower_))
        and doc[noun.i - 1].head.i == noun.i
    ):
        first = noun.i - 1
        while first > 0 and doc[first - 1].tag_ == "NNP" and doc[first - 1].head.i == noun.i:
            first -= 1
        return text_of(doc, first, noun.i + 1)
    if noun.lower_ not in _GERM_NOUNS:
        return None
    # the name right after the word, or after its "of" ("a resistant strain of Klebsiella")
    at = noun.i + 2 if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" else noun.i + 1
    if at >= len(doc) or not doc[at].text[:1].isupper():
        return None
    end = at + 1
    if end < len(doc) and doc[end].is_alpha and doc[end].is_lower and doc[end].tag_ in ("NN", "NNS", "FW", "NNP"):
        end += 1  # a binomial's species: "Klebsiella pneumoniae"
    return text_of(doc, at, end)


def _another_outbreak(word: Token, lead_nouns: Collection[str], *, lead: bool) -> bool:
    """A disease naming a new outbreak after the article's first sentences reported one: "In 2022, a norovirus
    outbreak forced the closure of four wards" recalls another outbreak, which "the outbreak" does not mean."""
    outbreak = word.head
    return (
        not lead
        and word.dep_ in ("compound", "amod", "nmod")
        and outbreak.lemma_.lower() in lead_nouns
        and outbreak.lemma_.lower() in ("outbreak", "epidemic")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(outbreak))
    )


def _is_disease_name(word: str) -> bool:
    """ "measles", "norovirus", "meningitis": a disease by name, not a word for any disease ("virus")."""
    return word not in DISEASE_NOUNS | DISEASE_KIND_NOUNS and (
        word in claim_types.DISEASE_WORDS or word.endswith(claim_types.DISEASE_SUFFIXES)
    )


def _names_settlement(token: Token) -> bool:
    """ "the village of Dolna", "the border town of Dosk", "the villages of Durrel and Obska": a proper noun after
    "of" that a settlement noun names; not the region a named one lies in ("the Tarsi district of western
    Malvar")."""
    return _settlement_noun(token) is not None


def _settlement_noun(token: Token) -> Token | None:
    """The settlement noun ``token`` is the name of ("village" for "Dolna" in "the village of Dolna")."""
    if token.dep_ == "conj" and token.head.dep_ == "pobj":
        token = token.head  # "the villages of Durrel and Obska": Obska
    settlement = token.head.head
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and settlement.lemma_.lower() in SETTLEMENTS
        and settlement.tag_ in ("NN", "NNS")
        and not any(c.dep_ == "compound" and c.tag_ == "NNP" for c in settlement.lefts)
    ):
        return settlement
    return None


# Nouns a person's name may stand before ("the Tusk government", "the Halloran family").
_LED_BY_A_PERSON = frozenset(["government", "administration", "family", "campaign", "era", "cabinet", "camp", "team"])


def _names_a_things_kind(ent: Span) -> bool:
    """ "the Breskow stock exchange": a one-word name the tagger read as a person, between "the" and the common noun
    it names the kind of; not "the Tusk government"."""
    root = ent.root
    head = root.head
    return (
        len(ent) == 1
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
        and root.dep_ == "compound"
        and head.tag_ in ("NN", "NNS")
        and head.i > root.i
        and head.lemma_.lower() not in _LED_BY_A_PERSON
    )


def _names_facility(ent: Span) -> bool:
    """ "Redhill railway station", "the Hollins dam": a one-word name the tagger read as a person, naming a place or
    building by the noun it modifies."""
    root = ent.root
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i and head.tag_ == "NN":
        head = head.head  # "Redhill railway station": the station
    return len(ent) == 1 and root.dep_ == "compound" and head.tag_ == "NN" and head.lower_ in _FACILITY_NOUNS


# Nouns for a place or building a name before them names ("Redhill railway station", "the Hollins dam").
_FACILITY_NOUNS = frozenset(
    [
        *("station", "airport", "port", "harbour", "harbor", "bridge", "road", "street", "river", "dam", "reservoir"),
        *("mine", "hospital", "stadium", "prison", "camp", "district", "valley", "coast", "crossing", "motorway"),
    ]
)


def _facility_name(token: Token) -> str | None:
    """A facility's name written with "the" and ending in the word for its kind, "Kessel Bridge" of "the Kessel
    Bridge" (the proper nouns before ``token``, "Bridge"); None for any other word, and for a name written without
    "the" ("Harwick International Airport"), which "the airport" would not give back as written."""
    if token.lower_ not in _FACILITY_NOUNS or token.i == 0:
        return None
    first = token.i
    while first > 0 and token.doc[first - 1].tag_ == "NNP" and token.doc[first - 1].head.i == token.i:
        first -= 1
    if first == token.i or first == 0 or token.doc[first - 1].lower_ != "the":
        return None
    return text_of(token.doc, first, token.i + 1)


# Works a name is given with a common noun for their kind ("the Halvergate power station", "the Silverline Apparel
# plant"), which "the plant" or "the factory" stand for.
_WORKS = frozenset(["plant", "factory", "station", "mill", "refinery", "smelter", "works", "mine"])
# Words (lemmas: "works" is "work") any of which may name the one industrial site of an article, and other words
# for one site.
_INDUSTRIAL_SITES = ("plant", "work", "factory", "mill", "refinery", "smelter")
_SITE_SYNONYMS = {
    **{word: _INDUSTRIAL_SITES for word in _INDUSTRIAL_SITES},
    "base": ("airbase", "airfield"),
    "airfield": ("airbase",),
}


def _works_named(token: Token) -> str | None:
    """ "Halvergate power station" of "the Halvergate power station": a proper noun (and the common words after it)
    between "the" and a word for works; None for any other word."""
    if token.lemma_.lower() not in _WORKS and token.lower_ != "works":
        return None
    first = token.i
    while first > 0 and token.doc[first - 1].dep_ in ("compound", "amod") and token.doc[first - 1].is_alpha:
        first -= 1
    words = token.doc[first : token.i]
    if not words or words[0].tag_ != "NNP" or first == 0 or token.doc[first - 1].lower_ != "the":
        return None
    return text_of(token.doc, first, token.i + 1)


_PLACE_PREPOSITIONS = frozenset(["in", "at", "near"])


def _names_place(token: Token) -> bool:
    """A word of a place name: a place entity, a proper noun the tagger left untyped, or "the town of X"."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or (
        token.tag_ == "NNP" and (not token.ent_type_ or _names_settlement(token))
    )


def _holds_name(prep: Token) -> bool:
    """Whether a phrase names something: not a day ("the station on Sunday evening" names no station)."""
    return any(t.ent_type_ in _NAMED or (t.tag_ == "NNP" and t.ent_type_ not in ("DATE", "TIME")) for t in prep.subtree)


def _names_party(prep: Token) -> bool:
    """Whether a phrase names a body or a person ("for the medical charity Care Without Borders", a name the tagger
    may have typed nothing), not a people or a place ("for Dastran refugees")."""
    return any(t.ent_type_ in ("ORG", "PERSON") or (t.tag_ == "NNP" and not t.ent_type_) for t in prep.subtree)


def _is_year(token: Token) -> bool:
    """A number that dates what it modifies: a year ("the 2023 law") or a day of a month ("the April 21
    election"); not the count of a span the tagger typed a date ("a five-day strike")."""
    if token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("18", "19", "20"):
        return True
    date = entity_of(token) if token.like_num and token.ent_type_ == "DATE" else None
    return date is not None and bool(_MONTH_NAME.search(date.text))


_MONTH_NAME = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\b")


def _bare_possessor(token: Token) -> bool:
    """ "the government's" before a noun: a possessor that is itself a bare description, which names nothing."""
    lefts = list(token.lefts)
    return (
        token.dep_ == "poss"
        and token.tag_ in ("NN", "NNS")
        and not token.ent_type_
        and all(c.lower_ in _DETERMINERS or c.dep_ == "case" for c in lefts)
    )


def _circumstance(prep: Token) -> bool:
    """A phrase that says when or how, not which: "in an attack on their base near X" after "killed seven rebels"
    (an event, or a pronoun for the noun itself)."""
    return any(c.dep_ == "pobj" and _event_word(c.lemma_.lower()) for c in children_of(prep)) or any(
        t.tag_ == "PRP$" for t in prep.subtree
    )


# Words that make a mention one of a series other than the article's own ("the last referendum", "a previous
# inquiry").
_ANOTHER_OF_ITS_KIND = frozenset(["last", "previous", "earlier", "prior", "another"])


def _naming_phrase(noun: Token, sent: Span) -> str | None:
    """A mention of ``noun`` that names what it is ("the Kessel migrant camp", "a migrant camp near the town of
    Kessel"), without its determiner; None when nothing in it is a name."""
    doc = sent.doc
    children = children_of(noun)
    lefts = [
        c
        for c in children
        if c.i < noun.i
        and ((c.dep_ in _MODIFIER_DEPS and c.tag_ != "PRP$") or (c.dep_ == "nummod" and _is_year(c)))
        and not _bare_possessor(c)
        and not (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))  # "this month's referendum": when, not which
    ]  # not "its plant"; "the 2023 law"; "the government's 2027 budget" is "the 2027 budget"
    if any(c.lower_ in _ANOTHER_OF_ITS_KIND for c in lefts):
        return None  # "Dastovia's last referendum" is not the one a later "the referendum" means
    start = _with_amount(min((c.left_edge.i for c in lefts), default=noun.i), noun)
    if start < noun.i and noun.doc[start].lower_ in _DETERMINERS:
        start += 1  # a possessor's own article: "the Bank of Auren's decision" is "Bank of Auren's decision"
    end = noun.i + 1
    for child in (c for c in children if c.i > noun.i):  # its rights
        if child.dep_ != "prep" or not _holds_name(child):
            break  # "hospital in the besieged town of Tel Anbar" (a name the tagger missed is still a name)
        if _circumstance(child):
            break
        if child.lower_ == "for" and noun.lower_ in _FACILITY_NOUNS and _names_party(child):
            break  # "a centre in the camp for the charity Care Without Borders": whose work, not which camp
        end = child.right_edge.i + 1
    after = doc[end] if end < sent.end else None
    if (
        end == noun.i + 1
        and after is not None
        and after.lower_ in _PLACE_PREPOSITIONS
        and after.head.i == noun.head.i
        and not any(t.tag_ == "NNP" or t.ent_type_ for t in tokens_of(doc, start, noun.i + 1))  # "the Lindholm centre"
        and any(_names_place(t) for t in after.subtree)
        and not _circumstance(after)
    ):
        # "hit the only hospital in the town of Tel Anbar": the place phrase right after the noun says where it is,
        # though the parser hung it on the verb
        end = after.right_edge.i + 1
    dated = next(
        (t.i for t in tokens_of(doc, noun.i + 1, end) if t.ent_type_ in ("DATE", "TIME") and _time_word(t)), None
    )
    if dated is not None:
        # "a mine near the village of Ardo on Sunday": what names the mine ends before the day
        end = dated
        while end > noun.i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "PUNCT"):
            end -= 1
    purpose = _named_purpose(noun) if end == noun.i + 1 else None
    if purpose is not None and start >= sent.start and purpose.right_edge.i < sent.end:
        # "signed an agreement on Tuesday to share water from the Sava river": what it is for names it
        head_words = doc[start : noun.i + 1]
        text = f"{span_text(head_words)} {text_of(doc, purpose.left_edge.i, _what_it_does_end(purpose))}"
        if len(text.split()) <= MAX_PHRASE_TOKENS:
            return _inside_sentence(text, doc[start], sent)
    if start < sent.start or end > sent.end or end - start > MAX_PHRASE_TOKENS or end - start < 2:
        return None
    tokens = tokens_of(doc, start, end)
    attrs = [token_attrs(t) for t in tokens]
    year = any(_is_year(t) for t, a in zip(tokens, attrs, strict=True) if a.dep in _MODIFIER_DEPS or a.dep == "nummod")
    named = any(
        a.ent_type in _NAMED or (a.tag == "NNP" and t.i != sent.start and a.ent_type not in ("DATE", "TIME"))
        for t, a in zip(tokens, attrs, strict=True)
    )
    if not (year or named) or any(_cuts_phrase(t) for t in tokens):
        return None  # nothing in it says which ("the 2023 law", "the Kessel camp" do)
    if any(a.tag == "PRP$" or _bare_possessor(t) for t, a in zip(tokens, attrs, strict=True)):
        return None  # whose, as the sentence wrote it ("the spill at the company's Red Hollow mine"): not elsewhere
    return _inside_sentence(text_of(doc, start, end), doc[start], sent)


# Verbs that make their object what a noun after it says ("makes it the worst accident since 2017").
_MAKING_VERBS = frozenset(["make", "render", "leave", "keep"])
# Prepositions whose phrase after a noun says which one it is ("cut to diesel subsidies", "talks between A and B").
_WHICH_PREPOSITIONS = frozenset(["of", "to", "between", "for", "into", "on", "against", "over", "from", "with", "in"])
# Nouns of a "for" phrase that says why, not which ("the strike for political reasons").
_REASON_NOUNS = frozenset(["reason", "purpose", "fear", "lack", "sake", "want"])
# Adjectives that set a thing beside others of its kind: "a similar proposal", "a second attack" is not what a later
# "the proposal" or "the attack" means.
_OTHER_OF_KIND = frozenset(
    [
        "similar",
        "separate",
        "different",
        "other",
        "further",
        "fresh",
        "additional",
        "new",
        "latest",
        "recent",
        "same",
        "such",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "next",
        "possible",
        "potential",
        *_ANOTHER_OF_ITS_KIND,
    ]
)


def _fuller_mention(noun: Token, sent: Span) -> str | None:
    """A mention of a common ``noun`` whose own words say which one it is, name or not: its compound and adjective
    modifiers and the phrase after it ("Ceasefire talks between Vostrel and Karsana" -> "ceasefire talks between
    Vostrel and Karsana", "a planned cut to diesel subsidies for farmers" -> "planned cut to diesel subsidies for
    farmers"), without its determiner. None when nothing says which, or when the mention leans on its own context
    (a pronoun, a time, a bare "the council" inside it) or sets the thing beside another of its kind."""
    a = token_attrs(noun)
    if a.tag not in ("NN", "NNS") or a.ent_type or a.lemma in _TIMES or _person_word(noun):
        return None  # (people are no kind of thing: "head teachers" is not what "the teachers' union" is of)
    if a.dep == "compound":
        return None  # a noun naming the kind of another: "an internal ministry memo" says nothing of which ministry
    doc = sent.doc
    children = children_of(noun)
    lefts = [c for c in children if c.i < noun.i]
    if any(c.tag_ in ("PRP$", "POS") or c.dep_ == "poss" or c.lower_ in _OTHER_OF_KIND for c in lefts):
        return None  # "its plans", "the union's demands": whose, which a later bare "the plans" need not be
    modifiers = [c for c in lefts if c.dep_ in ("compound", "amod") and c.tag_ in ("NN", "NNS", "JJ", "VBN")]
    bare = a.tag == "NN" and not any(c.dep_ in ("det", "prep") for c in children)
    if bare and all(m.dep_ == "amod" for m in modifiers):
        return None  # a mass noun, no thing: "had used excessive force" is no "the force", a police force
    start = min((c.left_edge.i for c in modifiers), default=noun.i)
    if any(t.i not in {c.i for m in modifiers for c in m.subtree} for t in tokens_of(doc, start, noun.i)):
        return None  # modifiers that do not run up to the noun ("a sharp, sudden rise")
    start = _with_amount(start, noun)
    end = noun.i + 1
    prep = next((c for c in children if c.i == noun.i + 1 and c.dep_ == "prep"), None)
    reason = prep is not None and any(c.lemma_.lower() in _REASON_NOUNS for c in children_of(prep))
    # (a day is when, not which: "agreed to a 60-day ceasefire on Friday"; nor is a gerund the verb's: "accused the
    # company of planning to ...")
    dated = prep is not None and any(
        (c.ent_type_ in ("DATE", "TIME") and not _is_year(c)) or c.tag_ == "VBG" for c in children_of(prep)
    )
    if prep is not None and prep.lower_ in _WHICH_PREPOSITIONS and not _circumstance(prep) and not reason and not dated:
        end = prep.right_edge.i + 1
        clause = min((t.left_edge.i for t in prep.subtree if t.dep_ in ("acl", "relcl", "advcl")), default=end)
        # (up to an apposition or a clause set off by a comma: "on the outskirts of Evranmouth, Velandria's port")
        comma = min((t.i for t in tokens_of(doc, prep.i, end) if _cuts_phrase(t)), default=end)
        end = min(end, clause, comma)
    if end - start < 2 or end - start > MAX_PHRASE_TOKENS or start < sent.start or end > sent.end:
        return None
    tokens = tokens_of(doc, start, end)
    lasting = _duration_words(doc, start, noun.i)  # "a nine-day strike", "a 48-hour strike": which one, by its length
    if any(
        _cuts_phrase(t)
        or t.tag_ in ("PRP", "PRP$", "WDT", "WP")
        # (a figure makes it a reading at one time, not which: "a jobless rate of 9.8 percent")
        or (
            t.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL")
            and t.i not in lasting
            and not (t.dep_ == "pobj" and _is_year(t))  # (a year says which: "the floods of 2024")
        )
        or t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "ROOT")  # a clause is no description
        for t in tokens
    ):
        return None
    if any(t.lower_ in ("the", "this", "that", "these", "those") and not _holds_name(t.head) for t in tokens):
        return None  # "talks with the government": a description of its own, unresolved
    return text_of(doc, start, end)


_LENGTH_UNITS = frozenset(["minute", "hour", "day", "week", "month", "year"])


def _duration_words(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens of hyphenated lengths of time between ``start`` and ``end`` ("nine - day", "48 - hour")."""
    found: set[int] = set()
    for t in tokens_of(doc, start + 2, end):
        if t.lower_ in _LENGTH_UNITS and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_:
            found |= {t.i - 2, t.i - 1, t.i}
    return found


def _document_maker(document: str | None) -> str | None:
    """Who made a document as a phrase names it ("the Daltry Structural survey": "Daltry Structural"), if a name
    does."""
    maker, _, kind_of = (document or "").removeprefix("the ").rpartition(" ")
    return maker if kind_of in DOCUMENT_NOUNS and maker[:1].isupper() else None


def _time_word(token: Token) -> bool:
    """A word of a time ("Sunday", "March", "2026", "week"), not a name the tagger dated ("in Kerrow")."""
    low = token.lower_
    return token.is_lower or token.like_num or low in WEEKDAYS or low in MONTHS


def _inside_sentence(text: str, first: Token, sent: Span) -> str:
    """A mention as it reads inside another sentence: "Troops from Valdora" opening one is "troops from Valdora"."""
    return text[0].lower() + text[1:] if first.i == sent.start and first.tag_ not in ("NNP", "NNPS") else text


def _named_purpose(noun: Token) -> Token | None:
    """The "to" infinitive a noun is for, when a name is in it ("an agreement to share water from the Sava river");
    for a plan or a law, any that says what it does ("a plan to close rural post offices", "a bill that will ban
    pupils from using smartphones")."""
    plan = noun.lemma_.lower() in _PLAN_NOUNS
    for clause in noun.rights:
        infinitive = clause.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(clause))
        relative = (
            clause.dep_ == "relcl"
            and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children_of(clause))
            # "The bill, which now goes to the upper house, ...": a clause set off by commas adds, it does not say which
            and noun.doc[clause.left_edge.i - 1].text != ","
        )
        if not (infinitive or (plan and relative)):
            continue
        if any(t.tag_ in ("PRP", "PRP$") for t in clause.subtree):
            continue  # "a bill that would give it control over ...": whose, only its own sentence says
        named = any(t.tag_ in ("NNP", "NNPS") and t.ent_type_ not in ("DATE", "TIME") for t in clause.subtree)
        acts_on = any(c.dep_ in ("dobj", "prep", "xcomp") for c in children_of(clause))
        if named or (plan and acts_on):
            return clause
    return None


def _what_it_does_end(verb: Token) -> int:
    """Where a purpose clause's verb and what it acts on end, before its times ("that will ban pupils from using
    smartphones | during the school day from next September")."""
    end = verb.i + 1
    for child in verb.rights:
        # (not what it acts on for a word the tagger dated: "caps annual rent increases")
        timed = child.lower_ in _TIME_PREPOSITIONS or any(
            t.ent_type_ in ("DATE", "TIME") for t in (child, *(c for c in children_of(child) if child.dep_ != "dobj"))
        )
        if child.dep_ not in ("dobj", "xcomp", "prep", "prt", "dative", "ccomp") or timed:
            break
        gerund = next((c for c in children_of(child) if c.dep_ == "pcomp"), None) if child.dep_ == "prep" else None
        # "from using smartphones | during the school day": the gerund's own times are left out too
        end = _what_it_does_end(gerund) if gerund is not None else child.right_edge.i + 1
        # and a time inside what it acts on ("bans the sale of disposable vapes | from January next year")
        timed_prep = next(
            (
                t
                for t in tokens_of(verb.doc, child.i, end)
                if t.dep_ == "prep"
                and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in children_of(t))
            ),
            None,
        )
        if timed_prep is not None:
            return timed_prep.i
    return end


_TIME_PREPOSITIONS = frozenset(["during", "until", "by", "before", "after", "since", "within"])
# Plans and laws, named by what they do ("the plan to close rural post offices").
_PLAN_NOUNS = frozenset(
    ["plan", "bill", "law", "proposal", "ban", "scheme", "reform", "programme", "program", "measure", "policy"]
)


# Nouns for people: a subject headed by one is no antecedent of "it".
PERSON_NOUNS = frozenset(
    [
        *("spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "mayor", "governor"),
        *("man", "woman", "officer", "chief", "director", "leader", "head", "resident", "witness", "lawyer"),
        *("judge", "prosecutor", "doctor", "teacher", "driver", "source", "executive", "chairman", "secretary"),
    ]
)


# A sentence about a protest, whose organisers a later sentence may name by that word.
_PROTEST_IN = re.compile(r"\b(?:protest|rall(?:y|ied)|march|demonstrat|gathered)", re.IGNORECASE)
# Words for armed or political groups the tagger may read as adjectives before a name ("the rebel Northern Front").
_GROUP_ADJECTIVES = frozenset(["rebel", "militant", "separatist", "insurgent", "paramilitary", "opposition"])
# A claimer that is a body's data or document: "figures from the agriculture ministry", "a report by the X".
_DOCUMENT_FROM = re.compile(
    r"^(?:figures|data|statistics|results|numbers|estimates|a report|the report|report|a study|study)"
    r" (?:from|by|of) (.+)$"
)
# Documents and findings a later "the report" stands for, named by who made them ("the Brennan Institute poll").
DOCUMENT_NOUNS = frozenset(
    ["report", "study", "poll", "survey", "statement", "ruling", "review", "audit", "analysis", "inquiry", "figures"]
)
# What a speaker issues besides a document: "said in a letter that ...", "told MPs in an interview".
_ISSUED_NOUNS = frozenset(["letter", "interview", "speech", "post", "message", "filing", "memo"])
# A document a later mention may call by another word ("The survey by X found ..." ... "dismissed the poll").
DOCUMENT_SYNONYMS = {
    "poll": ("survey",),
    "survey": ("poll",),
    # an agreement a later sentence calls by another word ("signed an agreement to share water ..." / "the deal")
    "deal": ("agreement", "accord", "pact"),
    "agreement": ("deal", "accord", "pact"),
    "accord": ("agreement", "deal"),
    "pact": ("agreement", "deal"),
    # the law or budget a later sentence calls the bill ("approved the government's 2027 budget ... the bill")
    "bill": ("budget", "law", "legislation"),
    # works a later sentence calls by another word ("the Halvergate power station ... the plant")
    "plant": ("station", "factory", "works", "refinery", "smelter", "mill"),
    "factory": ("plant", "works", "mill"),
}
# Verbs of making a thing, and the words for whoever made it ("built by Aerovance": the manufacturer).
_MAKING_VERBS = frozenset(["build", "make", "manufacture", "produce", "design", "assemble"])
_MAKERS = ("manufacturer", "maker", "builder", "carmaker", "planemaker", "shipbuilder")
# What the makers of one kind make (lemmas): only the maker of such a thing is what "the carmaker" means.
_MADE_BY_KIND = {
    "carmaker": ("car", "vehicle", "model", "hatchback", "saloon", "suv", "van", "truck", "lorry", "bus"),
    "planemaker": ("plane", "aircraft", "jet", "airliner", "airplane"),
    "shipbuilder": ("ship", "vessel", "ferry", "tanker", "frigate", "submarine", "boat"),
}
_PRODUCING_VERBS = frozenset(
    ["publish", "release", "issue", "conduct", "commission", "carry", "compile", "produce", "write", "prepare"]
)


def _made_by_phrase(noun: Token) -> bool:
    """Whether a document noun names its maker after "by", right on it or through a participle ("a report by X",
    "a survey conducted by X")."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in children_of(noun)) or any(
        c.dep_ == "acl" and any(g.dep_ == "agent" for g in children_of(c)) for c in children_of(noun)
    )


def _document_phrase(noun: Token, claimers: Sequence[str]) -> str | None:
    """ "a poll by the Brennan Institute" / "the institute's poll" / "X published a report" / "In a statement, X
    said" -> "Brennan Institute poll", "X statement": the document named by who made it."""
    doc = noun.doc
    producer: Span | None = None
    for child in children_of(noun):
        if child.dep_ == "poss" or (child.dep_ in ("prep", "agent") and child.lower_ == "by"):
            head = child if child.dep_ == "poss" else next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if head is not None:
                producer = entity_of(head)
            if head is not None and producer is None and head.lemma_.lower() in BODY_HEADS | lexicon.BODY_NOUNS:
                # "a report by the medical charity Open Hands": the name after the kind, however it was parsed
                end = head.i + 1
                while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS"):
                    end += 1
                if end > head.i + 1:
                    return f"{text_of(doc, head.i + 1, end)} {noun.text}"
        elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in _PRODUCING_VERBS:
            # "a poll conducted by X", "a study published in the journal X", "a study the unions commissioned from X"
            for prep in children_of(child):
                if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "in", "from"):
                    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
                    proper = [c for c in pobj.subtree if c.tag_ in ("NNP", "NNPS")] if pobj is not None else []
                    named = entity_of(proper[0]) if proper else None
                    if named is not None and named.label_ == "ORG":
                        return f"{clean_name(named.text)} {noun.text}"  # "the Nordic Institute for Child Health"
                    if proper:  # the name the phrase opens with: "the journal X", "Brackley & Shaw"
                        end = proper[0].i + 1
                        while end + 1 < len(doc) and (
                            doc[end].tag_ in ("NNP", "NNPS")
                            or (doc[end].lower_ in ("&", "and") and doc[end + 1].tag_ in ("NNP", "NNPS"))
                        ):
                            end += 1
                        return f"{text_of(doc, proper[0].i, end)} {noun.text}"
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" else noun.head
    produced = noun.dep_ == "dobj" and verb.lemma_.lower() in _PRODUCING_VERBS
    if producer is None and (produced or verb.i != noun.head.i):
        # "X published a report", "X had interviewed 38 people for the report"
        subject = _subject(verb)
        if subject is not None:
            producer = entity_of(subject)
            beside = next((c for c in children_of(subject) if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS")), None)
            if producer is None and beside is not None and subject.lemma_.lower() in BODY_HEADS | lexicon.BODY_NOUNS:
                producer = entity_of(beside)  # "the aid group Crossing Watch said in a report": the name beside it
            # "Brockway Civil Works said in a statement": a body's name the tagger left untyped names it too
            untyped = _proper_name(subject) if producer is None and noun.head.lower_ == "in" else None
            if untyped is not None and verb.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
                return f"{untyped} {noun.text}"
            if producer is None and produced:
                # "Researchers at Kestrel University published a report": where the people who made it work
                at = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ in ("at", "from")), None)
                place = next((c for c in children_of(at) if c.dep_ == "pobj"), None) if at is not None else None
                producer = entity_of(place) if place is not None and _person_word(subject) else None
            if producer is None and produced and _body_by_whose(subject) is None:
                # "The health ministry released a report": the body by its words, whose report it is
                words = subject.doc[subject.left_edge.i : subject.i + 1]
                if (
                    subject.lemma_.lower() in BODY_HEADS
                    and words[0].lower_ == "the"
                    and len(words) in (3, 4)
                    and all(t.is_lower and t.is_alpha for t in words[1:])
                ):
                    return f"{words[1:].text}'s {noun.text}"
    if producer is not None and producer.label_ in ("ORG", "PERSON", "GPE", "NORP"):
        return f"{clean_name(producer.text)} {noun.text}"
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.i < noun.sent.root.i
        and claimers
        and noun.text not in claimers[0].split()  # "In the same survey in March, she led": the survey itself
    ):
        speaker = claimers[0]  # "In a statement, the Eastbridge police department said ..."
        return f"{speaker}'s {noun.text}" if len(speaker.split()) > 1 or speaker[:1].isupper() else None
    return None


def _topic_body(sent: Span, start: int) -> str | None:
    """The organisation a lead sentence is about: its main subject when that is an organisation's name ("Harbour
    City FC has agreed ...", "Kinetra, the streaming company, said ..."); "" when the sentence has another subject,
    None when it has none (a byline)."""
    root = sent.root
    reported = next((c for c in children_of(root) if c.dep_ == "ccomp" and c.i < root.i), None)
    if reported is not None and root.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
        root = reported  # "Harbour City FC has agreed to ..., the club said": what was said is about the club
    subject = _subject(root)
    if subject is None or subject.i < start:
        return None
    if subject.lemma_.lower() in _SHARE_WORDS:
        # "Shares in Kestrel Telecom fell ...": the company whose shares they are
        of = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
        owner = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        subject = owner if owner is not None and owner.ent_type_ == "ORG" else subject
    ent = entity_of(subject)
    if subject.tag_ not in ("NNP", "NNPS") and not (ent is not None and _called_a_body(ent)):
        return ""  # (but "Brightlane, the online payments app," is a business, whatever the tagger made of the word)
    first, end = (ent.start, ent.end) if ent is not None else (subject.i, subject.i + 1)
    while first > start and sent.doc[first - 1].tag_ in ("NNP", "NNPS") and sent.doc[first - 1].head.i == subject.i:
        first -= 1
    words = sent.doc[first:end]
    name = entity_name(words)
    # an organisation's name, or a name an apposition calls a business ("Fairway Markets, the country's
    # third-largest supermarket chain, said ..." when the tagger gave the name no type)
    # "Supermarket chain Fresco will close ...": a business, whatever the tagger typed its name
    business = first > start and sent.doc[first - 1].lower_ in TOPIC_HEADS
    organisation = (
        subject.ent_type_ == "ORG"
        or business
        or _own_head(name) in lexicon.ORGANISATION_SUFFIXES
        or any(c.dep_ == "appos" and {c.lower_, last_conjunct(c).lower_} & TOPIC_HEADS for c in children_of(subject))
    )
    typed = ent if ent is not None and ent.start == first else words  # (a slice of the doc carries no label)
    if not name or not organisation or (is_person_entity(typed) and not business):
        return ""
    with_the = first > start and sent.doc[first - 1].lower_ == "the"
    return f"the {name}" if with_the else name


def _one_thing_word(token: Token) -> bool:
    """A common noun for one thing that an "it" could stand for: not a person, a time or a measure."""
    return (
        token.tag_ == "NN"
        and token.pos_ == "NOUN"
        and not _person_word(token)
        and token.lemma_.lower() not in _TIMES
        and token.lemma_.lower() not in _UNITS
    )


def _sole_thing_subject(sent: Span, start: int, quoted: Collection[int]) -> str | None:
    """The subject of ``sent``'s main verb, written with "the" ("the cap"), when it is the one common noun for a
    single thing the sentence names outside quotations ("The cap, which takes effect on 1 September, applies to
    buildings with more than four flats.")."""
    subject = _subject(sent.root)
    if subject is None or subject.i < start:
        return None
    # (not the words of a clause on the subject itself: "The cap, which takes effect on 1 September,")
    own = {t.i for t in subject.subtree} - {subject.i}
    things = [
        t
        for t in tokens_of(sent.doc, start, sent.end)
        if t.i not in quoted and t.i not in own and _one_thing_word(t) and t.dep_ != "compound"
    ]
    if [t.i for t in things] != [subject.i]:
        return None
    words = sent.doc[subject.left_edge.i : subject.i + 1]
    if words[0].lower_ != "the" or not all(t.is_alpha and (t.is_lower or t.i == words.start) for t in words):
        return None  # (a name or a phrase with figures says more than a later "it" needs guessing)
    return words.text.lower()


def _thing_subject(sent: Span) -> str | None:
    """The subject of ``sent``'s main verb when it is a single thing that is not a person, as written with "the"
    ("A report by engineers Brackley & Shaw found ..." -> "the report by engineers Brackley & Shaw")."""
    subject = _subject(sent.root)
    if subject is None or subject.tag_ not in ("NN", "NNP") or subject.lower_ in PERSON_NOUNS:
        return None
    if subject.lemma_.lower() in PERSON_NOUNS:
        return None
    if subject.ent_type_ == "PERSON":
        # "Environmental group Green Rivers said ...": a body by the word before its name, whatever the tagger typed
        # the name (as ``Antecedents.remember`` notes it)
        ent = entity_of(subject)
        named_body = ent is not None and ent.root.i == subject.i and _after_body_word(ent)
        return entity_name(ent) if ent is not None and named_body else None
    named = _names_in(sent.doc, subject.left_edge.i, subject.right_edge.i + 1)
    if named and named[0][0] == "body" and subject.ent_type_:
        return named[0][1]
    if subject.tag_ == "NNP" and not subject.ent_type_ and _which_clause(subject):
        # "Open Ledger, which Malan founded in 2017, has 11 staff": a name the tagger gave no type ("It" is it)
        first = _start_of_untyped_name(subject, sent.start)
        if first is not None:
            return text_of(sent.doc, first, subject.i + 1)
    appos = next((c for c in children_of(subject) if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
    if appos is not None:
        # "Kline's party, the Freedom Alliance, called ...": the name set beside it
        name = next((n for kind, n in named if kind == "body" and n.removeprefix("the ").endswith(appos.text)), None)
        if name is not None:
            return name
    phrase = _naming_phrase(subject, sent)
    if phrase is None and subject.lemma_.lower() in DOCUMENT_NOUNS:
        phrase = _document_phrase(subject, ())  # "The report, written by consultants X, found" -> "the X report"
    if phrase is None and subject.lower_ in BODY_HEADS and subject.i > sent.start:
        # "The central bank, which supervised X, was accused ...": a body its kind words name ("It has since ...")
        lefts = [c for c in subject.lefts if c.dep_ in ("compound", "amod")]
        first = min((c.left_edge.i for c in lefts), default=subject.i)
        words = sent.doc[first : subject.i + 1]
        if lefts and first > sent.start and sent.doc[first - 1].lower_ == "the" and all(t.is_alpha for t in words):
            phrase = words.text
    if phrase and phrase[:1].isupper() and subject.tag_ == "NNP" and sent.doc[subject.left_edge.i].lower_ != "the":
        return phrase  # a name written without "the" ("Transparency Watch, an anti-corruption group, said ...")
    return _with_the(phrase) if phrase else None  # (not "the Korvia's trade ministry")


def _employer_named(sent: Span, start: int, quoted: Collection[int]) -> str | None:
    """The body a sentence says employs people, by name, outside quotations: "the National Air Navigation Service
    (NANS), the state agency that employs the controllers", "Harlan Mills, which employs 600 people"."""
    for verb in tokens_of(sent.doc, start, sent.end):
        if verb.lemma_.lower() != "employ" or verb.pos_ != "VERB" or verb.i in quoted:
            continue
        subject = _subject(verb)
        if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = verb.head.head if verb.head.dep_ == "appos" else verb.head
        ent = entity_of(subject) if subject is not None else None
        if ent is not None and ent.label_ == "ORG":
            return entity_name(ent)
    return None


def _appealed_to(ent: Span) -> bool:
    """Whether a name is only where an appeal may go ("lodge an appeal with the Supreme Court", "appeal to X")."""
    root = ent.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("to", "with", "before")
        and prep.head.lemma_.lower() == "appeal"
        and prep.head.i != prep.i
    )


def _which_clause(noun: Token) -> bool:
    """Whether a "which" clause hangs on ``noun``: a thing or a body, no person."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for c in children_of(noun))


def _start_of_untyped_name(head: Token, start: int) -> int | None:
    """Where the name ending in ``head`` starts: the capitalised words the tagger typed nothing right before it (from
    ``start``), two to four in all and not after "the" ("Aurelle Air", "Open Ledger"); None for any other."""
    doc = head.doc
    first = head.i
    while first > start and doc[first - 1].tag_ == "NNP" and doc[first - 1].is_title and not doc[first - 1].ent_type_:
        first -= 1
    if first == head.i or head.i - first > 3 or (first > 0 and doc[first - 1].lower_ == "the"):
        return None  # one word is no name; "the X Authority" is ``untyped_bodies``'
    return first


# Bodies that speak and have people of their own ("Its leader"), besides those ``lexicon.BODY_NOUNS`` names.
_PARTY_NOUNS = lexicon.BODY_NOUNS | frozenset(["opposition", "alliance", "coalition", "federation", "association"])


_NEIGHBOURING = frozenset(["neighbouring", "neighboring"])

# What a state has, which a people's name before it says whose ("the Estravian parliament", "Karstan troops").
_STATE_WORDS = frozenset(
    [
        *(w for w in lexicon.STATE_NOUNS if w not in ("economic", "armed")),
        *("capital", "authorities", "troops", "forces", "officials", "police", "president", "minister", "courts"),
    ]
)


def _after_body_word(ent: Span) -> bool:
    """Whether the name ``ent`` comes right after a word for a body or a publication ("the wildlife charity
    Seawatch", "Environmental group Green Rivers", "the independent weekly Kolo"): a body, whatever the tagger typed
    it."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in _BODY_WORDS | _PUBLICATION_KINDS


def _set_beside_body_word(ent: Span) -> bool:
    """Whether the name ``ent`` is set beside a word for a body ("The state water utility, Kerra Hydro, said"): the
    body's name, whatever the tagger typed it, unless a first name opens it."""
    root = ent.root
    return (
        root.dep_ == "appos"
        and (root.head.lemma_.lower() in BODY_HEADS or root.head.lemma_.lower() in lexicon.TOPIC_HEADS)
        and ent[0].lower_ not in lexicon.GIVEN_NAMES
    )


def _calls_itself_it(ent: Span) -> bool:
    """Whether the name ``ent`` is the subject of a verb of saying whose statement calls its subject "it" ("Hollin
    Hydro said it accepted the findings"): a body, whatever the tagger typed the name."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or token_attrs(verb).lemma not in lexicon.CLAIMER_VERBS:
        return False
    first = ent[0].lower_
    if first in lexicon.GIVEN_NAMES or any(t.lower_ == "who" for t in root.subtree):
        return False  # "Dr. Hanna Leclerc, who heads the ward, said it was busy": a person, and "it" the ward
    return any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" for g in children_of(c))
        for c in children_of(verb)
    )


def _subject_name_of(subject: Token, sent: Span) -> str | None:
    """The organisation or place a sentence's subject names: itself ("Ostmark imposed ...", "The Green List
    doubled ...") or by an apposition ("Pellavia's neighbour, Ostmark, imposed ..."); not a person."""
    words = sent.doc[subject.left_edge.i : subject.i + 1]
    if (
        len(words) > 2
        and words[0].lower_ == "the"
        # (with the short words and possessives a name holds: "The Port and Harbour Workers' Union")
        and words[1].tag_ in ("NNP", "NNPS")
        and all(
            (t.tag_ in ("NNP", "NNPS") or t.lower_ in _NAME_LINKS or t.tag_ == "POS")
            and t.ent_type_ not in ("PERSON", "GPE", "DATE")
            for t in words[1:]
        )
        and not any(c.dep_ == "prep" for c in subject.rights)  # "the Corvalian Chamber of Industry": below
    ):
        return f"the {words[1:].text}"  # a name that takes "the" is no person's, however the tagger typed it
    for token in (subject, *(c for c in children_of(subject) if c.dep_ == "appos")):
        person_said_it = (
            token.ent_type_ == "PERSON"
            and (ent := entity_of(token)) is not None
            and (_calls_itself_it(ent) or _set_beside_body_word(ent))
        )
        if token.ent_type_ in ("ORG", "GPE") or person_said_it:
            ent = entity_of(token)
            if ent is not None and ent.root.i == token.i:
                # with the capitalised words the tagger left out of it ("CD Valdera", typed "Valdera")
                words = token.doc[min(token.left_edge.i, ent.start) : ent.end]
                whole = all(t.tag_ in ("NNP", "NNPS") for t in words) and words.start >= subject.left_edge.i
                return clean_name(words.text if whole else ent.text)
        elif (
            token.tag_ == "NNP"
            and token.text[:1].isupper()
            and not token.ent_type_
            and not any(c.dep_ == "compound" for c in children_of(token))
        ):
            # an invented name the tagger gave no type ("Ostmark"); a person's has a first name. With an "of" and a
            # proper noun after it, the whole name ("the Liberian-flagged Star of Hanna" -> "the Star of Hanna")
            of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
            if place is None or place.tag_ != "NNP" or place.right_edge.i != place.i:
                return token.text
            the = "the " if any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)) else ""
            return f"{the}{text_of(sent.doc, token.i, place.i + 1)}"
    return None


def _event_word(lemma: str) -> bool:
    """A noun for an event a later "the <noun>" stands for, or a longer word for one ("cyberattack", "airstrike")."""
    return lemma in EVENT_HEADS or _longer_word_for(lemma, _EVENT_ENDINGS)


# What goes off and harms ("A car bomb killed ...", "... were killed when a shell hit the market").
_EXPLOSIVES = frozenset(["bomb", "shell", "rocket", "missile", "grenade", "explosive"])


def _explosive_of(verb: Token, subject: Token | None) -> str | None:
    """The explosive a lead's harm came from, with the words that say which ("car bomb"): the subject of the
    harming verb, or of its "when" clause ("14 people were killed when a car bomb exploded")."""
    if subject is None or subject.lemma_.lower() not in _EXPLOSIVES:
        when = next(
            (
                c
                for c in children_of(verb)
                if c.dep_ == "advcl" and any(g.dep_ == "advmod" and g.lower_ == "when" for g in children_of(c))
            ),
            None,
        )
        subject = _subject(when) if when is not None else None
    if subject is None or subject.lemma_.lower() not in _EXPLOSIVES or subject.tag_ != "NN":
        return None
    words = [c.lower_ for c in subject.lefts if c.dep_ == "compound" and c.is_lower and c.i == subject.i - 1]
    return " ".join([*words, subject.lower_])


def _natural(lemma: str) -> bool:
    """An event nobody carried out ("wildfire", "quake")."""
    return lemma in NATURAL_EVENTS or _longer_word_for(lemma, NATURAL_EVENTS)


def _longer_word_for(lemma: str, words: Collection[str]) -> bool:
    """ "cyberattack" for "attack", "wildfire" for "fire": a compound written as one word ending in one of ``words``."""
    return len(lemma) > 7 and any(lemma.endswith(word) for word in words)


# The event nouns a longer word for one may end with ("cyberattack", "airstrike", "wildfire").
_EVENT_ENDINGS = ("attack", "strike", "fire", "quake", "slide", "bombing", "shooting")


def _body_acted_on(verb: Token, subject: Token | None) -> str | None:
    """The organisation an event's verb names outside its subject ("disrupted services at hospitals run by the
    Valmor Health Trust" -> "the Valmor Health Trust")."""
    inside = range(subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else range(0)
    for token in verb.subtree:
        if token.ent_type_ == "ORG" and token.ent_iob_ == "B" and token.i not in inside:
            ent = next(e for e in doc_ents(verb.doc) if e.start == token.i)
            name = entity_name(ent)
            written = "the" in (ent[0].lower_, verb.doc[ent.start - 1].lower_ if ent.start else "")
            return f"the {name}" if written else name
    # "... since a cyberattack shut down its computer systems": "its" of the one organisation the sentence named
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is None or not any(c.dep_ == "poss" and c.lower_ == "its" for c in children_of(obj)):
        return None
    named = [e for e in ents_within(verb.doc, verb.sent.start, verb.i) if e.label_ in ("ORG", "FAC")]
    return entity_name(named[0]) if len(named) == 1 else None


# Parts of a place: "the outskirts of Aalborg", "the centre of Saravin" name the place whatever the tagger typed it.
_PARTS_OF_PLACES = frozenset(["outskirts", "centre", "center", "edge", "heart", "suburbs", "streets"])
# The prepositions before a name the tagger missed that say where something happened ("in the hills above
# Castellmora", "off Lampra").
_PLACE_OF_EVENT = frozenset(["in", "near", "above", "below", "outside", "off", "around"])
# Those that put an event near its place, not in it ("swept towards the town of Montaval").
_NEAR = _PLACE_OF_EVENT - {"in"} | {"towards", "toward"}


def _one_word_person(token: Token) -> bool:
    """A name of one word the tagger typed PERSON, with no possessive after it."""
    return (
        token.ent_type_ == "PERSON"
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
        and not any(c.dep_ in ("case", "poss") for c in children_of(token))
    )


def _place_in(sent: Span, start: int) -> tuple[str, bool] | None:
    """The first place ``sent`` names from token ``start``: a GPE/LOC entity, else the proper noun of "the city of
    X" / "in X" (the tagger misses invented places); and whether the sentence puts something near it rather than
    in it ("near the border town of Mirelo", "in the hills above Castellmora")."""
    for token in tokens_of(sent.doc, start, sent.end):
        if token.ent_type_ in ("GPE", "LOC") and token.ent_iob_ == "B":
            ent = next(e for e in doc_ents(sent.doc) if e.start == token.i)
            if token.ent_type_ == "GPE" and names_a_body(ent):
                continue  # "Brightlane, the online payments and banking app, said hackers had stolen ...": no place
            kind = ent.root.head
            if (
                ent.root.dep_ in ("compound", "amod", "nmod")
                and kind.lemma_.lower() in SETTLEMENTS
                and any(c.lower_ == "of" and any(g.dep_ == "pobj" for g in children_of(c)) for c in children_of(kind))
            ):
                continue  # "the northern Tessaly city of Korval": the city, named after "of", is where it was
            return clean_name(ent.text), _near(ent.root)
        if (
            token.tag_ == "NNP"
            and token.dep_ == "compound"
            and token.head.lower_ in REGION_NOUNS
            and token.left_edge.i > sent.start
            and sent.doc[token.left_edge.i - 1].lower_ == "the"
        ):
            # "struck the Karvash mountains", whatever the tagger typed "Karvash"
            return text_of(sent.doc, token.left_edge.i - 1, token.head.i + 1), _near(token.head)
        if token.tag_ != "NNP" or token.dep_ != "pobj":
            continue
        prep = token.head
        part = prep.lower_ == "of" and prep.head.lower_ in _PARTS_OF_PLACES and token.ent_iob_ in ("B", "")
        settlement = prep.lower_ == "of" and prep.head.lemma_.lower() in SETTLEMENTS | _SUBNATIONAL
        # (a one-word "person" the tagger made of an invented town: "in the hills above Castellmora"; whatever it
        # made of "the outskirts of Aalborg" or "the eastern province of Harsa")
        untyped = not token.ent_type_ or _one_word_person(token)
        # (a name of two words: "the province of Alta Vera", its last word inside the entity)
        whole = token.ent_iob_ == "B" or (token.ent_iob_ == "I" and sent.doc[token.left_edge.i].ent_iob_ == "B")
        named_kind = settlement and (untyped or whole) and token.ent_type_ not in ("DATE", "TIME")
        if part or named_kind or (untyped and prep.lower_ in _PLACE_OF_EVENT):
            return text_of(sent.doc, token.left_edge.i, token.i + 1).removeprefix("the "), _near(token)
    return None


def _near(place: Token) -> bool:
    """Whether the preposition before a place (or before "the town of" it) puts something near it."""
    prep = place.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in SETTLEMENTS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "near the border town of Mirelo"
    return prep.dep_ == "prep" and prep.lower_ in _NEAR


def _subject(verb: Token, *, passive: bool = True) -> Token | None:
    """The subject of ``verb`` nearest it (a dateline the parser made a second subject comes first)."""
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    subjects = [c for c in children_of(verb) if token_attrs(c).dep in deps]
    return subjects[-1] if subjects else None


def _one_name_of(full: str, name: str) -> bool:
    """ "Halloran" or "Petra" is a later mention of "Petra Halloran"."""
    return _surname_of(full, name) or (len(full.split()) > 1 and full.split()[0] == name)


def _surname_of(full: str, name: str) -> bool:
    """ "Halloran" is a later mention of "Petra Halloran"."""
    return full != name and full.split()[-1] == name.split()[-1] and len(name.split()) < len(full.split())


# Last words of armed and political groups' names, which take "the" ("the rebel Southern Liberation Front").
_GROUP_NAME_HEADS = frozenset(["front", "movement", "league", "brigade", "brigades", "forces", "force", "society"])


def _entities_in(doc: Doc, start: int, end: int, before: int | None = None) -> list[tuple[str, str, Span]]:
    """("person" | "body" | "place", written name, entity) of the entities in tokens [start, end) (ending before
    ``before``): a place only where the tagger read it as a person (``_where``); other places are no parties."""
    found = []
    for ent in ents_within(doc, start, end):
        if before is not None and ent.end > before:
            continue
        if ent.label_ != "PERSON" and not any(t.tag_ in ("NNP", "NNPS") for t in ent) and not _called_a_body(ent):
            # "Households" opening a sentence, tagged ORG: a common noun names nothing (but "Brightlane, the online
            # payments and banking app," does, whatever the tagger made of the word)
            continue
        if ent.label_ == "PERSON" and not any(t.text[:1].isupper() for t in ent):
            continue  # "A lorry driver has been charged", tagged a person: no name
        if _ends_facility_name(ent):
            continue  # "General Hospital" of "St. Aurel's General Hospital": the name found from its first half
        name = entity_name(ent)
        # the name's own article, not that of a noun the name modifies ("the Halden Motors factory")
        with_the = (
            (ent.start > 0 and doc[ent.start - 1].lower_ == "the" and not _determines_other(doc[ent.start - 1], ent))
            or ent.text.lower().startswith("the ")
            # "the bank's Monetary Policy Board": the possessor takes the article the name has without it
            or (ent.start > 0 and doc[ent.start - 1].tag_ == "POS" and len(ent) > 1 and ent[-1].lower_ in BODY_HEADS)
            # "The opposition Liberal Party": its own article, words before a name that ends in a body's word (not
            # "the provincial capital Moka", whose article is the capital's)
            or (
                (ent[-1].lower_ in BODY_HEADS or ent[-1].lower_ in _GROUP_NAME_HEADS)
                and any(c.dep_ == "det" and c.lower_ == "the" and c.i < ent.start for c in children_of(ent.root))
            )
        )
        if ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in _NAME_NOUNS:
            found.append(("person", name, ent))  # "who gave only his nom de guerre, Stone": a person's name
            continue
        if ent.label_ in ("PERSON", "ORG") and (_where(ent) or _names_settlement(ent.root) or _state_possessor(ent)):
            # a place the tagger read as a person or a body ("Mayor Dusan Petrov of Brenno", "the town of Corrabay",
            # "Murandi's eastern province")
            found.append(("place", name, ent))
            continue
        if ent.label_ in ("PERSON", "ORG", "FAC") and (facility := _facility_named_for(ent)) is not None:
            # "St Anne's Hospital": no person, whatever the tagger said, and all of the name, where the tagger's
            # organisation stopped at "St Aldric's"
            found.append(("body", facility, ent))
            continue
        if (ent.label_ == "PERSON" and not names_a_body(ent)) or (ent.label_ == "ORG" and is_person_entity(ent)):
            found.append(("person", name, ent))  # (an ORG the sentence says is a person: "Helena Mets said")
        elif ent.label_ == "PERSON":
            # "Ostreva Pharma", "The Lorrain Fire and Rescue Service", "Aurel Air, the largest carrier at ...": a
            # body the tagger took for a person, as an organisation is written
            found.append(("body", f"the {name}" if with_the else name, ent))
        elif (ent.label_ in _BODY_LABELS and not (ent.label_ == "NORP" and ent.root.pos_ == "ADJ")) or (
            ent.label_ in ("FAC", "LOC") and names_a_body(ent)
        ):
            # (a FAC or LOC here names a body: "the Lorrain Fire and Rescue Service")
            organisation = ent.label_ in ("ORG", "FAC", "LOC") or names_a_body(ent)
            found.append(("body", f"the {name}" if with_the and organisation else name, ent))
    return found


def _called_a_body(ent: Span) -> bool:
    """Whether an apposition set right after a name calls it a body ("Brightlane, the online payments app,"); not
    the speech tag the parser hung on a common noun ("Households that install panels will be paid less, the energy
    regulator announced")."""
    doc = ent.doc
    return names_a_body(ent) and any(
        c.dep_ == "appos" and c.left_edge.i == ent.end + 1 and doc[ent.end].text == "," for c in children_of(ent.root)
    )


def _determines_other(determiner: Token, ent: Span) -> bool:
    """ "the" of "the Halden Motors factory": the article of a common noun the name is a modifier of."""
    head = determiner.head
    return not ent.start <= head.i < ent.end and head.tag_ in ("NN", "NNS") and ent.root.head.i == head.i


def _facility_named_for(ent: Span) -> str | None:
    """ "St Anne's Hospital", "Queen Mary's School": a place or body named with a person's possessive, the tagger's
    "person" (or organisation) and the capitalised words after it; an organisation's only when they end in a word
    for a building or body ("Kinetra's Chief Executive" names an office)."""
    doc = ent.doc
    end = ent.end
    if ent[-1].tag_ != "POS" and not (end < len(doc) and doc[end].tag_ == "POS"):
        return None
    end += 0 if ent[-1].tag_ == "POS" else 1
    last = end
    # (the tagger may make the words after the possessive a name of their own: "St. Aurel's" + "General Hospital")
    while (
        last < len(doc)
        and doc[last].tag_ in ("NNP", "NNPS")
        and doc[last].is_title
        and doc[last].ent_type_ in ("", "ORG", "FAC")
    ):
        last += 1
    if last == end or (ent.label_ != "PERSON" and doc[last - 1].lower_ not in _FACILITY_NOUNS | _BUILDING_BODIES):
        return None
    return clean_name(text_of(doc, ent.start, last))


def _ends_facility_name(ent: Span) -> bool:
    """Whether ``ent`` is the words after the possessive of a facility's name the tagger cut in two ("St. Aurel's"
    + "General Hospital")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS" or ent.label_ not in ("ORG", "FAC"):
        return False
    first = next(
        (e for e in doc_ents(doc) if e.end in (ent.start, ent.start - 1) and e.label_ in ("PERSON", "ORG")), None
    )
    if first is None:
        return False
    named = _facility_named_for(first)
    return named is not None and named.endswith(ent.text)


# Bodies named for the building they work from ("St Aldric's Hospital", "Queen Mary's College").
_BUILDING_BODIES = frozenset(["school", "college", "clinic", "infirmary", "academy", "university", "church"])


def _names_in(doc: Doc, start: int, end: int, before: int | None = None) -> list[tuple[str, str]]:
    """("person" | "body", written name) of the entities in tokens [start, end) (ending before ``before``)."""
    return [(kind, name) for kind, name, _ in _entities_in(doc, start, end, before)]


def _bounds(ent: Span) -> tuple[int, int]:
    return ent.start, ent.end


def _gender_of(ent: Span) -> str:
    """ "male" / "female" when the title or first name of a person entity says, else ""."""
    male, female = gender_fits(ent, "male"), gender_fits(ent, "female")
    return "male" if male and not female else "female" if female and not male else ""


def sentence_case(text: str) -> str:
    """Stripped, with a capital first letter and closing punctuation."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?":
        text += "."
    return text


def _anaphor(tokens: Span) -> Token | None:
    """ "this operation" / "the attack" as a subject: an event noun with only a demonstrative before it."""
    for token in span_tokens(tokens):
        a = token_attrs(token)
        if a.lemma in lexicon.EVENT_NOUNS and a.dep in ("nsubj", "nsubjpass"):
            lefts = list(token.lefts)
            if len(lefts) == 1 and lefts[0].lower_ in ("this", "that", "the") and not list(token.rights):
                return token
    return None


def event_referent(doc: Doc, units: Sequence[Unit], last_event: str | None) -> str | None:
    """``last_event`` (the event described last in the preceding sentences) when the subject of the sentence's
    main clause refers back to an event ("this operation"), else None."""
    found: str | None = None
    for unit in units:
        anaphor = _anaphor(doc[unit.start : unit.end]) if unit.kind in MAIN_KINDS and last_event else None
        if anaphor is not None and last_event and _same_kind_of_event(anaphor.lemma_.lower(), last_event):
            found = last_event
    return found


# Words for an attack, any of which may stand for another ("the strike on the base" ... "the attack").
_ATTACK_WORDS = frozenset(
    ["attack", "strike", "airstrike", "raid", "assault", "bombing", "shelling", "operation", "incident"]
)


def _same_kind_of_event(noun: str, described: str) -> bool:
    """Whether "the <noun>" may stand for the event ``described`` ("the drone strike by X on Y"): an attack for an
    attack, else only the same word ("the fighting" is no strike on a market)."""
    words = described.split()
    head = words[2] if len(words) > 2 and words[1] in lexicon.INSTRUMENT_NOUNS else words[1] if len(words) > 1 else ""
    return noun == head or (noun in _ATTACK_WORDS and head in _ATTACK_WORDS)


def _date_lead(sent: Span) -> str:
    """A time expression opening the sentence ("Last night"), to carry into a claim taken from later in it."""
    first = sent[0]
    if first.ent_type_ in ("DATE", "TIME") or first.lower_ in ("last", "yesterday", "on"):
        comma = next((t for t in sent[:6] if t.text == ","), None)
        if comma is not None:
            return text_of(sent.doc, sent.start, comma.i)
    return ""


def _earlier(
    antecedents: Antecedents,
    sent: Span,
    token: Token,
    kind: str,
    first: int | None = None,
    quoted: Collection[int] = (),
) -> list[str]:
    """Candidate antecedents of ``token``, nearest last: the article's earlier names, then the sentence's own
    before the token (from token ``first``: not its dateline; not inside a quotation, token indices ``quoted``)."""
    known = list(antecedents.people if kind == "person" else antecedents.bodies)
    start = sent.start if first is None else first
    for found_kind, name, ent in _entities_in(sent.doc, start, sent.end, before=token.i):
        if (
            found_kind == kind
            and ent.start not in quoted
            and not _medium_of_pronoun(ent)
            and not _workplace_of_cited(ent)
        ):
            if kind == "person":
                name = next((full for full in reversed(known) if _surname_of(full, name)), name)
            elif antecedents.person_named(name, ent.label_) is not None:
                continue  # "Emil's family" after "Emil Strand", typed an organisation: the man
            known.append(name)
    return known


def _workplace_of_cited(ent: Span) -> bool:
    """ "Analysts at Brenholt Securities said the halt could cost the company ...": a firm named as where the people
    quoted work, which "the company" in what they say (or later) does not stand for."""
    root = ent.root
    workers = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("at", "from") else None
    return workers is not None and workers.tag_ == "NNS" and workers.lemma_.lower() in _CITED_PEOPLE


def _medium_of_pronoun(ent: Span) -> bool:
    """A name that only says what kind of thing a pronoun's possession is ("on its Telegram channel", "their
    Facebook page"): the thing is the pronoun's, so the name is no antecedent of a later description."""
    root = ent.root
    return root.dep_ == "compound" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(root.head))


def _people_word(word: str) -> bool:
    """Whether a lower-case word, singular or plural, names people ("diplomats", "residents", "people")."""
    return any(
        form in lexicon.PERSON_NOUNS or form in claim_types.PEOPLE_WORDS
        for form in (word, word.removesuffix("s"), word.removesuffix("es"))
    )


def _told_body(verb: Token, speakers: Token) -> str | None:
    """For a statement told before the people who said it ("The Vostrel delegation seemed ready to sign, two
    diplomats said"), the body it is about, by name or by a description with a name in it ("the Vostrel
    delegation"); None for any other sentence."""
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS or not _people_word(speakers.lemma_.lower()):
        return None
    statement = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < speakers.i), None)
    told = _subject(statement) if statement is not None else None
    if told is None:
        return None
    lefts = list(told.lefts)
    described = (
        told.lemma_.lower() in BODY_HEADS | _COLLECTIVES
        and len(lefts) >= 2
        and lefts[0].lower_ == "the"
        and all(t.dep_ == "compound" and t.tag_ == "NNP" for t in lefts[1:])
    )
    if described:
        return f"the {text_of(told.doc, lefts[1].i, told.i + 1)}"
    return _subject_name_of(told, told.sent)


# Words after the head of a lower-case phrase for people: "envoys familiar with the talks", "officials close to".
_PHRASE_TAIL = frozenset(["of", "for", "at", "in", "with", "from", "on", "to", "who", "that", "familiar", "close"])


def _phrase_head(phrase: str) -> str:
    """The head word of a lower-case noun phrase: its last word before a preposition, a relative or a participle
    ("two diplomats briefed on the talks" -> "diplomats", "the regional health directorate" -> "directorate")."""
    words = phrase.lower().split()
    tail = next((i for i, w in enumerate(words) if i and (w in _PHRASE_TAIL or w.endswith("ed"))), len(words))
    return words[tail - 1]


def _own_head(name: str) -> str:
    """The head word of a body's name, lower-case: its last word before "of"/"for"/"at"/"in" ("Patriotic Defence
    Movement" -> "movement", "the Institute for Climate and Health" -> "institute")."""
    words = name.removeprefix("the ").lower().split()
    own = next((i for i, w in enumerate(words) if w in ("of", "for", "at", "in")), len(words))
    return words[own - 1] if own else ""


# Other head words of the bodies a description's noun may stand for: "the union" is "the Drivers' Federation", "the
# newspaper" "the Veshko Herald".
# Words for the same kind of body, for the name an apposition gave the other ("the newspaper Harlen Today" ... "the
# paper's editor").
_ALIASES = {"paper": "newspaper", "newspaper": "paper"}
_HEAD_SYNONYMS = {
    "union": ("federation", "confederation", "guild", "syndicate"),
    "newspaper": ("herald", "times", "gazette", "post", "tribune", "journal", "chronicle", "courier", "examiner"),
    "paper": ("herald", "times", "gazette", "post", "tribune", "journal", "chronicle", "courier", "examiner"),
    # "the force" -> "the Calloway Metropolitan Police": a police force
    "force": ("police", "constabulary"),
    # "the airline"/"the carrier" -> "Skyline Air", "Aurel Airways"
    "airline": ("air", "airways", "airlines", "aviation"),
    "carrier": ("air", "airways", "airlines"),
    # "the watchdog"/"the regulator" -> "the Communications Authority", "the Competition Board"
    "watchdog": ("authority", "commission", "board", "inspectorate", "ombudsman", "regulator", "agency", "office"),
    "regulator": ("authority", "commission", "board", "inspectorate", "watchdog", "agency", "office"),
    # "the utility" -> "Castrell Gas Networks", "Ostra Water"
    "utility": ("networks", "gas", "water", "power", "energy", "electric", "electricity", "utilities"),
    # "the agency" -> "the National Revenue Office", "the Civil Aviation Authority": a public body of another word
    "agency": ("office", "authority", "service", "bureau", "administration", "directorate", "commission"),
    # "the party" -> "the Civic Union", "the Labour Alliance": a political party named by another word
    "party": ("union", "alliance", "front", "league", "movement", "bloc", "congress", "greens", "forum", "list"),
}


# Heads of a body of members that is a union when its name says whose workers it gathers ("Nurses' Association").
_MEMBERS_BODIES = frozenset(["alliance", "association", "organisation", "organization", "council", "league"])


def _of_workers(words: list[str]) -> bool:
    """Whether a body's name (lower-case words) names the workers it gathers: "national teachers' alliance"."""
    return any(w.endswith(("ers'", "ists'", "ants'", "ors'", "ives'")) for w in words)


def _same_word(word: str, head: str) -> bool:
    """Whether ``word`` is ``head`` in another form ("ministries", "organization"), not another word that begins
    like it ("Coast" is no "coastguard")."""
    return word[:5] == head[:5] and abs(len(word) - len(head)) <= 3


def _places_before(token: Token, sent: Span, first: int | None) -> set[str]:
    """The places the tagger typed as such in ``sent`` before ``token``, which the article has not noted yet ("will
    close its car plant in Stellburg ..., the company said": no company)."""
    return {
        entity_name(ent)
        for ent in ents_within(sent.doc, sent.start if first is None else first, token.i)
        if ent.label_ in ("GPE", "LOC") and not names_a_body(ent)
    }


def _body_for(head: str, candidates: list[str], places: Collection[str]) -> str | None:
    """The nearest earlier body a description "the <head>" stands for (``head`` lower-case): one its own word names
    ("the union": the Port and Dock Workers' Union), else one a word of the same meaning does ("the national
    truckers' federation")."""
    for synonym, heads in ((False, (head,)), (True, _HEAD_SYNONYMS.get(head, ()))):
        for name in reversed(candidates):
            if synonym and not _is_name(name):
                continue  # a word of the same meaning names a body by its name, not "the county environmental office"
            words = name.removeprefix("the ").lower().split()
            # the name's own head: the last word before "of"/"for"/"at"/"in"/"by" ("defence ministry of Varkesh";
            # "investigation by the University of Havenbridge" is no university)
            own = next((i for i, w in enumerate(words) if w in ("of", "for", "at", "in", "by")), len(words))
            if synonym and head in ("paper", "newspaper") and words[:own] == ["journal"] and own < len(words):
                continue  # a learned "Journal of Adolescent Health Research" is no newspaper (its paper is a study)
            if words != [head] and own and any(_same_word(words[own - 1], h) for h in heads):
                return name
            if not synonym and own == 1 and words[0].endswith(head) and len(words[0]) > len(head) + 2:
                return name  # "the bank" after "the collapsed Aurisbank": a one-word name its kind ends
            if synonym and head == "union" and own and words[own - 1] in _MEMBERS_BODIES and _of_workers(words):
                return name  # "the union": the National Teachers' Alliance (but a party's "Civic Alliance" is none)
    if head not in ANY_BODY_HEADS:
        return None
    # the organisation named last (not a place, nor a "Terminal 2")
    named = [n for n in reversed(candidates) if _is_name(n) and n not in places and not any(ch.isdigit() for ch in n)]
    # a business's own name first ("Harwick Airport Group" over "Harwick International Airport"); a company or firm
    # is never a board or ministry
    if head in COMMERCIAL_HEADS:
        # (a group may be one of people: "The Prisoners' Families Association accused guards ... The group said")
        gathering = _PEOPLES_BODIES if head == "group" else frozenset()
        named = [n for n in named if _own_head(n) not in PUBLIC_HEADS or _own_head(n) in gathering]
    return next((n for n in named if _own_head(n) in COMMERCIAL_HEADS | _PEOPLES_BODIES), named[0] if named else None)


def _acts(name: Token) -> bool:
    """Whether the name whose root is ``name`` is its clause's subject or the agent of its passive ("made by
    Castellan Propulsion")."""
    return name.dep_ in ("nsubj", "nsubjpass") or (name.dep_ == "pobj" and name.head.dep_ == "agent")


def _full_business_name(name: str, antecedents: Antecedents) -> str:
    """A business's full name for the one word the article later called it by ("Varenta": "Varenta Pharma"), when
    that is a name of capitalised words only (not a tagger's "Brightline at St Agnes Hospital")."""
    full = antecedents.body_by_first_word(name)
    if full is None or not all(w[:1].isupper() or w == "&" for w in full.removeprefix("the ").split()):
        return name
    return full


# Heads of the names of workers' unions.
_UNION_HEADS = frozenset(["union", *_HEAD_SYNONYMS["union"]])
# Bodies of people joined for a cause or a trade, which "the group" may stand for.
_PEOPLES_BODIES = _UNION_HEADS | {"association", "alliance", "coalition", "network", "charity", "league"}


def _mention_edits(
    span: Span, sent: Span, antecedents: Antecedents, claimers: Sequence[str], attributed: Attribution | None
) -> list[Edit]:
    """Pronouns and definite descriptions in ``span`` replaced by their antecedents, when the article named one and
    the span does not already name it before them."""
    base = span.start_char
    text = span_text(span)
    edits: list[Edit] = []
    introduced = ""  # the names earlier edits wrote in
    resolved: dict[int, str] = {}  # token index -> the name written for it
    quoted = attributed.quoted if attributed is not None else set()
    first = max(sent.start, attributed.body_start) if attributed is not None else sent.start
    for token in span_tokens(span):
        low = token_attrs(token).lower
        before = text[: token.idx - base] + introduced
        replacement: str | None = None
        start = token.idx - base
        end: int | None = None  # the edit's end when it replaces more than the token ("his village")
        speaker = _speaker_of(token, claimers, attributed)
        full = _full_name(token, antecedents, quoted) or _long_body_name(token, antecedents, quoted)
        if full is not None:
            if full in before:
                continue
            replacement = full  # "Renzi said" -> "Paolo Renzi said": the name the article gave in full before
        elif speaker is not None:
            # "She said ...": the speaker attribution resolved ("the nearest compatible named speaker")
            # as the article named the party ("the authority" -> "the Financial Supervision Authority")
            party = (
                antecedents.party(speaker.removeprefix("the "))
                or _reported_subject_resolved(token, resolved)
                or _named_for_word(speaker, antecedents)  # "..., it said" after "..., the company said": Grovemart
            )
            replacement = (
                party
                or _person_of_body(speaker, antecedents)
                # "It found" -> "The inquiry into the collapse of X found"
                or _lead_mention_of(speaker.removeprefix("the "), antecedents)
                or (f"the {speaker}" if f"the {speaker}" in antecedents.bodies else speaker)
            )
            person = antecedents.by_surname(speaker) if low in _GENDER else None
            if person is not None:
                antecedents.genders.setdefault(person, _GENDER[low])  # ("she told supporters" of "Lanis": a woman)
        elif (
            low in _POSSESSIVE_PERSON
            and token.i not in quoted
            and (related := _relation_named(token, sent, antecedents)) is not None
        ):
            replacement = related  # "The mayor of Kerem said his village ..." -> "said Kerem ..."
            end = token.head.idx - base + len(token.head.text)
            resolved[token.head.i] = related  # (what "it" after "his party" stands for: "if it won")
        elif (
            low in _FIRST_PLURAL and token.i in quoted and (own := _speakers_body_in_quote(antecedents, claimers, span))
        ):
            # '"We simply grew too fast," said Dana Holloway, Kinetra's chief executive' -> "[Kinetra] simply grew":
            # the body a speaker's "we" is, in brackets, as a quotation is clarified
            own = own if not own.startswith("The ") else f"the {own[4:]}"  # ("The Maritime Safety Directorate's")
            own = f"the {own}" if f"the {own}" in antecedents.bodies else own  # ("the Bank of Valdonia")
            own = own[0].upper() + own[1:] if start == 0 or text[start].isupper() else own
            replacement = f"[{_possessive(own)}]" if low == "our" else f"[{own}]"
            if low == "we" and (agreeing := _agreeing_verb(token)) is not None:
                # "[Dalmere] will publish what [Dalmere] finds", "[Kinetra] is": one body, in the third person
                edits.append((agreeing.idx - base, agreeing.idx - base + len(agreeing.text), _third_person(agreeing)))
        elif (
            low == "them"
            and token.i not in quoted
            and antecedents.last_counted is not None
            and _part_of_them(token, first)
        ):
            replacement = antecedents.last_counted  # "Three of them were taken to hospital" -> "of the 31 sailors"
        elif (low == "they" and (joined_subject := _subject_of_joined_clause(token)) is not None) or (
            low in ("they", "them") and token.i not in quoted and (joined_subject := _plural_main_subject(token))
        ):
            # "The staff were outnumbered forty to one, and they did what they could" -> "and [the staff] did": the
            # subject of the clause this one is joined to (in brackets in a quotation)
            replacement = _bracketed(joined_subject, capital=False) if token.i in quoted else joined_subject
        elif (low in _PERSON_PRONOUNS and token.tag_ == "PRP") or (low in _POSSESSIVE_PERSON and token.tag_ == "PRP$"):
            if token.i in quoted:
                # a quotation's "her" is the speaker's, not the article's; but "he" in a woman's words (or "she" in
                # a man's) is the one man (woman) the sentence before named
                quoted_person = _quoted_subject_person(token, antecedents, claimers)
                if quoted_person is not None:
                    resolved[token.i] = quoted_person
                    edits.append((start, token.idx - base + len(token.text), quoted_person))
                    introduced += f" {quoted_person}"
                continue
            opening_subject = token.dep_ in ("nsubj", "nsubjpass") or (
                token.tag_ == "PRP$" and token.head.dep_ in ("nsubj", "nsubjpass")
            )
            if token.i == first and opening_subject:
                # "Police ... questioned the plant manager. He has not been charged." / "His lawyer said ...": the
                # one person the sentence before described, when it named none; with two, no one can say which
                unnamed = [p for p, g in antecedents.previous_unnamed if g in ("", _GENDER[low])]
                if any(antecedents.gender_of(p) in ("", _GENDER[low]) for p in antecedents.previous_people):
                    # a person the sentence before named may be the one ("The judge said Lang had lied. She ordered
                    # him ...": only a woman named there would be)
                    unnamed = []
                if len(unnamed) > 1:
                    continue
                if unnamed:
                    # ("The prime minister said ... He named": the one person the article gave that title)
                    described = antecedents.titled(unnamed[0]) or unnamed[0]
                    resolved[token.i] = described
                    written = _possessive(described) if token.tag_ == "PRP$" else described
                    edits.append((start, start + len(token.text), written[0].upper() + written[1:]))
                    introduced += f" {described}"
                    continue
            split_off = _person_of_main_clause(token, span)
            if split_off is not None:
                # "A man was killed when a tree fell on his car" -> "A tree fell on the man's car": the person the
                # clause this claim was split from is about
                resolved[token.i] = split_off
                edits.append(
                    (start, start + len(token.text), _possessive(split_off) if token.tag_ == "PRP$" else split_off)
                )
                introduced += f" {split_off}"
                continue
            client = _lawyers_client(token, resolved, antecedents)
            if client is not None:
                # "Reinholt's lawyer, Pavel Kurz, said ... his client had never" -> "Tomas Reinholt had never": the
                # one the lawyer speaks for, who is what "his client" means
                resolved[token.i] = resolved[token.head.i] = client  # (the claimer "his client" is that person)
                edits.append((start, token.head.idx - base + len(token.head.text), client))
                introduced += f" {client}"
                continue
            client = _client_of_speaker(token, resolved)
            if client is not None:
                # "The officer's lawyer said he would plead not guilty": the one the speaker speaks for
                resolved[token.i] = client
                edits.append((start, start + len(token.text), _possessive(client) if token.tag_ == "PRP$" else client))
                introduced += f" {client}"
                continue
            if _unnamed_person_before(token, first, quoted):
                continue  # "Police arrested a 51-year-old man for burning rubbish on his land": his, whom no name tells
            people = _earlier(antecedents, sent, token, "person", first, quoted)
            # a person the claim names before the pronoun by a name the tagger missed ("Okafor has denied reports
            # that his campaign ...") is nearer than any named in earlier sentences
            surnames = {p.split()[-1]: p for p in antecedents.people}
            # (not one named before a person the claim names after it: "Reinholt's lawyer, Pavel Kurz, said ... his
            # client" is the lawyer's)
            named_after = max(
                (e.start for e in ents_within(sent.doc, max(first, span.start), token.i) if e.label_ == "PERSON"),
                default=-1,
            )
            people += [
                surnames[t.text]
                for t in tokens_of(sent.doc, max(first, span.start), token.i)
                if t.text in surnames
                and t.tag_ == "NNP"
                and t.dep_ != "compound"
                and t.ent_type_ != "PERSON"
                and not (t.i < named_after and surnames[t.text] in people)
            ]
            unnamed_speakers = {i for i, name in resolved.items() if _unnamed_person_named(name, antecedents)}
            if _reported_by_unnamed_person(token, unnamed_speakers):
                continue  # "a former council engineer had said he was instructed": the engineer, whom no name tells
            if _clause_subject_described(token):
                continue  # "told TVK that the driver had been using his phone": the driver's, whom no name tells
            gender = _GENDER.get(low, "")
            own = _clause_subject_name(token, first, antecedents) or _resolved_clause_subject(
                token, resolved, antecedents
            )
            proxied = _reported_by_proxy_of(token, antecedents)
            if proxied == "":
                continue
            own = own or proxied
            if own is not None:
                # "Teodor Lanz said he had ...", "Renata Obi, who swam ... with her brother": the name heading the
                # clause the pronoun hangs in, however the tagger typed it, never a person named earlier
                people = [own]
            # one the article has shown to be of the pronoun's gender before one it has not ("His lawyer, Sofie
            # Karsten, said ... paying him": him is the man "his" was), among the last two it named
            recent = people[-2:] if own is None else people
            known = next((p for p in reversed(recent) if gender and antecedents.gender_of(p) == gender), None)
            person = known or next((p for p in reversed(people) if antecedents.gender_of(p, gender) == gender), None)
            if person and gender and person in antecedents.people:
                antecedents.genders.setdefault(person, gender)  # "His lawyer" after "Lukas Brenner": a man
            if person and (
                person.split()[-1] not in before
                or _opens_joined_clause(token)
                or _opens_reported_clause(token)
                or _names_time_clause_subject(token)
                or _speech_tag_subject(token)
                or _in_statement_of_other(token, antecedents)
                or _reported_of_another(token, person, claimers)
                or _object_of_another_in_report(token)
                or (proxied is not None and person == proxied)
            ):
                replacement = _possessive(person) if token.tag_ == "PRP$" else person
        elif low == "they" and token.i in quoted and (those := _quoted_people(token, first, antecedents)) is not None:
            replacement = those  # '"They have kept turning up," she said' after "The players have not been paid"
        elif (
            low in ("they", "them")
            and antecedents.quoted_group is not None
            and inside_quotation(attributed, token.i)
            and _continues_quotation(token, first, max(first, span.start))
        ):
            # '"Our men returned fire. One of them is in hospital," she said' -> "One of [our men]", in brackets as
            # a quotation is clarified
            replacement = _bracketed(antecedents.quoted_group, capital=token.text[0].isupper())
        elif (
            low == "it"
            and antecedents.quoted_thing is not None
            and inside_quotation(attributed, token.i)
            and _continues_quotation(token, first, max(first, span.start))
            and _quoted_it_refers_back(token, first)
        ):
            # '"The water came under the door at two. By four it was at the windows"' -> "[the water] was"
            replacement = _bracketed(antecedents.quoted_thing, capital=token.text[0].isupper())
        elif (
            low in ("they", "their")
            and (_opens_sentence(token, first) or (low == "they" and _opens_main_clause_bare(token, sent)))
            and antecedents.last_plural
            and token.i not in quoted
        ):
            # "Police unions warned ... Their federation's president" -> "The police unions' federation's president"
            plural = f"the {antecedents.last_plural}"
            named_plural = f"the {antecedents.last_plural_named or antecedents.last_plural}"
            replacement = f"{plural}'" if low == "their" else named_plural
        elif (
            low == "it"
            and token.dep_ in ("dobj", "pobj")
            and antecedents.last_sole_thing is not None
            and not inside_quotation(attributed, token.i)
            and not any(
                _one_thing_word(t) or t.pos_ == "PROPN" or t.tag_ == "PRP" for t in tokens_of(sent.doc, first, token.i)
            )
        ):
            # "The cap applies to ... Landlords who break it" -> "break the cap"
            replacement = antecedents.last_sole_thing
        elif (
            low == "it"
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in TAKING_VERBS
            and not inside_quotation(attributed, token.i)
            and (place := _place_before(token, sent, antecedents)) is not None
        ):
            replacement = place  # "strikes on Tel Anbar since October, when fighters took it" -> "took Tel Anbar"
        elif (
            low == "it"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and _natural(antecedents.event_word)
            and _of_its_outbreak(token)
            and (event := antecedents.event_as_written()) is not None
            and antecedents.event_word not in text[: token.idx - base]
        ):
            replacement = event  # "no one knows what caused it", "the spot where it began": the wildfire near X
        elif (
            low == "it"
            and not inside_quotation(attributed, token.i)
            and (matrix := _matrix_subject_body(token, resolved)) is not None
        ):
            replacement = matrix  # "The trust expects the outbreak to cost it" -> "to cost the trust"
        elif (
            low == "it"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and (acted_on_before := _body_acted_on_before(token, resolved)) is not None
        ):
            replacement = (
                acted_on_before  # "ordered Valcor Mining to reinforce ... and fined it" -> "fined Valcor Mining"
            )
        elif (
            low == "it"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and (acted_on := _thing_the_subject_acts_on(token)) is not None
        ):
            replacement = acted_on  # "The seizure of the base by the CSP has turned it into ..." -> "turned the base"
        elif (
            low == "it"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and (main := _relative_clause_subject(token, sent, antecedents, resolved, first)) is not None
        ):
            replacement = main  # "fined the bank for what it called failures" -> "for what the authority called"
        elif (
            low == "they"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and (
                things := _participle_statement_plural(token, sent)
                or _plural_sayer(token, first)
                or _plural_subject_before(token, first)
            )
        ):
            # "welcomed the figures, saying they proved ..." -> "saying the figures proved"; "price pressures had
            # spread ..., and ... if they did not ease" -> "if price pressures did not ease"
            replacement = things
        elif (
            low == "them"
            and token.dep_ == "dobj"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and (things := _plural_subject_before(token, first)) is not None
        ):
            replacement = things  # "cracks had appeared ... and they had reported them" -> "reported the cracks"
        elif low == "them" and token.i not in quoted and token.dep_ == "pobj" and token.head.lower_ == "of":
            share = token.head.head  # "Most of them now expect ...": the people the sentence before was about
            if share.tag_ == "JJS" and share.lower_ not in ("most", "least", "fewest"):
                continue  # "would be the largest of them": of a kind the sentence's subject names, no counted plural
            counted = _counted_plural(token, sent)  # "300 oiled seabirds ..., a third of them had died"
            if counted is None and share.i == first and share.dep_ == "nsubj" and antecedents.last_plural:
                counted = f"the {antecedents.last_plural_named or antecedents.last_plural}"
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if counted is None or (following is not None and following.tag_ in ("NN", "NNS")):
                continue  # ("killed 600,000 people, most of them children": "them" says who, right there)
            replacement = counted
        elif (
            low == "it"
            and token.i == first
            and token.i not in quoted
            and _refers_back(token)
            and (kind := _ranked_kind(token)) is not None
            and ((referent := antecedents.kind_referent(kind)) is not None or _counted_kind(kind))
        ):
            if referent is not None:
                replacement = referent  # "It is the second recall of ..." -> "The recall of 14 batches of ... is"
            else:
                # "It is the third round of job cuts at X" (no earlier mention says which): "The job cuts are the
                # third round of job cuts at X"
                first_word = min((c.left_edge.i for c in kind.lefts if c.dep_ in ("compound", "amod")), default=kind.i)
                replacement = f"the {text_of(sent.doc, first_word, kind.i + 1)}"
                verb = token.head
                if kind.tag_ == "NNS" and verb.lower_ in ("is", "was") and verb.i == token.i + 1:
                    plural = "are" if verb.lower_ == "is" else "were"
                    edits.append((verb.idx - base, verb.idx - base + len(verb.text), plural))
        elif (
            low == "its"
            and token.i == first
            and token.i not in quoted
            and token.head.lemma_.lower() in _AUTHORS
            and antecedents.last_thing is not None
            and antecedents.last_thing.split()[-1] in DOCUMENT_NOUNS
        ):
            # "A study by X found ... Its authors said" -> "The X study's authors": the document's, not its publisher's
            replacement = _possessive(antecedents.last_thing)
        elif (
            low == "its"
            and token.i not in quoted
            and _opens_the_subject(token, first)
            and (
                antecedents.last_subject_name
                or (antecedents.last_thing is not None and antecedents.last_thing in antecedents.bodies)
                # "Three of its eight carriages overturned" after "The passenger train ... left the tracks": a thing
                # too, where "its" is what a part is of (not "Its shares fell" after "The ruling is a setback")
                or (antecedents.last_thing is not None and token.i != first)
                # "Its report said" after "A survey by Daltry Structural found": the maker's
                or (token.head.lemma_.lower() in DOCUMENT_NOUNS and _document_maker(antecedents.last_thing))
            )
        ):
            # "Ostmark imposed similar limits in 2023. Its fleet shrank ..." -> "Ostmark's fleet"; "The union wants 9
            # percent. Its general secretary ..." -> "the Royal Nursing Union's": what the sentence before was about
            name = antecedents.last_subject_name or antecedents.last_thing or ""
            maker = _document_maker(name)
            if token.head.lemma_.lower() in DOCUMENT_NOUNS and maker:
                name = maker  # "A survey by Daltry Structural found ... Its report said": Daltry Structural's
            replacement = _possessive(f"the {name}" if f"the {name}" in antecedents.bodies else name)
        elif low == "it" and _opens_main_clause(token, sent) and _refers_back(token) and antecedents.last_thing:
            named = antecedents.last_thing in (*antecedents.bodies, *antecedents.people)
            if (antecedents.last_thing_named or named) and _is_copula_with_noun(token) and not _calls_a_body(token):
                continue  # "Kinetra said ... It is the third round of job cuts": a body is no "round"
            ranked = _ranked_kind(token)
            if (
                ranked is not None
                and not _calls_a_body(token)
                and _own_head(antecedents.last_thing) != ranked.lemma_.lower()
            ):
                continue  # "The authority fined X ... It is the largest penalty ...": the fine, not the authority
            replacement = antecedents.last_thing  # "It was followed by 30 aftershocks." after "The quake struck ..."
        elif (
            low == "its"
            and token.i not in quoted
            and (relative := _relative_clause_noun(token)) is not None
            and relative.i >= first
        ):
            # "pressure on the central bank, which has held its main rate": the noun the clause hangs on, as it is
            # named; a bare description ("the central bank") stays "its", never the body named last
            relative_name = _subject_name(relative, resolved, first, antecedents.bodies)
            if relative_name is None or (relative_name.startswith("the ") and relative_name[4:5].islower()):
                continue  # "The central bank, which has kept its main rate": no more than its own description
            replacement = _possessive(relative_name)
        elif (
            low == "its"
            and token.i not in quoted
            and token.head.lemma_.lower() in _PARTS_OF_A_PLACE
            and (place := _place_just_before(token, sent, first)) is not None
        ):
            replacement = _possessive(place)  # "a wind farm off its coast" after "the island of Skarra": Skarra's
        elif (
            low == "its"
            and token.i not in quoted
            and (owner := _tag_speakers_body(token, resolved, first, antecedents)) is not None
        ):
            replacement = _possessive(owner)  # "The authority has closed the well, its director said": the authority's
        elif low in ("its", "their") and token.i not in quoted and _ranks_own_past(token):
            # "The index fell to 91.2, its lowest level since 2020, the office said" -> "the lowest level since
            # 2020": ranked against its own past, which the clause before has named
            edits.append((start, start + len(token.text), "the"))
            continue
        elif (
            low == "it"
            and token.i == span.start
            and token.dep_ in ("nsubj", "nsubjpass")
            and token.head.dep_ == "advcl"
            and not inside_quotation(attributed, token.i)
            and (main_subject := _shared_subject(token.head.head)) is not None
            and main_subject.i < span.start
            and (
                again := _described_again(main_subject)
                or (_subject_name_of(main_subject, sent) if _may_be_it(main_subject) else None)
            )
            is not None
        ):
            # a clause split off its sentence ("A container ship sank ... after it was hit by a storm" -> "It was
            # hit"): the main clause's subject, which the claim no longer holds
            replacement = again
        elif (
            low == "it"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and (main_subject := _subject_before_time_clause(token)) is not None
            and span.start <= main_subject.i
            and _may_be_it(main_subject)
            and not _object_between(main_subject, token)
            # (nor a thing its own phrase names: "The shortfall against the target is the largest since it was
            # introduced" may be the target's introduction)
            and not any(
                c.dep_ == "prep"
                and any(g.dep_ == "pobj" and g.tag_ == "NN" and not g.ent_type_ for g in children_of(c))
                for c in children_of(main_subject)
            )
            # (nor a body named between them: "the shortage was of the authority's own making, after it froze")
            and not any(
                t.ent_type_ == "ORG"
                or (t.lemma_.lower() in BODY_HEADS and any(c.tag_ == "POS" for c in children_of(t)))
                for t in tokens_of(token.doc, main_subject.right_edge.i + 1, token.i)
            )
            and (
                again := resolved.get(main_subject.i)
                or _subject_name_of(main_subject, sent)
                or _described_again(main_subject)
            )
            is not None
        ):
            # "The Marisol Dawn was carrying 212 passengers when it overturned": the time clause is a statement of
            # its own, and names its subject as it would if it were taken out ("the Marisol Dawn overturned")
            replacement = again
        elif (
            low == "it"
            and token.dep_ == "nsubjpass"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and _subject_before_time_clause(token) is not None
            and (done_to := _object_of_main_clause(token, resolved)) is not None
        ):
            # "The association has opposed the Skarra Bank project since it was first proposed": what a passive time
            # clause says was done is done to the thing the main clause acts on, not to its subject
            replacement = done_to
        elif (
            low == "it"
            and token.i not in quoted
            and not inside_quotation(attributed, token.i)
            and (joined := _joined_object(token, sent, resolved)) is not None
        ):
            replacement = joined  # "opposed the higher pension age, while 27 percent supported it"
        elif (
            low == "its"
            and token.head.lemma_.lower() in _BUSINESS_MEASURES
            and (owner := _business_acted_on_before(token, resolved)) is not None
        ):
            if owner in text[: token.idx - base]:
                continue  # "fined Ostreva Pharma 4 percent of its turnover": the claim's own words name whose
            replacement = _possessive(owner)  # "could fine the company up to 4 percent of its annual turnover"
        elif (
            low == "it"
            and token.dep_ == "nsubj"
            and token.head.pos_ == "NOUN"
            and token.head.dep_ in ("ccomp", "xcomp", "oprd")
            and token.head.head.lemma_.lower() in _MAKING_VERBS
            and token.i not in quoted
        ):
            # "The toll makes it the worst industrial accident since 2017": not the toll, which makes it so, but the
            # thing of that kind the article reports ("the explosion at ..."), or left as written
            replacement = antecedents.kind_referent(token.head)
            if replacement is None:
                continue
        elif (low == "its" or (low == "it" and token.dep_ in ("nsubj", "nsubjpass"))) and not inside_quotation(
            attributed, token.i
        ):
            if (
                _before_own_subject(token, sent)
                or _speaker_named_here(token, resolved)
                or _speakers_own(token)
                or _of_accused_thing(token)
            ):
                continue  # "In a statement on its channel, the ministry said"; "The government said its troops"
            if low == "it" and _placeholder(token):
                continue  # "adding that it was too early to say": a placeholder, not a thing
            if low == "its" and _unresolved_it_of_own_clause(token, resolved):
                continue  # "said it would buy back 500 million crowns of its own shares": as "it" stays, so does "its"
            subject = _thing_subject_before(token, sent, antecedents.bodies)
            possessor = (
                next((c for c in children_of(subject) if c.dep_ == "poss"), None) if subject is not None else None
            )
            if low == "its" and possessor is not None and possessor.lower_ == "its" and possessor.i in resolved:
                # "Its full report is available on its website": both the body's, not the report's own website
                edits.append((start, start + len(token.text), resolved[possessor.i]))
                resolved[token.i] = resolved[possessor.i]
                continue
            same = (
                (_owner_of_earlier_its(token, sent, resolved) if low == "its" else None)
                or (_inquiry_of_findings(token, sent, resolved) if low == "its" else None)
                or (_thing_of_relative_clause(token, subject) if low == "it" else None)
                or (_it_of_governing_clause(token, resolved) if low == "it" else None)
                or (_object_before_when(token, sent, resolved) if low == "it" else None)
                or (_sayer_of_governing_clause(token, resolved, first, antecedents) if low == "it" else None)
                or (_reporters_own(token, resolved, first, antecedents) if low == "its" else None)
                or (_body_of_plural_subject(token, sent, resolved, first, antecedents) if low == "it" else None)
                or (_owner_of_telling_thing(token, resolved, first, antecedents) if low == "it" else None)
            )
            if same is not None and token.i not in quoted:
                edits.append((start, start + len(token.text), same))
                resolved[token.i] = same
                continue
            reporter = _subject(token.head.head) if token.head.dep_ == "ccomp" else None
            if (
                subject is None
                and low == "it"
                and reporter is not None
                and _cannot_be_it(reporter)
                and _opens_statement(token, reporter)
                and antecedents.last_thing
                and token.i not in quoted
            ):
                # "The law requires ... Critics say it is modelled on ...": people are no "it"; the thing the sentence
                # before was about
                replacement = antecedents.last_thing
            parallel = (
                _parallel_subject(token, resolved, antecedents.bodies)
                if low == "it"
                else _parallel_subject(token.head, resolved, antecedents.bodies)
                if token.head.dep_ in ("nsubj", "nsubjpass")
                else None
            )  # "its" of a joined clause's subject: "The institute questioned 1,504 adults; its margin of error is"
            # "it"/"its" in what the subject says, with no other thing it could stand for between them
            said_by_subject = subject is not None and _in_statement_of(token, subject)
            in_statement = (
                subject is not None
                and said_by_subject
                and (_speaker_nearest(token, subject) or _second_that_clause(token) or _right_after_saying(token))
            )
            if subject is not None and subject.lower_ == "it" and not said_by_subject and subject.i not in resolved:
                continue  # "It has since doubled its staff": "its" stays with the "it" of its own clause
            if low == "it" and _is_copula_with_noun(token) and not _calls_a_body(token):
                continue  # "The authority said it was the first death from measles since 2011": no body is a death
            clause = _clause_of(token)
            controller = clause.head if clause.dep_ == "xcomp" else clause
            # "its" in the phrase of its subject's own verb, or of a verb joined to it ("had tightened its controls
            # and would publish its accounts")
            own_verb = subject is not None and low == "its" and _verb_of(token).i == subject.head.i
            own_clause = subject is not None and low == "its" and subject.head.i in (clause.i, controller.i)
            if subject is not None and (in_statement or own_clause or own_verb):
                # "The watchdog said it had ...": the claim names what "it" is, and the stand-alone text says it again
                # ("The Independent Office said the Independent Office had ..."), as a reader of the claim alone needs
                subject_name = _subject_name(subject, resolved, first, antecedents.bodies)
                if subject_name in antecedents.people:
                    subject_name = None  # a person the tagger typed otherwise is no "it"
                if (
                    subject_name is None
                    and in_statement
                    and low == "it"
                    and subject.lower_ in BODY_HEADS
                    and _bare_description(subject, sent)
                ):
                    # "The government says it controls ...": what the government says it does, read alone
                    subject_name = f"the {subject.lower_}"
                if subject_name is None and in_statement and low == "it":
                    # "The regional prosecutor's office said it had opened ...": the body as whose it is described
                    # (or the body a person's office is in: "Kestrel Line's chief executive ... denied that it had")
                    subject_name = _body_by_whose(subject) or _speakers_body(token, resolved, antecedents)
                if subject_name is None:
                    continue  # "The government said its troops ...": no more to say than "the government"
                if not in_statement and own_verb and subject_name.startswith("the ") and subject_name[4:5].islower():
                    continue  # "The central bank cut its main rate": its own verb's subject, no more than a description
                if not in_statement and not own_verb and _object_between(subject, token):
                    continue  # "the drought left the reservoir at 18 percent of its capacity": the reservoir's
                replacement = _possessive(subject_name) if low == "its" else subject_name
            elif said_by_subject and low == "it":
                continue  # "said the fire had burned ... since it broke out": the speaker is not the nearest
            elif subject is not None and not (subject.i in resolved or _names(subject)) and parallel is None:
                continue  # (but "The club's revenue rose ..., but it still recorded a loss": the club)
            if subject is not None and subject.i in resolved and token.i not in quoted:
                if own_clause and _MENTION_PREP.search(resolved[subject.i]):
                    continue  # "The inquiry into the collapse of X ... published its report": no phrase's possessive
                # "The movement [resolved] ..., an accusation it denies"
                replacement = _possessive(resolved[subject.i]) if low == "its" else resolved[subject.i]
            body = parallel
            if low == "it" and body is None and replacement is None:
                replacement = _speakers_body(token, resolved, antecedents)
            if (
                low == "it"
                and body is None
                and replacement is None
                # a body says things; what "was published" or "was announced" is a thing said
                and (token.head.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS or token.dep_ == "nsubjpass")
            ):
                if _said_by_shared_thing_subject(token):
                    continue  # "The union called the decision a betrayal and said it would organise protests"
                thing = _main_object(token, sent, resolved) if token.i not in quoted else None
                if thing is None and token.i not in quoted and subject is None and token.head.dep_ == "conj":
                    # "X said crews had pumped water out of the Dolna village school and that it would reopen"
                    thing = _named_thing_before(token, sent, resolved)
                if thing is not None:
                    replacement = thing  # "struck down a 2023 law ..., ruling that it breached" -> "the 2023 law"
                else:
                    continue
            bodies = [
                b for b in _earlier(antecedents, sent, token, "body", first) if b[:1].isupper() or b[:4] == "the "
            ]
            speaking = _speaking_body(token, resolved) if replacement is None else None
            if low == "it" and speaking is not None and not speaking.startswith(_PERSON_SPEAKS):
                speaking = None  # (a body's own "it" is decided above; a person's is the body they speak for)
            if speaking is not None and speaking.startswith(_PERSON_SPEAKS):
                # a person's "its": the body the article said they head or work for, else it stays (also when the
                # speaker is a pronoun the article names nobody for)
                person = speaking.removeprefix(_PERSON_SPEAKS)
                speaking = antecedents.affiliation_before(person, token) if person else None
                if speaking is None:
                    continue
            thing = (
                _named_thing_before(token, sent) or _thing_possessor_before(token, sent, first, resolved)
                if low == "its" and token.i not in quoted
                else None
            )
            nearest = bodies[-1] if bodies and not _other_name_before(token, sent, first, bodies[-1]) else None
            body = body or speaking or thing or nearest
            # the body a joined clause's subject names is written out like one the speaker names ("The operator,
            # Harwick Airport Group, said ..., and it warned" -> "and Harwick Airport Group warned")
            if (
                replacement is None
                and body
                and (body in (speaking, thing, parallel) or body.removeprefix("the ") not in before)
            ):
                replacement = _possessive(body) if low == "its" else body
        elif (
            low in SETTLEMENTS
            and token.dep_ == "compound"
            and token.i > span.start
            and token.doc[token.i - 1].lower_ == "the"
            and (settlement := _settlement_of_kind(antecedents, low)) is not None
        ):
            # "the city centre" -> "the Moka city centre", even where the sentence named Moka before: a body of the
            # city is no part of a name ("in Moka ..., the city health department said")
            replacement = f"the {settlement} {token.text}"
            start = token.doc[token.i - 1].idx - base
        elif (spokesman := _body_word_of_person(token, span)) is not None and token.i not in quoted:
            # "A board spokesman said" -> "A Northern Water Board spokesman said": the body the article named
            body = _description_antecedent(token, sent, antecedents, first)
            if body is None:
                continue
            start = spokesman.idx - base
            if _own_head(body) in (body.split()[-1].lower(), ""):
                name = body.removeprefix("the ")
                replacement = f"{_article(spokesman, name)} {name}"
            else:  # "A ministry official" -> "An official of the interior ministry of Varkesh"
                noun = token.head
                speaks = noun.lemma_.lower() in ("spokesman", "spokeswoman", "spokesperson")  # "a spokesman for"
                replacement = f"{_article(spokesman, noun.text)} {noun.text} {'for' if speaks else 'of'} {body}"
                end = noun.idx - base + len(noun.text)
        elif token.i not in quoted and (titled := _person_by_title(token, span, antecedents)) is not None:
            # "the prime minister should face questions" -> "Prime Minister Daniel Osei should ...": the one person
            # the article gave that title
            start = token.doc[token.left_edge.i].idx - base
            replacement = titled
        elif (
            low == "sides"
            and token.i not in quoted
            and (sides := antecedents.two_sides or antecedents.labour_sides()) is not None
            and token.i > span.start
            and token.doc[token.i - 1].lower_ in ("both", "two")
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token))  # "both sides of the front"
        ):
            # "called on both sides", "given the two sides until Monday" -> "called on Karesh and Dovrania"
            start = token.doc[token.i - 1 if token.doc[token.i - 1].lower_ == "both" else token.i - 2].idx - base
            replacement = sides
        elif (
            low in ("this", "that")
            and token.dep_ == "dobj"
            and token.tag_ == "DT"
            and token.head.lemma_.lower() in _REJECTING_VERBS
            and token.i not in quoted
            and (denied := _what_was_said_before(antecedents)) is not None
        ):
            replacement = denied  # "The union accused X of ... X denied this" -> "X denied that it planned ..."
        elif (
            low in _PAIR_WORDS
            and token.i not in quoted
            and antecedents.pair is not None
            and (opening := _pair_opening(token, span)) is not None
            and antecedents.pair not in before
        ):
            # "the two men were in good health" -> "Henrik Vaal and Tomas Brezny were ..."
            start = opening.idx - base
            replacement = antecedents.pair
        elif (part := _event_part(token, span, before, quoted, antecedents)) is not None:
            start, replacement = part  # "The victims included four children" -> "The victims of the Asha floods"
        elif _bare_description(token, span) and not (
            token.i in quoted and token.doc[token.i - 1].lower_ in ("these", "those")
        ):
            # (a speaker's "these families" points at what they are speaking of, which the article need not name)
            replacement = (
                _speakers_own_body(token, claimers, antecedents, quoted)
                or _speakers_resolved_body(token, resolved, antecedents)
                or _description_antecedent(token, sent, antecedents, first, quoted=token.i in quoted)
            )
            start = token.doc[token.i - 1].idx - base
            if replacement is not None and token.i in quoted:
                # the speaker's "this company", clarified as a quotation is: "[Tovik Steelworks]"
                capital = token.doc[token.i - 1].is_title
                replacement = f"[{replacement[0].upper() + replacement[1:] if capital else replacement}]"
        if replacement is None:
            continue
        replacement = _with_city_named(replacement, antecedents)  # ("the city water company" said before)
        title = antecedents.titles.get(replacement)
        resolved[token.i] = replacement
        if start == 0 or text[start].isupper():
            replacement = replacement[0].upper() + replacement[1:]
        if (
            title
            and token.tag_ != "PRP$"
            and title.lower() not in text.lower()
            and resolved[token.i] not in before
            and token.i not in quoted
            and not (token.i > span.start and token.doc[token.i - 1].dep_ == "compound")
            and not any(c.dep_ in ("appos", "relcl") for c in children_of(token))  # "Dahl, a former surveyor, ..."
        ):
            # "she added" -> "Governor Eliska Varga added", "the minister" -> "Communications Minister Lars Engel"
            replacement = f"{title[0].upper() + title[1:] if start == 0 else title} {replacement}"
        elif (
            (role := antecedents.roles.get(resolved[token.i]))
            and token.tag_ != "PRP$"
            and role.lower() not in text.lower()
            and resolved[token.i] not in before
            and token.i not in quoted
            and not any(c.dep_ in ("appos", "relcl") for c in children_of(token))
            and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS")
        ):
            # "Kovac rejected" -> "Mira Kovac, general secretary of the Drivers' Federation, rejected"
            replacement += _apposition(role, text, token.idx - base + len(token.text))
        following = token.doc[token.i + 1] if token.i + 1 < span.end else None
        if (
            end is None
            and following is not None
            and following.tag_ == "POS"
            and following.lower_ in ("'s", "’s", "'", "’")
            and resolved[token.i] not in antecedents.people  # a person's "Seles's" keeps its "'s"
        ):
            bracketed = replacement.startswith("[") and replacement.endswith("]")  # a quotation's "[Torrin Metals']"
            possessive = f"[{_possessive(replacement[1:-1])}]" if bracketed else _possessive(replacement)
            # "the chain's" -> "Fairway Markets'", not "Fairway Markets's"; "the organisers'" -> "Renewal Front's"
            if not possessive.endswith("'s") or following.lower_ in ("'", "’"):
                replacement, end = possessive, following.idx - base + len(following.text)
        edits.append((start, end if end is not None else token.idx - base + len(token.text), replacement))
        introduced += f" {replacement}"
    antecedents.written.update(resolved)
    return edits


def _title_edits(
    span: Span, antecedents: Antecedents, quoted: set[int], first: int, rewritten: Collection[int]
) -> list[Edit]:
    """A person the claim names without the title the article gave them before gets it back, at the claim's first
    mention of them ("Paolo Renzi said" -> "Health Minister Paolo Renzi said"): who is speaking is part of what a
    reader checks. Not inside quotations, nor where the claim already says who they are (a title, an apposition,
    "who ..."); a name written in for a surname, a pronoun or a description takes its title in ``_mention_edits``."""
    base = span.start_char
    doc = span.doc
    edits: list[Edit] = []
    done: set[str] = set()
    text = span_text(span)
    for kind, name, ent in _entities_in(doc, max(span.start, first), span.end):  # in order
        if kind != "person" or ent.start in quoted:
            continue
        start, root = ent.start, ent.root
        person = next((p for p in antecedents.people if p == name or _surname_of(p, name)), None)
        title = antecedents.titles.get(person or "")
        role = antecedents.roles.get(person or "")
        if person is None or not (title or role) or person in done:
            continue
        done.add(person)
        before = doc[start - 1] if start > span.start else None
        if before is not None and (before.dep_ == "compound" or before.lower_.rstrip(".") in TITLE_NOUNS):
            continue  # "Finance Minister Pavel Orsini", "prosecutor Barbosa"
        if (title or role or "").lower() in text.lower() or any(
            c.dep_ in ("appos", "relcl") for c in children_of(root)
        ):
            continue  # "Ruben Dassel, Ostreva Pharma's country manager, said"; "Radek Simko, who is leading ..."
        at = doc[start].idx - base
        if title and at not in rewritten:  # "Haddad" -> "Omar Haddad" was written in with its title
            edits.append((at, at, f"{title[0].upper()}{title[1:]} " if at == 0 else f"{title} "))
        elif role and at not in rewritten:  # (a name written in for a surname was written with its role)
            # "Mira Kovac told reporters" -> "Mira Kovac, general secretary of the Drivers' Federation, told ..."
            end = root.idx + len(root.text) - base
            edits.append((end, end, _apposition(role, text, end)))
    return edits


def _apposition(role: str, text: str, end: int) -> str:
    """``role`` set off after a name ending at ``end`` of ``text``: closed by a comma unless punctuation or the end
    of the text follows."""
    closed = end >= len(text) or text[end] in ",.;:?!'\"”"
    return f", {role}" if closed else f", {role},"


_FIRST_PLURAL = frozenset(["we", "our", "us"])
# Offices that belong to a company: with no other body named for them, the company the article is about.
_COMPANY_OFFICES = frozenset(
    ["executive", "chairman", "chairwoman", "chair", "founder", "ceo", "managing", "operating"]
)


# What a business has and a public body has not: "its annual turnover" after "fine the company" is the company's.
_BUSINESS_MEASURES = frozenset(["turnover", "revenue", "revenues", "sales", "profit", "profits", "earnings"])


def _business_acted_on_before(its: Token, resolved: dict[int, str]) -> str | None:
    """The object of the verb ``its`` hangs on, as the claim writes it, when that verb's subject is a public body
    ("The authority could fine the company up to 4 percent of its turnover": the company)."""
    verb = its.head
    for _ in range(6):  # "could fine X up to 4 percent of its turnover": up through the amount to the verb
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    doer = verb
    while doer.dep_ == "conj" and _subject(doer) is None:
        doer = doer.head  # "said it had opened an inquiry and could fine ...": the joined verbs' subject
    subject = _subject(doer) if verb.pos_ == "VERB" else None
    if subject is None:
        return None
    word = _own_head(resolved[subject.i]) if subject.i in resolved else subject.lemma_.lower()
    if word not in PUBLIC_HEADS | SOLE_BODY_HEADS:
        return None
    for obj in (c for c in children_of(verb) if c.dep_ in ("dobj", "dative") and c.i < its.i):
        if obj.i in resolved:
            return resolved[obj.i]  # "the company", written out as the company the article named
        name = obj.doc[obj.left_edge.i : obj.i + 1]
        if obj.tag_ == "NNP" and obj.ent_type_ != "PERSON" and all(t.tag_ == "NNP" and t.is_title for t in name):
            return name.text
    return None


def _speakers_body_in_quote(antecedents: Antecedents, claimers: Sequence[str], span: Span) -> str | None:
    """The body the one speaker of a quotation is or works for, as the article named it ("the Drivers' Federation"
    for its general secretary); None for a person the article tied to no body ("We dug with our hands")."""
    if len(claimers) != 1:
        return None
    party = antecedents.party(claimers[0])
    # ('"We got this wrong," chief executive Dorian Korda said': named first where the quotation is)
    named_here = party is None and _named_ahead(span, claimers[0]) is not None
    if party is None and not named_here:
        return None
    if named_here or party in antecedents.people:
        party = party or claimers[0]
        body = antecedents.affiliations.get(party) or _company_of_office(party, antecedents, span)
        if body is not None and (body in antecedents.settlements or body == antecedents.dateline_city):
            # "Port Ardley's chief medical officer": "we" of a town's officer is no body (a name the tagger took for
            # a place may still be a company's: "Corvella chief executive")
            return None
        return body if body is not None and _is_name(body) else None  # not "the ward"
    return party if party in antecedents.bodies and _is_name(party) else None


def _company_of_office(person: str, antecedents: Antecedents, span: Span) -> str | None:
    """The business the article is about, for a person whose title is a company's office and who was tied to no
    body ("chief executive Dana Holloway" in an article about Kinetra)."""
    # (or the title the quotation's own paragraph gives a speaker named there first: "chief executive Dorian Korda")
    here = _named_ahead(span, person)
    written = antecedents.titles.get(person) or (title_before(here, here.sent.start) if here is not None else "")
    title = written.lower().split()
    topic = antecedents.topic
    if not topic or _own_head(topic) in PUBLIC_HEADS:
        # (else the one business the article named: "The Financial Supervision Authority fined Halverton Bank ...
        # chief executive Dorian Korda said")
        if not set(title) & _COMPANY_OFFICES:
            return None
        named = antecedents.named_businesses()
        return named[0] if len(named) == 1 else None
    # (a bank's governor too: "Governor Lena Osterhagen" in an article about the Bank of Valdonia)
    return topic if set(title) & _COMPANY_OFFICES or ("governor" in title and _own_head(topic) == "bank") else None


def _speakers_own_body(
    token: Token, claimers: Sequence[str], antecedents: Antecedents, quoted: Collection[int]
) -> str | None:
    """ "The lottery's new director, Helena Mets, said the organisation had tightened its controls": a bare "the
    organisation/company/group/firm" in what one person says is the body the article said that person works for,
    not the organisation named last."""
    if token.lower_ not in ANY_BODY_HEADS or token.i in quoted or len(claimers) != 1:
        return None
    words = claimers[0].split()
    if len(words) > 1 and words[-1].lower() in lexicon.PERSON_NOUNS:
        # "A Kerra Hydro spokesman ..., saying only that the company had opened ...": the body the claimer names
        named = " ".join(words[:-1])
        own = next((b for b in antecedents.bodies if b.removeprefix("the ") == named), None)
        if own is not None:
            return own
    person = antecedents.party(claimers[0])
    body = antecedents.affiliation_before(claimers[0], token) or (
        _company_of_office(person, antecedents, token.sent) if person in antecedents.people else None
    )  # ("Hale said the firm had not received a ransom demand": his company's, not the security firm it hired)
    if body is not None and (body in antecedents.places or body in antecedents.settlements):
        return None  # "The city's mayor, Frank Hollis, said ... the company's board": a town is no company
    if body is not None and token.lower_ in ("company", "firm") and _own_head(body) in PUBLIC_HEADS:
        return None  # "Lena Osk, who chairs the residents' association, accused the company": no association
    if body is not None and body == f"the {token.lower_}":
        return None  # "Viktor Hollis, the chief executive of the company": the description itself, still to resolve
    return body


def _speakers_resolved_body(token: Token, resolved: dict[int, str], antecedents: Antecedents) -> str | None:
    """ "Its leader [the Green List's], Ida Moen, said the party would ...": the body the claim resolved the
    speaker's "its" to, for a bare "the party" / "the union" in what they say; not one the article called another
    kind of body ("The campaign group Quiet Skies ... Its director said the court had ignored ...")."""
    if token.lower_ not in BODY_HEADS:
        return None
    speaker = _statement_speaker(token)
    if speaker is None or speaker.lemma_.lower() not in lexicon.PERSON_NOUNS:
        return None
    owner = next((c for c in children_of(speaker) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if owner is None or owner.i not in resolved:
        return None
    body = _unpossessed(resolved[owner.i])
    if any(named == body and kind != token.lemma_.lower() for kind, named in antecedents.described.items()):
        return None
    if not _is_name(body) and _own_head(body) != token.lemma_.lower():
        return None  # a body known only by a description of another kind: "the pilots' union" is no company
    return body


# A description and the phrase placing it ("the cargo ship in the Kessan Strait"), which a possessive drops.
_PLACE_AFTER_DESCRIPTION = re.compile(r"^(the (?:[a-z-]+ )*[a-z-]+) (?:in|near|at|on|off|outside) \S.*$")
_NOUN_IN_PLACE = re.compile(r"^(the |a )?([a-z]+(?: [a-z]+){0,2}) (?:in|of) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)$")


def _person_of_body(speaker: str, antecedents: Antecedents) -> str | None:
    """ "spokesman for the movement" -> "the spokesman for the Free Tarsi Movement": an unnamed person of a body,
    with the body as the article named it."""
    match = re.fullmatch(r"(?:an? |the )?(\w+) (for|of|at) (?:the )?(\w+)", speaker)
    if match is None or match.group(1).lower() not in lexicon.PERSON_NOUNS:
        return None
    body = antecedents.party(match.group(3))
    return f"the {match.group(1)} {match.group(2)} {body}" if body is not None else None


def _proper_name(token: Token | None) -> str | None:
    """The capitalised name a noun is, with the capitalised words before it ("Marlo Group", "its smaller rival
    Zesty" -> "Zesty"); None for a common noun, a pronoun, a person or a place."""
    if token is None or token.tag_ not in ("NNP", "NNPS") or token.ent_type_ in ("GPE", "LOC", "DATE", "TIME"):
        return None
    person = entity_of(token) if token.ent_type_ == "PERSON" else None
    if person is not None and not names_a_body(person):
        return None
    first = token.i
    while first > 0 and token.doc[first - 1].tag_ in ("NNP", "NNPS") and token.doc[first - 1].dep_ == "compound":
        first -= 1
    return text_of(token.doc, first, token.i + 1)


def _place_first(name: str) -> str:
    """ "the court in Hagen" -> "the Hagen court", "the chemical plant in Holmstadt" -> "the Holmstadt chemical plant",
    for a possessive ("the Hagen court's"); any other name as it is."""
    in_place = _NOUN_IN_PLACE.match(name)
    return f"the {in_place.group(3)} {in_place.group(2)}" if in_place is not None else name


def _possessive(name: str) -> str:
    """ "Henrik Salo's", "Doctors Without Frontiers'" (a name ending in a plural "s" takes the apostrophe alone);
    "the court in Hagen" -> "the Hagen court's", not "the court in Hagen's"."""
    placed = _place_first(name)
    where = _PLACE_AFTER_DESCRIPTION.match(name) if placed == name else None
    # ("the cargo ship in the Kessan Strait" -> "the cargo ship's", not "...Strait's")
    name = where.group(1) if where is not None else placed
    last = name.split()[-1] if name.split() else name
    plural = len(name.split()) > 1 and last.endswith("s") and not last.endswith("ss")
    return f"{name}'" if plural else f"{name}'s"


def _full_name(token: Token, antecedents: "Antecedents", quoted: set[int]) -> str | None:
    """The full name of a person named before, for a later mention by surname alone ("Renzi"); None when the
    token is no such mention, or two people named before share the surname."""
    if token_attrs(token).tag != "NNP" or token.i in quoted or token.ent_type_ not in ("PERSON", "ORG", "GPE", ""):
        return None
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    preceding = doc[token.i - 1] if token.i > 0 else None
    if (following is not None and following.tag_ in ("NNP", "NNPS")) or (
        preceding is not None and preceding.tag_ in ("NNP", "NNPS")
    ):
        return None  # a word of a longer name ("Radio Lessia", "Marta Volk")
    if following is not None and following.lower_ in ("family", "families", "household"):
        return None  # "the Haddou family" is all of them, no one person
    full = antecedents.by_surname(token.text)
    return full if full is not None and full != token.text else None


def _one_with_surname(surname: str, people: Collection[str]) -> str | None:
    """The one person of ``people`` whose surname ``surname`` is; None for none or two ("Renzi" -> "Paolo Renzi")."""
    matches = {p for p in people if _surname_of(p, surname)}
    return matches.pop() if len(matches) == 1 else None


def _statement_verb(token: Token) -> Token | None:
    """The verb of saying whose reported clause holds ``token``, through clauses joined to that one; None when
    ``token`` is in no such clause."""
    clause = token if token.pos_ in ("VERB", "AUX") else _clause_of(token)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return None
    return clause.head


def _statement_speaker(token: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause holds ``token`` ("Lise Holm said the family had
    ...": "Holm"); None when ``token`` is in no such clause."""
    verb = _statement_verb(token)
    return _subject(verb) if verb is not None else None


_LAWYERS = frozenset(["lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"])


def _lawyers_client(pronoun: Token, resolved: dict[int, str], antecedents: "Antecedents") -> str | None:
    """For "his client"/"her client" in what someone's lawyer says ("Reinholt's lawyer, Pavel Kurz, said ... his
    client had never", "His lawyer ... said his client had declared"), the person whose lawyer they are, by the name
    the article gave them or the claim wrote for "His"."""
    client = pronoun.head
    if pronoun.lower_ not in _POSSESSIVE_PERSON or client.lower_ != "client" or client.i != pronoun.i + 1:
        return None
    saying = _statement_verb(pronoun)
    lawyer = _shared_subject(saying) if saying is not None else None  # (also "... dismissed X and said his client")
    if lawyer is not None and lawyer.tag_ == "NNP":
        # "Hollis said his client ..." after "his lawyer Petar Hollis": whom the lawyer named so speaks for
        full = antecedents.last_person_called(lawyer.text)
        return antecedents.clients.get(full) if full is not None else None
    if lawyer is None or lawyer.lemma_.lower() not in _LAWYERS:
        return None
    owner = next((c for c in children_of(lawyer) if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.i in resolved:
        return _unpossessed(resolved[owner.i])
    if owner.tag_ != "NNP":
        return None
    return antecedents.last_person_called(owner.text)


def _client_of_speaker(pronoun: Token, resolved: dict[int, str]) -> str | None:
    """ "His lawyer [the officer's] said he would plead not guilty, and that he had feared for his life": whom the
    claim resolved the speaker's "his"/"her" to, for "he"/"she" (or "his"/"her" of that subject) in what they say."""
    gender = _GENDER.get(pronoun.lower_)
    if pronoun.tag_ == "PRP$" and pronoun.head.dep_ in ("nsubj", "nsubjpass"):
        pronoun = pronoun.head
    elif pronoun.tag_ == "PRP$":
        # "... that he [the officer] had feared for his life": the "he" its own clause resolved to
        subject = _subject(_clause_of(pronoun))
        if subject is None or subject.i not in resolved or _GENDER.get(subject.lower_) != gender:
            return None
        return _unpossessed(resolved[subject.i])
    elif pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    speaker = _statement_speaker(pronoun.head)
    owner = next((c for c in children_of(speaker) if c.dep_ == "poss"), None) if speaker is not None else None
    if owner is None or owner.i not in resolved or owner.lower_ not in _POSSESSIVE_PERSON:
        return None
    if _GENDER.get(owner.lower_) != gender:
        return None
    return _unpossessed(resolved[owner.i])


def _unpossessed(written: str) -> str:
    """A name as written for a possessive ("Teodor Lanz's", "the officers'") without its possessive ending."""
    return written.removesuffix("'s").removesuffix("’s").rstrip("'’")


def _resolved_clause_subject(pronoun: Token, resolved: dict[int, str], antecedents: "Antecedents") -> str | None:
    """The person the subject of the nearest clause above a pronoun was resolved to in this claim ("the prime
    minister [Daniel Osei] should face questions about what he knew"), when that subject is no pronoun itself."""
    verb = pronoun.head
    for _ in range(6):
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i), None)
        if subject is not None:
            name = resolved.get(subject.i)
            person = next((p for p in antecedents.people if name is not None and name.endswith(p)), None)
            return person if subject.pos_ != "PRON" else None
        if verb.head.i == verb.i or verb.dep_ in ("ccomp", "acl", "relcl", "advcl"):
            return None  # not past a reported or relative clause: its speaker is not its subject
        verb = verb.head
    return None


def _person_by_title(token: Token, span: Span, antecedents: "Antecedents") -> str | None:
    """ "the prime minister", "the health minister": the one person named before with that title, written with it
    ("Prime Minister Daniel Osei")."""
    if token.tag_ != "NN" or token.lower_ not in lexicon.PERSON_NOUNS:
        return None
    lefts = list(token.lefts)
    if len(lefts) < 2 or lefts[0].lower_ != "the" or lefts[0].i < span.start:
        return None
    if any(t.dep_ not in ("compound", "amod") or not t.is_lower for t in lefts[1:]):
        return None
    if any(t.i > token.i for t in token.subtree if t.dep_ in ("prep", "appos")):
        return None
    return antecedents.titled(" ".join(t.lower_ for t in (*lefts[1:], token)))


def _long_body_name(token: Token, antecedents: "Antecedents", quoted: set[int]) -> str | None:
    """ "the Alliance", "the Front": an organisation named before in full ("the People's Alliance", "the Northern
    Front"), by the last word of its name alone; None when no one body, or more than one, ends with it."""
    doc = token.doc
    if token_attrs(token).tag != "NNP" or token.i in quoted or token.i == 0 or doc[token.i - 1].lower_ != "the":
        return None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and (following.tag_ in ("NNP", "NNPS") or (following.ent_iob_ == "I" and token.ent_type_)):
        return None  # "the Front National", "the University of Northmere": a longer name, written in full
    names = {
        name
        for name in (b.removeprefix("the ") for b in antecedents.bodies)
        if len(name.split()) > 1
        and _own_head(name) == token.lower_
        and name[:1].isupper()
        and name.split()[-2] != "and"
    }  # (the name's own head: "the Auren dollar" is no "Bank of Auren"; nor is "the Marlow plant" in "Ostend Vale
    # and Marlow", two names the tagger took for one)
    return names.pop() if len(names) == 1 else None


def _unnamed_person_named(written: str, antecedents: Antecedents) -> bool:
    """Whether the claim wrote a pronoun as a person the article did not name ("the 60-year-old shepherd from
    Orvash", "the spokeswoman")."""
    return written not in antecedents.people and _describes_a_person(written)


def _describes_a_person(written: str) -> bool:
    """A description of one person ("the spokeswoman", "a 45-year-old teacher in Velmar")."""
    return bool(lexicon.AGED.search(written)) or _word_gender(np_head(written).lower()) is not None


def _reported_by_unnamed_person(token: Token, described: Collection[int] = ()) -> bool:
    """ "he"/"she" as the subject of what a person the sentence does not name says ("a former council engineer had
    said he was instructed ..."), or "his"/"her" of that subject: the speaker, so no one named before. So too when
    the speaker is a pronoun the claim wrote as such a person (token indices ``described``: "He said he dug ...",
    after "A 60-year-old shepherd said ...")."""
    pronoun = token.lower_
    if token.lower_ in ("his", "her") and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
        token = token.head  # "A rebel commander said his fighters would respect the truce": the commander's
    elif token.lower_ in ("his", "her") and token.dep_ == "poss":
        # "One woman said she had lost her home": whose the subject "she" is, "her" is
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = _subject(verb)
        same = {"his": "he", "her": "she"}[token.lower_]
        return subject is not None and subject.lower_ == same and _reported_by_unnamed_person(subject, described)
    elif token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if token.head.dep_ != "ccomp":
        return False
    verb = token.head.head
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return False
    speaker = _subject(verb)
    if speaker is None:
        return False
    if speaker.i in described:
        return speaker.lower_ == token.lower_  # "He [the shepherd] said he dug ...": the same "he"
    lemma = speaker.lemma_.lower()
    gender = _word_gender(lemma)  # "One father said his daughter ..."
    if gender is None and lexicon.AGED.search(text_of(speaker.doc, speaker.left_edge.i, speaker.i)):
        gender = ""  # "A 60-year-old shepherd said he had been woken": an age says a person
    return (
        gender is not None
        and speaker.pos_ == "NOUN"
        and speaker.tag_ != "NNS"  # ("Prosecutors say she misread a chart": she is no prosecutor)
        # (a name in a clause about them is someone else: "One woman, whose father lived at the Elmwood home, said")
        and not any(t.ent_type_ == "PERSON" for t in speaker.subtree if not _in_relative_clause_of(t, speaker))
        and not any(c.dep_ == "poss" for c in children_of(speaker))  # "His lawyer said he would sue": the client
        and gender in ("", "female" if pronoun in ("she", "her") else "male")
    )


def _clause_subject_described(pronoun: Token) -> bool:
    """ "his"/"her" or an object "him"/"her" in a clause whose subject is one person a word describes, no name ("the
    driver had been using his phone"), or in a clause joined to one with such a subject ("... and that passengers
    had asked him to slow down"): that person. An object pronoun is never its own clause's subject ("the judge told
    him")."""
    gender = _GENDER.get(pronoun.lower_, "")
    possessive = pronoun.dep_ == "poss"
    if not (possessive or pronoun.dep_ in ("dobj", "pobj", "dative")) or pronoun.lower_ not in ("his", "her", "him"):
        return False
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    own_clause = True
    for _ in range(4):
        subject = _subject(verb)
        if subject is not None and (possessive or not own_clause):
            if subject.tag_ == "NN" and subject.i < pronoun.i:
                said = _word_gender(subject.lemma_.lower())
                return (
                    said in ("", gender)
                    and not any(c.dep_ == "poss" for c in children_of(subject))
                    and not any(t.ent_type_ == "PERSON" for t in subject.subtree)
                )
            if subject.tag_ != "NNS":
                return False  # a name or a pronoun: whom it is, others say
        own_clause = False
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _in_relative_clause_of(token: Token, noun: Token) -> bool:
    """Whether ``token`` is in a relative clause that hangs on ``noun``."""
    while token.i != noun.i and token.head.i != token.i:
        if token.dep_ == "relcl" and token.head.i == noun.i:
            return True
        token = token.head
    return False


def _clause_subject_name(pronoun: Token, first: int, antecedents: "Antecedents") -> str | None:
    """The proper name that is the subject of a clause holding ``pronoun`` ("he"/"his"/"she"/"her"), before it,
    nearest first: "Teodor Lanz said he had learned ..." (through what the speaker says), "Renata Obi, 29, who
    swam ... with her brother" (through a "who" clause), "... when a detective quoted one of his messages" (past a
    subject that is no name), named in full when the article named the person so before, however the tagger typed
    the name. None when no clause above the pronoun has such a subject, or it is a place, a body's name ("Ostreva
    Pharma") or a person of the other gender."""
    gender = _GENDER.get(pronoun.lower_, "")
    chain = [pronoun.head]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    for verb in chain:
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        relative = subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl"
        if relative:
            subject = verb.head  # the name the "who" clause hangs on (whose phrase holds the pronoun)
        if subject is not None and subject.tag_ == "NN" and not relative:
            # "the ship's second engineer, Dario Pelle, filmed the pipe work on his phone": the name in apposition
            subject = next((c for c in children_of(subject) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subject)
        if (
            subject is not None
            and subject.tag_ == "NNP"
            and first <= subject.i < pronoun.i
            and (relative or not subject.left_edge.i <= pronoun.i <= subject.right_edge.i)
        ):
            if subject.ent_type_ in ("GPE", "LOC", "NORP", "FAC"):
                return None
            # the name's own words: the person entity, else the proper nouns before the subject after any title
            # ("Health Minister Lisbet Pellan" -> "Lisbet Pellan"; "Teodor Lanz", "Lanz" tagged ORG)
            start = subject.i
            while (
                start - 1 >= first
                and subject.doc[start - 1].dep_ == "compound"
                and subject.doc[start - 1].tag_ == "NNP"
                and subject.doc[start - 1].lower_.rstrip(".") not in TITLE_NOUNS | _HONORIFICS
            ):
                start -= 1
            name = subject.doc[start : subject.i + 1]
            if not all(t.is_title for t in name) or name[-1].lower_ in _BODY_WORDS | lexicon.ORGANISATION_SUFFIXES:
                return None
            written = clean_name(name.text)
            if written in antecedents.bodies or antecedents.body_by_first_word(written) is not None:
                return None  # "Velora did not respond to ... his remarks": a company ("Velora Systems") is no "he"
            person = next((p for p in reversed(antecedents.people) if p == written or _surname_of(p, written)), written)
            return person if antecedents.gender_of(person, gender) == gender else None
    return None


def _speech_tag_subject(token: Token) -> bool:
    """ "he"/"she" as the subject of a verb of saying ("the dam, he said, was safe"), or "his"/"her" in the subject
    of a speech tag closing the claim ("..., two officials in her office said"): the speaker is named, even when the
    claim named them before."""
    if token.lower_ in ("his", "her") and token.tag_ == "PRP$":
        noun = token.head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head  # "two officials in her office", "a spokesman for his party"
        verb = noun.head
        return (
            noun.dep_ == "nsubj"
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
            and any(c.dep_ == "ccomp" and c.i < noun.i for c in children_of(verb))
        )
    return (
        token.lower_ in ("he", "she")
        and token.dep_ == "nsubj"
        and token.head.pos_ == "VERB"
        and token.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
    )


def _in_statement_of_other(token: Token, antecedents: "Antecedents") -> bool:
    """ "he"/"she" as the subject of what a person of the other gender says ("Mirela Dobre said he would sue"):
    not the speaker, so someone the claim named before is named again."""
    if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return False
    speaker = _subject(verb.head, passive=False)
    if speaker is not None and speaker.ent_type_ != "PERSON":
        # "Lanz's lawyer, Mirela Dobre, said": the name beside a person noun, whatever the tagger called it
        person_noun = speaker.lemma_.lower() in PERSON_NOUNS or speaker.lemma_.lower() in lexicon.PERSON_NOUNS
        appos = [c for c in children_of(speaker) if c.dep_ == "appos" and c.ent_type_]
        speaker = appos[0] if person_noun and appos else None
    if speaker is None or not speaker.ent_type_:
        return False
    ent = entity_of(speaker)
    if ent is None:
        return False
    name = clean_name(ent.text)
    full = next((p for p in reversed(antecedents.people) if p == name or _surname_of(p, name)), name)
    gender = antecedents.genders.get(full) or _gender_of(ent)
    return bool(gender) and gender != _GENDER[token.lower_]


# People named by what they own, use or suffer, which no title of the article gives a name: "the owner" of the
# sentence is the "his" after it, not a person named before.
_PRIVATE_PERSONS = frozenset(
    [
        *("owner", "driver", "motorist", "passenger", "patient", "pensioner", "resident", "tenant", "villager"),
        *("victim", "witness", "survivor", "bystander", "homeowner", "shopkeeper", "farmer", "parent", "neighbour"),
        *("neighbor", "student", "worker", "protester"),
    ]
)


def _unnamed_person_before(pronoun: Token, first: int, quoted: Collection[int]) -> bool:
    """Whether the pronoun's sentence (from token ``first``) brings in one person of its gender before it with "a"
    and names no one ("Police arrested a 51-year-old man ... on his land"); not the subject of the pronoun's own verb
    ("A Sarnet engineer had told her": not herself)."""
    gender = _GENDER.get(pronoun.lower_, "")
    if any(t.ent_type_ == "PERSON" for t in tokens_of(pronoun.doc, first, pronoun.i)):
        return False
    own_subject = _subject(pronoun.head) if pronoun.tag_ == "PRP" else None
    # ("A father who brought his daughter to a clinic said he had delayed her jab": the daughter, a relative of
    # the pronoun's gender)
    relative = any(
        lexicon.KIN_NOUNS.get(t.lemma_.lower()) == gender
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(t))
        and t.i not in quoted
        for t in tokens_of(pronoun.doc, first, pronoun.i)
    )
    clause = _clause_of(pronoun)
    # ("One survivor, a 24-year-old who gave his name only as Moussa": the one the "who" is, whom no name tells)
    unnamed_who = (
        clause.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(clause))
        and clause.head.ent_type_ not in ("PERSON", "ORG", "GPE")
        and clause.head.tag_ not in ("NNP", "NNPS")
    )
    # ("The owner, whose name was not released, denied ..., according to his lawyer": the owner's lawyer)
    private_subject = any(
        t.dep_ == "nsubj"
        and t.lemma_.lower() in _PRIVATE_PERSONS
        and t.left_edge.lower_ == "the"
        and t.head.dep_ == "ROOT"
        and (_word_gender(t.lemma_.lower()) or "") in ("", gender)
        for t in tokens_of(pronoun.doc, first, pronoun.i)
        if t.i not in quoted
    )
    # ("... appears to show the boy struggling while people on a pier filmed him": the boy, of the pronoun's gender)
    gendered = any(
        t.tag_ == "NN"
        and gender
        and _word_gender(t.lemma_.lower()) == gender
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(t))
        and (own_subject is None or t.i != own_subject.i)
        for t in tokens_of(pronoun.doc, first, pronoun.i)
        if t.i not in quoted
    )
    return (
        relative
        or unnamed_who
        or private_subject
        or gendered
        or any(
            (_word_gender(t.lemma_.lower()) or "") in ("", gender)
            and t.left_edge.lower_ in ("a", "an", "another")
            and (own_subject is None or t.i != own_subject.i)
            and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
            for t in _unnamed_person_words(pronoun.doc, first, pronoun.i, quoted)
        )
    )


def _subject_before_time_clause(pronoun: Token) -> Token | None:
    """For a pronoun subject of a time clause ("when it overturned", "after he made offers", "before she was
    pushed"), the subject of the clause the time clause hangs on, when it stands before the pronoun; else None."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < pronoun.i for c in children_of(verb)):
        return None
    subject = _shared_subject(verb.head)
    return subject if subject is not None and subject.i < pronoun.i and subject.pos_ != "PRON" else None


def _object_of_main_clause(pronoun: Token, resolved: dict[int, str]) -> str | None:
    """The object of the clause a time clause hangs on, before ``pronoun``, as the claim wrote it ("the scheme" ->
    "the Skarra Bank project") or with "the", when it is one thing: no person, no plural, no pronoun."""
    main = pronoun.head.head
    obj = next((c for c in children_of(main) if c.dep_ == "dobj" and c.i < pronoun.i), None)
    if obj is None or obj.tag_ != "NN" or _person_word(obj) or obj.ent_type_ == "PERSON":
        return None
    if obj.i in resolved:
        return resolved[obj.i]
    words = obj.doc[obj.left_edge.i : obj.i + 1]
    if words[0].lower_ not in ("the", "a", "an", "its", "their") or any(t.pos_ == "PRON" for t in words[1:]):
        return None
    return f"the {words[1:].text}" if len(words) > 1 else None


def _names_time_clause_subject(pronoun: Token) -> bool:
    """ "he"/"she" as the subject of a time clause with no other person between the clause it hangs on and it
    ("Berg said sellers had cut their prices after he made offers"); not "Cole stabbed the driver after he
    refused", where "he" may be either man."""
    subject = _subject_before_time_clause(pronoun)
    if subject is None:
        return False
    return not any(
        (_person_word(t) and t.tag_ == "NN") or t.ent_type_ == "PERSON"
        for t in tokens_of(pronoun.doc, subject.i + 1, pronoun.i)
        if t.dep_ in ("dobj", "pobj", "dative", "appos", "conj")
    )


# Conjunctions of time (and of concession or cause) that open a clause with a subject of its own ("when it
# overturned", "though she cautioned that ...").
_TIME_MARKS = frozenset(
    ["when", "after", "before", "since", "while", "until", "once", "as", "though", "although", "because"]
)


def _opens_reported_clause(token: Token) -> bool:
    """ "his"/"her" in the subject of what is said ("Seles said his campaign had evidence ...", "denied reports that
    his campaign took donations"): the statement a reader checks, which names whose campaign it is, as "it" there
    is the body ("denied that Arvel Rail's own design changes ...")."""
    subject = token.head
    while subject.dep_ == "poss" and subject.head.i != subject.i:
        subject = subject.head  # "her husband's company"
    if token.tag_ != "PRP$" or subject.dep_ not in ("nsubj", "nsubjpass") or token.i > subject.i:
        return False
    verb = subject.head
    if verb.dep_ == "ccomp":
        return verb.head.pos_ == "VERB" and token_attrs(verb.head).lemma in lexicon.ATTRIBUTION_VERBS
    return verb.dep_ == "acl" and token_attrs(verb.head).lemma in lexicon.STATEMENT_NOUNS


# Who speaks for a person: "Sarandi's office said he ..." is said of Sarandi, by someone else.
_PROXIES = frozenset(["office", "spokesman", "spokeswoman", "spokesperson", "lawyer", "campaign", "aide"])  # lemmas


def _reported_by_proxy_of(pronoun: Token, antecedents: Antecedents) -> str | None:
    """ "Sarandi's office said he respected the court": "he"/"she" in what someone speaking for a person says is
    that person (named by the possessive), not the speaker; "" when the possessive names no one ("The officer's
    lawyer said he would plead not guilty": the officer, whom no name tells); None for any other pronoun."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    subject = _statement_speaker(pronoun)
    if subject is None or subject.lemma_.lower() not in _PROXIES:
        return None
    owner = next((c for c in children_of(subject) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    if not owner.text[:1].isupper():
        return ""
    name = text_of(pronoun.doc, owner.left_edge.i, owner.i + 1)  # ("Karl Vinter's lawyer, Maria Ekdahl, said he")
    return antecedents.by_surname(name) or name


def _reported_of_another(pronoun: Token, person: str, claimers: Sequence[str]) -> bool:
    """ "he"/"she" opening what the speaker says, standing for someone other than the speaker ("Ilona Hrabec,
    whose son Marek ..., said he had started at the mine": Marek): named, as the speaker's own "he" need not be."""
    clause = pronoun.head
    return (
        pronoun.lower_ in ("he", "she")
        and pronoun.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
        and clause.head.tag_ != "VBG"  # ("quoted the officer as saying she had been told": the officer speaks)
        and bool(claimers)
        and not any(c == person or _surname_of(person, c) for c in claimers)
    )


def _object_of_another_in_report(pronoun: Token) -> bool:
    """ "him"/"her" acted on by someone else in what a person reports ("Radan Kosh told the paper that the
    commanders had assured him ...", "Fiona Aldred said an engineer had told her ..."): a new actor stands between
    the name and the pronoun, so the name is written again."""
    clause = pronoun.head
    if pronoun.lower_ not in ("him", "her") or pronoun.tag_ != "PRP" or pronoun.dep_ not in ("dobj", "dative"):
        return False
    subject = _subject(clause)
    if subject is None or subject.pos_ == "PRON" or subject.i > pronoun.i:
        return False
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS


def _opens_joined_clause(token: Token) -> bool:
    """ "his"/"her" in the subject of a clause joined to the one before ("..., but his main challenger refused";
    "...; his supporters credit him"): a new statement, where a reader wants the name again."""
    subject = token.head
    if token.tag_ != "PRP$" or subject.dep_ not in ("nsubj", "nsubjpass") or token.i > subject.i:
        return False
    verb = subject.head
    return verb.dep_ in ("conj", "parataxis") and verb.pos_ in ("VERB", "AUX") and verb.head.i < subject.i


def _description_antecedent(
    token: Token, sent: Span, antecedents: Antecedents, first: int | None, *, quoted: bool = False
) -> str | None:
    """What "the <noun>" stands for: the name an apposition gave that noun ("the charity" -> "Coastwatch"), a body
    named before whose own head word is the noun's ("the institute" -> "the Brennan Institute"), the last mention
    that said which ("the camp" -> "the Kessel migrant camp"), the country named last, or the article's first event
    ("the attack" -> "the drone attack on Orvane")."""
    lemma = token.lemma_.lower()
    low = token.lower_
    if not quoted and antecedents.outlet and antecedents.outlet_itself(f"{token.doc[token.i - 1].lower_} {low}"):
        return antecedents.outlet  # "This newspaper revealed ...": the outlet in its own words
    described = antecedents.described
    # ("the paper" after "the newspaper Harlen Today")
    candidates: list[str | None] = [
        described.get(lemma if token.tag_ != "NNS" else low) or described.get(_ALIASES.get(low, ""))
    ]
    if low in BODY_HEADS:
        places = {*antecedents.places, *antecedents.settlements, *_places_before(token, sent, first)}
        topic = antecedents.topic
        if (
            antecedents.topic_called(low)
            and (topic in antecedents.previous_bodies or all(body == topic for body in antecedents.previous_bodies))
            and (not quoted or low in ("company", "firm"))
        ):
            # "The company expects ..." in an article about Fairway Markets is Fairway Markets, not the research firm
            # an earlier sentence cited; unless the sentence before named another body ("a town that built this
            # company", in a union's words, is the company too)
            candidates.append(topic)
        earlier = _earlier(antecedents, sent, token, "body", first)
        text_before = doc_text(sent.doc)[: sent.end_char] if low in _ARMIES or low in COMMERCIAL_HEADS else ""
        if low in ("army", "military", "navy"):
            # "the army" is a state's: not a group the article called rebel ("the rebel Free Dalmar Army")
            earlier = [b for b in earlier if not _called(b, text_before, _GROUP_ADJECTIVES)]
        if low == "court":
            # "Outside the court" after "has 30 days to appeal to the Supreme Court": the court that ruled
            earlier = [b for b in earlier if b not in antecedents.appeal_courts] or earlier
        pool = earlier
        if low in COMMERCIAL_HEADS:
            # (nor is a paper the article called one "the company": "the business daily Commercial Register")
            pool = [b for b in antecedents.businesses(earlier) if not _called(b, text_before, lexicon.OUTLET_KINDS)]
            just_named = {
                _full_business_name(b, antecedents)
                for b in antecedents.previous_actors
                if b in pool and _own_head(b) not in PUBLIC_HEADS and b not in antecedents.places
            }
            if low in ("company", "firm") and len(just_named) == 1 and not quoted:
                # "The engines are made by Castellan Propulsion, which said ... The company denied": the one business
                # that acted in the sentence before, before the article's own (by its full name: "Varenta" is Varenta
                # Pharma)
                candidates.append(just_named.pop())
        if low == "group" and not pool:
            pool = earlier  # no business named: "the group" is an aid, campaign or armed group ("the agency Haven ...")
        via = _body_for(low, pool, places)
        own_kind = antecedents.kinds.get(lemma, "")
        if via is not None and _own_head(via)[:5] != low[:5] and own_kind.endswith(f" {token.text}") and not quoted:
            # "the health watchdog said ... the regional health authority said ... The watchdog will": the article's
            # own "watchdog", before a body whose name only means one ("authority")
            candidates.append(_with_the(own_kind))
        candidates.append(via)
        if low in _HEAD_SYNONYMS and not quoted:
            # "the regulator" after "The Lindmark data protection authority fined ...": a body the article named by
            # its place and kind only, with no entity for it
            kinds = (antecedents.kinds.get(word, "") for word in _HEAD_SYNONYMS[low])
            candidates.append(next((f"the {k}" for k in kinds if k[:1].isupper() and " " in k), None))
    elif token.tag_ == "NN" and not (quoted and token.doc[token.i - 1].lower_ != "the"):
        # "the movement" -> "the Patriotic Defence Movement": a name whose last word it is (not a speaker's pointing
        # "that water" after the company Ostra Water)
        bodies = _earlier(antecedents, sent, token, "body", first)
        if low in _HEAD_SYNONYMS:  # "the airline" -> "Skyline Air"
            places = {*antecedents.places, *antecedents.settlements, *_places_before(token, sent, first)}
            candidates.append(_body_for(low, [b for b in bodies if _is_name(b)], places))
        # (a capital is a city: "the capital's Old Market" is no "Lysander Capital's", a firm named like many)
        named = [b for b in reversed(bodies) if _own_head(b) == low and low != "capital"]
        candidates.append(next((b for b in named if b[:1].isupper()), None))
        candidates.append(next((b for b in named if b.startswith("the ") and b[4:5].isupper()), None))
    disease = antecedents.disease() if low in DISEASE_NOUNS | DISEASE_KIND_NOUNS else None
    if disease is None and low in DISEASE_KIND_NOUNS:
        # "412 cholera cases ... since the outbreak began", in the article's first sentence: the disease named before
        # it in its own sentence
        disease = next((t.lower_ for t in tokens_of(sent.doc, first or 0, token.i) if _is_disease_name(t.lower_)), None)
    if disease and low in DISEASE_NOUNS:
        candidates.append(disease)  # "the disease could kill" -> "measles could kill"
    elif disease:
        candidates.append(f"the {disease} {token.text}")  # "the outbreak" -> "the norovirus outbreak"
    if lemma in SETTLEMENTS and antecedents.settlements:
        # "the town" -> "Dosk", not the mention "the border town of Dosk" ("the town's roads" -> "Dosk's roads")
        text = doc_text(sent.doc)
        settlement = antecedents.salient_settlement(lemma, text[: sent.start_char], text[sent.start_char : token.idx])
        # "near the port" of a port city is its port, not the whole city: "the port of Arvik"
        candidates.append(f"the port of {settlement}" if settlement and lemma == "port" else settlement)
    elif lemma in ("city", "town") and not quoted:
        # "the city"/"the town" before any settlement is named: one its own sentence named before it ("Residents of
        # Drubno said the town's ..."), else where the story was filed, else the one place named
        candidates.append(_settlement_just_before(token, sent, first, antecedents) or antecedents.city())
    phrase = antecedents.phrases.get(lemma)
    if phrase is not None and token.lower_ not in phrase.lower().split():
        phrase = None  # "the club" is not "the best clubs in Europe"
    phrase = phrase or next(
        (antecedents.phrases[word] for word in DOCUMENT_SYNONYMS.get(lemma, ()) if word in antecedents.phrases), None
    )
    if phrase is None and lemma in _SITE_SYNONYMS and not quoted and (lemma != "work" or low == "works"):
        # (not "the work will take six months": only "the works" is a site)
        # "the plant" after "the Sendra chemical works", "the base" after "the Kessab airbase": one site, named in
        # another of its words
        phrase = next((antecedents.phrases[w] for w in _SITE_SYNONYMS[lemma] if w in antecedents.phrases), None)
    if phrase and lemma == "report" and _answered(token) and antecedents.last_statement and not quoted:
        # "A spokesman denied the report" -> "denied the Marren Herald report that ...": what the paper said
        phrase = f"{phrase} {antecedents.last_statement}"
    candidates.append(_with_the(phrase) if phrase else None)
    if lemma == "vehicle" and token.tag_ == "NN" and not quoted:
        candidates.append(antecedents.lead_vehicle)  # "The vehicle was travelling ..." after "a coach carrying ..."
    vehicle = antecedents.lead_vehicle
    if lemma in _VEHICLES and token.tag_ == "NN" and not quoted and vehicle and " that " in vehicle:
        # "The bus had been travelling at high speed" after "A bus carrying 40 pilgrims plunged into a ravine near
        # Kosta": the bus that did so
        candidates.append(vehicle if vehicle.split(" that ")[0].endswith(f" {token.text}") else None)
    if lemma in _TRIAL_NOUNS and token.tag_ == "NN" and not quoted and len(antecedents.drugs) == 1:
        candidates.append(f"the {antecedents.drugs[0]} {token.text}")  # "The study" -> "The velotinab study"
    if not quoted and lemma == token.text:
        candidates.append(_lead_mention_of(lemma, antecedents))  # "the trial" -> "the trial of 4,800 patients"
    # a speaker's "the mission" is the article's "observer mission", but their "the market" need not be its "home
    # market": a quotation takes the kind of a body only
    kind = _kind_in_sentence(token, sent, first) or (
        antecedents.kinds.get(lemma) if not quoted or low in _BODY_WORDS else None
    )
    if kind is None and not quoted and token.tag_ == "NN":
        # "the blast" after "A gas explosion tore through ...": the kind the article gave the same event, in this word
        same = next((antecedents.kinds[w] for w in _EVENT_SYNONYMS.get(lemma, ()) if w in antecedents.kinds), None)
        kind = f"{same.rsplit(' ', 1)[0]} {token.text}" if same is not None and " " in same else None
    if low in SOLE_BODY_HEADS and lemma not in antecedents.described and not quoted and not any(candidates):
        # "The Competition Board has opened an inquiry into Ostreva Pharma ..., the regulator said": the one body
        # the sentence named before it that is no business (a bank or a drugmaker is no regulator)
        start = sent.start if first is None else first
        named = [
            name
            for kind_of, name, ent in _entities_in(sent.doc, start, sent.end, before=token.i)
            if kind_of == "body" and ent.label_ == "ORG"  # not a place, nor a product the tagger took for one
        ]
        public = {
            name
            for name in (*named, *untyped_bodies(sent, start, (), before=token.i))
            if _own_head(name) not in COMMERCIAL_HEADS
            and not antecedents.is_outlet(name)
            and name.lower() not in BODY_HEADS  # "Council leader Fiona Marsh": a kind of body, not a name
            and not _clause_subject_names(token, name)  # "The Green Party left the coalition": not itself
        }
        if len(public) == 1 and _own_head(next(iter(public))) != low:
            antecedents.described[lemma] = public.pop()
            candidates.append(antecedents.described[lemma])
    if (
        low in SOLE_BODY_HEADS
        and not any(candidates)  # (what it names for the rest of the article: only when nothing else does)
        and len(antecedents.previous_bodies) == 1
        and lemma not in antecedents.described
        and not (kind is not None and kind.split()[-1] == token.text)  # "the energy regulator" named it before
        and not _clause_subject_names(token, antecedents.previous_bodies[0])
        # (a body its own sentence names: "The regulator fined Calder Water" is not Calder Water)
        and antecedents.previous_bodies[0] not in span_text(sent)
        and _own_head(antecedents.previous_bodies[0]) not in COMMERCIAL_HEADS  # a bank is no regulator
        and not antecedents.called_a_business(antecedents.previous_bodies[0])  # nor "the telecoms operator Skyrna"
    ):
        # "... the Independent Office investigates. The watchdog said": and so for the rest of the article
        antecedents.described[lemma] = antecedents.previous_bodies[0]
        candidates.append(antecedents.previous_bodies[0])
    # what the claim said, when the claim is answered right here and says nothing of itself ("rejected the claim")
    answered = not quoted and _answered(token)
    if low in ACCUSATION_NOUNS and antecedents.accuser:
        # "The regulator rejected the accusation" after "The X Association accused the regulator of ..."
        accuser = antecedents.accuser
        determiner = "the " if accuser.startswith("the ") else ""
        content = f" {antecedents.accusation}" if answered and antecedents.accusation else ""
        candidates.append(f"{determiner}{_possessive(accuser.removeprefix('the '))} {token.text}{content}")
    speaker = antecedents.last_speaker
    said = f" {antecedents.last_statement}" if answered and antecedents.last_statement else ""
    if (
        low in ("claim", "claims", "allegation", "allegations")
        and not antecedents.accuser
        and not quoted
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in _REJECTING_VERBS
    ):
        if speaker and not _clause_subject_names(token, speaker):
            # "Parents for Choice said the rise had been exaggerated. The agency rejected the claim": theirs
            determiner = "the " if speaker.startswith("the ") else ""
            candidates.append(f"{determiner}{_possessive(speaker.removeprefix('the '))} {token.text}{said}")
        elif said:
            # "A group of parents claimed that the outbreak had been exaggerated. The directorate rejected the
            # claim": no name to give, but what they claimed
            candidates.append(f"the {token.text}{said}")
    if (
        low in ACCUSATION_NOUNS
        and not antecedents.accuser
        and answered
        and antecedents.accusation
        and antecedents.sentences - antecedents.accused_at <= RECENT_ACCUSATION
    ):
        # "A union accused managers of ignoring warnings. The trust rejected the accusation": no party named, but
        # what it said
        candidates.append(f"the {token.text} {antecedents.accusation}")
    if low in _PROJECT_NOUNS and antecedents.lead_project and not quoted:
        # "spending on the project" after "The Skelmore Line high-speed railway ... will not open before 2031"
        project = antecedents.lead_project
        head = project.split()[-1].lower()
        # ("the Skarra Bank project" is the scheme itself)
        candidates.append(f"the {project}" if head in _PROJECT_NOUNS else f"the {project} {token.text}")
    if (
        low in _FINDINGS
        and antecedents.last_document
        and not quoted
        # (not when the sentence has its own: "had opened its own review and would publish the findings")
        and not any(
            t.lemma_.lower() in DOCUMENT_NOUNS | {"investigation"} for t in tokens_of(sent.doc, sent.start, token.i)
        )
    ):
        # "would study the findings" after "Researchers at the University of Tarrow found ..."
        candidates.append(f"{_possessive(_with_the(antecedents.last_document))} {token.text}")
    speaker = antecedents.last_speaker
    if low in STATEMENT_NOUNS and speaker and not _clause_subject_names(token, speaker):
        # "He said the company had offered ... Mira Kovac rejected that account" -> "Pieter Aalst's account"
        determiner = "the " if speaker.startswith("the ") else ""
        candidates.append(f"{determiner}{_possessive(speaker.removeprefix('the '))} {token.text}{said}")
    elif low in STATEMENT_NOUNS and said:
        # "A port worker told a local paper that the ferry had left late. Reporters could not confirm the account"
        candidates.append(f"the {token.text}{said}")
    if low in _GENDERED_PEOPLE and token.tag_ == "NN" and not quoted and first is not None and token.i == first + 1:
        # "The driver was named by police as Bogdan Sirak, 54. The man had reportedly worked a night shift": the one
        # person of that gender the sentence before named, not whoever that sentence cited
        candidates.append(_the_one_person(_GENDERED_PEOPLE[low], antecedents))
    if low == "family" and not quoted:
        # "Lise Holm said the family had spent two weeks in despair": the speaker's; else "the family" -> "the Osei
        # family", of the person named most often
        candidates.append(_speakers_family(token) or antecedents.family())
    if low in _TROOP_WORDS and not quoted:
        # "The forces met little resistance" after "Troops from the Sarenne army entered ...": that army's
        bodies = _earlier(antecedents, sent, token, "body", first)
        army = next((b for b in reversed(bodies) if _own_head(b) in _ARMIES), None) or next(
            (f"the {antecedents.kinds[word]}" for word in _ARMIES if word in antecedents.kinds), None
        )  # (or an army named only by its kind: "the Sarenne army")
        candidates.append(f"{_possessive(army)} {token.text}" if army is not None else None)
    if low in _INSURGENT_WORDS and not quoted:
        # "the rebels" -> "the Northern Liberation Front rebels": the one armed group the article named
        groups = {b for b in _earlier(antecedents, sent, token, "body", first) if _is_name(b) and _armed_group(b)}
        if len(groups) == 1:
            (group,) = groups
            candidates.append(f"the {group.removeprefix('the ')} {token.text}")
    if lemma == "country":
        # ("Parliament in Oskaria voted ..., making the country one of the strictest": the one its sentence named)
        candidates.append(
            antecedents.country()
            or _place_named_before(token, sent, first, antecedents)
            # ("The Caldrian housing ministry ... in the country", the article naming Caldria later)
            or _state_named_for(_people_of(token, sent, antecedents), doc=token.doc)
            # ("Norvane Energy, the country's second-largest supplier, ...", the article naming "Lestria's energy
            # regulator" later)
            or (_one_state_owner(token.doc) if not antecedents.places else None)
        )
    if token.text in ("government", "authorities"):
        # (the one its sentence's minister serves first: "Aldrian Economy Minister Lars Odegaard said the government")
        country = (
            _state_adjective_before(token, sent)
            or antecedents.country()
            or _place_named_before(token, sent, first, antecedents)
        )
        if country:
            candidates.append(f"the {country} {token.text}")  # "the government" -> "the Sarenne government"
        elif len(antecedents.state_adjectives) == 1:
            (people,) = antecedents.state_adjectives
            candidates.append(f"the {people} {token.text}")  # after "the Estravian parliament passed ..."
    if lemma in ("region", "area") and antecedents.regions:
        region = antecedents.regions[-1]
        head = region.split()[-1].lower()
        # not when the sentence names that region before: "The highlands sit on ... fault lines in the region"
        if not any(t.lower_ == head for t in tokens_of(sent.doc, sent.start, token.i)):
            candidates.append(region)
    elif low == "area" and antecedents.settlements and not quoted and not any(c.dep_ == "prep" for c in token.rights):
        # "15,000 people had fled the area" after "captured the town of Garo": the area around that town
        text = doc_text(sent.doc)
        settlement = antecedents.salient_settlement("town", text[: sent.start_char], text[sent.start_char : token.idx])
        candidates.append(f"the {settlement} area" if settlement else None)
    if lemma in EVENT_HEADS:
        candidates.append(antecedents.event_phrase(token))
    actor = antecedents.topic or antecedents.lead_speaker
    by_whom = any(c.dep_ == "prep" and c.lower_ == "by" for c in token.rights)  # "the decision by the board"
    if lemma in DECISION_NOUNS and actor and not quoted and not by_whom and not _clause_subject_names(token, actor):
        # "Energy Minister Karl Fenwick called the decision 'overdue'" after "..., the energy regulator announced":
        # the act the article's lead reports, as its body's
        # ("the Bank of Auren's decision"; not "the Brennick's city council's")
        opens_possessive = actor.split()[0].endswith(("'s", "'"))
        the = "the " if not actor.startswith("the ") and _own_head(actor) in BODY_HEADS and not opens_possessive else ""
        candidates.append(f"{the}{_possessive(actor)} {token.text}")
    # the article's topic is a guess a speaker's own words do not need ("selling the soul of the club")
    if low in TOPIC_HEADS and antecedents.topic and not quoted and _own_head(antecedents.topic) not in PUBLIC_HEADS:
        # "the club" -> "Harbour City FC": what the article is about, unless that is a board or ministry, no company
        candidates.append(antecedents.topic)
    if low in TOPIC_HEADS and low not in BODY_HEADS and not quoted:
        # "the airline" after "operated by Aerolinea Norte": the business the article last called by another
        # business word, when no name says airline
        candidates.append(antecedents.business())
    if low in ORGAN_NOUNS and antecedents.topic and not quoted:
        candidates.append(f"the {antecedents.topic.removeprefix('the ')} {token.text}")  # "the Harbour City FC board"
    if kind is None and low == "team" and not quoted and antecedents.last_document:
        kind = "research team"  # "The team, led by Dr. Amara Osei," in a story about a study
    if kind is not None and _person_word(token):
        kind = None  # "the teachers' union" is no "head teachers'" union: people are no kind of thing
    if kind is not None and kind.split()[-1] == token.text:  # same number: "the strikes" is not "the strike"
        settlement = _settlement_of_kind(antecedents, kind.split()[0].lower()) if " " in kind else None
        if settlement is not None and kind.split()[0].lower() in SETTLEMENTS and not quoted:
            kind = f"{settlement} {kind.lower()}"  # "the council" -> "the Tarrow city council", not "the city council"
        candidates.append(_with_the(kind[0].lower() + kind[1:] if not kind.split()[0][:1].isupper() else kind))
    if not quoted and (fuller := antecedents.fuller.get(low)) is not None and fuller.lower() != low:
        # the last of its mentions that said which, when nothing above names it: "The cut was removed from the bill"
        # -> "The planned cut to diesel subsidies for farmers was removed ..."
        candidates.append(_with_the(fuller))
    elif not quoted and token.tag_ == "NN":
        # or of the same thing in another word: "agreed to a 60-day ceasefire ... Under the deal" -> "the 60-day
        # ceasefire"
        synonyms = (antecedents.fuller.get(word) for word in _EVENT_SYNONYMS.get(lemma, ()))
        candidates.append(next((_with_the(f) for f in synonyms if f is not None), None))
    if not quoted and token.tag_ == "NN":
        # "Unions said the closure would devastate the town" after "Halden Motors will close its Stellburg plant"
        candidates.append(antecedents.lead_acts.get(lemma))
    mishap = antecedents.lead_mishap
    if mishap is not None and not quoted and mishap.split()[1] in (lemma, *_EVENT_SYNONYMS.get(lemma, ())):
        candidates.append(mishap)  # "the blast" after "A Vela-3 rocket exploded ...": "the explosion of the ..."
    if lemma in _MEASURE_CHANGES and antecedents.lead_measure is not None and not quoted:
        # "voted for the rise" after "raised its main interest rate to 5.5 percent": "the rise in the bank's main
        # interest rate to 5.5 percent"
        candidates.append(antecedents.lead_measure.change(token))
    if low in SETTLEMENTS:
        # "the Northgate city" (a mention in "Northgate city council") is Northgate
        candidates = [_SETTLEMENT_BY_KIND.sub(r"\1", c) if c and c.endswith(f" {low}") else c for c in candidates]
    # a description is replaced even when the claim named its antecedent before ("The Southern Trade Union bloc's
    # commissioner said ... sold in the bloc"): unlike a pronoun, "the bloc" does not point back within the claim
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.tag_ == "POS":
        # "the hospital's unit": a name, or a phrase ending in its noun; not "the hospital in Tel Anbar's unit"
        cut = [_place_first(_before_phrase(c, token.text)) for c in candidates if c]
        candidates = [c for c in cut if _is_name(c) or c.endswith(token.text)]
    # who the sentence cites is no thing it reports on ("According to Reuters, the firm paid ...": not Reuters)
    cited_names = _cited_in(sent)
    cited = {clean_name(e.text) for e in cited_names}
    if low in _ALIASES and not quoted:
        # "According to the Harwick Ledger, a memo seen by the newspaper": the one paper the sentence cites is it
        # (not "according to the paper's editor, Piotr Vasil": a person cited, whose paper it is)
        if len(cited) == 1 and cited_names[0].label_ != "PERSON":
            paper = cited_names[0].text
            candidates.append(_with_the(clean_name(paper)) if paper.lower().startswith("the ") else clean_name(paper))
        cited = set()
    return next(
        (
            c
            for c in candidates
            if c
            and c.removeprefix("the ") not in cited
            and not _acted_on_by_itself(token, c)
            and not _of_person_named_before(token, c, first)
        ),
        None,
    )


def _of_person_named_before(token: Token, phrase: str, first: int | None) -> bool:
    """Whether ``phrase`` is a thing of a person ("the trial of Viktor Hale") whom the claim named before ``token``
    ("Viktor Hale, who denied the charges throughout the trial"): the reader knows whose it is."""
    owner = phrase.partition(" of ")[2].split()
    if len(owner) < 2 or first is None or not all(w[:1].isupper() for w in owner):
        return False
    return any(t.text == owner[-1] for t in tokens_of(token.doc, first, token.i))


def _acted_on_by_itself(token: Token, name: str) -> bool:
    """Whether ``name`` is the subject of the clause whose object ``token`` is ("Environmental group Clear Rivers
    accused the company of ...": the company is not Clear Rivers, which would be "itself")."""
    if token.dep_ not in ("dobj", "dative"):
        return False
    verb = _clause_of(token)
    subject = _subject(verb)
    if subject is None and verb.dep_ in ("xcomp", "advcl") and any(c.tag_ == "TO" for c in children_of(verb)):
        subject = _subject(verb.head)  # "The Farmers' League threatened to quit the coalition": the league quits it
    if subject is None or subject.i > token.i or subject.pos_ == "PRON":
        return False
    return name.removeprefix("the ") in text_of(token.doc, subject.left_edge.i, subject.right_edge.i + 1)


def _cited_in(sent: Span) -> list[Span]:
    """The names a sentence gives as the source of "according to"."""
    return [
        ent
        for token in sent
        for obj in according_to(token)
        for ent in ents_within(sent.doc, obj.left_edge.i, obj.right_edge.i + 1)
    ]


# A settlement written as its name and its kind ("the Northgate city"): the name alone says it.
_SETTLEMENT_BY_KIND = re.compile(r"^(?:the )?((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*)*) [a-z]+$")
_PHRASE_AFTER_NOUN = re.compile(r" (?:near|in|at|on|of|from|outside|off) ")


def _cannot_be_it(subject: Token) -> bool:
    """A speaker "it" cannot stand for: people, or several of anything ("Critics", "the minister"); not a name,
    which the tagger may type a person when it is a body ("Aerolinea Norte said it had ...")."""
    return not subject.ent_type_ and (subject.tag_ == "NNS" or subject.lemma_.lower() in PERSON_NOUNS)


def _opens_statement(it: Token, subject: Token) -> bool:
    """Whether "it" is the subject of the clause its speaker's verb reports ("Critics say it is ...")."""
    return it.dep_ in ("nsubj", "nsubjpass") and it.head.dep_ == "ccomp" and it.head.head.i == subject.head.i


def _before_phrase(candidate: str, noun: str) -> str:
    """A mention cut before the phrase that follows its noun, for a possessive, when what is left still names it:
    "the Dornick coal mine near Kestrava" -> "the Dornick coal mine" ("the mine's owner" is not "the ... near
    Kestrava's owner")."""
    cut = _PHRASE_AFTER_NOUN.search(candidate)
    if cut is not None and candidate[: cut.start()].endswith(noun) and _is_name(candidate[: cut.start()]):
        return candidate[: cut.start()]
    made = _MADE_BY.match(candidate)
    if made is not None and made.group(1) == noun:
        # "the report by the Water Institute's findings" -> "the Water Institute report's findings", "the mayor of
        # Breska's part" -> "the Breska mayor's part"
        return f"the {made.group(2)} {noun}"
    return candidate


# A noun named by its maker or its place after "by" or "of": "the report by the National Water Institute", "the mayor
# of Breska".
_MADE_BY = re.compile(r"^(?:the )?(\w+) (?:by|of) (?:the )?((?:[A-Z][\w'&-]*)(?: (?:[A-Z][\w'&-]*|of|for|and))*)$")


# Adjectives that say which kind of election or vote a noun is ("a presidential election" ... "the election").
_CLASSIFYING_ADJECTIVES = frozenset(
    ["presidential", "parliamentary", "legislative", "mayoral", "municipal", "gubernatorial", "general", "snap"]
)
# Words news uses for one event in turn ("a gas explosion" ... "the blast").
_EVENT_SYNONYMS = {
    "blast": ("explosion",),
    "explosion": ("blast",),
    "blaze": ("fire", "wildfire"),
    "quake": ("earthquake",),
    "earthquake": ("quake",),
    "collision": ("crash",),
    "crash": ("collision",),
    # and of what two sides agree to ("agreed to a 60-day ceasefire ... Under the deal")
    "truce": ("ceasefire",),
    "ceasefire": ("truce",),
    "deal": ("agreement", "ceasefire", "truce", "accord"),
    "agreement": ("deal", "accord"),
    "accord": ("agreement", "deal"),
}


def _kind_in_sentence(token: Token, sent: Span, first: int | None) -> str | None:
    """ "Cases reported to the regional health agency have risen, the agency said": the kind the sentence gave the
    noun before (its compound and adjective words), for "the agency" -> "the regional health agency"."""
    lemma = token.lemma_.lower()
    for noun in tokens_of(sent.doc, sent.start if first is None else first, token.i):
        if noun.lemma_.lower() != lemma or noun.text != token.text:
            continue
        lefts = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
        before = sent.doc[noun.i - 1] if noun.i > sent.start else None
        if not lefts and noun.dep_ == "compound" and before is not None and before.head.i == noun.head.i:
            lefts = [before] if before.dep_ == "compound" and before.tag_ == "NNP" else []  # "Halden city council"
        if lefts and all(t.is_alpha for t in tokens_of(sent.doc, min(c.left_edge.i for c in lefts), noun.i + 1)):
            return text_of(sent.doc, min(c.left_edge.i for c in lefts), noun.i + 1)
    return None


def _clause_subject_names(token: Token, name: str) -> bool:
    """Whether the subject of the clause ``token`` is an object in names ``name`` ("The X Association accused the
    regulator of ...": the regulator is not the X Association, which would be "itself")."""
    subject = _subject(_clause_of(token))
    if subject is None or subject.i > token.i:
        return False
    words = text_of(token.doc, subject.left_edge.i, subject.right_edge.i + 1)
    # the name in full, or a person by surname ("Kovac rejected that account" after Mira Kovac spoke), or one who
    # speaks for them ("His lawyer dismissed the allegations", "Hagstrom's lawyer"): not their own claim
    return (
        name.removeprefix("the ") in words
        or subject.pos_ == "PRON"
        or _surname_of(name, words)
        or any(c.dep_ == "poss" and (c.tag_ == "PRP$" or _one_name_of(name, c.text)) for c in children_of(subject))
    )


def _speaker_of(token: Token, claimers: Sequence[str], attributed: Attribution | None) -> str | None:
    """The claimer a pronoun subject of the sentence's attribution verb stands for ("She said ..." -> the speaker
    attribution resolved), written as a name or with "the" ("the regional health directorate")."""
    if attributed is None or not claimers or attributed.in_quotation:
        return None  # (a sentence wholly inside a quotation: its "he" is the speaker's, not the speaker)
    # (an "it" attribution read as the body its own sentence is about has no open pronoun: "The watchdog has fined
    # Quanta ..., it said"; so too a closing "it said" after another cue the attribution went by: "The company
    # expects profit of ..., it said")
    closing_tag = token.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS and _closes_its_sentence(token.head)
    it_named_here = (
        not attributed.pronoun
        and token.lower_ == "it"
        and (token.head == attributed.verb or closing_tag)
        and body_it_reports(token) is not None
    )
    if (token.lower_ != attributed.pronoun and not it_named_here) or token.dep_ != "nsubj":
        return None
    verb = token.head if it_named_here else attributed.verb
    if verb is None and token.head.dep_ == "parataxis" and token.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
        verb = token.head  # a speech tag set off by commas ("In one case, it said, a dealer ..."): a parataxis
    elif (
        verb is None
        and len(claimers) == 1
        and (token.head.dep_ == "ROOT" or token.lower_ != "it")
        and token.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
        and _closes_its_sentence(token.head)
    ):
        # a closing speech tag whose pronoun is the one speaker the article resolved ("..., it said."; '..., we are
        # hoping," she said.', whatever the parser hung "said" on; "..., it said in a statement.")
        verb = token.head
    elif (
        verb is None
        and len(claimers) == 1
        and token.i == max(token.sent.start, attributed.body_start)
        and token.head.dep_ == "ROOT"
        and token.head.lemma_.lower() in lexicon.CLAIMER_VERBS - lexicon.ATTRIBUTION_VERBS
        and any(c.dep_ == "ccomp" for c in children_of(token.head))
    ):
        # "It found that corrosion ...": the one speaker the article resolved, by a finding verb (an "It said" the
        # article's own resolution of "it" decides)
        verb = token.head
    if verb is None or token.head.i != verb.i:
        return None
    speaker = claimers[0]
    if speaker.lower() in lexicon.PRONOUNS:
        return None
    if token.lower_ in ("he", "she") and speaker[:1].islower() and not _describes_a_person(speaker):
        return None  # "He said the recount had confirmed ...": a recount is no "he", whatever it confirmed
    if speaker in text_of(token.doc, token.i + 1, token.sent.end):
        return None  # "He said a survey by the Chamber of Industry found ...": a source named after him is not him
    return _speaker_in_sentence(speaker)


def _closes_its_sentence(verb: Token) -> bool:
    """Whether nothing but punctuation and the verb's own phrases of where, when and to whom ("in a statement", "on
    Tuesday", "reporters") follows ``verb`` in its sentence."""
    phrases = {t.i for c in children_of(verb) if c.i > verb.i and c.dep_ in _TAG_PHRASES for t in c.subtree}
    return all(t.is_punct or t.is_space or t.i in phrases for t in tokens_of(verb.doc, verb.i + 1, verb.sent.end))


# What a speech tag may say after its verb: "in a statement", "on Tuesday", "(told) reporters".
_TAG_PHRASES = frozenset(["prep", "npadvmod", "dobj", "dative", "advmod"])


def _speaker_in_sentence(speaker: str) -> str:
    """A claimer as a sentence names them after its first word: a name as it is, a description with its own
    determiner in lower case ("One father" -> "one father said"), else with "the" ("the 34-year-old mother")."""
    if speaker.split()[0].lower() in _SPEAKER_OPENERS:
        return speaker[0].lower() + speaker[1:]
    return speaker if speaker[:1].isupper() else f"the {speaker}"


def _reported_subject_resolved(it: Token, resolved: dict[int, str]) -> str | None:
    """ "The commission [the electoral commission] is due to publish ..., it said": the name the claim wrote for the
    subject of what "it" reports."""
    subject = body_it_reports(it) if it.lower_ == "it" else None
    name = resolved.get(subject.i) if subject is not None else None
    return name[0].lower() + name[1:] if name is not None and name.startswith("The ") else name


def _main_object(it: Token, sent: Span, resolved: Mapping[int, str] | None = None) -> str | None:
    """ "it" as the subject of a clause under the main verb, whose object (one thing, before it, not a person) it
    stands for: "The court struck down a 2023 law ..., ruling that it breached ..." -> "the 2023 law"; as the claim
    wrote the object out, if it did ("measured the quake [the earthquake in X] ... said it hit")."""
    root = sent.root
    clause = it.head
    if it.dep_ != "nsubj" or clause.i == root.i or clause.dep_ not in ("ccomp", "advcl", "conj"):
        return None
    # "will run a deficit ..., more than it promised": a comparison's "it" is the doer's, not the object's
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in children_of(clause)):
        return None
    while clause.head.i != root.i:
        if clause.head.i == clause.i or clause.dep_ not in ("ccomp", "advcl", "conj", "xcomp"):
            return None
        clause = clause.head
    return _object_phrase(next((c for c in children_of(root) if c.dep_ == "dobj"), None), it, sent, resolved)


def _joined_object(it: Token, sent: Span, resolved: Mapping[int, str]) -> str | None:
    """ "it" as the object of a clause joined to one with an object of its own: "61 percent opposed the higher
    pension age, while 27 percent supported it", "The council approved the budget, but the mayor vetoed it"."""
    clause = it.head
    if it.dep_ != "dobj" or clause.dep_ not in ("advcl", "conj") or clause.head.i == clause.i:
        return None
    joined = clause.head
    if not any(c.dep_ == "nsubj" for c in children_of(clause)) or joined.pos_ not in ("VERB", "AUX"):
        return None
    return _object_phrase(next((c for c in children_of(joined) if c.dep_ == "dobj"), None), it, sent, resolved)


def _object_before_when(it: Token, sent: Span, resolved: Mapping[int, str]) -> str | None:
    """ "Aldmark last raised the pension age in 2009, when it went from 63 to 65": "it" opening a clause of the
    time the main verb names is what that verb acted on."""
    clause = it.head
    if it.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.head.ent_type_ != "DATE":
        return None
    if not any(c.lower_ == "when" for c in children_of(clause)):
        return None
    verb = clause.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return _object_phrase(next((c for c in children_of(verb) if c.dep_ == "dobj"), None), it, sent, resolved)


def _object_phrase(obj: Token | None, it: Token, sent: Span, resolved: Mapping[int, str] | None) -> str | None:
    """A verb's object before "it" as "it" would be written out: one thing, not a person nor a name ("the 2023
    law"), or as the claim wrote it out."""
    if obj is None or obj.i > it.i or obj.tag_ != "NN" or obj.ent_type_ or obj.lemma_.lower() in PERSON_NOUNS:
        return None
    if resolved and obj.i in resolved:
        return resolved[obj.i]
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(obj)):
        return None  # "had no previous experience ... when it won": what is not there is nothing "it" stands for
    mods = [c for c in obj.lefts if c.dep_ in ("compound", "amod", "nummod", "nmod")]
    first = min((c.left_edge.i for c in mods), default=obj.i)
    return f"the {text_of(sent.doc, first, obj.i + 1)}"


def _relative_clause_noun(its: Token) -> Token | None:
    """The one thing the clause holding ``its`` is about, when its subject is not written out: "which"/"that" of a
    relative clause ("the central bank, which has held its main rate" -> "bank"), or the object of an accusing verb
    that a gerund after "of" tells the act of ("accused the government of ignoring its own advisers" ->
    "government"); not a person, not a plural."""
    clause = _clause_of(its)
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "which has refused to cut its rate"
    if clause.dep_ == "relcl":
        subject = _subject(clause)
        if subject is None or subject.lower_ not in ("which", "that"):
            return None
        noun = clause.head
    elif clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.lower_ == "of" and _subject(clause) is None:
        verb = clause.head.head
        if verb.lemma_.lower() not in ACCUSING_VERBS:
            return None
        accused = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if accused is None:
            return None
        noun = accused
    else:
        return None
    if noun.tag_ not in ("NN", "NNP") or noun.lemma_.lower() in PERSON_NOUNS or noun.ent_type_ == "PERSON":
        return None
    return noun


def _verb_of(token: Token) -> Token:
    """The verb whose own phrase holds the possessive ``token``: its noun is the verb's object or complement (or
    set beside one), or in a preposition of the verb ("cut its main rate", "at its next meeting"), through
    infinitives of the verb ("refused to improve its offer" -> "refused") and verbs joined to it; else the noun."""
    noun = token.head
    while noun.dep_ == "appos":
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.dep_ == "prep" and verb.pos_ == "VERB":
            verb = verb.head  # "reported ..., according to its accounts": the verb the phrase hangs on
    if not _is_clause_verb(verb):
        return noun
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # through verbs joined to it, which share its subject ("tightened ... and would publish")
    return verb


def _clause_of(token: Token) -> Token:
    """The verb of the clause ``token`` belongs to (or the root of its tree)."""
    verb = token.head
    while not _is_clause_verb(verb) and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _is_clause_verb(token: Token) -> bool:
    """A verb heading a clause; not a participle the parser made a preposition ("according to its accounts",
    "including its chief executive")."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ != "prep"


def _unresolved_it_of_own_clause(its: Token, resolved: dict[int, str]) -> bool:
    """Whether the subject of the clause "its" is in (or of the verb it is joined to) is an "it" before it that the
    claim left as it is."""
    clause = _clause_of(its)
    own = _subject(clause)
    while own is None and clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
        own = _subject(clause)
    return own is not None and own.lower_ == "it" and own.i < its.i and own.i not in resolved


def _thing_subject_before(token: Token, sent: Span, bodies: Collection[str] = ()) -> Token | None:
    """The subject of the sentence's main verb, before ``token``, when it is one thing and not a person or a
    pronoun ("The movement has been accused ..., an accusation it denies")."""
    clause = _clause_of(token)
    own = _subject(clause)  # "the Tessa river burst its banks": the clause's own subject first
    while own is None and clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        # "the operator had refused to improve its offer"; "had tightened its controls and would publish its
        # accounts": the subject the joined verb shares
        clause = clause.head
        own = _subject(clause)
    if own is not None and own.i == token.i and clause.dep_ == "ccomp" and (said := _subject(clause.head)) is not None:
        own = said  # "..., and the competition authority said it would": who said it, not the sentence's first subject
    elif (
        own is not None
        and own.lemma_.lower() in _SAID_NOUNS
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
        and (said := _subject(clause.head)) is not None
    ):
        own = said  # "The alliance said the report confirmed its fears": the speaker's fears, not the report's
    if own is not None and _within_phrase(token, own):
        # "until an independent review of its contract was complete": no phrase holds what it stands for; but "said
        # the ferry had been carrying more passengers than its licence allowed": the subject of the clause a
        # comparison's own subject hangs on
        own = _subject(clause.head) if token.head.i == own.i and clause.dep_ == "advcl" else None
    subject = own if own is not None and own.i < token.i and _one_thing(own) else _subject(sent.root)
    if subject is not None and _within_phrase(token, subject):
        return None
    relative = _enclosing_relative(token)
    if (
        subject is not None
        and relative is not None
        and not relative.left_edge.i <= subject.i <= relative.right_edge.i
        and _may_be_it(relative.head)
        and (pronoun := _subject(relative)) is not None
        and pronoun.lower_ in _RELATIVE_PRONOUNS
    ):
        # "a setback for Daltmark, which had argued that the merger would ... allow it to cut prices": the noun the
        # relative clause hangs on, or (with another subject between) no one can say; never the sentence's subject
        return relative.head if _no_subject_between(token, relative) else None
    if subject is not None and subject.lower_ == "it" and subject.i < token.i:
        return subject  # "It denied that its own changes ...": what "it" was resolved to, if it was
    if subject is None or subject.i >= token.i or not _one_thing(subject):
        return None
    if _a_person(subject) and not _named_body(subject, bodies):
        return None  # (but "the biotech company Helix Biologics" is a body, whatever the tagger typed it)
    role_of_a_body = subject.lemma_.lower() in lexicon.ROLES_OF_BODIES and any(
        c.dep_ == "appos" and c.ent_type_ == "ORG" for c in children_of(subject)
    )  # "The ship's owner, Corran Maritime, said ... that it was": the company
    if (subject.lower_ in PERSON_NOUNS or subject.lemma_.lower() in lexicon.PERSON_NOUNS) and not role_of_a_body:
        return None
    return subject


def _enclosing_relative(token: Token) -> Token | None:
    """The verb of the relative clause that holds ``token``, if one does."""
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            return token
        token = token.head
    return None


_RELATIVE_PRONOUNS = frozenset(["which", "that", "who"])


def _no_subject_between(token: Token, relative: Token) -> bool:
    """Whether no clause between ``token`` and the relative clause ``relative`` that holds it has a subject of its
    own (not ``token``, not the relative pronoun) that it could stand for instead."""
    verb = token.head
    while verb.i != relative.i:
        shared = verb.head if verb.dep_ in ("conj", "xcomp") else verb
        subject = _subject(verb) or _subject(shared)
        if subject is not None and subject.i != token.i and subject.lower_ not in _RELATIVE_PRONOUNS:
            return False  # "... that the merger would allow it to cut prices": the merger, or the relative's noun
        verb = verb.head
    return True


def _other_name_before(token: Token, sent: Span, first: int, body: str) -> bool:
    """Whether the sentence names a place or a body other than ``body`` before ``token`` ("Vastria imports nearly all
    of its fuel", which the parser left without a subject): what "its" stands for is then no body of an earlier
    sentence."""
    return any(
        ent.label_ in ("ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT") and clean_name(ent.text) not in body
        for ent in ents_within(sent.doc, max(first, sent.start), token.i)
    )


def _object_between(subject: Token, token: Token) -> bool:
    """Whether the subject's verb has an object between the subject and ``token`` that "its" could be of, too."""
    return any(
        c.dep_ == "dobj" and subject.i < c.i < token.i and _may_be_it(c) and c.ent_type_ != "DATE"
        for c in children_of(subject.head)
    )


def _may_be_it(noun: Token) -> bool:
    """One thing, not a person: what "it" or "its" may stand for."""
    return _one_thing(noun) and not _a_person(noun) and noun.lemma_.lower() not in PERSON_NOUNS


def _after_fronted_phrase(its: Token, first: int) -> bool:
    """ "In a statement, its fisheries ministry said": "its" opening the subject of the main verb after a phrase
    and a comma that the verb alone governs, as if it opened the sentence."""
    subject, verb = its.head, its.head.head
    if its.i < first + 2 or its.doc[its.i - 1].text != "," or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if subject.left_edge.i != its.i or verb.dep_ != "ROOT":
        return False
    fronted = [t for t in children_of(verb) if first <= t.i < its.i - 1]
    covered = {d.i for t in fronted for d in t.subtree}
    return (
        bool(fronted)
        and all(t.dep_ in ("prep", "advmod", "npadvmod") for t in fronted)
        and covered == set(range(first, its.i - 1))
    )


def _opens_the_subject(its: Token, first: int) -> bool:
    """ "Its fleet shrank", "Three of its eight carriages overturned": "its" in the subject that opens the sentence
    (from token ``first``), before any verb; or in a phrase opening a sentence whose subject is no body, person or
    pronoun ("By its own estimate, one additional case could occur", "Under its terms, both sides will ...")."""
    opening = its.head.head
    if its.i == first + 1 and its.head.dep_ == "pobj" and opening.i == first and opening.dep_ == "prep":
        subject = _subject(opening.head)
        return (
            subject is not None
            and subject.i > its.i
            and not subject.ent_type_
            and subject.pos_ in ("NOUN", "NUM")
            and subject.lower_ not in BODY_HEADS
            and subject.lemma_.lower() not in lexicon.PERSON_NOUNS
        )
    if _after_fronted_phrase(its, first):
        return True  # "In a statement, its fisheries ministry said ..."
    if its.i != first and not (its.i == first + 2 and its.head.dep_ == "pobj" and its.head.head.lower_ == "of"):
        return False
    noun = its.head
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i == first


# Words for one group of people that a later "they" stands for ("The team ... They found").
_COLLECTIVES = frozenset(["team", "crew", "panel", "pair", "couple", "delegation", "squad"])


def _named_as_country(doc: Doc, name: str) -> bool:
    """Whether the article calls something after ``name`` with an adjective made of it ("Valdora": "Valdoran
    officials", "Karsta": "Karstan troops") or gives it what a state has ("Vennara's trade ministry", "Vennara's
    economic growth"), as only a country or a region does, whatever the tagger typed the name."""
    text = doc_text(doc)
    if re.search(rf"\b{re.escape(name)}(?:n|an|ian|ese|i) [a-z]", text) is not None:
        return True
    owned = re.finditer(rf"\b{re.escape(name)}['’]s((?: [a-z-]+){{1,3}})", text)
    return any(lexicon.STATE_NOUNS & set(m.group(1).split()) for m in owned)


def _person_of_main_clause(pronoun: Token, span: Span) -> str | None:
    """For "he"/"his" in a clause taken out of its sentence ("when a tree fell on his car"), the one person the
    main clause is about when it names them by a word and no name ("A man was killed"): "the man"; not when the
    clause has a person of its own for subject."""
    clause = _clause_of(pronoun)
    while span.start <= clause.head.i < span.end and clause.head.i != clause.i:
        clause = clause.head
    if span.start <= clause.head.i < span.end or clause.dep_ != "advcl":
        return None
    own = _subject(clause)
    if own is not None and (own.pos_ == "PRON" or _person_word(own) or own.ent_type_ == "PERSON"):
        return None
    subject = _shared_subject(clause.head)
    if subject is None or span.start <= subject.i < span.end or subject.tag_ != "NN" or not _person_word(subject):
        return None
    if subject.ent_type_ or any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return None
    lemma = subject.lemma_.lower()
    gender = _word_gender(lemma) or ""
    if gender not in ("", _GENDER.get(pronoun.lower_, "")):
        return None
    return _described_again(subject)


def _speakers_family(token: Token) -> str | None:
    """ "the family" in what a person named in the sentence says: that person's family ("the Holm family")."""
    speaker = _statement_speaker(token)
    if speaker is None:
        return None
    # "Rahimi's widow, Leyla, said the family had ...": the family of the one whose relative speaks
    for word in (speaker, *(c for c in children_of(speaker.head) if c.dep_ == "nsubj")):
        if word.lemma_.lower() in lexicon.KIN_NOUNS:
            owner = next((c for c in children_of(word) if c.dep_ == "poss" and c.tag_ == "NNP"), None)
            if owner is not None:
                return f"the {owner.text} family"
            # ("His mother, Samira Haddou, told ...": the family of the name set beside the kin)
            named = next((c for c in children_of(word) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if named is not None and named.tag_ == "NNP":
                return f"the {named.text} family"
    ent = entity_of(speaker)
    if ent is None or ent.label_ != "PERSON" or len(ent) < 2:
        return None
    return f"the {ent[-1].text} family"


def _said_by_shared_thing_subject(it: Token) -> bool:
    """ "it" as the subject of what a verb of saying joined to another says, whose shared subject before it is one
    thing, not a person ("The union called the decision a betrayal and said it would ..."): that speaker, whom the
    claim names."""
    verb = it.head
    if it.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return False
    if _subject(verb.head) is not None:
        return False  # its own subject: the rules for "X said it" decide
    speaker = _shared_subject(verb.head)
    if speaker is not None and any(
        c.dep_ == "dobj" and _natural(c.lemma_.lower()) for c in children_of(speaker.head) if c.i < it.i
    ):
        return False  # "The institute measured the quake at 6.7 and said it hit at 3:14 a.m.": a quake acts
    return (
        speaker is not None
        and speaker.i < it.i
        and speaker.tag_ in ("NN", "NNP")
        and not _person_word(speaker)
        and speaker.ent_type_ != "PERSON"
    )


def _shared_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is joined to or completes ("voted to cut ... and close ...": the
    subject of "voted")."""
    while _subject(verb) is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return _subject(verb)


def _named_body(token: Token, bodies: Collection[str]) -> bool:
    """Whether the name ``token`` is a word of is one the article named as a body, or the first word of one ("Aldren"
    after "Aldren Pharmaceuticals")."""
    ent = entity_of(token)
    if ent is None or not ent.text[:1].isupper():
        return False
    name = clean_name(ent.text)
    return name in bodies or (" " not in name and any(b.split()[0] == name and " " in b for b in bodies))


def _a_person(token: Token) -> bool:
    """A word of a person's name, unless the sentence says the name is a body's, whatever the tagger typed it."""
    if token.ent_type_ != "PERSON":
        return False
    ent = entity_of(token)
    return ent is None or not names_a_body(ent)


def _within_phrase(token: Token, noun: Token) -> bool:
    """Whether ``token`` lies in ``noun``'s own phrase, not in a clause hung on it ("an independent review of its
    contract": yes; "The movement ..., a charge it denies": no)."""
    while token.i != noun.i:
        if token.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _one_thing(noun: Token) -> bool:
    """A singular noun, or a name that ends in a plural word ("Fairway Markets", "Northwind Renewables")."""
    return noun.tag_ in ("NN", "NNP") or (
        noun.tag_ == "NNPS" and any(c.dep_ == "compound" and c.tag_ == "NNP" for c in noun.lefts)
    )


def _lead_mention_of(word: str, antecedents: Antecedents) -> str | None:
    """The mention of ``word`` in the article's first sentences that says which ("inquiry" -> "the independent
    inquiry into the collapse of the Harrow Bridge"), for a speaker attribution knew by that word alone."""
    lead = antecedents.lead_mentions.get(word)
    if lead is None or not _says_which(lead) or _MENTION_PREP.split(lead)[0].split()[-1] != word:
        return None
    return _with_the(lead)


def _says_which(mention: str) -> bool:
    """Whether a mention says which one it is by a name or a figure after its first word ("trial of 4,800 patients",
    "Corran fever vaccination campaign"; not "new drug"), or by a figure first ("1.24 billion-dollar budget")."""
    words = mention.split()
    if _READING.search(mention):
        return False  # a reading says what it stood at, not which: "a jobless rate of 9.8 percent"
    return words[0][:1].isdigit() or any(word[:1].isupper() or word[:1].isdigit() for word in words[1:])


# A figure in a unit of measure after "of": the level something stood at, not which one it is.
_READING = re.compile(r"\bof\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:percent\b|%|per\s+cent\b)")


def _with_the(phrase: str) -> str:
    """ "the " and ``phrase``, unless a possessor opens it ("Korvia's trade ministry" takes no "the")."""
    first = phrase.split()[0] if phrase.split() else ""
    return phrase if first.endswith(("'s", "s'", "’s")) else f"the {phrase}"


# Nouns for what is said or reported: never what a later "it" in their own clause stands for.
_SAID_NOUNS = DOCUMENT_NOUNS | ACCUSATION_NOUNS | STATEMENT_NOUNS | frozenset(["suggestion", "rumour", "rumor"])


def _right_after_saying(token: Token) -> bool:
    """ "..., saying it had only asked for a second test": the subject of what a participle of saying says, right
    after it, is whoever is saying it."""
    participle = token.head.head
    return (
        token.dep_ == "nsubj"
        and token.head.dep_ == "ccomp"
        and participle.tag_ == "VBG"
        and participle.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
        and token.i == participle.i + 1
    )


def _speaker_nearest(token: Token, subject: Token) -> bool:
    """No other thing stands between the speaking ``subject``'s verb and ``token`` as a subject or object ("said
    the fire had burned ... since it broke out": "it" is the fire; "said in a report that its monitors": the
    speaker's)."""
    verb = subject.head
    return not any(
        t.dep_ in ("nsubj", "nsubjpass", "dobj")
        and t.pos_ in ("NOUN", "PROPN")
        and t.tag_ in ("NN", "NNP")
        and t.lemma_.lower() not in _SAID_NOUNS  # "denied a report that it was ...": a report prepares nothing
        # "told the paper it had not been able to ...", "told staff it expected ...": the one told is the press or
        # people, never the "it" of what they are told
        and not (t.dep_ == "dobj" and t.head.i == verb.i and t.lemma_.lower() in _TOLD_WORDS)
        for t in tokens_of(token.doc, verb.i + 1, token.i)
    )


# Words for those a statement is told to that are no "it" in it ("told reporters", "told the paper", "told staff").
_TOLD_WORDS = frozenset(
    ["reporter", "journalist", "paper", "newspaper", "broadcaster", "radio", "television", "staff", "crew", "audience"]
)


def _subject_name(subject: Token, resolved: dict[int, str], first: int, bodies: Sequence[str] = ()) -> str | None:
    """How a stand-alone text names the body ``subject`` heads: as resolved, by the name inside its phrase ("the
    Civic Watch Committee"), or by its kind words ("the labour ministry"); None for a bare "the government".
    Nothing before token ``first`` counts (a dateline the parser hung on the subject)."""
    if subject.i in resolved:
        return resolved[subject.i]
    start = max(subject.left_edge.i, first)
    # a name that is the subject itself ("The Civic Watch Committee"), not one of its words ("the Tarsk ministry")
    named = [
        name
        for kind, name, ent in _entities_in(subject.doc, start, subject.right_edge.i + 1)
        if kind == "body" and ent.start <= subject.i < ent.end  # the whole name: "the Reserve Bank of Corvalia"
    ]
    if named:
        return named[-1]
    # "The software group Corvid Systems said it ...", "The ship's owner, Corran Maritime, said it ...": the name its
    # kind words stand before or set beside them
    beside = [
        name
        for kind, name, ent in _entities_in(subject.doc, subject.i + 1, subject.right_edge.i + 1)
        if kind == "body"
        and ent.root.dep_ == "appos"
        and ent.root.head.i == subject.i
        and (ent.start == subject.i + 1 or (ent.start == subject.i + 2 and subject.doc[subject.i + 1].text == ","))
    ]
    if beside:
        return beside[0]
    lefts = [c for c in subject.lefts if c.dep_ in ("compound", "amod") and c.i >= start]
    name_start = subject.i
    while (
        name_start - 1 >= start
        and subject.doc[name_start - 1].tag_ in ("NNP", "NNPS")
        and subject.doc[name_start - 1].text[:1].isupper()
    ):
        name_start -= 1
    if (
        subject.tag_ == "NNP"
        and subject.text[:1].isupper()
        and any(c.i < name_start and c.tag_ in ("NN", "NNS", "JJ") for c in lefts)
    ):
        # "Shipping line Nordvent", "consumer group FairFly": the name after the words that say what it is
        return text_of(subject.doc, name_start, subject.i + 1)
    if (
        subject.tag_ == "NNP"
        and subject.n_lefts == 0
        and not any(c.dep_ == "prep" for c in children_of(subject))  # "the Bank of Auren" is more than "Bank"
        and subject.lemma_.lower() not in PERSON_NOUNS
    ):
        # a one-word name the tagger gave no type ("Sarnet had told shareholders that its network ..."), in full
        # when the article named the body so before ("Sarnet Energy"); a sentence's first word only then
        full = next((b for b in reversed(bodies) if b.split()[0] == subject.text and " " in b), None)
        if (
            full is not None
            or subject.i > subject.sent.start
            # (or a name the article wrote before inside a sentence: "the app maker Loopwise" ... "Loopwise said")
            or any(t.text == subject.text and t.i > t.sent.start for t in tokens_of(subject.doc, 0, subject.sent.start))
        ):
            return full or subject.text
    if subject.tag_ == "NN" and subject.is_title and subject.n_lefts == 0 and subject.text in bodies:
        return subject.text  # a body's one-word name the tagger took for a common noun ("Dellmore rejected ...")
    if not lefts or not _one_thing(subject):
        return None
    words = subject.doc[max(start, min(c.left_edge.i for c in lefts)) : subject.i + 1]
    if not all(t.is_alpha for t in words):
        return None
    if all(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in words) and not (
        words.start > start and subject.doc[words.start - 1].lower_ == "the"
    ):
        return words.text  # a name the tagger missed, written as the article wrote it: "Fairway Markets"
    owner = next(
        (c for c in subject.lefts if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG") and c.i >= start), None
    )
    if owner is not None and owner.i + 2 == words.start and subject.doc[owner.i + 1].tag_ == "POS":
        # "Tessaly's foreign ministry said it ...": whose, as the sentence wrote it
        return text_of(subject.doc, owner.left_edge.i, subject.i + 1)
    written = next((resolved[t.i] for t in words if t.i in resolved and resolved[t.i].startswith("the ")), None)
    if written is not None and len(words) == 2 and words[0].i in resolved:
        # "The city council said it ...", its "city" written "the Veyrn city": "the Veyrn city council"
        return f"{written} {subject.text.lower()}"
    return f"the {words.text if words[0].tag_ in ('NNP', 'NNPS') else words.text.lower()}"


def _names(token: Token) -> bool:
    """Whether the phrase ``token`` heads names a party ("the defence ministry of Varkesh")."""
    return bool(_names_in(token.doc, token.left_edge.i, token.right_edge.i + 1))


def _in_statement_of(token: Token, subject: Token) -> bool:
    """Whether ``token`` lies in what ``subject`` says ("The operator said it expected ...", "Kestral rejected the
    accusation, saying it had ...")."""
    verb = subject.head
    if any(
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
        and c.i < token.i <= c.right_edge.i
        for c in children_of(verb)
    ):
        return True
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return False
    # what it says, a report it denies ("denied a report that it was preparing ..."), or its own report ("said in a
    # report that its monitors ..."), down to a clause in it
    return any(
        (c.dep_ in ("ccomp", "xcomp", "dobj") or (c.dep_ == "prep" and _names_a_document(c)))
        and c.left_edge.i <= token.i <= c.right_edge.i
        for c in children_of(verb)
    )


def _names_a_document(prep: Token) -> bool:
    """ "in a report", "in a statement", "in an interview": a preposition whose object is what the speaker issued."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_NOUNS | _ISSUED_NOUNS for c in children_of(prep))


def _before_own_subject(token: Token, sent: Span) -> bool:
    """A possessive ahead of the subject it refers to: "In a statement on its channel, the ministry said ..."."""
    root = sent.root
    subject = _subject(root)
    return subject is not None and token.i < subject.left_edge.i and subject.pos_ in ("NOUN", "PROPN")


def _of_accused_thing(its: Token) -> bool:
    """ "accused the prosecution of building its case", "blamed the operator for cutting its staff": "its" in what
    the object of the verb is said to have done is that object's, which the claim names right there."""
    if its.lower_ != "its":
        return False
    verb = its.head.head
    prep = verb.head
    if its.head.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in ("of", "for"):
        return False
    # (the parser hangs the "of" on the verb or on its object)
    obj = prep.head if prep.head.dep_ == "dobj" else next((c for c in children_of(prep.head) if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and not _a_person(obj)


def _speaker_named_here(token: Token, resolved: dict[int, str]) -> bool:
    """ "its" in the statement of a body the claim names by a description ("The government said its troops ..."):
    the reader has its antecedent in the claim itself."""
    if token.lower_ != "its":
        return False
    verb = token.head
    while verb.head.i != verb.i and not (verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.ATTRIBUTION_VERBS):
        verb = verb.head
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return False
    subject = _subject(verb, passive=False)
    if subject is None or subject.i in resolved or subject.tag_ != "NN" or subject.ent_type_:
        return False  # a plural ("The engineers warned that ... its spillway") is no "its"
    return subject.lower_ not in lexicon.PERSON_NOUNS and subject.lemma_.lower() not in PERSON_NOUNS


def _speaking_body(token: Token, resolved: dict[int, str]) -> str | None:
    """The body named in the subject of the attribution verb whose statement (a clause it governs) holds
    ``token`` ("Korvia said its mills ..." -> "Korvia"): in its own statement "its" is that body's."""
    verb, clause = token.head, token
    while verb.head.i != verb.i and not (verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.ATTRIBUTION_VERBS):
        verb, clause = verb.head, verb
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS or clause.dep_ not in ("ccomp", "xcomp", "advcl"):
        return None
    subject = _subject(verb, passive=False)
    if subject is None:
        return None
    if subject.lower_ in _PERSON_PRONOUNS or subject.ent_type_ == "PERSON":
        # "He said its jets ...": the body the speaker speaks for, which the claim does not name
        person = resolved.get(subject.i, "")
        ent = next((e for e in doc_ents(token.doc) if e.start <= subject.i < e.end and e.label_ == "PERSON"), None)
        return _PERSON_SPEAKS + (clean_name(ent.text) if ent is not None else person)
    if subject.i in resolved:  # "It said its members ..." with "It" resolved already
        return resolved[subject.i]
    found = [
        name for kind, name in _names_in(token.doc, subject.left_edge.i, subject.right_edge.i + 1) if kind == "body"
    ]
    if not found and subject.lemma_.lower() in PERSON_NOUNS | set(lexicon.PERSON_NOUNS):
        # "A ministry spokesman said ... its expert panel": the body the spokesman's own word names, as the claim
        # wrote it ("A health ministry spokesman")
        body = next((c for c in subject.lefts if c.dep_ == "compound" and c.lower_ in BODY_HEADS), None)
        if body is not None:
            written = resolved.get(body.i, body.text).split()
            return "the " + " ".join(written[1:] if written[0].lower() in ("a", "an", "the") else written).lower()
    return found[0] if found else None


# Words for the office a person holds in a body ("Kestrel Line's chief executive").
_OFFICE_WORDS = _COMPANY_OFFICES | {"director", "president", "spokesman", "spokeswoman", "spokesperson"}


def _speakers_body(it: Token, resolved: dict[int, str], antecedents: Antecedents) -> str | None:
    """ "A spokeswoman for the board said it was recruiting": "it" in what a spokesperson (any person noun) "for"
    or "of" a body says is that body, as the claim writes it (or as resolved); in what "the owner, X" says, X."""
    verb = it.head
    if (
        it.dep_ not in ("nsubj", "nsubjpass")
        or verb.dep_ != "ccomp"
        or verb.head.lemma_.lower() not in lexicon.CLAIMER_VERBS
    ):
        return None  # (a spokesman "denied it was involved" as much as one "said")
    speaker = _subject(verb.head, passive=False)
    if speaker is None:
        return None
    owner = next((c for c in children_of(speaker) if c.dep_ == "poss"), None)
    if (
        owner is not None
        and owner.tag_ in ("NNP", "NNPS")
        and speaker.lemma_.lower() in _OFFICE_WORDS
        and verb.lemma_ != "be"  # ("the president's spokesman said it was a misunderstanding": no body's act)
    ):
        # "Kestrel Line's chief executive, Magnus Ferrow, denied that it had cut maintenance": the body they run
        # (not a person's: "Halvorsen's spokesman said it would help")
        name = resolved.get(owner.i) or text_of(it.doc, owner.left_edge.i, owner.i + 1)
        person = antecedents.last_person_called(name)
        # (one the tagger took for a person, "Kestrel Line", is no man or woman)
        return None if person is not None and antecedents.gender_of(person) else name
    if not ({speaker.lemma_.lower(), speaker.lower_} & (PERSON_NOUNS | set(lexicon.PERSON_NOUNS))):
        return None
    business = next(
        (e for c in children_of(speaker) if c.dep_ == "appos" for e in doc_ents(it.doc) if e.root.i == c.i),
        None,
    )
    if business is not None and speaker.lemma_.lower() in lexicon.ROLES_OF_BODIES and names_a_body(business):
        return clean_name(business.text)  # "The ship's owner, Dalmar Shipping, said it would pay"
    prep = next((c for c in children_of(speaker) if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    body = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if body is None or body.lemma_.lower() in lexicon.PERSON_NOUNS or body.tag_ not in ("NN", "NNP"):
        return None
    if body.i in resolved:
        return resolved[body.i]
    text = text_of(it.doc, body.left_edge.i, body.i + 1)
    return text if text[:1].isupper() else f"the {text.removeprefix('the ')}"


def _speakers_own(its: Token) -> bool:
    """ "its" in a phrase of the attribution verb, after its subject ("X said in its annual report"): the
    speaker's, named in the claim."""
    if its.lower_ != "its":
        return False
    verb, child = its.head, its
    while verb.head.i != verb.i and verb.pos_ != "VERB":
        verb, child = verb.head, verb
    subject = _subject(verb, passive=False)
    return (
        verb.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
        and child.dep_ == "prep"
        and subject is not None
        and subject.i < its.i
    )


def _named_thing_before(its: Token, sent: Span, resolved: dict[int, str] | None = None) -> str | None:
    """ "The engineers who inspected the Hollins reservoir dam warned that cracks in its spillway ...": the nearest
    thing before "its" (or "it") in the sentence that a name says which of (an object, not a person or a body), also
    by a name the claim wrote into it (``resolved``)."""
    for noun in reversed(sent.doc[sent.start : its.i]):
        if noun.ent_type_ == "GPE" and noun.dep_ == "pobj":
            return None  # "a fair trial in Ostravia and that conditions in its prisons": the place may be whose
        if noun.lower_ == "it" and noun.dep_ in ("nsubj", "nsubjpass"):
            return None  # "energy costs it said were twice those of its rivals": the "it" nearer is whose
        if noun.tag_ != "NN" or noun.dep_ not in ("dobj", "pobj") or noun.lemma_.lower() in PERSON_NOUNS:
            continue
        if noun.lower_ in BODY_HEADS or noun.ent_type_:
            return None
        phrase = _naming_phrase(noun, sent)
        if phrase is None and resolved:
            # "the village school" whose "village" the claim wrote out ("the Dolna village"): "the Dolna village school"
            named = next((resolved[c.i] for c in noun.lefts if c.dep_ == "compound" and c.i in resolved), None)
            return f"{named} {noun.text}" if named else None
        return f"the {phrase}" if phrase else None
    return None


def _thing_possessor_before(its: Token, sent: Span, first: int, resolved: Mapping[int, str]) -> str | None:
    """ "held under the law's detention powers in its first year": a thing written as a possessor before "its" in
    the sentence ("the law"), not a person, which the sentence keeps in view over any body named before; a body
    only as the claim wrote it out, with no other body between ("the club's auditors say ... over its ability":
    the club)."""
    for noun in reversed(sent.doc[first : its.i]):
        if noun.tag_ != "NN" or not any(c.tag_ == "POS" for c in children_of(noun)) or noun.ent_type_:
            continue
        if noun.lower_ in BODY_HEADS or noun.lower_ in _BODY_WORDS:
            between = sent.doc[noun.i + 1 : its.i]
            others = any(t.ent_type_ in _BODY_LABELS or t.lower_ in _BODY_WORDS for t in between)
            return resolved.get(noun.i) if not others else None
        if _person_word(noun):
            return None
        determiner = noun.doc[noun.i - 1]
        return f"the {noun.text}" if determiner.lower_ == "the" and determiner.head.i == noun.i else None
    return None


_QUANTIFIERS = frozenset(["most", "many", "several", "all", "some", "hundreds", "thousands", "dozens"])


def _counted_plural(them: Token, sent: Span) -> str | None:
    """ "a third of them": the nearest counted plural before it in the sentence ("more than 300 oiled seabirds",
    "most places"), as "the seabirds"; not a noun of a "from" phrase ("fish from 14 rivers")."""
    for noun in reversed(sent.doc[sent.start : them.i]):
        if noun.tag_ != "NNS" or (noun.dep_ == "pobj" and noun.head.lower_ == "from"):
            continue
        if any(
            c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in _QUANTIFIERS) for c in children_of(noun)
        ):
            return f"the {noun.text}"
    return None


def _plural_sayer(they: Token, first: int) -> str | None:
    """ "Police declined to comment, saying they did not discuss ...": "they" right after a participle of saying is
    the plural subject of the verb the participle hangs on ("the police"), when no number or quantifier makes it
    some of them."""
    if not _right_after_saying(they):
        return None
    subject = _subject(_verb_above(they.head.head))
    if subject is None or subject.i < first or not (subject.tag_ == "NNS" or subject.lower_ == "police"):
        return None
    words = they.doc[subject.left_edge.i : subject.i + 1]
    if any(not t.is_alpha or t.like_num or t.tag_ in ("NNP", "NNPS", "PRP$", "CD") for t in words):
        return None
    if words[0].lower_ in ("the", "these", "those"):
        return words.text.lower()
    if words[0].tag_ in ("DT", "PDT", "JJR", "JJS") or words[0].lower_ in ("some", "many", "most", "several", "few"):
        return None
    return f"the {words.text.lower()}"


def _participle_statement_plural(they: Token, sent: Span) -> str | None:
    """ "X welcomed the figures, saying they proved ..." / "X denied that the debts had reached Y, saying they
    stood at Z": "they" as the subject of what a participle of saying says is the nearest definite plural thing
    before the participle (an object or a subject; not a person, not a name)."""
    verb = they.head
    participle = verb.head
    if they.dep_ != "nsubj" or verb.dep_ != "ccomp" or participle.tag_ != "VBG":
        return None
    if participle.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return None
    for noun in reversed(sent.doc[sent.start : participle.i]):
        if noun.tag_ != "NNS" or noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or noun.ent_type_:
            continue
        if noun.lemma_.lower() in PERSON_NOUNS or noun.lemma_.lower() in lexicon.PERSON_NOUNS:
            return None
        if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "no") for c in children_of(noun)):
            return None  # "prices rose": no thing the reader knows which of
        lefts = [c for c in noun.lefts if c.dep_ == "compound" and c.is_alpha]
        first = min((c.i for c in lefts), default=noun.i)
        return f"the {text_of(sent.doc, first, noun.i + 1)}"
    return None


# People an article addresses or speaks of as a kind, whose "they" is anyone of them.
def _names_people(noun: Token) -> bool:
    """Whether a noun names a person or people, by its word ("guards", "a boy", "my sister", "colleagues")."""
    return _person_word(noun) or _people_noun(noun.lemma_.lower())


def _people_noun(lemma: str) -> bool:
    """Whether a noun's lemma names people: a person's role, the people a story is about, or anyone like them."""
    return lemma in lexicon.PERSON_NOUNS or lemma in claim_types.PEOPLE_WORDS or lemma in _GENERIC_PEOPLE


_GENERIC_PEOPLE = frozenset(
    [
        *("commuter", "visitor", "customer", "user", "shopper", "voter", "parent", "buyer", "consumer", "investor"),
        *("trader", "farmer", "teacher", "nurse", "doctor", "rescuer", "firefighter", "traveller", "traveler"),
        *("motorist", "homeowner", "borrower", "saver", "taxpayer", "employee", "member", "supporter", "reader"),
        *("colleague", "friend", "neighbour", "neighbor", "volunteer", "guard", "boy", "girl"),
        *("attacker", "gunman", "assailant", "militant", "rebel", "insurgent", "raider", "looter", "kidnapper"),
    ]
)


def _opens_sentence(token: Token, first: int) -> bool:
    """Whether ``token`` is the sentence's first word from token ``first``, or follows only a word that opens a
    clause ("If they fail, ...", "But they said ...")."""
    before = token.doc[first : token.i]
    return len(before) <= 1 and all(t.dep_ in ("mark", "advmod", "cc") and t.is_alpha for t in before)


def _plural_subject_before(they: Token, first: int) -> str | None:
    """ "Price pressures had spread to rents, and the bank was ready to act if they did not ease": "they" as the
    subject of a later clause is the plural thing the nearest clause before it was about, when no other plural
    stands between them; not people ("Passengers are advised to check before they travel": anyone who travels),
    nor a speaker's "they" in what it says ("Police said they had detained ...")."""
    if they.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    clause = first_conjunct(they.head)  # "told the paper that cracks had appeared ... and that they had reported them"
    if they.dep_ != "dobj" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
        return None  # "many said they had made other plans": the speakers' own "they"
    doc = they.doc
    for noun in reversed(doc[first : they.i]):
        if noun.tag_ not in ("NNS", "NNPS") or noun.pos_ == "PRON" or noun.dep_ in ("pobj", "conj", "compound"):
            continue  # a plural in a phrase ("spread to rents and services") is no clause's topic
        topics = ("nsubj", "nsubjpass", "dobj") if they.dep_ == "dobj" else ("nsubj", "nsubjpass")
        if noun.dep_ not in topics or noun.ent_type_ or noun.lemma_.lower() in PERSON_NOUNS:
            return None  # "cut prices, and they ...": another plural stands nearer, so which is unsure
        if they.dep_ == "dobj" and noun.head.i == they.head.i and noun.dep_ in ("nsubj", "nsubjpass"):
            return None  # "the closures will cost them dearly": an object is never its own verb's subject
        lemma = noun.lemma_.lower()
        if _people_noun(lemma):
            return None  # people: a "they" of anyone like them
        if noun.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
            return None  # a speaker's "they"
        lefts = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "det", "poss") and c.i >= first]
        words = doc[min((c.left_edge.i for c in lefts), default=noun.i) : noun.i + 1]
        if not all(t.is_alpha or t.tag_ == "POS" for t in words) or len(words) > 4:
            return None
        if any(t.tag_ == "PRP$" for t in words):
            return None  # "until its forces withdrew from villages they seized": no more named than "they"
        text = words.text
        if they.dep_ == "dobj" and words[0].tag_ not in ("DT", "PRP$", "POS", "NNP", "NNPS"):
            text = f"the {text}"  # "... and that they had reported them" -> "reported the cracks"
        return text if words[0].tag_ in ("NNP", "NNPS") else text[0].lower() + text[1:]
    return None


_COLLECTIVE_PEOPLE = frozenset(["staff", "crew", "police", "team", "family", "management", "public"])


def _subject_of_joined_clause(they: Token) -> str | None:
    """ "The staff were outnumbered forty to one, and they did what they could": "they" opening a clause joined by
    "and"/"but" to one whose subject is a plural common noun is that noun's phrase ("the staff"); None when another
    plural stands between them."""
    verb = they.head
    if they.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or they.i < verb.head.i:
        return None
    subject = _subject(verb.head)
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_:
        return None
    if subject.tag_ != "NNS" and subject.lemma_.lower() not in _COLLECTIVE_PEOPLE:
        return None  # (a group of people named in the singular is a "they" too: "the staff", "the crew")
    return _plural_phrase(subject, they)


def _plural_phrase(subject: Token, pronoun: Token) -> str | None:
    """The phrase of a plural ``subject`` ("the staff", "the fourteen people") that a later ``pronoun`` of its
    sentence stands for; None when another plural stands between them, or when the phrase names no group."""
    if any(t.tag_ in ("NNS", "NNPS") for t in tokens_of(pronoun.doc, subject.i + 1, pronoun.i)):
        return None  # "Workers told managers the plan had failed, and they ...": which is unsure
    lefts = [c for c in subject.lefts if c.dep_ in ("compound", "amod", "det", "nummod")]
    words = pronoun.doc[min((c.left_edge.i for c in lefts), default=subject.i) : subject.i + 1]
    if not all(t.is_alpha for t in words) or len(words) > 4 or words[0].lower_ not in ("the", "these", "those"):
        return None  # ("Prisoners rioted, and they ...": people of no one group the text names)
    return "the " + " ".join(t.text for t in words[1:])


# Words for two people the article named together: "the two men", "the pair".
_PAIR_WORDS = frozenset(["men", "women", "pair", "couple"])


def _pair_opening(noun: Token, span: Span) -> Token | None:
    """The "the" of "the men", "the two women", "the pair" in ``span`` (no phrase after it that says which)."""
    doc = noun.doc
    the = doc[noun.i - 2] if noun.i - 2 >= span.start and doc[noun.i - 1].lower_ == "two" else doc[noun.i - 1]
    if the.i < span.start or the.lower_ != "the" or noun.tag_ != ("NN" if noun.lower_ in ("pair", "couple") else "NNS"):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.rights):
        return None  # "the men who were freed", "the two men in the car": said here which
    return the


def _two_people_joined(sent: Span, start: int, quoted: Collection[int], antecedents: "Antecedents") -> str | None:
    """Two people ``sent`` names joined by "and" outside quotations, as the article named them in full ("Henrik
    Vaal and Tomas Brezny")."""
    ents = [e for e in ents_within(sent.doc, start, sent.end) if e.label_ == "PERSON" and e.root.i not in quoted]
    for first, second in pairwise(ents):
        joined = second.root.dep_ == "conj" and second.root.head.i == first.root.i
        # (or two subjects of one verb, as the parser may read "Henrik Vaal, 52, and Tomas Brezny, 38, were ...")
        subjects = (
            first.root.dep_ in ("nsubj", "nsubjpass")
            and second.root.dep_ == first.root.dep_
            and first.root.head.i == second.root.head.i
            and any(t.lower_ == "and" for t in tokens_of(sent.doc, first.end, second.start))
        )
        if joined or subjects:
            if any(c.dep_ == "conj" and c.i != second.root.i for c in children_of(first.root)):
                return None  # three or more
            names = [antecedents.party(clean_name(e.text)) or clean_name(e.text) for e in (first, second)]
            return " and ".join(names)
    return None


# Words that take a part of a group: "three of them", "most of them".
_PART_WORDS = frozenset(["some", "most", "many", "all", "several", "none", "both", "half", "each", "few"])


def _part_of_them(them: Token, first: int) -> bool:
    """ "Three of them" / "Most of them" opening its sentence."""
    of = them.head
    if them.dep_ != "pobj" or of.lower_ != "of" or of.i != them.i - 1:
        return False
    part = of.head
    return part.i == of.i - 1 and part.i == first and (part.like_num or part.lower_ in _PART_WORDS)


def _one_counted_plural(sent: Span, start: int, quoted: Collection[int]) -> str | None:
    """The one plural ``sent`` counts with a number outside quotations ("31 sailors", "14 rescued miners"), as "the
    31 sailors"; None for none or several."""
    found = []
    for noun in tokens_of(sent.doc, start, sent.end):
        if noun.tag_ != "NNS" or noun.i in quoted or noun.ent_type_ not in ("", "CARDINAL"):
            continue
        count = next((c for c in noun.lefts if c.dep_ == "nummod" and c.like_num), None)
        if count is None or count.left_edge.i != count.i:
            continue  # ("more than 60 people": a bound, no group)
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return None  # a counted subject is the sentence's plural, with what it says of it ("Two members of X")
        words = sent.doc[count.i : noun.i + 1]
        if all(t.is_alpha or t.like_num for t in words) and len(words) <= 4:
            found.append(f"the {words.text}")
    return found[0] if len(found) == 1 else None


def _plural_main_subject(pronoun: Token) -> str | None:
    """ "The fourteen people arrested are due in court on Friday, when the court will decide whether to keep them in
    custody": "they"/"them" in a clause after the main verb, whose subject is a plural common noun ("the fourteen
    people"); not in what that subject says or thinks ("Residents said they had fled": their own words)."""
    root = pronoun.sent.root
    subject = _subject(root)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or pronoun.i < root.i:
        return None
    if subject.tag_ != "NNS" and subject.lemma_.lower() not in _COLLECTIVE_PEOPLE:
        return None
    if root.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
        return None
    if pronoun.lower_ == "they" and not any(
        (other := _subject(verb)) is not None and other.i != pronoun.i for verb in pronoun.ancestors if verb != root
    ):
        return None  # "The nurses were exhausted when they finished": plain enough; not after another's words
    return _plural_phrase(subject, pronoun)


def _is_copula_with_noun(it: Token) -> bool:
    """ "It is the third round of ...": "be" with a noun phrase after it."""
    return it.head.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in children_of(it.head))


def _calls_a_body(it: Token) -> bool:
    """ "It is the country's second-largest mobile operator": "be" with a word for an organisation after it."""
    return it.head.lemma_ == "be" and any(
        c.dep_ == "attr" and (c.lower_ in _BODY_WORDS or c.lower_ in _OPERATORS) for c in children_of(it.head)
    )


# Verbs whose lone subject "it" is a fire, flood or outbreak beginning or spreading ("where it began"), and verbs
# whose object "it" is one caused or fought ("what caused it", "crews contained it").
_OUTBREAK_VERBS = frozenset(["begin", "start", "break", "spread", "erupt", "ignite"])
_CAUSING_VERBS = frozenset(["cause", "start", "spark", "trigger", "contain", "fight", "battle", "extinguish"])


def _of_its_outbreak(it: Token) -> bool:
    """ "it" as what began or spread, with no object ("the spot where it began", "since it broke out"), or as what
    was caused or fought ("what caused it")."""
    verb = it.head
    lemma = verb.lemma_.lower()
    if it.dep_ == "nsubj":
        return lemma in _OUTBREAK_VERBS and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in children_of(verb))
    return it.dep_ == "dobj" and lemma in _CAUSING_VERBS


# Nouns for an act done to something, with the verb the act is done by and the preposition before what it is done
# to ("the closure of the plant", "the freeze on rents").
_ACT_NOUNS = {
    "closure": ("close", "of"),
    "sale": ("sell", "of"),
    "freeze": ("freeze", "on"),
    "ban": ("ban", "on"),
    "recall": ("recall", "of"),
    "suspension": ("suspend", "of"),
    "cancellation": ("cancel", "of"),
    "acquisition": ("acquire", "of"),
    "purchase": ("buy", "of"),
    "demolition": ("demolish", "of"),
    "evacuation": ("evacuate", "of"),
    "expulsion": ("expel", "of"),
    "dismissal": ("dismiss", "of"),
    "privatisation": ("privatise", "of"),
    "nationalisation": ("nationalise", "of"),
}
_ACTS_OF_VERBS = {verb: (noun, preposition) for noun, (verb, preposition) in _ACT_NOUNS.items()}


def _acts_by_verb(sent: Span, start: int, quoted: Collection[int]) -> list[tuple[str, str]]:
    """(noun, phrase) of each act a sentence reports by its verb, outside quotations, as a later "the <noun>" would
    name it: "Halden Motors will close its Stellburg plant" -> ("closure", "the closure of Halden Motors' Stellburg
    plant"), "rents will be frozen" -> ("freeze", "the freeze on rents"). Not when what it is done to is a pronoun,
    a bare description or longer than a phrase."""
    doc = sent.doc
    found = []
    for verb in tokens_of(doc, start, sent.end):
        act = _ACTS_OF_VERBS.get(verb.lemma_.lower())
        if act is None or verb.pos_ != "VERB" or verb.i in quoted:
            continue
        noun, preposition = act
        # (or the subject of a participle: "will see rents frozen")
        done_to = next(
            (
                c
                for c in children_of(verb)
                if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and verb.tag_ == "VBN")
            ),
            None,
        )
        if done_to is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            done_to = verb.head  # "will see rents frozen for two years": the rents
        if done_to is None or done_to.pos_ == "PRON":
            continue
        words = [t for t in done_to.subtree if not any(a.dep_ in ("relcl", "acl", "appos") for a in _up_to(t, done_to))]
        if any(t.is_punct or t.like_num for t in words) or len(words) > MAX_PHRASE_TOKENS - 3:
            continue
        owner = next((t for t in words if t.tag_ == "PRP$"), None)
        subject = _subject(verb)
        text = text_of(doc, words[0].i, words[-1].i + 1)
        if owner is not None:
            named = _names_in(doc, subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else []
            if owner.lower_ not in ("its", "their") or len(named) != 1 or named[0][0] != "body":
                continue  # whose, only a name can say
            text = text.replace(f"{owner.text} ", f"{_possessive(named[0][1])} ", 1)
        if words[0].lower_ in ("the", "this", "that") and not any(t.tag_ in ("NNP", "NNPS") for t in words):
            continue  # "close the plant": a description of its own
        found.append((noun, f"the {noun} {preposition} {text}"))
    return found


def _up_to(token: Token, top: Token) -> list[Token]:
    """``token`` and its heads up to, not including, ``top``."""
    chain = []
    while token.i != top.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    return chain


def _what_it_did(subject: Token) -> str:
    """ " that plunged into a ravine near Kosta" for the subject of a verb in the past ("A bus carrying 40 pilgrims
    plunged into a ravine near Kosta on Friday"): the verb and what follows it up to a time, a comma or a clause;
    "" for a subject of anything else, or when that is longer than a phrase."""
    verb = subject.head
    # (the tagger may read a past tense with an active subject as a participle: "A boat ... capsized off Lessa")
    if subject.dep_ != "nsubj" or verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB":
        return ""
    if any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return ""  # ("has been travelling": no act of the past that says which)
    end = verb.i + 1
    for child in (c for c in children_of(verb) if c.i > verb.i):
        words = list(child.subtree)
        if (
            child.dep_ not in ("prep", "prt", "dobj")
            or child.left_edge.i != end
            or any(t.ent_type_ in ("DATE", "TIME") or t.is_punct or t.dep_ in ("relcl", "acl", "advcl") for t in words)
        ):
            break
        end = child.right_edge.i + 1
    if end - verb.i > MAX_PHRASE_TOKENS - 4:
        return ""
    return f" that {text_of(subject.doc, verb.i, end)}"


def _mishap_of(subject: Token) -> str | None:
    """ "the capsizing of the passenger ferry" for the subject "ferry" of "A passenger ferry capsized": a mishap the
    verb of a common noun reports, named as a noun phrase; None for any other token."""
    verb = subject.head
    noun = lexicon.MISHAP_NOUNS.get(verb.lemma_.lower()) if subject.dep_ == "nsubj" else None
    if verb.lemma_.lower() == "break" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("apart", "up") for c in children_of(verb)
    ):
        noun = "break-up"  # "A Vireo-2 rocket broke apart": the break-up of the rocket
    if noun is None or verb.pos_ != "VERB" or subject.tag_ not in ("NN", "NNS"):
        return None
    # (the word right before it: "passenger ferry", and a name read as a number, "Vela-3 rocket")
    words = [
        c.text
        for c in subject.lefts
        if c.i == subject.i - 1
        and (c.dep_ in ("compound", "amod") or (c.dep_ == "nummod" and c.ent_type_ == "PRODUCT"))
    ]
    return f"the {noun} of the {' '.join([*words, subject.text])}"


# Verbs a figure moves by, up or down, and the nouns for such a move ("rose to 7.2 percent", "the largest increase").
_MOVING_UP = frozenset(["rise", "climb", "increase", "jump", "accelerate", "grow"])
_MOVING_DOWN = frozenset(["fall", "slow", "ease", "drop", "decrease", "slip"])
_MOVING_VERBS = _MOVING_UP | _MOVING_DOWN
# Verbs a body moves a figure of its own by ("raised its main interest rate to 5.5 percent").
_SETTING_UP = frozenset(["raise", "lift", "hike", "increase"])
_SETTING_DOWN = frozenset(["cut", "lower", "reduce", "trim"])
_CHANGES_UP = frozenset(["rise", "increase", "jump", "gain", "climb", "hike"])
_CHANGES_DOWN = frozenset(["fall", "decrease", "drop", "decline", "cut", "reduction"])
_MEASURE_CHANGES = _CHANGES_UP | _CHANGES_DOWN


@dataclass(frozen=True)
class MeasureMove:
    """A figure the lead reported moving: what moved ("Consumer price inflation in Caldera", "the Reserve Bank of
    Corvalia's main interest rate"), the figure it reached ("3.1 percent") and which way ("up"/"down")."""

    moved: str
    figure: str
    direction: str

    def change(self, noun: Token) -> str | None:
        """ "the rise in the Reserve Bank of Corvalia's main interest rate to 5.5 percent" for a ``noun`` of a
        change the same way ("rise", "increase"); None for a change the other way or none."""
        lemma = noun.lemma_.lower()
        way = "up" if lemma in _CHANGES_UP else "down" if lemma in _CHANGES_DOWN else None
        if way != self.direction:
            return None
        return f"the {noun.text} in {_lower_first(self.moved)} to {self.figure}"


def _measure_moved(sent: Span, start: int, quoted: Collection[int]) -> MeasureMove | None:
    """ "Consumer price inflation in Caldera slowed to 3.1 percent in January, the office said", "The Reserve Bank
    of Corvalia raised its main interest rate ... to 5.5 percent": what moved (a common noun's phrase, with where or
    whose), the figure it moved to and which way."""
    for verb in tokens_of(sent.doc, start, sent.end):
        lemma = verb.lemma_.lower()
        if lemma not in _MOVING_VERBS | _SETTING_UP | _SETTING_DOWN or verb.pos_ != "VERB" or verb.i in quoted:
            continue
        subject = _subject(verb)
        mover = subject
        if lemma in _SETTING_UP | _SETTING_DOWN:
            subject = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)  # what was moved
        to = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
        figure = next((c for c in children_of(to) if c.dep_ == "pobj"), None) if to is not None else None
        if subject is None or figure is None or subject.pos_ != "NOUN" or subject.ent_type_:
            continue
        if not any(t.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") for t in figure.subtree):
            continue
        words = sent.doc[subject.left_edge.i : subject.right_edge.i + 1]
        value = sent.doc[figure.left_edge.i : figure.right_edge.i + 1]
        if words.start < start or len(words) > MAX_PHRASE_TOKENS or any(t.is_punct for t in (*words, *value)):
            continue
        moved = words.text
        if words[0].lower_ in ("its", "their"):
            # "raised its main interest rate": the mover's, by its name
            if mover is None or not (mover.ent_type_ == "ORG" or mover.tag_ == "NNP"):
                continue
            owner = sent.doc[mover.left_edge.i : mover.right_edge.i + 1]
            if any(t.is_punct for t in owner) or len(owner) > MAX_PHRASE_TOKENS:
                continue
            moved = f"{_possessive(_lower_first(owner.text))} {words[1:].text}"
        up = lemma in _MOVING_UP | _SETTING_UP
        return MeasureMove(moved, value.text, "up" if up else "down")
    return None


def _lower_first(phrase: str) -> str:
    """A phrase that opened a sentence, for the inside of one ("Consumer price inflation" -> "consumer price ...");
    a name keeps its capital."""
    first = phrase.split()[0]
    return phrase if first.isupper() or first[1:] != first[1:].lower() else phrase[0].lower() + phrase[1:]


def _ranked_kind(it: Token) -> Token | None:
    """ "It is the second recall ..." / "It was the worst spill since ...": the noun that ranks "it" among events
    of its kind (an ordinal or a superlative before it; "the third round of job cuts" -> "cuts"), else None."""
    verb = it.head
    if verb.lemma_ != "be":
        return None
    attr = next((c for c in children_of(verb) if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    # (the ordinal wherever the parser hung it before the noun: "the third ransomware attack")
    if attr is None or not any(
        t.tag_ == "JJS" or t.lower_ in _ORDINAL_WORDS for t in tokens_of(it.doc, attr.left_edge.i, attr.i)
    ):
        return None
    if attr.lemma_.lower() in _COUNTING_NOUNS:
        of = next((c for c in attr.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    return attr


_MEASURED = frozenset(["DATE", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"])
# What a figure rises or falls to ("its highest level", "its lowest rate").
_LEVELS = frozenset(["level", "rate", "pace", "point", "reading", "value", "high", "low"])


def _second_that_clause(it: Token) -> bool:
    """ "X said a valve had failed and that it was working with ...": "it" opening a further "that" clause of a
    statement, which says the speaker's own part, not that of the subject of the clause before."""
    verb = it.head
    return (
        it.dep_ in ("nsubj", "nsubjpass")
        and verb.dep_ == "conj"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb))
    )


def _opens_main_clause(it: Token, sent: Span) -> bool:
    """ "It" first in its sentence, or first after a phrase that only sets the scene ("Under data protection law, it
    can fine ...") or a conjunction that links it to the sentence before ("But it warned ...")."""
    if it.i == sent.start:
        return True
    root = sent.root
    reported = it.head
    saying = root.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
    if reported.dep_ == "ccomp" and reported.head.i == root.i and reported.i < root.i and saying:
        root = reported  # "By Wednesday morning it had burned 410 hectares, she said": what she said opens it
    if it.head.i != root.i or it.dep_ not in ("nsubj", "nsubjpass"):
        return False
    opening = [c for c in children_of(root) if c.i < it.i]
    return (
        all(c.dep_ in ("prep", "advmod", "advcl", "npadvmod", "punct", "cc") for c in opening)
        and min((c.left_edge.i for c in opening), default=it.i) == sent.start
    )


def _opens_main_clause_bare(pronoun: Token, sent: Span) -> bool:
    """``_opens_main_clause`` after a scene-setting phrase that names no people or things a pronoun could stand for
    ("If convicted, they face ...": the sentence before's; not "When the guards left, they ...")."""
    return _opens_main_clause(pronoun, sent) and not any(
        t.tag_ in ("NNS", "NNPS", "PRP") or t.ent_type_ in ("PERSON", "ORG", "NORP")
        for t in tokens_of(sent.doc, sent.start, pronoun.i)
    )


def _tag_speakers_body(its: Token, resolved: dict[int, str], first: int, antecedents: Antecedents) -> str | None:
    """ "The authority has closed the well ..., its director, Dr. Pavel Ostrin, told reporters": the body the
    statement before the speech tag is about, whose the speaker is."""
    speaker, root = its.head, its.sent.root
    lemma = speaker.lemma_.lower()
    # (or a state's body: "Veldmark will impose a tariff ..., its trade ministry said": Veldmark's, a state's,
    # whatever the tagger typed the name)
    state_body = lemma in lexicon.STATE_NOUNS
    person = lemma in lexicon.PERSON_NOUNS or lemma in lexicon.OCCUPATIONS or lemma in _ORGANISERS
    if not person and not state_body:
        return None
    if root.lemma_.lower() not in lexicon.CLAIMER_VERBS or root.i < its.i:
        return None
    content = next((c for c in children_of(root) if c.dep_ == "ccomp" and c.i < its.i), None)
    if content is None:
        return None
    subject = _subject(content)
    if subject is None or subject.i >= its.i or subject.lemma_.lower() in PERSON_NOUNS:
        return None
    if state_body:
        return subject.text if subject.tag_ == "NNP" and subject.is_title and len(list(subject.subtree)) == 1 else None
    if _a_person(subject):
        return None
    # "A petition ... has gathered 12,000 signatures, its organisers said": the petition's
    named = resolved.get(subject.i) or _subject_name(subject, resolved, first, antecedents.bodies)
    return named or (_described_again(subject) if lemma in _ORGANISERS else _place_of_statement(its, content))


def _place_of_statement(its: Token, content: Token) -> str | None:
    """ "At the city's main hospital, admissions doubled in a week, its director said": the one body or facility the
    statement before the tag names (as the article wrote it), whose the speaker is."""
    nouns = [
        t
        for t in content.subtree
        if t.i < its.i
        and t.tag_ == "NN"
        and not t.ent_type_
        and (t.lower_ in BODY_HEADS or t.lower_ in _FACILITY_NOUNS or t.lower_ in _RESEARCH_BODIES)
    ]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    words = noun.doc[noun.left_edge.i : noun.i + 1]
    if not all(t.is_alpha or t.tag_ == "POS" for t in words) or words[0].lower_ != "the":
        return None
    return words.text


# Words for the people behind a thing ("its organisers said").
_ORGANISERS = frozenset(["organiser", "organizer", "organisers", "organizers", "sponsor", "backer", "founder"])


def _ranks_own_past(its: Token) -> bool:
    """ "its lowest level since 2020" set beside what a verb did ("The index fell to 91.2, its lowest ..."): a
    superlative or an ordinal that ranks the verb's subject against its own past."""
    noun = its.head
    if not any(c.tag_ == "JJS" or c.lower_ in _ORDINAL_WORDS for c in noun.lefts):
        return False
    verb = noun.head
    if noun.dep_ == "appos" and verb.ent_type_ in _MEASURED and verb.dep_ == "pobj":
        verb = verb.head.head  # the parser may set it beside the month or the figure ("3.1 percent in January, its")
    elif noun.dep_ == "pobj" and verb.lower_ in ("to", "at") and noun.lemma_.lower() in _LEVELS:
        verb = verb.head  # "Inflation climbed to its highest level in a decade" (but "moved to its largest office")
    elif noun.dep_ == "dobj" and verb.lemma_.lower() in ("reach", "hit", "touch") and noun.lemma_.lower() in _LEVELS:
        pass  # "Unemployment reached its lowest level since 2008"
    elif (
        noun.dep_ == "dobj"
        and its.doc[its.i - 1].text == ","
        and any(c.dep_ == "dobj" and c.i < its.i for c in children_of(verb))
    ):
        pass  # "raised its main rate to 6 percent on Thursday, its third increase this year": a second object
    elif noun.dep_ != "npadvmod":
        return False  # "Orsk Steel, its biggest rival": no rank of its own past
    return verb.pos_ in ("VERB", "AUX") and _subject(verb) is not None


def _counted_kind(kind: Token) -> bool:
    """ "job cuts" in "the third round of job cuts": the "of" object of a counting noun."""
    return kind.dep_ == "pobj" and kind.head.head.lemma_.lower() in _COUNTING_NOUNS


def _placeholder(it: Token) -> bool:
    """ "it" standing for a clause that follows: "it was too early to say whether ...", "it is unclear whether",
    "it emerged that", "rough seas made it impossible to deploy the booms"."""
    verb = it.head
    if verb.pos_ == "ADJ" and verb.head.lemma_.lower() in _SMALL_CLAUSE_VERBS:
        # "made it impossible to deploy", "found it hard to believe that": the adjective's own clause is what "it" is
        return any(c.dep_ in ("advcl", "xcomp", "ccomp") for c in children_of(verb))
    if verb.lemma_.lower() not in ("be", "seem", "appear", "emerge", "remain", "become"):
        return False
    clauses = ("ccomp", "xcomp", "csubj")
    return any(
        c.dep_ in clauses
        or (
            c.dep_ == "acomp" and c.lemma_.lower() not in _ABLE_WORDS and any(g.dep_ in clauses for g in children_of(c))
        )
        for c in children_of(verb)
    )  # not "ruling that it was too broad"


# Adjectives whose clause says what their subject can or will do ("it had not been able to verify ..."): the "it"
# before them is a thing, never a placeholder.
_ABLE_WORDS = frozenset(["able", "unable", "ready", "willing", "unwilling", "prepared", "keen", "eager", "determined"])


def _refers_back(it: Token) -> bool:
    """ "It" as the subject of its verb, not the placeholder of "it is unclear whether ..." / "it emerged that"."""
    verb = it.head
    if it.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # a clause after the verb makes "it" a placeholder only for verbs that take one ("it seems that", "it was
    # reported that"); "It recommended lowering the reservoir" is the report
    placeholder_verb = verb.lemma_.lower() in _PLACEHOLDER_VERBS or it.dep_ == "nsubjpass"
    if placeholder_verb and any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in children_of(verb)):
        return False
    return not (verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in children_of(verb)))


# Verbs whose object "it" and an adjective after it may stand for a clause ("made it impossible to ...").
_SMALL_CLAUSE_VERBS = frozenset(["make", "find", "consider", "deem", "think", "call"])
# Verbs whose "it" may stand for a clause that follows ("it seems that", "it takes years to", "it matters that").
_PLACEHOLDER_VERBS = frozenset(
    ["be", "seem", "appear", "emerge", "remain", "become", "take", "matter", "follow", "happen", "turn", "mean"]
)


def _article(determiner: Token, word: str) -> str:
    """ "the" stays; "a"/"an" as ``word`` (what now follows it) wants."""
    if determiner.lower_ not in ("a", "an"):
        return determiner.lower_
    return "an" if word[:1].lower() in "aeiou" else "a"


_OF_SETTLEMENT = re.compile(r"^(?i:the) (city|town|village)('s)? ")


def _without_article(phrase: str) -> str:
    """A lower-case phrase without its leading "the", "a" or "an"."""
    return re.sub(r"^(?:the|an?) ", "", phrase)


# One thing in a settlement the text named ("the factory in the town of Corrabay").
_IN_SETTLEMENT = re.compile(r"^((?i:the)) ([a-z]+) in the (?:city|town|village) of ([A-Z][\w-]*(?: [A-Z][\w-]*)?)$")


def _with_city_named(phrase: str, antecedents: Antecedents) -> str:
    """ "the city water company" -> "the Kessary city water company", "the town's medical council" -> "Qasr Dalil's
    medical council": a body of the settlement "the city"/"the town" stands for."""
    placed = _IN_SETTLEMENT.match(phrase)
    if placed is not None:
        # "the factory in the town of Corrabay" -> "the Corrabay factory"
        return f"{placed.group(1)} {placed.group(3)} {placed.group(2)}"
    found = _OF_SETTLEMENT.match(phrase)
    if found is None:
        return phrase
    kind, possessive = found.groups()
    settlement = antecedents.city() if kind == "city" else _settlement_of_kind(antecedents, kind)
    if settlement is None:
        return phrase
    if possessive:
        return f"{_possessive(settlement)} {phrase[found.end() :]}"
    return f"{phrase[:4]}{settlement} {phrase[4:]}"


def _settlement_of_kind(antecedents: Antecedents, kind: str) -> str | None:
    """The settlement named last when it is of ``kind`` ("capital": a city), else for "city" the dateline's."""
    if kind == "city":
        return antecedents.city()
    last = antecedents.settlements[-1] if antecedents.settlements else None
    wanted = "city" if kind == "capital" else kind
    return last if last is not None and antecedents.settlement_kinds.get(last) == wanted else None


def _body_word_of_person(token: Token, span: Span) -> Token | None:
    """ "A board spokesman", "the company's"-less "a ministry official": a body's word used as a noun before a
    person noun, right after its determiner; returns that determiner."""
    if token_attrs(token).tag != "NN" or token.dep_ != "compound" or token.i <= span.start:
        return None
    low = token.lower_
    if low not in BODY_HEADS and low not in TOPIC_HEADS:
        return None
    person = token.head
    if person.i != token.i + 1 or person.lemma_.lower() not in PERSON_NOUNS | set(lexicon.PERSON_NOUNS):
        return None
    if person.tag_ != "NN" or any(c.tag_ == "POS" for c in children_of(person)):
        return None  # "The bank workers' union": people of a trade, no one bank's
    determiner = token.doc[token.i - 1]
    return determiner if determiner.lower_ in ("a", "an", "the") and determiner.head.i == person.i else None


# Verbs that take or refuse responsibility for an event.
_RESPONSIBILITY_VERBS = frozenset(["claim", "take", "accept", "deny", "disclaim", "admit"])


def _event_part(
    token: Token, span: Span, before: str, quoted: Collection[int], antecedents: Antecedents
) -> tuple[int, str] | None:
    """ "the victims", "the death toll", "the site", with no phrase after it that says of what: the offset where it
    starts in ``span`` and the phrase with the article's first event ("the death toll from the floods in Asha");
    also "claimed responsibility" with no "for" ("No group has claimed responsibility for the car bomb in Karsk")."""
    if token.lower_ == "responsibility" and token.i not in quoted:
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in _RESPONSIBILITY_VERBS:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in (*children_of(token), *children_of(verb))):
            return None
        event = antecedents.event_as_written()
        if event is None or event in before:
            return None
        return token.idx - span.start_char, f"{token.text} for {event}"
    if token.lower_ in _HARMED and token.i not in quoted and token.i > span.start:
        return _people_harmed_in(token, span, before, antecedents)
    casualty_figures = token.lower_ == "figures" and (
        antecedents.counted_harm or any(c.dep_ == "compound" and c.lower_ in ("casualty", "death") for c in token.lefts)
    )  # ("The figures could not be verified" after a count of the dead: the casualty figures of the lead's event)
    if (
        (token.lower_ not in EVENT_PARTS and not casualty_figures)
        or token.i in quoted
        or token.tag_ not in ("NN", "NNS")
    ):
        return None
    determiner = token.doc[token.left_edge.i]
    lefts = list(token.lefts)
    if determiner.lower_ != "the" or determiner.i < span.start or lefts[0].i != determiner.i:
        return None
    if any(c.dep_ not in ("det", "compound") for c in lefts) or any(
        c.dep_ in ("prep", "acl", "relcl") for c in token.rights
    ):
        return None  # "the victims of the flooding", "the site where it fell": says of what
    if any(c.tag_ == "POS" for c in token.rights):
        return None  # "the victims' families": no phrase of the event can come between a possessor and its "'"
    # (or the mishap or disaster the lead reported: "A passenger train derailed near Kolo, killing 12 people")
    event = antecedents.lead_event()
    if event is None or event in before:
        return None
    part = text_of(token.doc, determiner.i, token.i + 1)
    if token.lower_ == "toll" and token.i == determiner.i + 1:
        part = f"{determiner.text} death toll"  # "The toll rose" is the count of the dead
    if casualty_figures and token.i == determiner.i + 1:
        part = f"{determiner.text} casualty figures"
    joined = "from" if casualty_figures else EVENT_PARTS[token.lower_]
    # ("the victims of the Asha floods": the place before the event, so that nothing after "of the" waits for it)
    return determiner.idx - span.start_char, f"{part} {joined} {_place_first(event)}"


# People harmed, as a lead's event is written for them ("Seven of the injured" -> "Seven of the people injured in the
# Veldmark tram collision"): the word and how it is joined to the event.
_HARMED = {"injured": "injured in", "wounded": "wounded in", "dead": "killed in", "missing": "missing after"}


def _people_harmed_in(token: Token, span: Span, before: str, antecedents: Antecedents) -> tuple[int, str] | None:
    """ "the injured", "the dead" standing for people (no noun after them, no phrase that says in what): the offset
    where "the" starts in ``span`` and the people harmed in the article's first event, or the mishap or disaster its
    lead reported."""
    doc = token.doc
    determiner = doc[token.i - 1]
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if determiner.lower_ != "the" or token.tag_ not in ("VBN", "JJ") or token.dep_ not in _NOMINAL_DEPS:
        return None
    if following is not None and (following.pos_ in ("NOUN", "PROPN") or following.lower_ in ("in", "from", "of")):
        return None  # "the injured man", "the dead in the strike on ...": says who, or in what
    event = antecedents.lead_event()
    if event is None or event in before:
        return None
    return determiner.idx - span.start_char, f"the people {_HARMED[token.lower_]} {_place_first(event)}"


_NOMINAL_DEPS = frozenset(["nsubj", "nsubjpass", "pobj", "dobj", "conj"])


def _body_by_whose(body: Token) -> str | None:
    """ "the regional prosecutor's office", "the nurses' union": a body's word after whose it is, in common words
    only (a name would say which), as the text wrote them after "the"."""
    if body.lower_ not in BODY_HEADS or body.left_edge.lower_ != "the":
        return None
    words = body.doc[body.left_edge.i + 1 : body.i + 1]
    if not any(t.dep_ == "poss" and t.head.i == body.i for t in words) or len(words) > 5:
        return None
    if not all((t.is_alpha and t.is_lower) or t.tag_ == "POS" for t in words):
        return None
    return f"the {words.text}"


def _bare_description(token: Token, span: Span) -> bool:
    """ "the camp", "this study": a common noun with only a definite determiner before it and no "of"/"in" phrase
    after it that would say which."""
    if token_attrs(token).tag not in ("NN", "NNS") or token.i <= span.start:
        return False
    determiner = token.doc[token.i - 1].lower_
    # (a word before the determiner is none of the noun's: "twice the bank's target", "all the villages")
    lefts = list(token.lefts)
    if determiner not in ("the", "this", "that", "these", "those") or lefts[-1:] != [token.doc[token.i - 1]]:
        return False
    if any(t.tag_ != "PDT" for t in lefts[:-1]):
        return False
    if determiner in ("these", "those") and token_attrs(token).tag != "NNS":
        return False  # ("those" before a singular noun is no determiner of it)
    if token.lemma_.lower() in _TIMES:
        return False  # "this season", "that week": a time, which ``dates`` writes out or leaves
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None:
        return True
    if any(c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") and c.i < token.i + 4 for c in token.rights):
        return False  # "The business daily Tarvo Courant reported": the name set right after it says which
    if following.text == "," and _name_set_beside(token):
        return False  # "Two executives of the firm, Bauwerk Nord, were charged": the name says which
    if following.text != "," and any(c.dep_ == "relcl" for c in token.rights):
        # "the company that built it": the clause says which (a participle need not: "images showed the ice
        # covering 410,000 square kilometres")
        return False
    if following.lower_ == "between" and following.head.i == token.i:
        return False  # "the border between the two former provinces": the phrase says which
    # (only after an object: "The charity called on both sides" is a subject the parser took for the verb's noun)
    if (
        token.dep_ in ("pobj", "dobj", "attr")
        and following.tag_ in ("VBN", "VBD")
        and following.pos_ == "VERB"
        and following.dep_ not in ("aux", "auxpass")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(following))
    ):
        return False  # "the accounts of the people interviewed": the participle says which (whatever it hangs on)
    if following.lower_ in ("of", "in"):
        # "the council of Dolna" says which; "accused the council of cutting ..." does not: its "of" is the verb's
        # (a gerund after it is the verb's whatever the parser hung it on)
        gerund = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in children_of(following))
        verbs_of = token.dep_ == "dobj" and token.head.lemma_.lower() in _OF_VERBS  # "accused the company of"
        return (following.head.i != token.i or gerund or verbs_of) and not any(
            (t.tag_ in ("NNP", "NNPS") and t.ent_type_ not in ("DATE", "TIME")) or t.ent_type_ in _NAMED
            for t in following.subtree
        )  # (a day is no name: "accused the rebels of shelling a checkpoint on Wednesday")
    return following.tag_ not in ("NNP", "NNPS")  # not "the group Digital Rights Forum", which names itself


def _name_set_beside(noun: Token) -> bool:
    """Whether a proper name set off by commas follows ``noun`` as its apposition, wherever the parser hung it ("of
    the firm, Bauwerk Nord, were")."""
    doc = noun.doc
    first = noun.i + 2
    if first < len(doc) and doc[first].lower_ == "the":
        first += 1  # "The ship, the Lena Maris, was carrying"
    end = first
    while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and doc[end].is_title:
        end += 1
    if end == first or end >= len(doc) or doc[end].text not in (",", ".", ";"):
        return False
    name = doc[end - 1]
    if name.dep_ != "appos" or name.ent_type_ in ("GPE", "DATE"):
        return False
    # the noun itself, or the noun its phrase hangs on ("executives of the firm"), not one a clause has it in ("the
    # firm that runs the camp, Wardline Services": the firm's name)
    owner = noun
    while owner.i != name.head.i and owner.dep_ in ("pobj", "prep") and owner.head.i != owner.i:
        owner = owner.head
    return owner.i == name.head.i


# Relatives, each with the relatives that name the same tie from the other side ("X's sister ... her brother").
KIN = {
    "brother": ("sister", "brother"),
    "sister": ("brother", "sister"),
    "son": ("mother", "father"),
    "daughter": ("mother", "father"),
    "mother": ("son", "daughter"),
    "father": ("son", "daughter"),
    "husband": ("wife",),
    "wife": ("husband",),
}


def _matrix_subject_body(it: Token, resolved: dict[int, str]) -> str | None:
    """ "The X Trust expects the outbreak to cost it Y": "it" as the object of a clause with a subject of its own
    (which "it" cannot be: that would be "itself") is the body the main verb's subject names."""
    clause = it.head
    if it.dep_ not in ("dobj", "dative") or clause.dep_ not in ("xcomp", "ccomp"):
        return None
    matrix = clause.head
    local = _subject(clause) or next((c for c in children_of(matrix) if c.dep_ == "dobj" and c.i < clause.i), None)
    subject = _subject(matrix)
    if local is None or local.pos_ == "PRON" or subject is None or subject.i > it.i:
        return None
    if subject.i in resolved:
        return resolved[subject.i]
    found = _entities_in(it.doc, subject.left_edge.i, subject.right_edge.i + 1)
    # the name that is the subject itself ("Aurel Air, the largest carrier at Harwick, estimated ..."), else the one
    # name in its phrase
    own = [name for kind, name, ent in found if kind == "body" and ent.start <= subject.i < ent.end]
    if own:
        return own[0]
    if subject.lemma_.lower() in DOCUMENT_NOUNS | _INQUIRY_NOUNS:
        return None  # "A survey by the polling firm Demora found that 68 percent oppose it": no doing of Demora's
    return found[0][1] if len(found) == 1 and found[0][0] == "body" else None


def _body_acted_on_before(it: Token, resolved: Mapping[int, str]) -> str | None:
    """ "The inspectorate ordered Valcor Mining to reinforce the supports and fined it 180,000 crowns": "it" as the
    object of a verb joined to earlier ones (whose subject it cannot be: that would be "itself") is the body named as
    the nearest of their objects, when that object is a body's name, or an "it" the claim wrote as one ("had cost it
    90 million and forced it to cancel flights")."""
    if it.dep_ not in ("dobj", "dative") or it.head.dep_ != "conj":
        return None
    verb = it.head.head
    objects: list[Token] = []
    while True:
        objects += [
            c
            for c in children_of(verb)
            if c.dep_ in ("dobj", "dative")
            and c.i < it.i
            and c.ent_type_ not in _MEASURED  # ("cost it 90 million kroner": what it cost is no one acted on)
            and (_one_thing(c) or (c.lower_ == "it" and c.i in resolved))
        ]
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    nearest = max(objects, key=lambda t: t.i, default=None)
    if nearest is not None and nearest.lower_ == "it":
        return resolved[nearest.i] if resolved[nearest.i][:1].isupper() else None
    if nearest is None or nearest.tag_ not in ("NNP", "NNPS"):
        return None
    found = [
        name
        for kind, name, ent in _entities_in(it.doc, nearest.left_edge.i, nearest.i + 1)
        if kind == "body" and ent.label_ in ("ORG", "PERSON") and ent.start <= nearest.i < ent.end
    ]
    return found[0] if found else None


def _thing_the_subject_acts_on(it: Token) -> str | None:
    """ "it" as the object of a verb whose subject is an action on one thing ("The recent seizure of the base by the
    CSP has turned it into a stronghold", "The sale of the club left it debt-free"): that thing, as written, when
    nothing else stands between them."""
    verb = it.head
    if it.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    subject = _subject(verb, passive=False)
    if subject is None or subject.i > it.i or subject.tag_ != "NN" or not subject.lemma_.endswith(_ACTION_ENDINGS):
        return None
    of = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if thing is None or thing.tag_ not in ("NN", "NNP") or thing.ent_type_ in ("PERSON", "NORP"):
        return None
    words = it.doc[thing.left_edge.i : thing.i + 1]
    if not all(t.is_alpha or "-" in t.text for t in words) or words[0].lower_ not in ("the", "its", "their"):
        return None
    return words.text if words[0].lower_ == "the" else None


# Endings of nouns for an action done to something ("seizure", "closure", "capture", "sale", "renovation").
_ACTION_ENDINGS = ("ure", "ion", "al", "ment", "sale", "takeover", "purchase")


_WH_WORDS = frozenset(["what", "which"])


def _cited_in_clause(it: Token) -> Token | None:
    """The "citing"/"quoting" whose object a relative clause with ``it`` as its subject describes ("citing delivery
    records it had obtained"), when that participle hangs on a verb."""
    clause = it.head
    if it.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.head.dep_ != "dobj":
        return None
    citing = clause.head.head
    cites = citing.lemma_.lower() in ("cite", "quote") and citing.tag_ == "VBG" and citing.dep_ in ("advcl", "xcomp")
    return citing if cites and citing.head.pos_ in ("VERB", "AUX") else None


def _relative_clause_subject(
    it: Token, sent: Span, antecedents: Antecedents, resolved: dict[int, str], first: int
) -> str | None:
    """ "it" as the subject of a relative clause ("a pay deal, which it put at 1.8 billion", "for what it called
    failures", "which it said was illegal"): not the noun the clause hangs on, but the one thing the sentence is
    about, its main subject ("The FSA fined the bank for what it called ..." -> "what the FSA called"); None when
    that subject is a person, a plural or a pronoun, or stands after "it"."""
    if it.dep_ == "dobj":
        # "the Senate, which is expected to approve it": the object of a relative clause whose "which" is its
        # subject (so not what the clause hangs on)
        verb = it.head
        while verb.dep_ == "xcomp":
            verb = verb.head
        relative = _subject(verb)
        if verb.dep_ != "relcl" or relative is None or relative.lower_ not in ("which", "that"):
            return None
        # the subject of the clause the noun belongs to ("The bill now goes to the Senate"); not that noun itself
        # ("The company that operates it, Aquasud, said": no company operates itself)
        subject = _subject(_verb_above(verb), passive=False)
        if subject is not None and subject.i == verb.head.i:
            return None
    elif (citing := _cited_in_clause(it)) is not None:
        # "..., the newspaper Aurelia Today reported, citing emails it had seen": whoever cites them saw them, the
        # reporter even when the parser hung "citing" on the clause reported ("reported that the committee had urged
        # the board to sell, citing minutes it had seen")
        subject = _subject(reporting_verb_over(citing) or citing.head, passive=False)
    elif it.dep_ != "nsubj" or it.head.i <= it.i or it.i == 0 or it.doc[it.i - 1].lower_ not in _WH_WORDS:
        return None  # not "the spot where it began", which is the fire's own spot
    else:
        subject = _subject(sent.root, passive=False)
    if subject is None or subject.i >= it.i or subject.i < first or subject.lower_ == "it":
        return None
    named_body = subject.tag_ == "NNPS" and subject.ent_type_ == "ORG"  # ("Clean Rivers")
    if (
        (subject.tag_ not in ("NN", "NNP") and not named_body)
        or subject.ent_type_ == "PERSON"
        or subject.pos_ == "PRON"
    ):
        return None
    if subject.lower_ in PERSON_NOUNS or subject.lemma_.lower() in lexicon.PERSON_NOUNS:
        return None
    if any(c.dep_ == "conj" for c in children_of(subject)):
        return None  # "The union and the operator said ...": two things, no "it"
    name = _subject_name(subject, resolved, first) or _plain_subject(subject, first)
    if name in antecedents.people:
        return None
    possessor = next((c for c in children_of(subject) if c.dep_ == "poss" and c.i >= first), None)
    if name is None or possessor is None or subject.i in resolved:
        return name
    # "Karin Wessel's Social Alliance" (or "Her Social Alliance", her resolved): its owner's name says which
    if possessor.i in resolved:
        return f"{resolved[possessor.i]} {text_of(subject.doc, possessor.i + 1, subject.i + 1)}"
    if possessor.pos_ == "PROPN":
        return text_of(subject.doc, possessor.left_edge.i, subject.i + 1)
    return name


def _described_again(subject: Token) -> str | None:
    """ "A container ship carrying 4,000 tonnes of steel" named again: "the container ship" (its noun and the words
    before it that say what kind, with "the"); None when a name or a number is among them."""
    lefts = [c for c in subject.lefts if c.dep_ in ("compound", "amod")]
    words = subject.doc[min((c.left_edge.i for c in lefts), default=subject.i) : subject.i + 1]
    if not all(t.is_alpha and not t.ent_type_ for t in words) or subject.tag_ != "NN":
        return None
    return f"the {words.text.lower()}"


def _plain_subject(subject: Token, first: int) -> str | None:
    """The subject phrase as written, from its determiner to its noun ("the bloc", "the regional council"), when
    it holds only words (no name the tagger typed, no number)."""
    words = subject.doc[max(first, subject.left_edge.i) : subject.i + 1]
    if not words or not all(t.is_alpha for t in words) or words[0].lower_ != "the":
        return None
    return f"the {text_of(subject.doc, words.start + 1, subject.i + 1)}"


def _the_one_person(gender: str, antecedents: Antecedents) -> str | None:
    """The one person the sentence before named who may be of ``gender`` and did not say it."""
    speaker = antecedents.last_speaker or ""
    named = [
        p
        for p in antecedents.previous_people
        if antecedents.gender_of(p) in ("", gender) and not (speaker and (p == speaker or _surname_of(p, speaker)))
    ]
    if len(set(named)) != 1:
        return None
    antecedents.genders.setdefault(named[0], gender)
    return named[0]


def _quoted_subject_person(pronoun: Token, antecedents: Antecedents, claimers: Sequence[str]) -> str | None:
    """'"He had his hands on the wheel," Abena said': "he"/"she" as a subject in the words of a speaker of the
    other gender is the one person of its gender the sentence before named (else it stays the speaker's); in a
    lawyer's words, the client."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass") or len(claimers) != 1:
        return None
    gender = _GENDER[pronoun.lower_]
    if any(t.tag_ == "NN" and _person_word(t) for t in tokens_of(pronoun.doc, pronoun.sent.start, pronoun.i)):
        return None  # '"A minister is not above the rules he signs," she said': the minister the words name
    speaker = next((p for p in antecedents.people if p == claimers[0] or _surname_of(p, claimers[0])), claimers[0])
    client = antecedents.clients.get(speaker)
    if client is not None and antecedents.gender_of(client) in ("", gender):
        return client  # '"He has never taken a cent," said his lawyer': whom the lawyer speaks for
    speaker_gender = antecedents.gender_of(speaker)
    if not speaker_gender or speaker_gender == gender:
        return None
    named = [p for p in antecedents.previous_people if antecedents.gender_of(p) == gender]
    return named[0] if len(named) == 1 else None


# Words for people that name no one of them ("police", "staff").
_GROUPS_OF_PEOPLE = frozenset(["people", "police", "staff"])


def _quoted_people(they: Token, first: int, antecedents: Antecedents) -> str | None:
    """ "They" opening a quotation right after a sentence about people ("The players have not been paid since
    January. 'They have kept turning up for training,' she said"): those people, in brackets, as a quotation is
    clarified; not a "they" in the middle of what is said, which may be anyone."""
    if they.lower_ != "they" or they.dep_ != "nsubj":
        return None
    opening = they.i == first or (they.i == first + 1 and they.doc[first].is_quote)
    if not opening:
        return None
    if antecedents.last_plural is None:
        # '"They came down from the hills," she said' after "She said the attackers had arrived at dawn"
        reported = antecedents.last_reported_plural
        return _bracketed(reported, capital=they.text[0].isupper()) if reported is not None else None
    head = antecedents.last_plural.split()[-1].lower()
    lemma = head[:-1] if head.endswith("s") else head
    if not (_people_noun(lemma) or head in _GROUPS_OF_PEOPLE):
        return None
    return _bracketed(f"the {antecedents.last_plural_named or antecedents.last_plural}", capital=they.text[0].isupper())


def _said_of_a_plural(attr: Token) -> bool:
    """Whether ``attr`` is what a plural pronoun is said to be, or not to be ("They were not protesters", "These
    were people in press vests"): a description of a group named elsewhere, no group of its own (but "It was my
    sources who were exposed" names one)."""
    subject = next((c for c in children_of(attr.head) if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("they", "these", "those", "we")


def _bracketed(words: str, *, capital: bool) -> str:
    """Words written into a quotation, in brackets as a quotation is clarified: "[The workers]"."""
    return f"[{words[0].upper()}{words[1:]}]" if capital else f"[{words}]"


def _agreeing_verb(we: Token) -> Token | None:
    """The verb that agrees with a subject "we": its first auxiliary ("we are going", "we have said"), else the
    verb itself in the present ("what we find"); None for a past or a modal ("we found", "we will")."""
    if we.dep_ != "nsubj":
        return None
    verb = we.head
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i > we.i]
    first = auxiliaries[0] if auxiliaries else verb
    if first.lower_ in _SAME_IN_PAST:
        return None  # "We let our passengers down": the past, though the tagger read the present
    return first if first.tag_ == "VBP" and first.i > we.i else None


# Verbs whose past is written as their present: which a "we" before them meant, only the sense says.
_SAME_IN_PAST = frozenset(
    [
        *("let", "put", "set", "cut", "hit", "cost", "shut", "spread", "read", "hurt", "quit", "beat", "bet"),
        *("burst", "cast", "split", "upset", "bid", "broadcast", "forecast", "shed", "thrust", "fit"),
    ]
)


# Present verbs whose third person is not the word and an "s".
_THIRD_PERSON = {"are": "is", "have": "has", "do": "does", "'re": "is", "'ve": "has"}


def _third_person(verb: Token) -> str:
    """The third person singular of a present verb: "are" -> "is", "find" -> "finds", "push" -> "pushes"."""
    low = verb.lower_
    if low in _THIRD_PERSON:
        return _THIRD_PERSON[low]
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return f"{verb.text}es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return f"{verb.text[:-1]}ies"
    return f"{verb.text}s"


def _quotation_runs_on(sent: Span, words: Sequence[Token], attributed: Attribution | None) -> bool:
    """Whether the last of ``words`` (those of ``sent``'s body) is inside a quotation that no mark closes before the
    sentence ends: the quotation runs on into the next sentence."""
    return (
        bool(words)
        and inside_quotation(attributed, words[-1].i)
        and not any(t.is_quote for t in sent.doc[words[-1].i : sent.end])
    )


def _quoted_group(sent: Span, start: int, attributed: Attribution | None, written: Mapping[int, str]) -> str | None:
    """The one group of people named by the words of a quotation that runs on past ``sent`` (no closing mark
    after its last word), as the next sentence of the quotation would write them: "Our men returned fire to save
    their own lives." -> "our men"; "We pulled a boy and his sister out alive." -> "the boy and his sister". None
    when the quotation ends in the sentence or names no group or several (whom "they" is would be a guess)."""
    words = [t for t in sent if t.i >= start and not t.is_punct and not t.is_space]
    if not _quotation_runs_on(sent, words, attributed):
        return None
    groups: list[Span] = []
    for token in words:
        if (
            token.pos_ != "NOUN"
            or token.ent_type_
            or token.dep_ == "compound"
            or (token.dep_ == "attr" and _said_of_a_plural(token))
            or not inside_quotation(attributed, token.i)
        ):
            continue
        if not (_names_people(token) or token.lower_ in _GROUPS_OF_PEOPLE):
            continue
        if any(c.lower_ in ("only", "no", "not", "just") for c in token.lefts):
            continue  # "We have no army posts here, only farmers. They knew that": a contrast, whom "they" is not
        if token.tag_ == "NNS" and any(a.dep_ in ("relcl", "acl", "advcl") for a in token.ancestors):
            # "a week in which children are at risk": people a clause only describes are no group of the
            # sentence's own, and may still be whom "they" means ("ordinary people who wanted to help sick
            # children ... reached them"): which, no one can say
            return None
        if token.tag_ == "NNS" or token.lower_ in _GROUPS_OF_PEOPLE:
            left = min((c.left_edge.i for c in token.lefts), default=token.i)
            end = token.i + 1
            clause = next((c for c in token.rights if c.dep_ == "relcl"), None)
            if left == token.i and clause is not None:
                end = clause.right_edge.i + 1  # "People who grew up here": no one without the clause that says who
            groups.append(sent.doc[left:end])
        elif (other := next((c for c in children_of(token) if c.dep_ == "conj"), None)) is not None and (
            _names_people(other)
        ):
            groups.append(sent.doc[token.left_edge.i : other.i + 1])  # "a boy and his sister"
    subject = next((c for c in children_of(sent.root) if c.dep_ == "nsubj"), None)
    if not groups and subject is not None and subject.i >= start and inside_quotation(attributed, subject.i):
        if subject.lower_ == "they" and subject.i in written:
            # "They came down from the hills. They burned everything": the group the first "they" was written as
            group_of = written[subject.i].strip("[]")
            return group_of[0].lower() + group_of[1:] if group_of.startswith("The ") else group_of
        if subject.tag_ == "NNS" and subject.pos_ == "NOUN" and not subject.ent_type_:
            # "The protection systems did what they were designed to do. They isolated the fault": things
            groups.append(sent.doc[min((c.left_edge.i for c in subject.lefts), default=subject.i) : subject.i + 1])
    if (
        len(groups) != 1
        or len(groups[0]) > MAX_PHRASE_TOKENS
        or not all(t.is_alpha or t.tag_ in ("CD", "HYPH") for t in groups[0])
    ):
        return None
    group = groups[0]
    if group[0].dep_ in ("det", "poss") and group[0].lower_ not in ("a", "an"):
        # ("Our men" -> "our men"; "the trapped men" as it is)
        return " ".join([group[0].lower_, *(t.text for t in group[1:])]) if group[0].tag_ != "NNP" else group.text
    rest = group[1:] if group[0].lower_ in ("a", "an") else group
    return "the " + " ".join(t.text if t.tag_ in ("NNP", "NNPS") else t.lower_ for t in rest)


def _reported_people(sent: Span, start: int, quoted: Collection[int]) -> str | None:
    """The people a reported clause of ``sent`` is about, by a plural word and no name, outside quotations:
    "Provincial governor Nadia Oruel said the attackers had arrived" -> "the attackers"."""
    verb = sent.root
    if verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return None
    for clause in children_of(verb):
        if clause.dep_ != "ccomp" or clause.i in quoted:
            continue
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.i < start
            or subject.tag_ != "NNS"
            or subject.ent_type_
            or not _names_people(subject)
        ):
            continue
        words = sent.doc[min((c.left_edge.i for c in subject.lefts), default=subject.i) : subject.i + 1]
        if len(words) > 4 or not all(t.is_alpha for t in words):
            continue
        if words[0].lower_ == "the":
            return " ".join(t.lower_ for t in words)
        if words[0].dep_ in ("amod", "compound") or words[0].i == subject.i:
            return f"the {words.text.lower()}"  # "armed attackers" -> "the armed attackers"
        # (not "their colleagues", "some workers": no "the" before another determiner)
    return None


def _quoted_thing(sent: Span, start: int, attributed: Attribution | None) -> str | None:
    """The thing the words of a quotation that runs on past ``sent`` were about: its main verb's subject, a
    singular common noun with "the" or a possessive that names no person ("The water came under the door." -> "the
    water"; "The vaccine will not help ..." -> "the vaccine"), for "it" in the quotation's next sentence."""
    words = [t for t in sent if t.i >= start and not t.is_punct and not t.is_space]
    if not _quotation_runs_on(sent, words, attributed):
        return None
    subject = next((c for c in children_of(sent.root) if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.i < start
        or subject.tag_ != "NN"
        or subject.pos_ != "NOUN"
        or subject.ent_type_
        or _names_people(subject)
        or subject.lemma_.lower() in _TIMES
        or not inside_quotation(attributed, subject.i)
    ):
        return None
    lefts = [c for c in subject.lefts]
    if not lefts or lefts[0].dep_ not in ("det", "poss") or lefts[0].lower_ not in ("the", "our", "my", "their"):
        return None
    words_of = sent.doc[lefts[0].i : subject.i + 1]
    if len(words_of) > 4 or not all(t.is_alpha for t in words_of):
        return None
    return " ".join(t.text if t.tag_ in ("NNP", "NNPS") else t.lower_ for t in words_of)


def _quoted_it_refers_back(it: Token, first: int) -> bool:
    """Whether ``it`` in a quotation can stand for a thing the sentence before named: no noun for one thing
    before it in its sentence (that would be nearer), no placeholder "it" ("it is too early to say", "it seems
    that") and no cleft ("it was the army that ...")."""
    if any(t.tag_ == "NN" and t.pos_ == "NOUN" for t in tokens_of(it.doc, first, it.i)):
        return False
    if it.dep_ in ("dobj", "pobj"):
        return True
    return _refers_back(it) and not any(
        c.dep_ == "attr" and any(g.dep_ == "relcl" for g in children_of(c)) for c in children_of(it.head)
    )


def _continues_quotation(pronoun: Token, first: int, claim_start: int) -> bool:
    """Whether ``pronoun`` is said in a quotation its sentence carries on from the sentence before: no quote mark
    and no other group of people between the sentence's first word and it ("Two of them lost their jobs"), and
    the first "they"/"them" of its claim (a later one is the group the claim has just named)."""
    return not any(
        t.is_quote or (t.tag_ == "NNS" and _names_people(t)) for t in tokens_of(pronoun.doc, first, pronoun.i)
    ) and not any(t.lower_ in ("they", "them") for t in tokens_of(pronoun.doc, claim_start, pronoun.i))


def _relation_named(pronoun: Token, sent: Span, antecedents: Antecedents) -> str | None:
    """ "his"/"her" + a place or a relative, named by the tie the speaker was introduced with: "The mayor of
    Kerem, X, said his village ..." -> "Kerem"; "Daniel Osei's sister, Abena, said her brother ..." -> "Daniel
    Osei". The subject of the sentence's main verb carries the tie."""
    noun = pronoun.head
    subject = _subject(sent.root, passive=False)
    if pronoun.dep_ != "poss" or noun.i != pronoun.i + 1 or subject is None or subject.i > pronoun.i:
        return None
    lemma = noun.lemma_.lower()
    if lemma in SETTLEMENTS and subject.lemma_.lower() in PERSON_NOUNS | {"mayor", "governor"}:
        of = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = next((c for c in children_of(of) if c.dep_ == "pobj" and c.tag_ == "NNP"), None) if of else None
        if place is not None:
            return text_of(sent.doc, place.left_edge.i, place.i + 1).removeprefix("the ")
    if lemma in _OWN_BODY_NOUNS and subject.tag_ == "NNP":
        # "Rasmus Holt, education spokesman for the opposition Social Alliance, said his party would ..." -> "the
        # opposition Social Alliance": the body the speaker was introduced as speaking or working for
        # (the sentence's own apposition, or what the article said of the person before)
        ent = next((e for e in sent.ents if e.start <= subject.i < e.end), None)
        name = ent.text if ent is not None else subject.text
        person = next((p for p in reversed(antecedents.people) if p == name or _surname_of(p, name)), None)
        body = (antecedents.affiliation_of(ent) if ent is not None else None) or (
            antecedents.affiliations.get(person) if person is not None else None
        )
        if body is not None and (_own_head(body) == lemma or (lemma == "party" and _is_name(body.split()[-1]))):
            return body
    if lemma in KIN and subject.lemma_.lower() in KIN[lemma]:
        owner = next((c for c in children_of(subject) if c.dep_ == "poss" and c.tag_ == "NNP"), None)
        if owner is not None:
            name = text_of(sent.doc, owner.left_edge.i, owner.i + 1)
            return next((p for p in reversed(antecedents.people) if p == name or _surname_of(p, name)), name)
    return None


# Bodies a person belongs to, which "his"/"her" + the word is when the person was introduced by one.
_OWN_BODY_NOUNS = frozenset(["party", "union", "movement", "company", "firm", "organisation", "organization"])
# Verbs of taking a place: what "it" stands for as their object is a place ("fighters took it after a battle").
TAKING_VERBS = frozenset(
    ["take", "seize", "capture", "retake", "recapture", "overrun", "occupy", "besiege", "surround", "storm"]
)


def _place_before(it: Token, sent: Span, antecedents: Antecedents) -> str | None:
    """The place named last before ``it`` in its sentence (a place entity or a settlement the article named),
    else the settlement the article named last."""
    for ent in reversed(ents_within(sent.doc, sent.start, it.i)):
        if ent.label_ in ("GPE", "LOC") or clean_name(ent.text) in antecedents.settlements:
            return clean_name(ent.text)
    return antecedents.settlements[-1] if antecedents.settlements else None


# Verbs whose "of" phrase follows their object ("accused the company of hiding data"): it says nothing of which.
_OF_VERBS = frozenset(
    ["accuse", "suspect", "convict", "acquit", "clear", "warn", "remind", "inform", "notify", "rob", "deprive", "strip"]
)


def _owner_of_earlier_its(its: Token, sent: Span, resolved: dict[int, str]) -> str | None:
    """ "Trading in its shares was suspended on the Veskor exchange at its request": a second "its" after one the
    claim resolved is the same owner, when no body is named between them (a name before a common noun says which
    exchange, not whose request)."""
    earlier = next((t for t in reversed(sent.doc[sent.start : its.i]) if t.lower_ == "its"), None)
    if earlier is None or earlier.i not in resolved:
        return None
    if any(
        (t.ent_type_ in ("ORG", "PERSON") and not (t.dep_ == "compound" and t.head.is_lower)) or t.lower_ == "it"
        for t in tokens_of(sent.doc, earlier.i, its.i)
    ):
        return None
    return resolved[earlier.i]


def _inquiry_of_findings(its: Token, sent: Span, resolved: dict[int, str]) -> str | None:
    """ "ordered an independent inquiry on Sunday and said its findings would be published": the findings (results,
    conclusions, recommendations) of the inquiry, review or study the sentence set up before them."""
    if its.head.lower_ not in _FINDINGS:
        return None
    inquiry = next(
        (t for t in reversed(sent.doc[sent.start : its.i]) if t.dep_ == "dobj" and t.lemma_.lower() in _INQUIRY_NOUNS),
        None,
    )
    phrase = _object_phrase(inquiry, its, sent, resolved)
    return _possessive(phrase) if phrase is not None else None


def _thing_of_relative_clause(it: Token, subject: Token | None) -> str | None:
    """ "an end to a war that has killed 6,000 people since it broke out": "it" in a clause inside a relative clause
    is the thing (no person, no body) the relative clause hangs on, when ``subject`` (``_thing_subject_before``) is
    that noun: "the war"."""
    relative = _enclosing_relative(it)
    if (
        subject is None
        or relative is None
        or subject.i != relative.head.i
        or subject.tag_ != "NN"
        or subject.ent_type_
        or _person_word(subject)
        or subject.lower_ in BODY_HEADS
        or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in children_of(subject))
    ):
        return None
    modifiers = [c for c in subject.lefts if c.dep_ in ("compound", "amod") and c.is_alpha and c.is_lower]
    return f"the {text_of(subject.doc, modifiers[0].i if modifiers else subject.i, subject.i + 1)}"


def _it_of_governing_clause(it: Token, resolved: dict[int, str]) -> str | None:
    """ "that it had stopped shipping the drug as soon as it received the results": "it" as the subject of an
    adverbial clause is the "it" the claim resolved in the clause that clause hangs on."""
    if it.dep_ != "nsubj" or it.head.dep_ != "advcl":
        return None
    governing = _subject(_verb_above(it.head))
    # (or a body's word the claim named ("said his party would reverse the cuts if it won") -> the party)
    one_thing = governing is not None and (
        governing.lower_ == "it" or (governing.tag_ == "NN" and not _person_word(governing))
    )
    return resolved.get(governing.i) if governing is not None and one_thing else None


def _sayer_of_governing_clause(it: Token, resolved: dict[int, str], first: int, antecedents: Antecedents) -> str | None:
    """ "Common Table told the paper that ..., though it did not say how many": "it" saying (or not) in an adverbial
    clause is the body that is the subject of the clause that clause hangs on; things say nothing."""
    if it.dep_ != "nsubj" or it.head.dep_ != "advcl" or it.head.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return None
    governing = _subject(_verb_above(it.head))
    if governing is None or governing.i > it.i or governing.pos_ == "PRON":
        return None
    name = _subject_name(governing, resolved, first, antecedents.bodies)
    if name is None and (ent := entity_of(governing)) is not None:
        name = clean_name(ent.text)
    return name if name is not None and name in antecedents.bodies else None


def _reporters_own(its: Token, resolved: dict[int, str], first: int, antecedents: Antecedents) -> str | None:
    """ "Gorski Vjesnik reported that the mayor, Milan Petrak, had told its reporter": "its" in what a body reports
    a person did is the reporting body's, the one thing the statement's own subject cannot be."""
    speaker = _statement_speaker(its)
    own = _subject(_clause_of(its))
    if speaker is None or own is None or speaker.i > its.i or own.i > its.i:
        return None
    person = own.ent_type_ == "PERSON" or _a_person(own) or own.lemma_.lower() in lexicon.PERSON_NOUNS
    if not (person or any(c.ent_type_ == "PERSON" for c in children_of(own))):
        return None
    name = _subject_name(speaker, resolved, first, antecedents.bodies)
    if name is None or name in antecedents.people or (name.startswith("the ") and name[4:5].islower()):
        return None  # ("The ministry said the minister had told its staff": no more than its own description)
    return _possessive(name)


def _body_of_plural_subject(
    it: Token, sent: Span, resolved: dict[int, str], first: int, antecedents: Antecedents
) -> str | None:
    """ "The bank's troubles had been building since March, when it disclosed losses": troubles are no "it"; the
    body the sentence's plural subject belongs to is."""
    subject = _subject(sent.root)
    if subject is None or subject.tag_ != "NNS" or subject.i >= it.i:
        return None
    owner = next((c for c in children_of(subject) if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    name = _subject_name(owner, resolved, first, antecedents.bodies)
    return name if name not in antecedents.people else None


def _owner_of_telling_thing(it: Token, resolved: dict[int, str], first: int, antecedents: Antecedents) -> str | None:
    """ "the army's refusal to let journalists near the base suggested it was not in control": "it" in what a thing
    suggests or shows is the body that thing belongs to, not one named before; "it" as it stands when that body is
    only a description its sentence gives ("the army"), which says no more."""
    clause = it.head
    if it.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon.EXPLAINING_VERBS:
        return None
    thing = _subject(clause.head)
    if thing is None or thing.tag_ != "NN":
        # (the parser may give the verb another subject: "the army's refusal to let journalists near the base
        # suggested", with "journalists" its subject; the owned thing before it is still what suggests)
        thing = next(
            (t for t in reversed(it.doc[first : clause.head.i]) if any(c.dep_ == "poss" for c in children_of(t))), None
        )
    if thing is None or thing.tag_ != "NN" or thing.ent_type_ or thing.i < first:
        return None
    owner = next((c for c in children_of(thing) if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    name = _subject_name(owner, resolved, first, antecedents.bodies)
    if name is None and owner.lower_ in BODY_HEADS:
        return it.text
    return name if name is not None and name not in antecedents.people else None


def _verb_above(clause: Token) -> Token:
    """The verb the clause ``clause`` hangs on, through the words between ("stopped ... as soon as it received";
    "goes to the Senate, which is expected to approve it")."""
    head = clause.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _parallel_subject(it: Token, resolved: dict[int, str], bodies: Collection[str] = ()) -> str | None:
    """ "The institute questioned 1,850 adults, and it gave a margin of error" -> the subject of the clause that
    "it"'s clause (for "its", the clause of the subject given as ``it``) is joined to, by "and", "while" or a
    semicolon, when that subject names a body (one of ``bodies`` whatever the tagger typed it), also as the claim
    resolved it or its owner ("The club's revenue rose ..., but it still recorded a loss" -> "Harbour City FC";
    "Fresco's sales fell, while its rival grew" -> "Fresco")."""
    verb = it.head
    joined: Token | None = verb.head
    contrast = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in children_of(verb)
    )
    if verb.dep_ != "conj" and not contrast:
        # a clause before a semicolon, which the parser hangs on the one after it ("X questioned ...; its margin ...")
        joined = next(
            (
                c
                for c in children_of(verb)
                if c.dep_ in ("ccomp", "parataxis")
                and c.i < it.i
                and any(t.text == ";" for t in tokens_of(verb.doc, c.right_edge.i + 1, it.i))
            ),
            None,
        )
    if joined is None:
        return None
    subject = _subject(joined)
    if subject is None or subject.pos_ == "PRON" or _person_word(subject) or subject.lemma_.lower() in _STAFF:
        return None  # (nor people: "Brightwell staff flagged the error, but it was not corrected")
    found = _names_in(it.doc, subject.left_edge.i, subject.right_edge.i + 1)
    if found:
        return found[0][1] if found[0][0] == "body" or found[0][1] in bodies else None
    owner = next((c for c in children_of(subject) if c.dep_ == "poss"), None)
    for token in (subject, owner):
        if token is not None and token.i in resolved and token.lemma_.lower() in BODY_HEADS | TOPIC_HEADS:
            return resolved[token.i]
    return None


def _apply(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied (an edit overlapping an earlier one is skipped)."""
    out, position = [], 0
    for start, end, replacement in sorted(edits):
        if start < position:
            continue
        out.append(text[position:start])
        out.append(replacement)
        position = end
    out.append(text[position:])
    return "".join(out)


def _is_future(tokens: Sequence[Token], predicted: bool) -> bool:
    """Whether the claim's dates lie ahead: a predicted claim, or one with no verb in a past tense ("the campaign
    begins on February 2")."""
    verbs = [t for t in tokens if token_attrs(t).pos in ("VERB", "AUX")]
    past = any(
        (tag := token_attrs(t).tag) == "VBD"
        or (tag == "VBN" and any(c.lemma_ == "have" for c in children_of(t)))
        or (tag == "VBN" and _misread_past(t))
        for t in verbs
    )  # "was", "fell", "has risen"; not the passive "is set for"
    return predicted or (bool(verbs) and not past)


def _misread_past(verb: Token) -> bool:
    """A participle with a subject of its own and no auxiliary: a simple past the tagger read as a participle
    ("The bakery closed on Monday", tagged VBN)."""
    children = children_of(verb)
    return any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ in ("aux", "auxpass") for c in children)


def _time_edits(text: str, span: Span, antecedents: Antecedents, future: bool) -> list[Edit]:
    """Relative times of ``text`` (the unit's words) written out, each read forwards or backwards by the tense of
    the verb it belongs to ("expects growth in 2026, down from the forecast it made in November" -> the past
    November), else by the claim's (``future``)."""
    tokens = span_tokens(span)

    def ahead(start: int) -> bool:
        token = next((t for t in tokens if t.idx - span.start_char >= start), None)
        tense = _tense_of(token) if token is not None else None
        return future if tense is None else tense == "future"

    return relative_time_edits(
        text,
        antecedents.published_on,
        future=ahead,
        reference=antecedents.last_event_date,
        reference_year=antecedents.last_event_year,
        year_named=antecedents.last_year_named,
    )


def _tense_of(token: Token) -> str | None:
    """ "past", "future" or None (present, or no verb): the tense of the verb ``token`` belongs to."""
    if token.lower_ == "since" or (token.head.lower_ == "since" and token.dep_ == "pobj"):
        return "past"  # "has urged the bank to ease policy since February": a time from which, never ahead
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "oprd" and verb.head.pos_ == "VERB":
        verb = verb.head  # "to keep their windows closed until Saturday": the keeping's tense
    if verb.lemma_.lower() in lexicon.SEQUENCE_VERBS:
        return "past"  # "The curfew follows the declaration of an emergency on Monday"
    subject = _subject(verb)
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
        and subject is not None
        and verb.head.i < token.i < subject.i
    ):
        verb = verb.head  # "said on Wednesday it would cut": the day is the saying's, whatever the parser hung it on
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children_of(verb))
        and (
            _tense_of(verb.head) == "future"
            or (
                _deadline_of(token, verb)
                # (not what did not happen: "would have failed if the rain had continued until Monday")
                and not any(
                    a.dep_ in ("aux", "auxpass") and a.lemma_ == "have"
                    for a in (*children_of(verb), *children_of(verb.head))
                )
            )
        )
    ):
        # "police would clear it if it lasted beyond Friday": the condition lies ahead too; so does a deadline a
        # condition sets ("prepared to act again if they did not ease by the autumn")
        return "future"
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() in ("start", "begin"):
        # "agreed to a 30-day ceasefire, starting on Friday": when what was agreed or planned begins lies ahead
        governor = verb.head
        if verb.dep_ == "acl":
            governor = governor.head.head if governor.dep_ == "pobj" else governor.head
        if governor.lemma_.lower() in FORWARD_VERBS:
            return "future"
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and not auxes:
        return _tense_of(verb.head)  # "could begin lowering costs in September": the beginning's tense
    if any(a.lower_ == "would" for a in auxes) and any(a.lemma_ == "have" for a in auxes):
        return "past"  # "it would have cut output during the summer": what did not happen, then
    if any(a.tag_ == "MD" and a.lower_ in ("will", "shall", "'ll", "would") for a in auxes):
        return "future"  # "would" too: what was said or planned then ("said it would reopen on Wednesday")
    if (
        any(a.tag_ == "MD" and a.lower_ in ("can", "could", "may", "might", "should", "must") for a in auxes)
        and not any(a.lemma_ == "have" for a in auxes)
        and not any(c.dep_ == "neg" for c in children_of(verb))
        and verb.lemma_.lower() not in lexicon.EXPLAINING_VERBS
    ):
        # "we could be through to them by Friday"; not "could not confirm", "may have caused", nor what "may
        # reflect a strike in January" (a guess at a cause, of the strike that was)
        return "future"
    if (
        verb.dep_ in ("xcomp", "ccomp")
        and any(a.lower_ == "to" for a in auxes)
        and verb.head.lemma_.lower() in FORWARD_VERBS
    ):
        # "urged supporters to gather on Saturday", "is expected to rule next week", "expected Brandt to win on
        # Sunday" (an infinitive with a subject of its own, parsed as a complement)
        return "future"
    if verb.lemma_.lower() in FORWARD_VERBS - _AHEAD_BY_INFINITIVE and _deadline_of(token, verb):
        return "future"  # "she expected a decision by March", "promised new rules before the summer"
    if (
        verb.tag_ in ("VBZ", "VBP")
        and not auxes
        and any(c.dep_ == "acomp" and c.lower_ in _LIKELIHOODS for c in children_of(verb))
    ):
        return "future"  # "one more hike in December is likely": what is likely now lies ahead
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes and verb.lemma_.lower() not in _AHEAD_PARTICIPLES:
        return "past"  # "a study published on Wednesday", whatever the sentence looks ahead to
    if verb.tag_ in ("VBZ", "VBP") and _counted_up_to(token):
        return "past"  # "The toll, which covers deaths up to Monday night": a count runs up to a time gone
    return None


def _counted_up_to(token: Token) -> bool:
    """Whether ``token`` is the time in "up to <time>" or "as of <time>" (the end of what a count covers)."""
    doc = token.doc
    if token.i + 1 < len(doc) and [token.lower_, doc[token.i + 1].lower_] in (["up", "to"], ["as", "of"]):
        return True  # (the phrase a written-out time replaces begins with its preposition)
    before = [t.lower_ for t in tokens_of(doc, max(0, token.i - 3), token.i) if t.dep_ != "amod"]
    return before[-2:] in (["up", "to"], ["as", "of"])


# Adjectives of how likely something still to come is ("a cut in March is likely").
_LIKELIHOODS = frozenset(["likely", "unlikely", "possible", "probable", "certain", "inevitable", "imminent"])
# Participles of what is still to come: "a vote scheduled for Friday", "talks set for Monday".
_AHEAD_PARTICIPLES = frozenset(["schedule", "set", "slate", "plan", "expect", "propose", "due", "timetable"])


def _deadline_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies in a "by"/"before"/"until" phrase between it and ``verb`` (a deadline of what the verb
    looks ahead to)."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in ("by", "before", "until"):
            return True
        token = token.head
    return False


# Forward verbs that look ahead only through their infinitive: "were not told of the halt until Wednesday" is past
# ("told residents to leave by Friday" is the leaving's).
_AHEAD_BY_INFINITIVE = frozenset(["tell", "ask", "urge", "call", "order", "agree", "decide", "set"])
# Conjunctions of a clause that is a condition of the verb it hangs on, so as far ahead as that verb.
_CONDITIONS = frozenset(["if", "unless", "until", "once"])
# Verbs, and adjectives of readiness, whose "to" infinitive lies ahead of them ("was ready to meet the union on
# Friday").
FORWARD_VERBS = frozenset(
    [
        *("urge", "call", "plan", "ask", "vow", "pledge", "promise", "intend", "aim", "prepare", "expect"),
        *("threaten", "agree", "decide", "want", "hope", "schedule", "set", "order", "tell", "due"),
        *("advise", "instruct", "encourage", "warn", "require"),  # "advised people to stay indoors until Thursday"
        *("ready", "willing", "prepared", "likely", "poised", "eager", "keen"),
        *("forecast", "predict", "project"),  # "forecast no rain before mid-September": a forecast looks ahead
    ]
)
_QUOTES = ('"', "“", "”")


def _closes_a_quotation(text: str) -> bool:
    """A text whose one quote mark closes it: the last sentence of a quotation that opened before it."""
    body = text.rstrip()
    return bool(body) and body[-1] in _QUOTES and sum(body.count(q) for q in _QUOTES) == 1


def _names_a_speaker(verb: Token) -> bool:
    """An attribution verb whose subject is not the quoted speaker's "I"/"we" ("We expect ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.ATTRIBUTION_VERBS:
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in children_of(verb))


# Words a claimer written as a description opens with ("One father", "A spokesman", "The ministry").
_SPEAKER_OPENERS = frozenset(
    ["one", "a", "an", "the", "two", "three", "some", "several", "many", "most", "its", "their", "his", "her"]
)


def _with_speaker(
    text: str,
    span: Span,
    claimers: Sequence[str],
    *,
    in_quotation: bool = False,
    quoted: Collection[int] = (),
    titles: Mapping[str, str] | None = None,
    people: Collection[str] = (),
) -> str:
    """A quotation whose speaker the sentence does not name (a quote running on from an earlier sentence) with its
    speaker written after it: '"Prices are still rising.' -> '"Prices are still rising," Eliska Varga said.'; a
    sentence in the middle of a quotation over several (``in_quotation``: no quote mark of its own) is put in quote
    marks first. A cue inside the quotation ('"Parents tell us ...', '"Neither side has said ...') is the speaker's
    words, not a speech tag."""
    speakers = [name for name in claimers if name[:1].isupper() or " " in name]  # not a stray "result"
    if not speakers or any(n.split()[-1] in text for n in speakers):
        return text
    if in_quotation and not any(q in text for q in _QUOTES):
        text = f'"{text.strip()}"'
    elif (
        text.lstrip()[:1] not in _QUOTES  # (a quoted word in the sentence's own words: 'it called the fine "unfair"')
        or any(_names_a_speaker(t) for t in span_tokens(span) if not (in_quotation or t.i in quoted))
    ):
        return text
    body = text.rstrip()
    closing = body[-1] if body[-1] in _QUOTES else ""
    body = body.rstrip("".join(_QUOTES))
    mark = body[-1] if body[-1] in "?!" else ","
    body = body.rstrip(".?!,")
    quote = closing or ("”" if "“" in text else '"')
    # (a speaker the claimers wrote as a description keeps no capital inside the sentence: "one father said")
    # (one person named twice, "Moritz" and "Helena Moritz", is one speaker)
    speakers = list(dict.fromkeys(_speaker_in_sentence(_named_in_full(n, people)) for n in speakers))
    titled = [
        f"{title} {n}" if (title := (titles or {}).get(n) or _title_ahead(span, n)) else n for n in speakers
    ]  # "Governor Eliska Varga"
    return f"{body}{mark}{quote} {' and '.join(titled)} said."


def _named_for_word(speaker: str, antecedents: Antecedents) -> str | None:
    """The name the article gave a claimer written as a word for a body ("company" -> "Grovemart"), else the body
    it named last whose own word it is ("commission" -> "the city election commission"), else None."""
    word = speaker.removeprefix("the ")
    named = antecedents.named(word)
    if named != word:
        return named
    if " " in word:
        return None
    return next((b for b in reversed(antecedents.bodies) if _own_head(b) == word.lower() and b != f"the {word}"), None)


def _named_in_full(name: str, people: Collection[str]) -> str:
    """The one person named before in full whose surname ``name`` is ("Ostrova" -> "Dana Ostrova"), else ``name``."""
    return (_one_with_surname(name, people) if " " not in name else None) or name


def _title_ahead(span: Span, name: str) -> str:
    """The title the rest of ``span``'s paragraph gives ``name`` (a quotation's speaker named only after it:
    '"This is an honest budget. We are cutting ...," Finance Minister Pavel Orsini told the Assembly')."""
    ent = _named_ahead(span, name, after=True)
    return title_before(ent, ent.sent.start) if ent is not None else ""


def _named_ahead(span: Span, name: str, *, after: bool = False) -> Span | None:
    """The person ``name`` as ``span``'s sentence (unless ``after``) or the rest of its paragraph names them."""
    doc = span.doc
    for ent in doc_ents(doc):
        if ent.start < (span.end if after else span.sent.start) or ent.label_ != "PERSON":
            continue
        if "\n" in doc_text(doc)[span.end_char : ent.start_char]:
            break
        if clean_name(ent.text) == name:
            return ent
    return None


def _closing_speech_tag(span: Span, sent: Span, attributed: Attribution) -> Span | None:
    """ "the defence ministry said on Tuesday" closing ``sent`` after ``span`` (with other words between them):
    its attribution verb with a subject that names the speaker (no pronoun in it), and nothing else."""
    verb = attributed.verb
    if verb is None or verb.i < span.end or verb.pos_ != "VERB":
        return None
    subject = _subject(verb, passive=False)
    if subject is None or subject.i < span.end or subject.i > verb.i:
        return None
    start = subject.left_edge.i
    end = sent.end
    while end > start and sent.doc[end - 1].is_punct:
        end -= 1
    tag = sent.doc[start:end]
    if start <= span.end or sent.doc[start - 1].text != "," or len(tag) > MAX_PHRASE_TOKENS:
        return None
    if any((t.pos_ in ("PRON", "VERB", "AUX") and t.i != verb.i) or t.is_punct for t in tag):
        return None  # "their union said", "the ministry said, adding that ..."
    return tag


def _unit_text(unit: Unit, span: Span, referent: str | None) -> str:
    if unit.kind == UnitKind.ABSOLUTE and unit.text:
        head, _, rest = unit.text.partition("\x00")
        if referent:
            head = f"{head} of {referent}"
        return sentence_case(f"{head} {rest}")
    if unit.text is not None:
        return sentence_case(unit.text)
    text = span_text(span)
    if referent and unit.kind in MAIN_KINDS:
        anaphor = _anaphor(span)
        if anaphor is not None:
            a_start = anaphor.left_edge.idx - span.start_char
            a_end = anaphor.idx + len(anaphor.text) - span.start_char
            text = text[:a_start] + referent + text[a_end:]
    return sentence_case(text) if unit.kind != UnitKind.SENTENCE else text


def standalone_text(
    unit: Unit,
    span: Span,
    sent: Span,
    referent: str | None,
    *,
    antecedents: Antecedents | None = None,
    predicted: bool = False,
    claimers: Sequence[str] = (),
    attributed: Attribution | None = None,
) -> str:
    """The text of ``unit`` (tokens ``span`` of sentence ``sent``) made to stand alone; ``referent`` from
    ``event_referent()``, ``antecedents`` what the article named before (none: only the rewrites and the event
    referent apply). A sentence that holds one claim keeps its own words except the references resolved here."""
    text = _unit_text(unit, span, referent)
    # (the event referent written over the sentence's "the attack": its words no longer line up with the tokens)
    rewritten = unit.text is not None or (bool(referent) and unit.kind in MAIN_KINDS and _anaphor(span) is not None)
    if antecedents is not None and rewritten:
        # a rewritten unit ("with yesterday's drone strikes underscoring ..." -> "Yesterday's drone strikes
        # underscore ...") has no tokens of its own to read the tense by: the claim's tense dates it
        future = _is_future(span_tokens(span), predicted)
        text = _apply(
            text,
            relative_time_edits(
                text,
                antecedents.published_on,
                future=future,
                reference=antecedents.last_event_date,
                reference_year=antecedents.last_event_year,
                year_named=antecedents.last_year_named,
            ),
        )
    if antecedents is not None and not rewritten:
        # (a phrase written in from another sentence has its own times written out: "the election" -> "the March 21
        # general election" -> "the 21 March 2027 general election")
        edits = [
            (start, end, _apply(words, relative_time_edits(words, antecedents.published_on)))
            for start, end, words in _mention_edits(span, sent, antecedents, claimers, attributed)
        ]
        quoted = attributed.quoted if attributed is not None else set()
        first = max(sent.start, attributed.body_start) if attributed is not None else sent.start
        edits += _title_edits(span, antecedents, quoted, first, {start for start, _, _ in edits})
        edits += _time_edits(text, span, antecedents, _is_future(span_tokens(span), predicted))
        if attributed is not None and span.start < attributed.body_start <= span.end:
            # nothing in a dateline is rewritten ("KESTRIN, June 18 (...) -"): it is cut whole below, or is the whole
            # sentence, kept as written
            body = (
                span.doc[attributed.body_start].idx - span.start_char
                if attributed.body_start < len(span.doc)
                else len(doc_text(span.doc)) - span.start_char
            )
            edits = [edit for edit in edits if edit[0] >= body]
        text = _apply(text, edits)
        if unit.kind != UnitKind.SENTENCE:
            text = sentence_case(text)
        elif (
            attributed is not None
            and ((not attributed.in_quotation and span.start in attributed.quoted) or _closes_a_quotation(text))
            and text[:1] not in _QUOTES
        ):
            # the rest of a quotation that began in an earlier sentence: 'Two of them lost their jobs," Lanz said',
            # 'The car, the furniture, the animals."'
            text = f'"{text}'
        if unit.kind == UnitKind.SENTENCE and claimers:
            text = _with_speaker(
                text,
                span,
                [antecedents.named(c) for c in claimers],  # '"We understand ...," the company said': Sarnet Energy
                in_quotation=attributed is not None and attributed.in_quotation,
                quoted=attributed.quoted if attributed is not None else (),
                titles=antecedents.titles,
                people=antecedents.people,
            )
        if unit.kind == UnitKind.MAIN and attributed is not None:
            tag = _closing_speech_tag(span, sent, attributed)
            if tag is not None:
                # "Forces have retaken Dosk [after a siege], the ministry said on Tuesday": the main clause keeps
                # who said it when the split took the clause before the speech tag away
                tag_text = _apply(span_text(tag), _time_edits(span_text(tag), tag, antecedents, False))
                text = f"{text.rstrip('.')}, {tag_text}."
    if unit.kind == UnitKind.CLAUSE and not any(t.ent_type_ in ("DATE", "TIME") for t in span_tokens(span)):
        lead = _date_lead(sent)
        if lead and antecedents is not None:
            # "Last night, Kidal became ... as drones targeted ..." -> "On the night of 27 March 2024, drones ...":
            # the carried time is written out as the sentence's own would be
            lead = _apply(lead, _time_edits(lead, span, antecedents, _is_future(span_tokens(span), predicted)))
        if lead:
            text = f"{lead}, {text[0].lower()}{text[1:]}"
    if attributed is not None and span.start < attributed.body_start < span.end:
        # a dateline ("ORVANE, March 4 (Meridian Wire) -") is where the story was filed, not part of the claim
        dateline = text_of(span.doc, span.start, attributed.body_start)
        if text.startswith(dateline):
            text = sentence_case(text[len(dateline) :])
    return text


# Verbs by which a claim is checked rather than answered ("could not confirm the account").
_CHECKING_VERBS = frozenset(["confirm", "verify", "corroborate", "check", "substantiate"])
# Verbs that report what someone says, whose reported clause is what "the claim" or "the account" says.
_CLAIMING_VERBS = frozenset(["claim", "allege", "say", "tell", "insist", "argue", "assert", "suggest", "report"])
# How many sentences on an unattributed accusation is still the one "the accusation" answers.
RECENT_ACCUSATION = 3
# The longest reported clause written out after "the claim" (longer ones stay as the article wrote them).
MAX_STATEMENT_TOKENS = 30


def _what_was_said_before(antecedents: Antecedents) -> str | None:
    """What the sentence before accused someone of or said, as "that ..." ("The union accused the firm of hiding
    its plans. The firm denied this" -> "denied that the firm was hiding its plans")."""
    if antecedents.accusation and antecedents.sentences - antecedents.accused_at <= 1:
        return antecedents.accusation
    return antecedents.last_statement


def _answered(noun: Token) -> bool:
    """ "rejected the claim", "could not confirm the account": a statement noun that is the object of a verb of
    answering or checking, with no clause or "of"/"about" phrase of its own that says what it is. Not "that
    version", "this account": a demonstrative points at all a party said, maybe over several sentences; but "that
    report" is the one report just told of, and "that accusation" the one accusation."""
    if noun.dep_ != "dobj" or token_attrs(noun.head).lemma not in (_REJECTING_VERBS | _CHECKING_VERBS):
        return False
    one = noun.lemma_.lower() == "report" or noun.lower_ in ACCUSATION_NOUNS
    determiners = ("the", "that", "this") if one else ("the",)
    if noun.i == 0 or noun.doc[noun.i - 1].lower_ not in determiners:
        return False
    return not any(c.dep_ in ("acl", "relcl", "ccomp", "prep", "appos") for c in noun.rights)


def _statement_content(sent: Span, start: int, quoted: Collection[int], *, accusing: bool = False) -> str | None:
    """What the sentence reports a party saying, as "that ..." ("claimed in a letter that the outbreak had been
    exaggerated" -> "that the outbreak had been exaggerated"); with ``accusing``, what it accuses them of ("accused
    managers of ignoring warnings" -> "that managers were ignoring warnings"). None when there is none, or it is
    long, holds a quotation cut short, a pronoun or a time a reader would need the article for."""
    doc = sent.doc
    for verb in tokens_of(doc, start, sent.end):
        if verb.pos_ != "VERB" or verb.i in quoted:
            continue
        lemma = token_attrs(verb).lemma
        if accusing and lemma == "accuse":
            target = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
            of = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "of"), None)
            act = next((c for c in children_of(of) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if of else None
            if target is None or act is None:
                return None
            tokens = [*doc[target.left_edge.i : target.right_edge.i + 1], *doc[act.i : act.right_edge.i + 1]]
            be = "were" if target.tag_ in ("NNS", "NNPS") else "was"
            text = f"that {text_of(doc, target.left_edge.i, target.right_edge.i + 1)} {be} "
            text += text_of(doc, act.i, act.right_edge.i + 1)
        elif lemma in _CLAIMING_VERBS or (accusing and lemma == "allege") or _according_to(verb):
            clause = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)
            if clause is None:
                # "told the paper, cited by a broadcaster, that ...": the parser hung the clause on the aside
                aside = (c for c in children_of(verb) if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN")
                clause = next((g for c in aside for g in children_of(c) if g.dep_ == "ccomp"), None)
            if clause is None and not accusing and verb.dep_ == "ROOT":
                # what was said before its speaker: "Orsini had offered to resign, two officials told the Marren
                # Herald"
                clause = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.left_edge.i == start), None)
            first = clause.left_edge.i if clause is not None else 0
            if clause is None and _according_to(verb):
                # "According to the Morning Post, which cited a memo, two patients may have died": the rest
                clause = verb
                according = next(c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "according")
                first = according.right_edge.i + 1
                while first < sent.end and doc[first].is_punct:
                    first += 1
            if clause is None:
                continue
            if doc[first].lower_ == "that":
                first += 1
            last = clause.right_edge.i
            while last > first and (doc[last].is_punct and doc[last].text not in ('"', "”")):
                last -= 1
            quotes = sum(t.text in ('"', "“", "”") for t in tokens_of(doc, first, last + 1))
            if quotes % 2 and last + 1 < sent.end and doc[last + 1].tag_ == "''":
                last += 1  # the closing quote the parser hung on the verb of saying
            tokens = list(doc[first : last + 1])
            text = f"that {text_of(doc, first, last + 1)}"
        else:
            continue
        quotes = sum(t.text in ('"', "“", "”") for t in tokens)
        if (
            len(tokens) > MAX_STATEMENT_TOKENS
            or quotes % 2
            or any(token_attrs(t).lower in lexicon.PRONOUNS or t.tag_ == "PRP$" for t in tokens)
            or any(_needs_the_article(t) for t in tokens)
        ):
            return None
        return text
    return None


def _according_to(verb: Token) -> bool:
    """Whether ``verb`` heads a sentence that opens "According to <source>, ..."."""
    return verb.dep_ == "ROOT" and any(
        c.dep_ == "prep" and c.lower_ == "according" and c.i == c.sent.start for c in children_of(verb)
    )


def _needs_the_article(token: Token) -> bool:
    """A word of a time only the article's date says ("on Tuesday", "last month", "in March"), which a statement
    copied into a later claim would carry unresolved."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    low = token_attrs(token).lower
    if low in MONTHS:
        ent = entity_of(token)
        return ent is None or not A_YEAR.search(ent.text)  # "in March", not "in March 2024"
    return low in WEEKDAYS or low in _RELATIVE_TIME_WORDS


_RELATIVE_TIME_WORDS = frozenset(
    ["yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "ago", "earlier", "later", "recently"]
)
