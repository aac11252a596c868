"""Write src/framing/data/actors_world.csv, the world rows of the packaged default taxonomy.

    python tools/actors_world.py        # rewrites the CSV from the lists below

The CSV is what framing reads (``framing.load_actors(None)``: the generic rows, then these); its
country regexes are long alternations, so they are kept here as lists and written by this script.
Edit the lists, run the script, and commit both. Rationale: ``src/framing/data/README.md``.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "framing" / "data" / "actors_world.csv"
# country or territory -> names and demonyms as reports write them (lower case; plural demonyms by "s?")
C = """afghanistan|afghan
albania|albanian
algeria|algerian
andorra|andorran
angola|angolan
antigua and barbuda|antiguan
argentina|argentine|argentinian
armenia|armenian
australia|australian
austria|austrian
azerbaijan|azerbaijani|azeri
bahamas|bahamian
bahrain|bahraini
bangladesh|bangladeshi
barbados|barbadian
belarus|belarusian
belgium|belgian
belize|belizean
benin|beninese
bhutan|bhutanese
bolivia|bolivian
bosnia|bosnian
botswana|botswanan
brazil|brazilian
brunei|bruneian
bulgaria|bulgarian
burkina faso|burkinabe|burkinabè
burundi|burundian
cabo verde|cape verde|cape verdean
cambodia|cambodian
cameroon|cameroonian
canada|canadian
central african republic|central african
chadian
chile|chilean
china|chinese
colombia|colombian
comoros|comorian
congo|congolese|drc|dr congo|democratic republic of congo|democratic republic of the congo
costa rica|costa rican
ivory coast|cote d'ivoire|côte d'ivoire|ivorian
croatia|croatian
cuba|cuban
cyprus|cypriot
czech republic|czechia|czech
denmark|danish
djibouti|djiboutian
dominican republic|dominican
ecuador|ecuadorian|ecuadorean
egypt|egyptian
el salvador|salvadoran|salvadorean
equatorial guinea|equatoguinean
eritrea|eritrean
estonia|estonian
eswatini|swaziland|swazi
ethiopia|ethiopian
fiji|fijian
finland|finnish
france|french
gabon|gabonese
gambia|gambian
georgian
germany|german
ghana|ghanaian
greece|greek
grenada|grenadian
guatemala|guatemalan
guinea-bissau|bissau-guinean
guinean
guyana|guyanese
haiti|haitian
honduras|honduran
hungary|hungarian
iceland|icelandic
india|indian
indonesia|indonesian
iran|iranian
iraq|iraqi
ireland|irish
israel|israeli
italy|italian
jamaica|jamaican
japan|japanese
jordanian
kazakhstan|kazakh
kenya|kenyan
kiribati
korea|korean|dprk
kosovo|kosovar
kuwait|kuwaiti
kyrgyzstan|kyrgyz
laos|lao|laotian
latvia|latvian
lebanon|lebanese
lesotho|basotho
liberia|liberian
libya|libyan
liechtenstein
lithuania|lithuanian
luxembourg
madagascar|malagasy
malawi|malawian
malaysia|malaysian
maldives|maldivian
mali|malian
malta|maltese
marshall islands
mauritania|mauritanian
mauritius|mauritian
mexico|mexican
micronesia|micronesian
moldova|moldovan
monaco|monegasque
mongolia|mongolian
montenegro|montenegrin
morocco|moroccan
mozambique|mozambican
myanmar|burma|burmese
namibia|namibian
nauru|nauruan
nepal|nepali|nepalese
netherlands|dutch
new zealand
nicaragua|nicaraguan
niger|nigerien
nigeria|nigerian
north macedonia|macedonian
norway|norwegian
oman|omani
pakistan|pakistani
palau|palauan
palestine|palestinian
panama|panamanian
papua new guinea|papua new guinean
paraguay|paraguayan
peru|peruvian
philippines|philippine|filipino
poland|polish
portugal|portuguese
qatar|qatari
romania|romanian
russia|russian|russian federation
rwanda|rwandan
saint kitts and nevis
saint lucia
saint vincent and the grenadines
samoa|samoan
san marino
sao tome and principe
saudi arabia|saudi
senegal|senegalese
serbia|serbian
seychelles
sierra leone|sierra leonean
singapore|singaporean
slovakia|slovak
slovenia|slovenian
solomon islands
somalia|somali
south africa|south african
south sudan|south sudanese
spain|spanish
sri lanka|sri lankan
sudan|sudanese
suriname|surinamese
sweden|swedish
switzerland|swiss
syria|syrian
tajikistan|tajik
tanzania|tanzanian
thailand|thai
timor-leste|east timor|timorese
togo|togolese
tonga|tongan
trinidad and tobago|trinidadian
tunisia|tunisian
turkey|turkish|türkiye|turkiye
turkmenistan|turkmen
tuvalu
uganda|ugandan
ukraine|ukrainian
united arab emirates|uae|emirati
united kingdom|uk|britain|great britain|british
united states|u.s.|usa|america|american
uruguay|uruguayan
uzbekistan|uzbek
vanuatu
venezuela|venezuelan
vietnam|viet nam|vietnamese
yemen|yemeni
zambia|zambian
zimbabwe|zimbabwean
taiwan|taiwanese
vatican|holy see""".splitlines()
# names that are also common given names or words: only the demonym, or the name standing alone
ALONE = {"chadian": "chad", "georgian": "georgia", "jordanian": "jordan", "guinean": "guinea"}
# what a country or demonym may be followed by and still name the state's forces: nothing (the
# demonym alone, "the Russians", "an Israeli air strike" read as "Israeli"), or one of these words of
# forces, weapons and military acts; any other head (civilians, refugees, capital, officials, man)
# is a person or a place whose nationality the name gives, and the row does not match it
FORCE = sorted(
    """forces|force|troops|army|armies|military|soldiers|soldier|navy|naval forces|air force|marines|
paratroopers|commandos|snipers|sniper|police|policemen|security forces|special forces|border guards|
units|unit|jets|jet|warplanes|warplane|planes|aircraft|helicopters|helicopter|gunships|drones|drone|
missiles|missile|rockets|rocket|shells|artillery|tanks|tank|warships|warship|gunboats|strikes|strike|
air strikes|air strike|airstrikes|airstrike|drone strikes|drone strike|missile strikes|missile strike|
shelling|bombardment|bombing|bombings|fire|gunfire|attacks|attack|raids|raid|offensive|operation|
assault|occupation|occupation forces|invasion|invasion forces|fighter jets|bombers|artillery fire|
mortar fire|gunmen|agents|intelligence|defence forces|defense forces|armed forces""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
TAIL = "(?:'s)?(?: (?:" + "|".join(f.replace(" ", " ") for f in FORCE) + "))?$"
rows = []
for line in C:
    forms = line.split("|")
    alt = "|".join(re.escape(f).replace("\\ ", " ") for f in sorted(forms, key=len, reverse=True))
    pat = rf"^(?:[\w'.-]+ )?(?:{alt})s?" + TAIL
    note = (
        f"{forms[0]}: the country or its demonym alone or before a word of forces, weapons or military acts, "
        "standing for its forces"
    )
    if forms[0] in ALONE:
        pat = rf"^(?:(?:[\w'.-]+ )?{forms[0]}s?" + TAIL + rf"|{ALONE[forms[0]]}$)"
        note = (
            f"{ALONE[forms[0]]}: the demonym before the head or alone; the name only standing alone "
            f"('{ALONE[forms[0]].title()}' is also a given name or a word)"
        )
    rows.append(["agent", "state_forces", "regex", pat, note])
# the US as an abbreviation: "us" only before another word ("US troops"), never the pronoun alone
rows.append(
    [
        "agent",
        "state_forces",
        "regex",
        r"^(?:[\w'.-]+ )?us(?: (?:" + "|".join(FORCE) + "))$",
        "united states: 'US troops', 'US forces'; the bare pronoun 'us' never matches",
    ]
)
STATE_NAMED = [
    ("idf", "Israel's armed forces (Israel Defense Forces)"),
    ("israel defense forces", "Israel's armed forces"),
    ("israel defence forces", "Israel's armed forces"),
    ("irgc", "Iran's Islamic Revolutionary Guard Corps, a branch of its armed forces"),
    ("revolutionary guards", "see irgc"),
    ("revolutionary guard corps", "see irgc"),
    ("tatmadaw", "Myanmar's armed forces"),
    ("fardc", "the armed forces of DR Congo"),
    ("people's liberation army", "China's armed forces"),
]
for pat, note in STATE_NAMED:
    rows.append(["agent", "state_forces", "phrase", pat, note + "; a state's named forces"])
ARMED = [
    ("hamas", "Palestinian Islamist movement and its armed wing"),
    ("qassam brigades", "Hamas's armed wing"),
    ("islamic jihad", "Palestinian Islamic Jihad"),
    ("al-aqsa martyrs brigades", "Palestinian armed group"),
    ("hezbollah", "Lebanese armed movement (also spelled Hizbollah, Hizballah)"),
    ("hizbollah", "see hezbollah"),
    ("hizballah", "see hezbollah"),
    ("houthi", "Yemen's Ansar Allah movement ('Houthi rebels', 'the Houthis')"),
    ("ansar allah", "see houthi"),
    ("ansarullah", "see houthi"),
    ("islamic state", "the Islamic State group and its provinces"),
    ("isis", "see islamic state"),
    ("isil", "see islamic state"),
    ("daesh", "see islamic state"),
    ("iswap", "Islamic State West Africa Province"),
    ("al-qaeda", "al-Qaeda and its branches (spellings al-Qaida, al Qaeda)"),
    ("al qaeda", "see al-qaeda"),
    ("al-qaida", "see al-qaeda"),
    ("al qaida", "see al-qaeda"),
    ("aqap", "al-Qaeda in the Arabian Peninsula"),
    ("aqim", "al-Qaeda in the Islamic Maghreb"),
    ("al-shabab", "Somalia's al-Shabab (spellings al-Shabaab, al Shabab, Shabab)"),
    ("al-shabaab", "see al-shabab"),
    ("al shabab", "see al-shabab"),
    ("al shabaab", "see al-shabab"),
    ("shabab", "see al-shabab"),
    ("shabaab", "see al-shabab"),
    ("boko haram", "Nigerian jihadist group"),
    ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's Sahel branch"),
    ("taliban", "the Taliban movement (armed_groups, as the brief decides, also in power)"),
    ("pakistani taliban", "the TTP: the demonym here names the group, not Pakistan's forces"),
    ("ttp", "Tehrik-e-Taliban Pakistan"),
    ("tehrik-e-taliban", "see ttp"),
    ("rsf", "Sudan's Rapid Support Forces (also the initials of Reporters Without Borders, which is no doer)"),
    ("rapid support forces", "Sudan's paramilitary RSF: paramilitaries are armed_groups (guidelines)"),
    ("janjaweed", "Darfur Arab militias"),
    ("wagner", "the Wagner group of Russian mercenaries (a surname too: only in agent phrases)"),
    ("africa corps", "Wagner's successor in Africa"),
    ("m23", "the M23 rebels of eastern DR Congo"),
    ("adf", "the Allied Democratic Forces (Uganda/DR Congo); not Australia's Defence Force"),
    ("allied democratic forces", "see adf"),
    ("codeco", "Ituri militia"),
    ("mai-mai", "Congolese militias"),
    ("pkk", "Kurdistan Workers' Party"),
    ("kurdistan workers' party", "see pkk"),
    ("hts", "Hayat Tahrir al-Sham"),
    ("hayat tahrir al-sham", "see hts"),
    ("nusra front", "HTS's predecessor"),
    ("sdf", "Syrian Democratic Forces"),
    ("syrian democratic forces", "the SDF: the demonym here names the group"),
    ("ypg", "Kurdish People's Protection Units"),
    ("free syrian army", "Syrian rebels: the demonym here names the group"),
    ("syrian national army", "Turkish-backed Syrian factions"),
    ("farc", "Colombian guerrillas and their dissidents"),
    ("eln", "Colombia's National Liberation Army guerrillas"),
    ("tplf", "Tigray People's Liberation Front forces"),
    ("tigrayan forces", "the TPLF's forces"),
    ("fano", "Amhara militia"),
    ("arakan army", "Myanmar ethnic armed group"),
    ("kachin independence army", "Myanmar ethnic armed group"),
    ("lord's resistance army", "Ugandan rebel group"),
    ("anti-balaka", "Central African militias"),
    ("seleka", "Central African rebel coalition"),
    ("lashkar-e-taiba", "Pakistan-based jihadist group"),
    ("jaish-e-mohammed", "Pakistan-based jihadist group"),
    ("baloch liberation army", "Baloch separatist group"),
    ("cartel", "drug cartels (Sinaloa, Jalisco, Gulf ...): organised crime groups, as gangs"),
    ("cjng", "the Jalisco New Generation Cartel"),
    ("ms-13", "the Mara Salvatrucha gang"),
    ("tren de aragua", "Venezuelan gang"),
]
for pat, note in ARMED:
    rows.append(["agent", "armed_groups", "phrase", pat, note + "; a non-state armed group"])
with OUT.open("w", newline="") as handle:
    w = csv.writer(handle, lineterminator="\n")
    w.writerow(["role", "group", "match", "pattern", "note", "label", "armed"])
    for r in rows:
        w.writerow([*r, "", ""])
