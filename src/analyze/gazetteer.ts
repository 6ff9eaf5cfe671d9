// Crosswire's own lists of places and organisations that news names without saying what they are
// ("talks in Beijing", "Reuters reported"). A name found here needs no cue from the text; anything else
// is typed by the cues in entity-cues.ts. The lists hold what a world-news reader meets every day, not
// every place on earth: unknown towns are typed from their context ("in Halvik").
//
// Entries are separated by | or line breaks, and the names of one entry are joined by =; a country line adds
// `: demonyms` and `; capitals`. Names written in capitals (UN, U.S.) match only when the text writes them in
// capitals, so "WHO" is never "who".
import type { EntityType } from '../model.js';

const COUNTRIES = `
Afghanistan: Afghan; Kabul
Albania: Albanian; Tirana
Algeria: Algerian; Algiers
Andorra: Andorran
Angola: Angolan; Luanda
Antigua and Barbuda: Antiguan
Argentina: Argentine|Argentinian; Buenos Aires
Armenia: Armenian; Yerevan
Australia: Australian; Canberra
Austria: Austrian; Vienna
Azerbaijan: Azerbaijani|Azeri; Baku
Bahamas=The Bahamas: Bahamian; Nassau
Bahrain: Bahraini; Manama
Bangladesh: Bangladeshi; Dhaka
Barbados: Barbadian
Belarus: Belarusian; Minsk
Belgium: Belgian; Brussels
Belize: Belizean
Benin: Beninese
Bhutan: Bhutanese
Bolivia: Bolivian; La Paz|Sucre
Bosnia and Herzegovina=Bosnia: Bosnian; Sarajevo
Botswana: Botswanan; Gaborone
Brazil: Brazilian; Brasilia|Brasília
Brunei: Bruneian
Bulgaria: Bulgarian; Sofia
Burkina Faso: Burkinabe; Ouagadougou
Burundi: Burundian
Cambodia: Cambodian; Phnom Penh
Cameroon: Cameroonian; Yaoundé|Yaounde
Canada: Canadian; Ottawa
Cape Verde=Cabo Verde: Cape Verdean
Central African Republic
Chad: Chadian; N'Djamena
Chile: Chilean; Santiago
China=People's Republic of China=PRC=Mainland China: Chinese; Beijing
Colombia: Colombian; Bogotá|Bogota
Comoros: Comoran
Democratic Republic of the Congo=DR Congo=DRC=Congo-Kinshasa: Congolese; Kinshasa
Republic of the Congo=Congo-Brazzaville=Congo; Brazzaville
Costa Rica: Costa Rican; San José
Côte d'Ivoire=Ivory Coast: Ivorian; Abidjan|Yamoussoukro
Croatia: Croatian|Croat; Zagreb
Cuba: Cuban; Havana
Cyprus: Cypriot; Nicosia
Czech Republic=Czechia: Czech; Prague
Denmark: Danish|Dane; Copenhagen
Djibouti: Djiboutian
Dominica
Dominican Republic: Dominican; Santo Domingo
Ecuador: Ecuadorian; Quito
Egypt: Egyptian; Cairo
El Salvador: Salvadoran|Salvadorean; San Salvador
Equatorial Guinea: Equatoguinean
Eritrea: Eritrean; Asmara
Estonia: Estonian; Tallinn
Eswatini=Swaziland: Swazi
Ethiopia: Ethiopian; Addis Ababa
Fiji: Fijian; Suva
Finland: Finnish|Finn; Helsinki
France: French; Paris
Gabon: Gabonese; Libreville
Gambia=The Gambia: Gambian; Banjul
Georgia: Georgian; Tbilisi
Germany: German; Berlin
Ghana: Ghanaian; Accra
Greece: Greek; Athens
Grenada: Grenadian
Guatemala: Guatemalan; Guatemala City
Guinea: Guinean; Conakry
Guinea-Bissau
Guyana: Guyanese; Georgetown
Haiti: Haitian; Port-au-Prince
Honduras: Honduran; Tegucigalpa
Hungary: Hungarian; Budapest
Iceland: Icelandic|Icelander; Reykjavik|Reykjavík
India: Indian; New Delhi|Delhi
Indonesia: Indonesian; Jakarta
Iran: Iranian; Tehran
Iraq: Iraqi; Baghdad
Ireland=Republic of Ireland: Irish; Dublin
Israel: Israeli; Jerusalem
Italy: Italian; Rome
Jamaica: Jamaican; Kingston
Japan: Japanese; Tokyo
Jordan: Jordanian; Amman
Kazakhstan: Kazakh|Kazakhstani; Astana
Kenya: Kenyan; Nairobi
Kiribati
Kosovo: Kosovar|Kosovan; Pristina
Kuwait: Kuwaiti; Kuwait City
Kyrgyzstan: Kyrgyz; Bishkek
Laos: Laotian|Lao; Vientiane
Latvia: Latvian; Riga
Lebanon: Lebanese; Beirut
Lesotho: Basotho; Maseru
Liberia: Liberian; Monrovia
Libya: Libyan; Tripoli
Liechtenstein
Lithuania: Lithuanian; Vilnius
Luxembourg: Luxembourgish
Madagascar: Malagasy; Antananarivo
Malawi: Malawian; Lilongwe
Malaysia: Malaysian; Kuala Lumpur
Maldives: Maldivian; Malé
Mali: Malian; Bamako
Malta: Maltese; Valletta
Marshall Islands
Mauritania: Mauritanian; Nouakchott
Mauritius: Mauritian
Mexico: Mexican; Mexico City
Micronesia
Moldova: Moldovan; Chisinau|Chișinău
Monaco: Monegasque
Mongolia: Mongolian; Ulaanbaatar|Ulan Bator
Montenegro: Montenegrin; Podgorica
Morocco: Moroccan; Rabat
Mozambique: Mozambican; Maputo
Myanmar=Burma: Burmese; Naypyitaw|Naypyidaw
Namibia: Namibian; Windhoek
Nauru
Nepal: Nepali|Nepalese; Kathmandu
Netherlands=The Netherlands=Holland: Dutch; Amsterdam|The Hague
New Zealand: Kiwi; Wellington
Nicaragua: Nicaraguan; Managua
Niger: Nigerien; Niamey
Nigeria: Nigerian; Abuja
North Korea=DPRK: North Korean; Pyongyang
North Macedonia=Macedonia: Macedonian; Skopje
Norway: Norwegian; Oslo
Oman: Omani; Muscat
Pakistan: Pakistani; Islamabad
Palau
Palestine=Palestinian Territories: Palestinian; Ramallah
Panama: Panamanian; Panama City
Papua New Guinea: Papua New Guinean; Port Moresby
Paraguay: Paraguayan; Asunción|Asuncion
Peru: Peruvian; Lima
Philippines=The Philippines: Filipino|Philippine; Manila
Poland: Polish|Pole; Warsaw
Portugal: Portuguese; Lisbon
Qatar: Qatari; Doha
Romania: Romanian; Bucharest
Russia=Russian Federation: Russian; Moscow
Rwanda: Rwandan; Kigali
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa: Samoan
San Marino
São Tomé and Príncipe
Saudi Arabia: Saudi; Riyadh
Senegal: Senegalese; Dakar
Serbia: Serbian|Serb; Belgrade
Seychelles
Sierra Leone: Sierra Leonean; Freetown
Singapore: Singaporean
Slovakia: Slovak|Slovakian; Bratislava
Slovenia: Slovenian|Slovene; Ljubljana
Solomon Islands
Somalia: Somali; Mogadishu
South Africa: South African; Pretoria|Cape Town|Johannesburg
South Korea=Republic of Korea=ROK: South Korean; Seoul
South Sudan: South Sudanese; Juba
Spain: Spanish|Spaniard; Madrid
Sri Lanka: Sri Lankan; Colombo
Sudan: Sudanese; Khartoum
Suriname: Surinamese; Paramaribo
Sweden: Swedish|Swede; Stockholm
Switzerland: Swiss; Bern|Berne
Syria: Syrian; Damascus
Taiwan=Republic of China: Taiwanese; Taipei
Tajikistan: Tajik; Dushanbe
Tanzania: Tanzanian; Dodoma|Dar es Salaam
Thailand: Thai; Bangkok
Timor-Leste=East Timor: Timorese; Dili
Togo: Togolese; Lomé
Tonga: Tongan
Trinidad and Tobago: Trinidadian
Tunisia: Tunisian; Tunis
Turkey=Türkiye: Turkish|Turk; Ankara
Turkmenistan: Turkmen; Ashgabat
Tuvalu
Uganda: Ugandan; Kampala
Ukraine: Ukrainian; Kyiv|Kiev
United Arab Emirates=UAE=U.A.E.=Emirates: Emirati; Abu Dhabi
United Kingdom=UK=U.K.=Britain=Great Britain: British|Briton; London
United States=US=U.S.=USA=U.S.A.=America=United States of America: American; Washington=Washington D.C.=Washington DC
Uruguay: Uruguayan; Montevideo
Uzbekistan: Uzbek; Tashkent
Vanuatu
Vatican=Vatican City=Holy See
Venezuela: Venezuelan; Caracas
Vietnam=Viet Nam: Vietnamese; Hanoi
Yemen: Yemeni; Sanaa|Sana'a
Zambia: Zambian; Lusaka
Zimbabwe: Zimbabwean; Harare
England: English
Scotland: Scottish|Scot; Edinburgh
Wales: Welsh; Cardiff
Northern Ireland; Belfast
Soviet Union=USSR: Soviet
`;

// Cities that are not capitals of the countries above.
const CITIES = `
New York=New York City=NYC|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose
Austin|Jacksonville|San Francisco|Seattle|Denver|Boston|Detroit|Nashville|Las Vegas|Baltimore|Atlanta|Miami
Minneapolis|Cleveland|Pittsburgh|New Orleans|St. Louis|Milwaukee|Sacramento|Honolulu|Anchorage|Orlando|Tampa
Toronto|Montreal=Montréal|Vancouver|Calgary|Edmonton|Quebec City|Winnipeg
Manchester|Birmingham|Liverpool|Glasgow|Leeds|Bristol|Oxford|Cambridge|Sheffield|Newcastle|Aberdeen
Hamburg|Munich|Frankfurt|Cologne|Stuttgart|Düsseldorf|Leipzig|Dresden|Marseille|Lyon|Toulouse|Bordeaux|Strasbourg
Milan|Naples|Turin|Florence|Venice|Bologna|Genoa|Palermo|Barcelona|Valencia|Seville|Bilbao|Málaga|Porto
Rotterdam|Antwerp|Geneva|Zurich=Zürich|Basel|Davos|Salzburg|Graz|Innsbruck|Gothenburg|Malmö|Bergen|Tromsø|Aarhus
Kraków=Krakow|Gdańsk=Gdansk|Kharkiv|Odesa=Odessa|Lviv|Dnipro|Mariupol|Bakhmut|Zaporizhzhia|Kherson|Donetsk|Luhansk
St Petersburg=St. Petersburg=Saint Petersburg|Novosibirsk|Vladivostok|Kaliningrad|Istanbul|Izmir|Thessaloniki
Shanghai|Shenzhen|Guangzhou|Chongqing|Tianjin|Wuhan|Chengdu|Hangzhou|Nanjing|Xi'an|Harbin|Urumqi|Lhasa
Hong Kong|Macau=Macao|Osaka|Kyoto|Yokohama|Nagoya|Hiroshima|Nagasaki|Fukushima|Busan|Incheon
Mumbai=Bombay|Kolkata=Calcutta|Chennai|Bangalore=Bengaluru|Hyderabad|Karachi|Lahore|Peshawar|Chittagong
Ho Chi Minh City=Saigon|Da Nang|Cebu|Surabaya|Bali|Yangon=Rangoon|Mandalay|Phuket|Chiang Mai
Dubai|Sharjah|Jeddah|Mecca|Medina|Basra|Mosul|Erbil|Aleppo|Homs|Idlib|Tel Aviv|Haifa|Bethlehem|Hebron|Rafah
Gaza City|Khan Younis|Alexandria|Benghazi|Casablanca|Marrakesh|Lagos|Kano|Mombasa|Durban|Goma|Timbuktu
Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Christchurch|Hobart|Darwin
São Paulo=Sao Paulo|Rio de Janeiro=Rio|Recife|Córdoba|Rosario|Medellín=Medellin|Cali|Guadalajara
Monterrey|Tijuana|Ciudad Juárez|Cancún=Cancun|Valparaíso|Guayaquil|Maracaibo
`;

// States, provinces and regions within countries.
const STATES = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska
Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming
District of Columbia|Puerto Rico|Guam
Ontario|Quebec=Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland
Prince Edward Island|Yukon|Nunavut|Northwest Territories
New South Wales|Queensland|Victoria|Tasmania|Western Australia|South Australia|Northern Territory
Bavaria|Saxony|Hesse|Brandenburg|Catalonia|Andalusia|Basque Country|Galicia|Lombardy|Sicily|Sardinia|Tuscany
Styria|Tyrol|Flanders|Wallonia|Brittany|Normandy|Provence|Corsica
Xinjiang|Tibet|Inner Mongolia|Guangdong|Fujian|Sichuan|Yunnan|Hubei|Zhejiang|Jiangsu|Shandong|Henan
Kashmir|Punjab|Kerala|Bengal|Crimea|Donbas=Donbass|Chechnya|Kurdistan|Darfur|Tigray|Nagorno-Karabakh
Transnistria|Abkhazia|South Ossetia|Greenland|Faroe Islands|Canary Islands|Okinawa|Hokkaido|Borneo|Sumatra|Java
Mindanao|Gaza=Gaza Strip|West Bank|Golan Heights|East Jerusalem|Sinai|Silicon Valley|Midwest|Patagonia
`;

// Continents, world regions, seas and straits.
const REGIONS = `
Europe|Asia|Africa|North America|South America|Latin America|Central America|Oceania|Antarctica|Eurasia
Middle East|Near East|Far East|Southeast Asia|South Asia|East Asia|Central Asia|Asia-Pacific|Indo-Pacific
Western Europe|Eastern Europe|Central Europe|Southern Europe|Northern Europe|Scandinavia|Nordics|Baltics|Balkans
Caucasus|Siberia|Arctic|Sahel|Sahara|Maghreb|Horn of Africa|Sub-Saharan Africa|West Africa|East Africa
Caribbean|Mediterranean|Persian Gulf|Gulf of Mexico|Gulf of Aden|Red Sea|Black Sea|Baltic Sea|North Sea
Caspian Sea|Arabian Sea|South China Sea|East China Sea|Yellow Sea|Sea of Japan|Sea of Azov|Aegean=Aegean Sea
Atlantic=Atlantic Ocean|Pacific=Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|Alps|Himalayas|Andes|Rockies
Taiwan Strait|Strait of Hormuz|Bosphorus|Strait of Malacca=Malacca Strait|Suez Canal|Panama Canal|English Channel
`;

// International bodies, institutions named without their country, parties and armed groups.
const BODIES = `
United Nations=UN=U.N.|United Nations General Assembly=UN General Assembly=UNGA
United Nations Security Council=UN Security Council=UNSC|NATO=North Atlantic Treaty Organization
European Union=EU=E.U.|European Commission|European Parliament|European Council|European Central Bank=ECB
World Health Organization=WHO|International Monetary Fund=IMF|World Bank|World Trade Organization=WTO
OPEC|G7=G-7|G20=G-20|BRICS|ASEAN|APEC|OECD|African Union|Arab League|Commonwealth|AUKUS
International Atomic Energy Agency=IAEA|UNESCO|UNICEF|UNHCR|World Food Programme=WFP|Interpol|Europol
International Criminal Court=ICC|International Court of Justice=ICJ|Red Cross=International Committee of the Red Cross=ICRC
Amnesty International|Human Rights Watch|Greenpeace|Doctors Without Borders=MSF|World Economic Forum=WEF
International Olympic Committee=IOC|FIFA|UEFA
White House|Kremlin|Pentagon|Downing Street|Élysée=Élysée Palace|Zhongnanhai|Capitol Hill
Congress=US Congress|Senate|House of Representatives|Federal Reserve=Fed
State Department=Department of State|Commerce Department=Department of Commerce|Treasury=Treasury Department
Justice Department=Department of Justice=DOJ|Defense Department=Department of Defense|Department of Homeland Security
FBI|CIA|NSA|NASA|FDA|CDC|EPA|SEC|FTC|FCC|IRS|DEA|TSA|NIH|FEMA|USAID
Bundestag|Bundesbank|State Duma=Duma|Knesset|Politburo|National People's Congress|Storting|Althing
Chinese Communist Party=Communist Party of China=CCP=CPC|Republican Party=GOP|Democratic Party|Labour Party
Conservative Party|Liberal Democrats|Kuomintang=KMT|Democratic Progressive Party=DPP
Hamas|Hezbollah|Taliban|Islamic State=ISIS=ISIL|al-Qaeda=Al Qaeda=Al-Qaeda|Houthis|Wagner Group
`;

// News agencies and the outlets most often cited by others.
const MEDIA = `
Reuters|Agence France-Presse=AFP|Associated Press=AP|Bloomberg=Bloomberg News|Xinhua|TASS|Interfax|RIA Novosti
Kyodo=Kyodo News|Yonhap|ANSA|EFE|DPA|Press Trust of India=PTI|ANI|UPI|Anadolu=Anadolu Agency|Central News Agency
CNN|BBC|Al Jazeera|NPR|PBS|CBS=CBS News|NBC=NBC News|ABC News|Fox News|Fox Business|MSNBC|CNBC|Sky News|ITV
New York Times|Washington Post|Wall Street Journal=WSJ|Financial Times|Guardian|Economist|Politico|Axios
USA Today|Los Angeles Times|Times of India|South China Morning Post=SCMP|Global Times|People's Daily|CCTV|CGTN
NHK|Nikkei|Le Monde|Le Figaro|Der Spiegel|Die Zeit|El País|Corriere della Sera|Haaretz|Times of Israel
Sputnik|Deutsche Welle|France 24|Euronews|Radio Free Asia|Voice of America=VOA|Epoch Times|Breitbart|NDTV
Daily Mail|Telegraph|New Yorker|Newsweek
`;

// Companies that news names without calling them one.
const COMPANIES = `
Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|YouTube|Tesla|SpaceX|Starlink
Nvidia|Intel|AMD|Qualcomm|Broadcom|TSMC|Samsung|SK Hynix|Huawei|ZTE|Xiaomi|Lenovo|Alibaba|Tencent|Baidu|JD.com
ByteDance|TikTok|Douyin|WeChat|Temu|Shein|Pinduoduo|BYD|CATL|DJI|OpenAI|Anthropic|DeepSeek|IBM|Oracle|Cisco
Netflix|Disney|Warner Bros|Spotify|Uber|Lyft|Airbnb|eBay|PayPal|Mastercard|Salesforce|Adobe
Boeing|Airbus|Lockheed Martin|Raytheon=RTX|Northrop Grumman|General Dynamics|BAE Systems|Rheinmetall|Embraer
General Motors=GM|Toyota|Honda|Nissan|Hyundai|Volkswagen=VW|BMW|Mercedes-Benz|Stellantis|Renault|Volvo
Sony|Nintendo|Panasonic|Hitachi|Toshiba|Siemens|Bosch|Philips|Nokia|Ericsson|ASML|SAP
Shell|BP|ExxonMobil=Exxon|Chevron|TotalEnergies|Saudi Aramco=Aramco|Gazprom|Rosneft|Lukoil|Sinopec|PetroChina
Walmart|Costco|IKEA|Nike|Adidas|Starbucks|McDonald's|Coca-Cola|PepsiCo|Nestlé=Nestle|Unilever
JPMorgan=JPMorgan Chase|Goldman Sachs|Morgan Stanley|Citigroup=Citi|Bank of America|Wells Fargo|BlackRock|HSBC
Barclays|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|Santander|Berkshire Hathaway
Pfizer|Moderna|BioNTech|AstraZeneca|Johnson & Johnson|Novartis|Roche|Sanofi|GSK|Merck|Eli Lilly|Novo Nordisk
`;

export interface GazetteerEntry {
  type: EntityType;
  /** The entry's key: its first listed name in key form ("united states" for "US", "U.S." and "America"). */
  key: string;
  /** The first listed name ("United States"). */
  name: string;
}

/** Key form of a name: lower case, dots and accents dropped, curly apostrophes straightened. */
export function foldName(name: string): string {
  if (plainAscii(name)) return name.toLowerCase();
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    folded = name
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/[’‘]/gu, "'")
          .replace(/\./gu, '')
          .replace(/[øœæßðþł]/gu, (c) => FOLDS[c] ?? c);
    FOLDED.set(name, folded);
  }
  return folded;
}

// Names with accents recur across an article and across articles: each distinct one is folded once.
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 100_000;

/** ASCII without dots: the common case, which folding leaves as it is but for case. */
function plainAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80 || c === 46) return false;
  }
  return true;
}

// Letters that carry no combining mark to drop: "Tromsø" and "Tromso" are one key.
const FOLDS: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ð: 'd', þ: 'th', ł: 'l' };

/** Written in capitals (with dots, digits, hyphens, plus): an acronym, matched only as written. */
function isAcronym(name: string): boolean {
  let letters = 0;
  let length = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 46) continue;
    length++;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 97 && c <= 122) return false;
    else if (c >= 0x80) {
      const ch = name[i] as string;
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 1 && length >= 2;
}

const byName = new Map<string, GazetteerEntry>();
const byAcronym = new Map<string, GazetteerEntry>();
/** Countries by every name and adjective in key form, acronyms included ("us", "chinese"). */
const countryByKey = new Map<string, string>();
const demonyms = new Set<string>();
let longest = 1;

/** First words of listed names in key form, so that most words need no further lookup. */
const firstWords = new Set<string>();

function enter(variant: string, entry: GazetteerEntry): void {
  firstWords.add(foldName(variant.split(' ')[0] as string));
  if (isAcronym(variant)) byAcronym.set(variant.replace(/\./gu, ''), entry);
  else if (!byName.has(foldName(variant))) byName.set(foldName(variant), entry);
  longest = Math.max(longest, variant.split(' ').length);
}

/** Entries separated by | or line breaks, the names of one entry joined by =. */
function enterList(list: string, type: EntityType): void {
  for (const item of list.split(/[|\n]/u)) {
    const names = item.split('=').map((n) => n.trim()).filter(Boolean);
    const first = names[0];
    if (first === undefined) continue;
    const entry = { type, key: foldName(first), name: first };
    for (const n of names) enter(n, entry);
  }
}

for (const line of COUNTRIES.split('\n')) {
  if (!line.trim()) continue;
  const [head = '', capitals = ''] = line.split(';');
  const [names = '', adjectives = ''] = head.split(':');
  const variants = names.split('=').map((v) => v.trim()).filter(Boolean);
  const entry: GazetteerEntry = { type: 'place', key: foldName(variants[0] as string), name: variants[0] as string };
  for (const v of variants) {
    enter(v, entry);
    countryByKey.set(foldName(v), entry.key);
  }
  for (const d of adjectives.split('|').map((w) => w.trim()).filter(Boolean)) {
    countryByKey.set(foldName(d), entry.key);
    demonyms.add(foldName(d));
  }
  enterList(capitals, 'place');
}
enterList(CITIES, 'place');
enterList(STATES, 'place');
enterList(REGIONS, 'place');
enterList(BODIES, 'organisation');
enterList(MEDIA, 'organisation');
enterList(COMPANIES, 'organisation');

/** The most words a listed name has: how far a lookup needs to reach. */
export const LONGEST_LISTED = longest;

/** The listed place or organisation a name written in the text is, if any ("U.S." → United States). */
export function listed(surface: string): GazetteerEntry | undefined {
  return listedKey(foldName(surface), surface);
}

/** Whether a listed name may start with this word: false for nearly every word of a text. */
export function startsListed(word: string): boolean {
  return firstWords.has(foldName(word));
}

/** `listed`, for a name whose key form is at hand (`foldName` of it, spaces single). */
export function listedKey(key: string, surface: string): GazetteerEntry | undefined {
  if (!isAcronym(surface)) return byName.get(key);
  // A dateline's "MACAU" is no acronym: longer words in capitals are looked up as names too.
  return byAcronym.get(surface.replace(/\./gu, '')) ?? (key.length > 3 ? byName.get(key) : undefined);
}

/** The country of a name or adjective in key form ("us", "new zealand", "chinese"). */
export function countryOfKey(key: string): string | undefined {
  return countryByKey.get(key);
}

// Adjectives of regions rather than countries: "European countries", "Western weapons".
for (const r of ['european', 'african', 'asian', 'arab', 'latin', 'western', 'eastern', 'nordic', 'scandinavian', 'caribbean', 'balkan', 'baltic', 'middle-eastern', 'sino', 'anglo', 'euro']) demonyms.add(r);

/** A country's or region's adjective or demonym ("Chinese", "European"): by itself it names no entity. */
export function isDemonym(word: string): boolean {
  return isDemonymKey(foldName(word));
}

/** `isDemonym` for a word in key form. */
export function isDemonymKey(key: string): boolean {
  return demonyms.has(key) || (key.endsWith('s') && demonyms.has(key.slice(0, -1)));
}
